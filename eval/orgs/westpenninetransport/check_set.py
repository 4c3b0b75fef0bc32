import json, re, csv, collections
ids=set(open('clause_ids.txt').read().splitlines())
# register clauses column must exist too
for r in csv.DictReader(open('originals/wptp-ai-tools-register.csv')):
    for c in r['clauses'].split(';'):
        assert c in ids, ('register cites missing', c)
    if r['status']=='prohibited': assert r['data_allowed']=='', r['tool']
ok=True; cnt=collections.Counter(); seen=set(); pii=0; yes=0; esc=[]
V={"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for n,l in enumerate(open('cases.jsonl'),1):
    d=json.loads(l)
    assert d['id'] not in seen; seen.add(d['id'])
    assert set(d['verdict'])<=V and d['verdict']
    assert len(d['clauses'])<=3
    for c in d['clauses']:
        if c not in ids: print('MISSING', d['id'], c); ok=False
    for p in d.get('pii',[]):
        assert p in d['question'], (d['id'],p)
    if 'pii' in d: pii+=1
    if 'unsure' in d['verdict'] and d['verdict']==['unsure']: assert d['escalate']
    if set(d['verdict'])<= {"allowed","conditional"}: yes+=1
    if d['escalate']: esc.append(d['id'])
    cnt['/'.join(d['verdict'])]+=1
print(ok, len(seen), 'yes', yes, 'pii', pii); print(dict(cnt)); print('escalate', esc)
