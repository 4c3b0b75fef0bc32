"""Records that flow through ingestion: blocks read from a file, clauses split from them,
register rows, and the problems found on the way. Plain frozen dataclasses, no I/O."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "para"]


@dataclass(frozen=True)
class Block:
    """One structural unit of a document as a reader sees it, in document order.

    `text` is the visible text, with any list/paragraph number as Word, a PDF or the author
    displays it ("7.3 Staff must ...", "Section 7 – Data"). Markdown markup is already removed.
    `level` is the heading level (1 = top) for headings, 0 otherwise.
    `anchor` is a link fragment for the block where the format has one (an HTML id, `page=3`).
    `table` marks a row of a table ("cell | cell"): a table row never starts a clause (a version
    history's "1.0 | July 2024" is not clause 1.0); it is text of the clause it stands in.
    `cells` are that row's cells where the reader knows them (a tools table is read from them).
    """

    kind: BlockKind
    text: str
    level: int = 0
    anchor: str | None = None
    table: bool = False
    cells: tuple[str, ...] = field(default=(), compare=False)   # a table row's cells, empty ones kept


@dataclass(frozen=True)
class Clause:
    """A citable unit: a numbered clause, a slug-headed section, or a register row."""

    source: str                 # file name, e.g. "genai-usage-policy.docx"
    id: str                     # clause id as written ("7.3", "A.1", "can-i-use-copilot")
    heading: str                # the clause's own heading, or its section's heading
    text: str                   # clause text (for a numbered paragraph: without its number)
    kind: Literal["clause", "register", "ruling"] = "clause"
    heading_path: tuple[str, ...] = ()
    section: str = ""           # parent section heading (may equal heading)
    order: int = 0              # position in the document
    anchor: str | None = None   # link fragment where the source format has one
    doc_title: str = ""
    doc_owner: str = ""
    doc_version: str = ""
    doc_url: str | None = None

    @property
    def ref(self) -> str:
        return f"{self.source}#{self.id}"

    @property
    def url(self) -> str | None:
        """A link to the clause: the document's URL (sources.yaml) with the format's own anchor
        (an HTML id, a PDF page), else a text fragment (`#:~:text=`) that browsers scroll to."""
        if not self.doc_url:
            return None
        if "#" in self.doc_url:
            return self.doc_url
        if self.anchor:
            return f"{self.doc_url}#{self.anchor}"
        numbered = re.match(r"^(?:\d|[A-Z]\.\d)", self.id) is not None
        if self.kind == "clause" and numbered and self.text:
            words = f"{self.id} " + " ".join(self.text.split()[:7])
        else:   # a slug clause or a register row: its heading / tool name
            words = " ".join(self.heading.split()[:10])
        return f"{self.doc_url}#:~:text={_fragment(words)}" if words else self.doc_url

    @property
    def digest(self) -> str:
        """Stable content hash over everything stored for the clause (govuk-chat style)."""
        payload = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def embedding_text(self) -> str:
        """What gets embedded: heading context plus the clause text."""
        head = " > ".join(h for h in self.heading_path if h) or self.heading
        return f"{head}\n{self.text}".strip()

    def to_public(self) -> dict:
        return {"id": self.id, "heading": self.heading, "text": self.text}


@dataclass(frozen=True)
class RegisterEntry:
    """One row of an approved-tools register CSV."""

    source: str
    tool: str
    aliases: tuple[str, ...]
    status: Literal["approved", "restricted", "prohibited"]
    data_allowed: tuple[str, ...]
    conditions: str
    clauses: tuple[str, ...]
    row: int = 0

    @property
    def ref(self) -> str:
        return f"{self.source}#{self.tool}"


@dataclass(frozen=True)
class Problem:
    """A file that could not be (fully) read, with a one-line reason."""

    path: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class ParsedDocument:
    """What one document yields: its title, its preamble text and its clauses."""

    source: str
    title: str = ""
    preamble: str = ""
    clauses: list[Clause] = field(default_factory=list)
    structure: str = ""          # how the clauses were found (see index.clauses.STRUCTURES)
    warnings: list[str] = field(default_factory=list)    # one line each, for people
    tables: list["DocTable"] = field(default_factory=list)
    register: list[RegisterEntry] = field(default_factory=list)   # rows of a tools table


@dataclass
class DocTable:
    """A table inside a document: its rows' cells, and the clause that holds it (None: the
    document's preamble)."""

    rows: list[tuple[str, ...]]
    clause: str | None


def _fragment(text: str) -> str:
    """Percent-encode text for a URL text fragment (dashes, commas and ampersands included)."""
    from urllib.parse import quote
    return quote(text, safe="").replace("-", "%2D")
