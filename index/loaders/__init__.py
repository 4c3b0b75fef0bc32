"""Format readers. Each turns one file into `Block`s (see index.models.Block) or raises
LoaderError with a one-line reason. Imports are lazy so a CLI call pays only for what it reads."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from index.loaders.errors import LoaderError
from index.models import Block

DOCUMENT_EXTENSIONS = (".md", ".markdown", ".txt", ".docx", ".pdf", ".html", ".htm")
REGISTER_EXTENSIONS = (".csv",)


def _reader(ext: str) -> Callable[[Path], list[Block]]:
    if ext in (".md", ".markdown"):
        from index.loaders.text import load_markdown
        return load_markdown
    if ext == ".txt":
        from index.loaders.text import load_plain_text
        return load_plain_text
    if ext == ".docx":
        from index.loaders.docx import load_docx
        return load_docx
    if ext == ".pdf":
        from index.loaders.pdf import load_pdf
        return load_pdf
    if ext in (".html", ".htm"):
        from index.loaders.html import load_html
        return load_html
    raise LoaderError(f"unsupported file type {ext or '(none)'}; supported: "
                      + " ".join(DOCUMENT_EXTENSIONS + REGISTER_EXTENSIONS))


def load_blocks(path: Path) -> list[Block]:
    """Read a document into blocks; LoaderError for anything unreadable."""
    reader = _reader(path.suffix.lower())
    try:
        blocks = reader(path)
    except LoaderError:
        raise
    except Exception as e:  # a reader library's own error: name it, keep it to one line
        msg = " ".join(str(e).split()) or e.__class__.__name__
        raise LoaderError(f"cannot read {path.suffix.lower()[1:]} file: {msg[:200]}") from e
    if not any(b.text.strip() for b in blocks):
        raise LoaderError("no text found (a scanned or empty document?)")
    return blocks


__all__ = ["LoaderError", "load_blocks", "DOCUMENT_EXTENSIONS", "REGISTER_EXTENSIONS"]
