#!/usr/bin/env python3
"""Build the hard-wrapped plain-text policy from policy_source.txt.

Writes knowledge/hollinsbrook-ai-acceptable-use-policy.txt and an identical
copy in originals/. Paragraphs are wrapped at 72 columns with a hanging
indent; a check refuses any continuation line that could be read as a new
clause (starting with a number or a bare lettered item).
"""
import re, textwrap, pathlib, shutil

HERE = pathlib.Path(__file__).parent
NAME = "hollinsbrook-ai-acceptable-use-policy.txt"
WIDTH = 72

HEADER = """\
Hollinsbrook Homes: Generative AI Acceptable Use Policy
=======================================================

Document owner:   Head of Digital and Data Services
Approved by:      Digital Governance Group, on behalf of the Board
Version:          v1.3, approved 12 February 2026
Next review:      February 2027
Classification:   Internal - for all colleagues

Hollinsbrook Homes Limited is the arm's-length management organisation
that manages around 11,400 rented homes and 1,900 leasehold homes on
behalf of Wenmouth Borough Council.

"""

CLAUSE = re.compile(r"^(\d+\.\d+)\s+(.*)$")
HEAD = re.compile(r"^\d+\.\s")
ITEM = re.compile(r"^(\([a-z]\))\s+(.*)$")
BAD_START = re.compile(r"^(\d|\([a-z]\)|[A-Z]\.\d|#|=|-{3})")


def wrap(first, rest_indent, text):
    # keep a number on the same line as the word before it, so no
    # continuation line can start with a digit
    text = re.sub(r" (?=[0-9(])", "\u00a0", text)
    lines = textwrap.wrap(text, WIDTH, initial_indent=first,
                          subsequent_indent=rest_indent,
                          break_on_hyphens=False)
    lines = [ln.replace("\u00a0", " ") for ln in lines]
    for ln in lines[1:]:
        if BAD_START.match(ln.strip()):
            raise SystemExit(f"continuation line looks like a clause: {ln!r}")
    return lines


def build():
    out = [HEADER.rstrip("\n"), ""]
    src = (HERE / "policy_source.txt").read_text(encoding="utf-8")
    for block in src.strip().split("\n\n"):
        rows = block.split("\n")
        for row in rows:
            m = CLAUSE.match(row)
            if HEAD.match(row):
                out.append(row)
            elif m:
                num, text = m.groups()
                first = f"{num:<6}"
                out.extend(wrap(first, " " * 6, text))
            elif ITEM.match(row):
                lab, text = ITEM.match(row).groups()
                out.extend(wrap(" " * 6 + lab + " ", " " * 10, text))
            else:
                raise SystemExit(f"unexpected line: {row!r}")
        out.append("")
    out.append("End of policy.")
    text = "\n".join(out) + "\n"
    for ln in text.splitlines():
        assert len(ln) <= WIDTH, ln
    (HERE / "knowledge" / NAME).write_text(text, encoding="utf-8")
    shutil.copyfile(HERE / "knowledge" / NAME, HERE / "originals" / NAME)
    print("wrote", NAME, len(text.split()), "words")


if __name__ == "__main__":
    build()
