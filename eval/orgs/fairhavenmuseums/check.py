import json, re, os, collections
HERE=os.path.dirname(os.path.abspath(__file__))
def md_clauses(path):
    cl={}; cur=None
    for line in open(path,encoding='utf-8'):
        line=line.rstrip('\n')
        m=re.match(r'^## (\d+)\. ',line)
        if m: cur=m.group(1); cl[cur]=''; continue
        if line.startswith('## Appendix'): cur=None; continue
        m=re.match(r'^(\d+\.\d+|[A-Z]\.\d+) ',line)
        if m: cur=m.group(1); cl[cur]=line[len(cur)+1:]; continue
        if cur and line.strip() and not line.startswith('#'): cl[cur]+=' '+line
    return cl
def txt_clauses(path):
    t=open(path,encoding='utf-8').read().splitlines(); cl={}; cur=None
    for i,l in enumerate(t):
        if i+1<len(t) and re.fullmatch(r'-{3,}',t[i+1]):
            cur=re.sub(r'[^a-z0-9]+','-',l.lower()).strip('-'); cl[cur]=''; continue
        if re.fullmatch(r'[-=]{3,}',l): continue
        if cur: cl[cur]+=' '+l
    return cl
src={'fmg-generative-ai-policy.md':md_clauses(os.path.join(HERE,'originals/fmg-generative-ai-policy.md')),
     'fmg-ai-faq.txt':txt_clauses(os.path.join(HERE,'originals/fmg-ai-faq.txt'))}
ids=set(l.strip().replace('.docx#','.md#') for l in open(os.path.join(HERE,'clause_ids.txt')) if l.strip())
for f,c in src.items():
    for k in c: assert f+'#'+k in ids, (f,k)
assert len(ids)==sum(len(c) for c in src.values()), (len(ids), sum(len(c) for c in src.values()))
# docx text equals md text
import docx
dtext=[p.text for p in docx.Document(os.path.join(HERE,'knowledge/fmg-generative-ai-policy.docx')).paragraphs if p.text.strip()]
mdtext=open(os.path.join(HERE,'originals/fmg-generative-ai-policy.md'),encoding='utf-8').read()
for p in dtext: assert p in mdtext, p
V={"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cnt=collections.Counter(); seen=set(); n=0; pii=0; esc=[]
for line in open(os.path.join(HERE,'cases.jsonl')):
    c=json.loads(line); n+=1
    assert c['id'] not in seen; seen.add(c['id'])
    assert set(c)<= {"id","question","verdict","clauses","escalate","pii"}
    assert c['verdict'] and set(c['verdict'])<=V, c
    assert len(c['clauses'])<=3
    for r in c['clauses']:
        f,k=r.split('#'); assert k in src[f], r
    if 'unsure' in c['verdict']: assert c['escalate'], c['id']
    if c['escalate']: esc.append(c['id'])
    for s in c.get('pii',[]):
        assert s.lower() in c['question'].lower(), (c['id'],s)
    if c.get('pii'): pii+=1
    cnt[tuple(c['verdict'])]+=1
print(n,'cases; pii cases',pii,'; escalate',esc)
for k,v in sorted(cnt.items(), key=lambda x:-x[1]): print(v, k)
