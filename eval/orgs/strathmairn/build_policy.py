"""Build the hard-wrapped plain-text policy from policy_source.txt.

Source format: one block per line; '@TITLE', '@SUB', '@META', '@P' lines are the
front matter; 'N. HEADING' lines are section headings; 'N.N text' lines are
numbered paragraphs; '(i) text' lines are sub-items. Output is wrapped at 78
columns with hanging indents, and no continuation line may begin with a digit
(so the wrapping can never create a false clause number).
"""
import re, shutil, textwrap, pathlib

HERE = pathlib.Path(__file__).parent
SRC = HERE / "policy_source.txt"
NAME = "strathmairn-genai-acceptable-use-policy.txt"
WIDTH = 78


def wrap(text, first, rest):
    w = textwrap.TextWrapper(width=WIDTH, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)
    lines = w.wrap(text)
    # never let a continuation line start with a digit or a '(' sub-item marker
    changed = True
    while changed:
        changed = False
        for k in range(1, len(lines)):
            body = lines[k].strip()
            if re.match(r"^(\d|\([ivx]+\))", body):
                prev = lines[k - 1].rstrip()
                head, _, last = prev.rpartition(" ")
                lines[k - 1] = head
                lines[k] = rest + last + " " + body
                changed = True
    return lines


out = []
for raw in SRC.read_text(encoding="utf-8").splitlines():
    line = raw.rstrip()
    if not line:
        out.append("")
        continue
    if line.startswith("@TITLE "):
        t = line[7:]
        out += [t, "=" * len(t)]
    elif line.startswith("@SUB "):
        out.append(line[5:])
    elif line.startswith("@META ") or line.startswith("@P "):
        out.append(line.split(" ", 1)[1] if " " in line else "")
    elif re.match(r"^\d+\. [A-Z]", line):
        out.append(line)
    elif m := re.match(r"^(\d+\.\d+) (.*)$", line):
        num, text = m.groups()
        out += wrap(text, f"{num:<6}", " " * 6)
    elif m := re.match(r"^(\([ivx]+\)) (.*)$", line):
        num, text = m.groups()
        out += wrap(text, " " * 6 + f"{num:<6}", " " * 12)
    else:
        raise SystemExit(f"unrecognised source line: {line!r}")

text = "\n".join(out).rstrip() + "\n"
assert max(len(l) for l in text.splitlines()) <= WIDTH, "line too long"
(HERE / "knowledge" / NAME).write_text(text, encoding="utf-8")
shutil.copyfile(HERE / "knowledge" / NAME, HERE / "originals" / NAME)
print(f"wrote {NAME}: {len(text.split())} words, {len(text.splitlines())} lines")
