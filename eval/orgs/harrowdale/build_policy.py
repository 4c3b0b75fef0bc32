"""Build the hard-wrapped plain-text knowledge files for r7d (HFYJS) from the
@-tagged sources, copy them to originals/, and check clause structure.

Tags: @T title (underlined ===), @F front-matter line, @H numbered heading
(underlined ---), @P numbered paragraph (hanging indent), @I lettered item,
@U unnumbered paragraph, @Q FAQ question heading (underlined ---).
"""
import re
import shutil
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
WIDTH = 72


def wrap(text, first, rest):
    """textwrap, but never let a continuation line begin with a digit (a
    parser would read it as a new numbered clause): pull the previous word
    down onto that line instead."""
    lines = textwrap.wrap(text, width=WIDTH, initial_indent=first,
                          subsequent_indent=rest, break_on_hyphens=False)
    for i in range(1, len(lines)):
        if lines[i].strip()[:1].isdigit():
            head, _, last = lines[i - 1].rpartition(" ")
            lines[i - 1] = head
            lines[i] = rest + last + " " + lines[i].strip()
    return "\n".join(lines)


def build(src, dest):
    out = []
    for raw in (HERE / src).read_text().splitlines():
        if not raw.strip():
            continue
        tag, _, body = raw.partition(" ")
        if tag == "@T":
            out += [body, "=" * len(body), ""]
        elif tag == "@F":
            out.append(body)
        elif tag == "@H":
            if out and out[-1] != "":
                out.append("")
            out += ["", body, "-" * len(body), ""]
        elif tag == "@Q":
            out += ["", body, "-" * len(body), ""]
        elif tag == "@P":
            num, _, text = body.partition(" ")
            lead = num.ljust(6)
            out += [wrap(text, lead, " " * 6), ""]
        elif tag == "@I":
            lab, _, text = body.partition(" ")
            out += [wrap(text, " " * 6 + lab + " ", " " * 10)]
        elif tag == "@U":
            if out and out[-1] != "":
                out.append("")
            # unnumbered paragraphs in the policy keep the hanging indent
            ind = " " * 6 if src.startswith("policy") else ""
            out += [wrap(body, ind, ind), ""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n\n", text).rstrip() + "\n"
    (HERE / "knowledge" / dest).write_text(text, encoding="utf-8")
    shutil.copyfile(HERE / "knowledge" / dest, HERE / "originals" / dest)
    return text


def check(text, name):
    """No wrapped continuation line may start with a digit (false clause)."""
    ids = []
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", s)
        if m:
            if line.startswith(" "):
                raise SystemExit(f"{name}: continuation line starts with number: {line!r}")
            ids.append(m.group(1))
    return ids


if __name__ == "__main__":
    p = build("policy_source.txt", "hfyjs-generative-ai-policy.txt")
    f = build("faq_source.txt", "ai-questions-and-answers.txt")
    ids = check(p, "policy")
    check(f, "faq")
    words = len(p.split())
    print("policy words:", words, "clauses:", len(ids))
    print(" ".join(ids))
