import json, re, collections, docx
ids = set(l.strip().replace('.docx#', '.md#') for l in open('clause_ids.txt') if l.strip())
md = open('originals/scf-generative-ai-policy.md').read()
# docx text equals md text
d = docx.Document('knowledge/scf-generative-ai-policy.docx')
for p in d.paragraphs:
    t = p.text.strip()
    if t and p.style.name != 'Title':
        assert t in md, t
# every md numbered para id in clause_ids
for m in re.finditer(r'^(?:## )?(\d+(?:\.\d+)*) ', md, re.M):
    assert 'scf-generative-ai-policy.md#' + m.group(1) in ids, m.group(1)
cnt = collections.Counter(); seen = set(); n = 0
for line in open('cases.jsonl'):
    c = json.loads(line); n += 1
    assert c['id'] not in seen; seen.add(c['id'])
    assert set(c) <= {'id', 'question', 'verdict', 'clauses', 'escalate', 'pii'}
    assert c['verdict'] and all(v in {'allowed','conditional','not_allowed','unsure','info','out_of_scope'} for v in c['verdict'])
    for cl in c['clauses']:
        assert cl in ids, (c['id'], cl)
    assert len(c['clauses']) <= 3, c['id']
    if 'unsure' in c['verdict'] and c['verdict'] == ['unsure']: assert c['escalate'], c['id']
    for p in c.get('pii', []):
        assert p in c['question'], (c['id'], p)
    if c['verdict'] != ['out_of_scope']: assert c['clauses'], c['id']
    cnt[tuple(c['verdict'])] += 1
print(n, dict(cnt))
print('escalate:', [json.loads(l)['id'] for l in open('cases.jsonl') if json.loads(l)['escalate']])
print('pii cases:', sum(1 for l in open('cases.jsonl') if 'pii' in json.loads(l)))
