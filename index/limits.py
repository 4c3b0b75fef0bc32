"""Limits on what one knowledge file may cost, checked before a file is read (size, a .docx's
declared unzipped size and entry count, a PDF's page count) and after it is parsed (text per
document and per clause), with a time budget per file. A file over a limit is skipped with a
one-line reason (`policybot index` names it on stderr and exits 1); nothing huge is read whole
before it is rejected. Each limit can be changed through the environment:

| variable | default | what |
| --- | --- | --- |
| POLICYBOT_MAX_FILE_MB | 50 | size of any knowledge file on disk |
| POLICYBOT_MAX_DOCX_UNZIPPED_MB | 50 | a .docx's unzipped size (sum of the sizes its zip declares) |
| POLICYBOT_MAX_DOCX_XML_MB | 10 | the XML inside a .docx (what is parsed; images are not) |
| POLICYBOT_MAX_DOCX_ENTRIES | 2000 | files inside a .docx |
| POLICYBOT_MAX_PDF_PAGES | 500 | pages of a PDF |
| POLICYBOT_MAX_DOCUMENT_CHARS | 300000 | text of one document (and of one register CSV) |
| POLICYBOT_MAX_CLAUSE_CHARS | 20000 | text of one clause |
| POLICYBOT_MAX_FOLDER_CHARS | 5000000 | text of all documents in the folder together |
| POLICYBOT_MAX_FOLDER_CLAUSES | 20000 | clauses and register rows in the folder together |
| POLICYBOT_MAX_FILE_SECONDS | 60 | time to read and split one file |

Plain-text files (.md, .txt, .csv, .html) whose size in bytes already exceeds what the text limit
could need (4 bytes a character; 8 for HTML, for its markup) are skipped without being opened. A
.docx's main text is counted by streaming its document.xml before Word's XML is parsed.
"""
from __future__ import annotations

import os
import re
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from index.loaders.errors import LoaderError

MB = 1024 * 1024
TEXT_EXTENSIONS = (".md", ".markdown", ".txt", ".csv")
HTML_EXTENSIONS = (".html", ".htm")


def _env_num(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        v = float(raw)
    except ValueError:
        return default
    return v if v > 0 else default


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * MB
    docx_unzipped_bytes: int = 50 * MB
    docx_xml_bytes: int = 10 * MB
    docx_entries: int = 2000
    pdf_pages: int = 500
    document_chars: int = 300_000
    clause_chars: int = 20_000
    folder_chars: int = 5_000_000
    folder_clauses: int = 20_000
    file_seconds: float = 60.0

    @classmethod
    def from_env(cls) -> "Limits":
        d = cls()
        return cls(
            file_bytes=int(_env_num("POLICYBOT_MAX_FILE_MB", d.file_bytes / MB) * MB),
            docx_unzipped_bytes=int(_env_num("POLICYBOT_MAX_DOCX_UNZIPPED_MB", d.docx_unzipped_bytes / MB) * MB),
            docx_xml_bytes=int(_env_num("POLICYBOT_MAX_DOCX_XML_MB", d.docx_xml_bytes / MB) * MB),
            docx_entries=int(_env_num("POLICYBOT_MAX_DOCX_ENTRIES", d.docx_entries)),
            pdf_pages=int(_env_num("POLICYBOT_MAX_PDF_PAGES", d.pdf_pages)),
            document_chars=int(_env_num("POLICYBOT_MAX_DOCUMENT_CHARS", d.document_chars)),
            clause_chars=int(_env_num("POLICYBOT_MAX_CLAUSE_CHARS", d.clause_chars)),
            folder_chars=int(_env_num("POLICYBOT_MAX_FOLDER_CHARS", d.folder_chars)),
            folder_clauses=int(_env_num("POLICYBOT_MAX_FOLDER_CLAUSES", d.folder_clauses)),
            file_seconds=_env_num("POLICYBOT_MAX_FILE_SECONDS", d.file_seconds),
        )


def _mb(n: int) -> str:
    return f"{n / MB:,.1f} MB" if n < 10 * MB else f"{n / MB:,.0f} MB"


def precheck(path: Path, limits: Limits) -> None:
    """LoaderError (the reason, one line) when `path` is over a limit that can be seen without
    reading it: its size, a .docx's zip directory, a PDF's page count."""
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise LoaderError(f"file too large ({_mb(size)}; the limit is {_mb(limits.file_bytes)}, "
                          "POLICYBOT_MAX_FILE_MB); not read")
    ext = path.suffix.lower()
    per_char = 4 if ext in TEXT_EXTENSIONS else 8 if ext in HTML_EXTENSIONS else 0
    if per_char and size > per_char * limits.document_chars:
        raise LoaderError(f"too much text ({_mb(size)} of text; the limit is {limits.document_chars:,} characters "
                          "a document, POLICYBOT_MAX_DOCUMENT_CHARS); not read")
    if ext == ".docx":
        _check_zip(path, size, limits)
    elif ext == ".pdf":
        _check_pdf(path, limits)


def _check_zip(path: Path, size: int, limits: Limits) -> None:
    """A .docx's entry count and declared unzipped size, from the zip's directory only (the
    end record first, so a directory with millions of entries is never read)."""
    import zipfile
    tail = min(size, 22 + 65535)
    with open(path, "rb") as fh:
        fh.seek(size - tail)
        data = fh.read(tail)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or len(data) - at < 22:
        return                         # not a zip: the reader says so in its own words
    entries = struct.unpack("<H", data[at + 10:at + 12])[0]
    if entries == 0xFFFF or entries > limits.docx_entries:
        raise LoaderError(f"too many files inside the .docx ({'65,535+' if entries == 0xFFFF else f'{entries:,}'}; "
                          f"the limit is {limits.docx_entries:,}, POLICYBOT_MAX_DOCX_ENTRIES); not unzipped")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(infos) > limits.docx_entries:
        raise LoaderError(f"too many files inside the .docx ({len(infos):,}; the limit is "
                          f"{limits.docx_entries:,}, POLICYBOT_MAX_DOCX_ENTRIES); not unzipped")
    unzipped = sum(i.file_size for i in infos)
    if unzipped > limits.docx_unzipped_bytes:
        raise LoaderError(f"the .docx unzips to {_mb(unzipped)} (the limit is {_mb(limits.docx_unzipped_bytes)}, "
                          "POLICYBOT_MAX_DOCX_UNZIPPED_MB); not unzipped")
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
    if xml > limits.docx_xml_bytes:
        raise LoaderError(f"the .docx holds {_mb(xml)} of XML (the limit is {_mb(limits.docx_xml_bytes)}, "
                          "POLICYBOT_MAX_DOCX_XML_MB); not parsed")
    main = next((i for i in infos if i.filename == "word/document.xml"), None)
    if main is not None:
        chars = _xml_text_chars(path, main.filename, limits.document_chars)
        if chars > limits.document_chars:
            raise LoaderError(f"too much text (over {limits.document_chars:,} characters, "
                              "POLICYBOT_MAX_DOCUMENT_CHARS); not parsed")


_TAG = re.compile(r"<[^>]*>")


def _xml_text_chars(path: Path, name: str, stop_after: int) -> int:
    """Characters of text (outside tags) in one XML part of a zip, read in chunks and never
    whole; stops counting once over `stop_after`."""
    import zipfile
    n, carry = 0, ""
    with zipfile.ZipFile(path) as z, z.open(name) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            s = carry + chunk.decode("utf-8", "ignore")
            cut = s.rfind("<")
            if cut >= 0 and s.find(">", cut) < 0:      # a tag split by the chunk: finish it next time
                s, carry = s[:cut], s[cut:]
            else:
                carry = ""
            n += len(_TAG.sub("", s).strip())
            if n > stop_after:
                break
    return n


def _check_pdf(path: Path, limits: Limits) -> None:
    """A PDF's page count as its page tree declares it (no page is read)."""
    try:
        from pypdf import PdfReader
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            return
        count = int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:
        return                         # the reader reports a broken PDF in its own words
    if count > limits.pdf_pages:
        raise LoaderError(f"too many pages ({count:,}; the limit is {limits.pdf_pages:,}, "
                          "POLICYBOT_MAX_PDF_PAGES); not read")


def check_document(doc, limits: Limits) -> int:
    """LoaderError when a parsed document has too much text, or a clause that is too long.
    Returns the document's text length."""
    total = len(getattr(doc, "preamble", "") or "")
    for c in doc.clauses:
        n = len(c.text or "")
        if n > limits.clause_chars:
            raise LoaderError(f"clause {c.id} is too long ({n:,} characters; the limit is {limits.clause_chars:,}, "
                              "POLICYBOT_MAX_CLAUSE_CHARS)")
        total += n
        if total > limits.document_chars:
            raise LoaderError(f"too much text (over {limits.document_chars:,} characters, "
                              "POLICYBOT_MAX_DOCUMENT_CHARS)")
    return total


def within_time(fn, seconds: float, what: str = "reading the file"):
    """fn() run in a worker thread; LoaderError when it takes longer than `seconds`. The worker
    cannot be stopped from outside: it is left to finish in the background (a daemon thread) and
    its result is discarded. The size limits above keep that work bounded."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:     # re-raised in the caller's thread
            box["error"] = e

    t = threading.Thread(target=run, name="policybot-loader", daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        raise LoaderError(f"{what} took longer than {seconds:g} s (POLICYBOT_MAX_FILE_SECONDS); skipped")
    if "error" in box:
        raise box["error"]
    return box.get("value")
