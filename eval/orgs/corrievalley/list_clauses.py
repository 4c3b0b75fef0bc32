"""Rough clause-id lister following the contract's rules (for self-checking refs)."""
import re, sys, pathlib
def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
def clauses(path):
    ids = []
    text = pathlib.Path(path).read_text()
    numbered = any(re.match(r'#+\s*\d+\.\s', l) for l in text.splitlines())
    for l in text.splitlines():
        if numbered:
            m = re.match(r'#+\s*(\d+)\.\s', l)
            if m: ids.append(m.group(1)); continue
            m = re.match(r'(\d+(?:\.\d+)+|[A-Z]\.\d+)(\([a-z]\))?\.?\s', l)
            if m: ids.append(m.group(1) + (m.group(2) or ''))
        else:
            m = re.match(r'(#{2,})\s+(.*)', l)
            if m: ids.append(slug(m.group(2)))
    return ids
if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(p, clauses(p))
