"""Hostile knowledge files (issue 15, items 3 and 4): generated on the fly, each must be skipped
with a clear one-line reason (and `policybot index` exits 1 naming it on stderr), without being
read whole first; symbolic links never lead out of the knowledge folder.

Time and memory are measured in benchmarks/bench_hostile_files.py, not here."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import write_knowledge

from index.ingest import ingest_folder, parse_document
from index.limits import Limits
from index.loaders import LoaderError

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")
SECRET = "The launch code for the staff canteen is 7741."


def _reasons(result) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in result.problems if p.skipped}


def small_docx(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph("1.1 Staff may use approved tools.")
    d.save(str(path))
    return path


def zip_bomb_docx(path: Path, unzipped_mb: int = 120) -> Path:
    """A valid .docx plus one XML part that inflates from ~120 KB to `unzipped_mb` MB."""
    small_docx(path)
    chunk = b"<w:t>" + b"A" * (1024 * 1024 - 11) + b"</w:t>\n"
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("word/bomb.xml", "w", force_zip64=True) as fh:
            for _ in range(unzipped_mb):
                fh.write(chunk)
    return path


def many_entries_docx(path: Path, n: int = 3000) -> Path:
    small_docx(path)
    with zipfile.ZipFile(path, "a") as z:
        for i in range(n):
            z.writestr(f"customXml/extra{i}.xml", "<a/>")
    return path


def many_pages_pdf(path: Path, pages: int = 600) -> Path:
    from pypdf import PdfWriter
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=200, height=200)
    with open(path, "wb") as fh:
        w.write(fh)
    return path


def sparse_file(path: Path, size: int = 1024 ** 3) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)            # no blocks on disk: reading it whole would take a gigabyte
    return path


def long_paragraph_md(path: Path, chars: int = 400_000) -> Path:
    path.write_text("# Policy\n\n## 1. Use\n\n1.1 " + ("Staff must not paste data here. " * (chars // 32)) + "\n",
                    encoding="utf-8")
    return path


# --------------------------------------------------------------------------- 3. limits
def test_zip_bomb_docx_is_skipped_from_its_declared_size(tmp_path):
    p = zip_bomb_docx(tmp_path / "bomb.docx")
    assert p.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(LoaderError, match=r"unzips to .*POLICYBOT_MAX_DOCX_UNZIPPED_MB"):
        parse_document(p)


def test_docx_with_too_many_entries_is_skipped(tmp_path):
    with pytest.raises(LoaderError, match=r"too many files inside the \.docx .*POLICYBOT_MAX_DOCX_ENTRIES"):
        parse_document(many_entries_docx(tmp_path / "entries.docx"))


def test_pdf_with_too_many_pages_is_skipped(tmp_path):
    with pytest.raises(LoaderError, match=r"too many pages \(600; .*POLICYBOT_MAX_PDF_PAGES"):
        parse_document(many_pages_pdf(tmp_path / "pages.pdf"))


def test_sparse_gigabyte_file_is_skipped_without_being_read(tmp_path):
    p = sparse_file(tmp_path / "huge.txt")
    with pytest.raises(LoaderError, match=r"file too large \(1,024 MB; .*POLICYBOT_MAX_FILE_MB\); not read"):
        parse_document(p)
    p2 = sparse_file(tmp_path / "huge.docx")
    with pytest.raises(LoaderError, match="file too large"):
        parse_document(p2)


def test_long_single_paragraph_markdown_is_skipped(tmp_path):
    with pytest.raises(LoaderError, match=r"too long|too much text"):
        parse_document(long_paragraph_md(tmp_path / "long.md"))


def test_text_file_bigger_than_the_text_limit_could_need_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYBOT_MAX_DOCUMENT_CHARS", "1000")
    p = tmp_path / "big.txt"
    p.write_text("word " * 2000, encoding="utf-8")          # 10,000 bytes > 4 x 1,000
    with pytest.raises(LoaderError, match=r"too much text .*POLICYBOT_MAX_DOCUMENT_CHARS\); not read"):
        parse_document(p)


def test_one_overlong_clause_is_named(tmp_path):
    p = tmp_path / "clause.md"
    p.write_text("# P\n\n## 1. Use\n\n1.1 Short.\n\n1.2 " + "Staff must check. " * 1500 + "\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=r"clause 1\.2 is too long .*POLICYBOT_MAX_CLAUSE_CHARS"):
        parse_document(p)


def test_time_budget_per_file(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYBOT_MAX_FILE_SECONDS", "0.001")
    p = tmp_path / "slow.md"
    p.write_text("# P\n\n" + "".join(f"## {i}. H{i}\n\n{i}.1 Staff must check output.\n\n" for i in range(1, 3000)),
                 encoding="utf-8")
    with pytest.raises(LoaderError, match=r"took longer than 0\.001 s \(POLICYBOT_MAX_FILE_SECONDS\)"):
        parse_document(p)


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("POLICYBOT_MAX_FILE_MB", "2")
    monkeypatch.setenv("POLICYBOT_MAX_PDF_PAGES", "7")
    monkeypatch.setenv("POLICYBOT_MAX_CLAUSE_CHARS", "not a number")
    lim = Limits.from_env()
    assert lim.file_bytes == 2 * 1024 * 1024 and lim.pdf_pages == 7 and lim.clause_chars == Limits().clause_chars


def test_folder_total_text_limit(tmp_path, monkeypatch):
    k = write_knowledge(tmp_path / "k", faq=True, register=False)
    monkeypatch.setenv("POLICYBOT_MAX_FOLDER_CHARS", "800")
    r = ingest_folder(k)
    reasons = _reasons(r)
    assert any("POLICYBOT_MAX_FOLDER_CHARS" in v for v in reasons.values()), reasons
    assert r.files                                   # what fits is still indexed


def test_index_skips_every_hostile_file_and_names_it(tmp_path, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    zip_bomb_docx(k / "bomb.docx")
    sparse_file(k / "huge.txt")
    long_paragraph_md(k / "long.md")
    many_pages_pdf(k / "pages.pdf")
    env = {n: v for n, v in os.environ.items() if n not in PROXY_VARS and not n.startswith("POLICYBOT_")}
    env["POLICYBOT_HOME"] = str(tmp_path / "home")
    out = subprocess.run([sys.executable, "-m", "bot.cli", "index", str(k)], capture_output=True, text=True,
                         env=env, timeout=600)
    assert out.returncode == 1, (out.stdout, out.stderr)
    lines = out.stderr.splitlines()
    for name, why in (("bomb.docx", "unzips to"), ("huge.txt", "file too large"), ("long.md", "too"),
                      ("pages.pdf", "too many pages")):
        assert any(name in ln and why in ln for ln in lines), (name, out.stderr)
    r = ingest_folder(k)
    assert {"policy.md", "faq.md", "tools-register.csv"} <= set(r.files)


# --------------------------------------------------------------------------- 4. symbolic links
@pytest.fixture
def linked(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(f"# Secret\n\n## 1. Codes\n\n1.1 {SECRET}\n", encoding="utf-8")
    (outside / "dir").mkdir()
    (outside / "dir" / "more-secret.md").write_text(f"# More\n\n## 1. Codes\n\n1.1 {SECRET}\n", encoding="utf-8")
    k = write_knowledge(tmp_path / "k", faq=False, register=False)
    (k / "sub").mkdir()
    (k / "sub" / "guide.md").write_text("# Guide\n\n## 1. Guide\n\n1.1 Read the policy.\n", encoding="utf-8")
    os.symlink(outside / "secret.md", k / "secret-link.md")
    os.symlink(outside / "dir", k / "linked-dir")
    os.symlink(k / "sub" / "guide.md", k / "guide-link.md")          # inside -> inside: may be read
    os.symlink(tmp_path / "outside", k / "sub" / "escape")           # a link deeper down
    return k


def test_symlinks_out_of_the_folder_are_skipped_with_a_warning_naming_the_link(linked, caplog):
    caplog.set_level("WARNING", logger="policybot.index")
    r = ingest_folder(linked)
    reasons = {p.path: p.reason for p in r.problems}
    assert "outside the knowledge folder" in reasons[str(linked / "secret-link.md")]
    assert "outside the knowledge folder" in reasons[str(linked / "linked-dir")]
    assert "outside the knowledge folder" in reasons[str(linked / "sub" / "escape")]
    assert all(SECRET not in c.text for c in r.clauses)
    assert "secret-link.md" in caplog.text and "linked-dir" in caplog.text
    assert {"policy.md", "guide.md", "guide-link.md"} <= set(r.files)
    assert "secret-link.md" not in r.files and "more-secret.md" not in r.files


def test_index_command_reports_the_link_and_search_never_finds_its_text(linked, tmp_path):
    env = {n: v for n, v in os.environ.items() if n not in PROXY_VARS and not n.startswith("POLICYBOT_")}
    env["POLICYBOT_HOME"] = str(tmp_path / "home")
    out = subprocess.run([sys.executable, "-m", "bot.cli", "index", str(linked)], capture_output=True, text=True,
                         env=env, timeout=600)
    assert out.returncode == 1 and "secret-link.md" in out.stderr and "linked-dir" in out.stderr, out.stderr
    found = subprocess.run([sys.executable, "-m", "bot.cli", "search", "launch code staff canteen"],
                           capture_output=True, text=True, env=env, timeout=600)
    assert found.returncode == 0 and "7741" not in found.stdout and "secret" not in found.stdout, found.stdout


def _docx_with_body(path: Path, paragraphs: int, text: str) -> Path:
    """A .docx whose document.xml holds `paragraphs` copies of one paragraph."""
    small_docx(path)
    tmp = path.with_suffix(".tmp")
    para = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                s = data.decode("utf-8")
                at = s.index("<w:body>") + len("<w:body>")
                data = (s[:at] + para * paragraphs + s[at:]).encode("utf-8")
            out.writestr(info, data)
    tmp.replace(path)
    return path


def test_docx_xml_and_text_are_measured_before_word_xml_is_parsed(tmp_path, monkeypatch):
    # a lot of XML: refused from the zip's directory
    bloated = _docx_with_body(tmp_path / "bloated.docx", 200_000, "1.1 Staff must check every output.")
    with pytest.raises(LoaderError, match=r"of XML .*POLICYBOT_MAX_DOCX_XML_MB\); not parsed"):
        parse_document(bloated)
    # within the XML limit but over the text limit: counted by streaming document.xml
    monkeypatch.setenv("POLICYBOT_MAX_DOCUMENT_CHARS", "20000")
    wordy = _docx_with_body(tmp_path / "wordy.docx", 1000, "1.1 Staff must check every output.")
    with pytest.raises(LoaderError, match=r"too much text .*; not parsed"):
        parse_document(wordy)


def test_folder_clause_limit(tmp_path, monkeypatch):
    k = write_knowledge(tmp_path / "k")
    for i in range(3):
        (k / f"many-{i}.md").write_text("# M\n\n" + "".join(f"## {n}. H{n}\n\n{n}.1 Staff must check.\n\n"
                                                            for n in range(1, 40)), encoding="utf-8")
    monkeypatch.setenv("POLICYBOT_MAX_FOLDER_CLAUSES", "150")
    r = ingest_folder(k)
    reasons = _reasons(r)
    assert any("POLICYBOT_MAX_FOLDER_CLAUSES" in v for v in reasons.values()), reasons
    assert len(r.clauses) <= 150 and r.files
