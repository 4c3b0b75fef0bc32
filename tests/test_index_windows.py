"""Long whole-section clauses are searched by their sentence windows as well, while every hit
(and every citation) is the section's own clause."""
from __future__ import annotations

import numpy as np

from index.build import build_index
from index.models import Clause
from index.search import Searcher
from index.windows import WINDOW_SEP, clause_windows, split_sentences, window_ref

LONG = ("Staff may use Copilot Chat for drafting letters and reports. Always sign in with your work "
        "account before you start. Outputs must be checked by a person before they are sent. The "
        "council's style guide still applies to anything drafted with AI. Keep a copy of the prompt "
        "you used for anything published. Managers should talk to their teams about sensible uses. "
        "Training is available on the intranet learning pages. Meeting transcription by AI note-takers "
        "is only allowed for internal meetings where everyone has agreed in advance. Recordings of such "
        "meetings must be deleted after thirty days. Image generation may be used for internal posters "
        "but never for pictures of real people.")


def _clause(text: str, kind: str = "clause") -> Clause:
    return Clause(source="policy.md", id="2", heading="Using AI tools", text=text, kind=kind,
                  heading_path=("Using AI tools",))


def test_windows_cover_every_sentence_and_name_their_clause():
    c = _clause(LONG)
    wins = clause_windows(c)
    sents = split_sentences(LONG)
    assert len(sents) == 10 and len(wins) >= 4
    assert all(w.startswith(f"policy.md#2{WINDOW_SEP}") and window_ref(w) == "policy.md#2" for w, _ in wins)
    covered = " ".join(t for _, t in wins)
    assert all(s in covered for s in sents)
    assert all(t.startswith("Using AI tools\n") for _, t in wins)


def test_short_clauses_and_register_rows_have_no_windows():
    assert clause_windows(_clause("Never put personal data into any AI tool.")) == []
    assert clause_windows(_clause(LONG, kind="register")) == []
    assert window_ref("policy.md#2") == "policy.md#2"


def test_a_search_finds_a_long_section_by_one_of_its_sentences(tmp_path, onnx_embed):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "policy.md").write_text(
        "# AI policy\n\n## 1. Purpose\n\nThis policy explains how staff may use generative AI.\n\n"
        f"## 2. Using AI tools\n\n{LONG}\n\n## 3. Data\n\nNever put personal data into any AI tool.\n",
        encoding="utf-8")
    home = tmp_path / "home"
    r = build_index(folder, home, embed_model=onnx_embed)
    assert r.clauses == 3
    s = Searcher.open(home, embed_model=onnx_embed)
    assert set(s.clauses) == {"policy.md#1", "policy.md#2", "policy.md#3"}
    hits = s.search("how long are recordings of meetings kept", k=3)
    assert [h.ref for h in hits][0] == "policy.md#2"
    assert all(WINDOW_SEP not in h.ref for h in hits)
    # the window's similarity counts for the section: better than the whole section's own vector
    q = s.embed_query("recordings of meetings must be deleted after thirty days")
    v = np.asarray(q, dtype=np.float32)
    whole = float(s._matrix[s._row["policy.md#2"]] @ (v / np.linalg.norm(v)))
    assert s.similarities(q, ["policy.md#2"])["policy.md#2"] > whole
