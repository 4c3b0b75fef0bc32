import json, re, csv, collections
from docx import Document
pol = open('originals/tarrant-genai-policy.md').read()
ids = set()
for line in pol.splitlines():
    m = re.match(r'^## (\d+)\. ', line) or re.match(r'^(\d+\.\d+) ', line)
    if m: ids.add('tarrant-genai-policy.md#' + m.group(1))
faq = open('originals/staff-ai-faq.md').read()
slug = lambda h: re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')
fids = ['staff-ai-faq.md#' + slug(l[3:]) for l in faq.splitlines() if l.startswith('## ')]
ids |= set(fids)
reg = list(csv.DictReader(open('originals/ai-tools-register.csv')))
rids = ['ai-tools-register.csv#' + r['tool'] for r in reg]
ids |= set(rids)
# register clause refs exist
for r in reg:
    for c in r['clauses'].split(';'):
        assert c in ids, c
# docx text matches md
d = Document('knowledge/staff-ai-faq.docx')
dt = [p.text for p in d.paragraphs if p.text.strip()]
mt = [l.lstrip('# ').strip() for l in faq.splitlines() if l.strip()]
assert dt == mt, (dt[:3], mt[:3])
# cases
cnt = collections.Counter(); n = 0
allowed = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for line in open('cases.jsonl'):
    c = json.loads(line); n += 1
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}
    assert set(c['verdict']) <= allowed and c['verdict']
    for cl in c['clauses']: assert cl in ids, (c['id'], cl)
    assert len(c['clauses']) <= 3
    for p in c.get('pii', []): assert p in c['question'], (c['id'], p)
    if 'unsure' in c['verdict'] and set(c['verdict'])<= {'unsure','not_allowed','info'}: pass
    if c['verdict'] == ['unsure']: assert c['escalate']
    cnt[tuple(c['verdict'])] += 1
print(n, 'cases'); [print(k, v) for k, v in cnt.most_common()]
yes = sum(v for k, v in cnt.items() if set(k) <= {'allowed','conditional'})
print('plain yes', yes, 'escalate', sum(json.loads(l)['escalate'] for l in open('cases.jsonl')))
open('clause_ids.txt','w').write('\n'.join(sorted(ids, key=lambda x:(x.split('#')[0], [int(p) if p.isdigit() else 0 for p in re.split(r'[.#]', x.split('#')[1])] if re.match(r'[\d.]+$', x.split('#')[1]) else [999], x)))+'\n')
print(len(ids), 'clause ids')
