import json, re, collections
ids=set(l.strip() for l in open('clause_ids.txt') if l.strip())
# rebuild clause texts from the md originals
def md_clauses(path, name):
    out={}; cur=None
    for line in open(path):
        line=line.rstrip('\n')
        m=re.match(r'^## (\d+)\. (.*)',line)
        if m: cur=m.group(1); out[cur]=''; continue
        m=re.match(r'^(\d+\.\d+) (.*)',line)
        if m: cur=m.group(1); out[cur]=m.group(2); continue
        m=re.match(r'^#{2,3} (.*)',line)
        if m and not name.startswith('exch'):
            cur=re.sub(r'[^a-z0-9]+','-',m.group(1).lower()).strip('-'); out[cur]=''; continue
        if cur and line.strip(): out[cur]+=' '+line
    return {f"{name}#{k}":v for k,v in out.items()}
cl={}; cl.update(md_clauses('originals/exch-genai-policy.md','exch-genai-policy.md')); cl.update(md_clauses('originals/ai-faq.md','ai-faq.md'))
assert set(cl)==ids, (set(cl)^ids)
cnt=collections.Counter(); errs=0; n=0
for line in open('cases.jsonl'):
    d=json.loads(line); n+=1
    assert set(d)>= {"id","question","verdict","clauses","escalate"}
    for r in d['clauses']:
        if r not in ids: print('missing',d['id'],r); errs+=1
    for p in d.get('pii',[]):
        if p not in d['question']: print('pii',d['id'],p); errs+=1
    if 'unsure' in d['verdict'] and d['verdict']==['unsure']: assert d['escalate']
    cnt[tuple(d['verdict'])]+=1
print(n,'cases', errs,'errors'); [print(k,v) for k,v in cnt.items()]
# docx check: text of every numbered paragraph equals the md clause text
from docx import Document
doc=Document('knowledge/exch-genai-policy.docx'); s=h=0; bad=0
for p in doc.paragraphs:
    if p.style.name=='Heading 1': h+=1; s=0
    elif p.style.name=='List Number':
        s+=1
        if cl[f"exch-genai-policy.md#{h}.{s}"].strip()!=p.text.strip(): bad+=1
print('docx mismatches',bad)
