"""Tools tables inside policy documents (contract section 1: "A policy may instead list its
tools in a table inside a document; those rows are that organisation's register too, cited as
the clause that holds the table").

A table is a tools table when its header row names the tools (`Tool`, `Product`, `AI tool`,
`Application`, `Service`, `System`, `Platform`, `Name`) and at least one other column says what
they may be used for (`Status`, `Approved for`, `Permitted use`, `Data`, `Information`,
`Conditions`, `Restrictions`, `Can I use it?`, ...). Each body row is one `RegisterEntry`:

* `tool`: the tool cell; words in brackets or after "also" / "aka" become aliases
  ("Microsoft 365 Copilot Chat (Copilot Chat)"), so does an `Aliases`/`Also known as` column;
* `status` from the status-like cells: words such as "prohibited", "not permitted", "banned",
  "do not use", "blocked", "no" -> prohibited; "approved", "permitted", "allowed", "yes" ->
  approved; anything else ("pilot", "limited", "with approval", "restricted", "conditional",
  unknown words, an empty cell) -> restricted. When both an approving and a restricting word
  appear the more restrictive reading wins;
* `data_allowed` from the words of the data-like cells (or, when the table has none, of every
  cell but the tool's): public ("public", "published", "open"), internal ("internal",
  "official", "unpublished", "non-personal", "council/trust/organisation information"),
  personal ("personal", "identifiable", "names"), special category ("special category",
  "health", "sensitive personal", "patient", "social care", "safeguarding"). A kind that the
  cell names in a negation ("no personal data", "not for personal or special category data")
  is not allowed. A kind named allows the less sensitive kinds too ("personal data" allows
  internal and public information) unless the cell rules them out. A prohibited tool takes no
  data. When no kind can be read the row gets `public` only (the most restrictive reading that
  still lets the tool be used at all);
* `conditions`: the remaining cells' text, verbatim, joined with "; ";
* `clauses`: the ref of the clause holding the table (`policy.pdf#4.2`); a table in the
  document's preamble cites the document's first clause.
"""
from __future__ import annotations

import re

from index.models import DocTable, ParsedDocument, RegisterEntry

_TOOL_HEAD = re.compile(r"^(?:(?:approved|permitted|generative|gen)?\s*(?:ai\s+)?"
                        r"(?:tool|tools|product|products|application|applications|app|apps|service|"
                        r"services|system|systems|platform|platforms|software|name|tool name|product name)"
                        r"(?:\s*(?:/|or|and)\s*\w+)?)$", re.I)
_ALIAS_HEAD = re.compile(r"alias|also known|other names|aka\b", re.I)
_STATUS_HEAD = re.compile(r"status|approv|permitted|allowed|can (?:i|staff|you) use|may (?:i|staff|you) use|"
                          r"use\s*\?|decision|rating|classification of tool", re.I)
_DATA_HEAD = re.compile(r"data|information|classification|what (?:can|may) (?:i|you|staff) (?:put|enter|share)", re.I)
_USE_HEAD = re.compile(r"(?:approved|permitted|allowed|suitable|use[ds]?|good)\s+(?:for|use|uses)\b|purpose", re.I)
_COND_HEAD = re.compile(r"condition|restriction|notes?|guidance|requirement|use for|used for|purpose|"
                        r"approved for|permitted (?:for|use)|suitable for|limitation", re.I)

_PROHIBITED = re.compile(r"\b(?:prohibited|not (?:be )?(?:permitted|allowed|approved|to be used)|must not|"
                         r"banned|blocked|do not use|don'?t use|never|unapproved|not supported|no)\b", re.I)
_APPROVED = re.compile(r"\b(?:approved|permitted|allowed|yes|available|supported|endorsed)\b", re.I)
_RESTRICTED = re.compile(r"\b(?:restricted|limited|conditional|pilot|trial|with approval|approval required|"
                         r"by exception|case[- ]by[- ]case|only|subject to|under review|pending)\b", re.I)

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("special_category", re.compile(r"special[- ]category|health|medical|clinical|patient|social care|"
                                    r"safeguarding|sensitive personal|criminal|ethnic|religio|sexual", re.I)),
    ("personal", re.compile(r"\bpersonal|identifiable|\bnames?\b|\bpii\b|staff records|customer records|"
                            r"resident(?:s'?)? (?:data|information)", re.I)),
    ("internal", re.compile(r"\binternal|official\b|unpublished|non[- ]personal|council (?:data|information)|"
                            r"trust (?:data|information)|organisation(?:al)? (?:data|information)|"
                            r"business (?:data|information)|confidential", re.I)),
    ("public", re.compile(r"\bpublic(?:ly)?\b|\bpublished\b|open data|publicly available", re.I)),
)
_NEGATION = re.compile(r"\b(?:no|not|never|without|must not|do not|don'?t|excluding|except|nothing)\b"
                       r"(?:\s+(?:\w+[,;]?\s+){0,6}?)$", re.I)
_ALIAS_IN_NAME = re.compile(r"\s*\((?:also\s+|aka\s+|formerly\s+)?([^)]+)\)\s*$", re.I)
_ORDER = ("public", "internal", "personal", "special_category")


def _is_header(row: tuple[str, ...]) -> tuple[int, dict[str, list[int]]] | None:
    """(tool column, {role: [columns]}) when the row is a tools table's header."""
    cells = [" ".join(c.split()).strip(" :*") for c in row]
    tool = next((i for i, c in enumerate(cells) if c and _TOOL_HEAD.match(c)), None)
    if tool is None:
        return None
    roles: dict[str, list[int]] = {"alias": [], "status": [], "data": [], "cond": []}
    for i, c in enumerate(cells):
        if i == tool or not c:
            continue
        if _ALIAS_HEAD.search(c):
            roles["alias"].append(i)
        elif _USE_HEAD.search(c):
            roles["cond"].append(i)
        elif _DATA_HEAD.search(c):
            roles["data"].append(i)
        elif _STATUS_HEAD.search(c):
            roles["status"].append(i)
        elif _COND_HEAD.search(c):
            roles["cond"].append(i)
    if not (roles["status"] or roles["data"] or roles["cond"]):
        return None
    return tool, roles


def is_tools_header(row: tuple[str, ...]) -> bool:
    """Does this row head a tools table? (Readers that must find tables themselves, such as
    the PDF reader, ask before treating lines as table rows.)"""
    return _is_header(row) is not None


def _kinds(text: str) -> set[str]:
    """The data kinds a cell allows: named, and not under a negation in the same clause of it."""
    out: set[str] = set()
    for part in re.split(r"[.;]|\bbut\b|\bonly\b(?=.*\bnot\b)", text):
        for kind, rx in _KINDS:
            for m in rx.finditer(part):
                if not _NEGATION.search(part[:m.start()]):
                    out.add(kind)
    return out


def _banned_kinds(text: str) -> set[str]:
    out: set[str] = set()
    for part in re.split(r"[.;]|\bbut\b", text):
        for kind, rx in _KINDS:
            for m in rx.finditer(part):
                if _NEGATION.search(part[:m.start()]):
                    out.add(kind)
    return out


_PROHIBITED_START = re.compile(r"^\W*(?:prohibited|not (?:permitted|allowed|approved|to be used)|banned|blocked|"
                               r"do not use|don'?t use|never (?:use|to be used)|unapproved|no\b(?!\s+(?:personal|special|patient|"
                               r"sensitive|confidential|identifiable|client|customer|staff|health)))", re.I)


def _status(text: str, status_column: bool) -> str:
    """approved / restricted / prohibited from the status cell (or, with no status column, from
    the row's other cells, where only a cell that starts by forbidding counts)."""
    cells = [c.strip() for c in text.split(" ; ") if c.strip()]
    if not cells:
        return "restricted"
    if any(_PROHIBITED_START.match(c) for c in cells):
        return "prohibited"
    if status_column and any(len(c) <= 40 and _PROHIBITED.search(c) for c in cells):
        return "prohibited"
    if any(_RESTRICTED.search(c) for c in cells):
        return "restricted"
    if status_column and any(_APPROVED.search(c) for c in cells):
        return "approved"
    return "restricted"


def _name_and_aliases(cell: str) -> tuple[str, list[str], str]:
    """(name, aliases, qualifier): "ChatGPT (OpenAI ChatGPT)" -> alias; a bracket that
    describes rather than names ("(free)", "(licensed Copilot in Word, Excel ...)", "(College
    account)") is a qualifier, kept for the conditions."""
    name = " ".join(cell.split())
    m = _ALIAS_IN_NAME.search(name)
    if not m or m.start() == 0:
        return name, [], ""
    inner = m.group(1).strip()
    parts = [a.strip() for a in re.split(r"[;,/]|\bor\b", inner) if a.strip()]
    names = all(a[:1].isupper() and len(a.split()) <= 4 and not _DESCRIBES.search(a) for a in parts)
    name = name[:m.start()].strip()
    return (name, parts, "") if parts and names else (name, [], inner)


_DESCRIBES = re.compile(r"\b(?:with|signed|licen[cs]ed?|account|version|only|free|paid|enterprise|"
                        r"edition|tenant|via|through|using|for)\b", re.I)


def read_tools_tables(doc: ParsedDocument) -> tuple[list[RegisterEntry], list[str]]:
    """Register rows from the document's tools tables, plus warning lines (rows skipped)."""
    entries: list[RegisterEntry] = []
    warnings: list[str] = []
    seen: set[str] = set()
    first_clause = doc.clauses[0].id if doc.clauses else None
    for t in doc.tables:
        entries += _read_table(doc.source, t, first_clause, seen, warnings)
    return entries, warnings


def _read_table(source: str, table: DocTable, first_clause: str | None, seen: set[str],
                warnings: list[str]) -> list[RegisterEntry]:
    if not table.rows:
        return []
    head = _is_header(table.rows[0])
    if head is None:
        return []
    tool_col, roles = head
    holder = table.clause or first_clause
    ref = f"{source}#{holder}" if holder else None
    out: list[RegisterEntry] = []
    for n, row in enumerate(table.rows[1:], start=2):
        cell = lambda i: " ".join(row[i].split()) if i < len(row) else ""  # noqa: E731
        if tool_col >= len(row) or not cell(tool_col):
            continue
        name, aliases, qualifier = _name_and_aliases(cell(tool_col))
        if not name or name.casefold() in seen:
            if name:
                warnings.append(f"tools table row {n}: {name!r} listed twice; the first row is used")
            continue
        for i in roles["alias"]:
            aliases += [a.strip() for a in re.split(r"[;,/]", cell(i)) if a.strip()]
        others = [i for i in range(len(row)) if i != tool_col and i not in roles["alias"]]
        uses = [i for i in roles["cond"] if _USE_HEAD.search(" ".join(table.rows[0][i].split()))] \
            if not roles["status"] else []
        status_cols = roles["status"] or uses or others
        status = _status(" ; ".join(cell(i) for i in status_cols), bool(roles["status"]))
        data_cols = roles["data"] or others
        data_text = " ; ".join(cell(i) for i in data_cols)
        banned = _banned_kinds(data_text)
        kinds = _kinds(data_text) - banned
        if kinds:      # a kind named allows the less sensitive ones too, unless the cell rules them out
            top = max(_ORDER.index(k) for k in kinds)
            kinds |= {k for k in _ORDER[:top] if k not in banned}
        if status == "prohibited":
            kinds = set()
        elif not kinds:
            kinds = {"public"} - banned
        conditions = "; ".join(c for c in [qualifier] + [cell(i) for i in others] if c)
        products = _several_products(name)
        for product in products:
            if product.casefold() in seen and len(products) > 1:
                continue
            seen.add(product.casefold())
            out.append(RegisterEntry(
                source=source, tool=product,
                aliases=tuple(dict.fromkeys(a for a in (aliases if len(products) == 1 else [])
                                            if a.casefold() != product.casefold())),
                status=status,  # type: ignore[arg-type]
                data_allowed=tuple(k for k in _ORDER if k in kinds), conditions=conditions,
                clauses=(ref,) if ref else (), row=n,
            ))
    return out


def _several_products(name: str) -> list[str]:
    """A tool cell that lists several products ("ChatGPT, Google Gemini and Claude") is a row
    for each, with the same rules; a name with lower-case words joined ("Teams transcription and
    intelligent recap") is one product."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", name) if p.strip()]
    if len(parts) < 2:
        return [name]
    if all(len(p.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in p.split())
           and not _DESCRIBES.search(p) for p in parts):
        return parts
    return [name]


def merge_registers(csv_rows: list[RegisterEntry], table_rows: list[RegisterEntry]
                    ) -> tuple[list[RegisterEntry], list[tuple[str, str]]]:
    """The CSV register plus the tools-table rows it does not have. Where both list a tool
    (by name or alias) and disagree on status or data kinds, the CSV wins and one warning line
    says so: (where, text) pairs, where = the table's clause ref."""
    names: dict[str, RegisterEntry] = {}
    for e in csv_rows:
        for n in (e.tool, *e.aliases):
            names.setdefault(n.casefold(), e)
    out = list(csv_rows)
    warnings: list[tuple[str, str]] = []
    for t in table_rows:
        match = next((names[n.casefold()] for n in (t.tool, *t.aliases) if n.casefold() in names), None)
        if match is None:
            out.append(t)
            for n in (t.tool, *t.aliases):
                names.setdefault(n.casefold(), t)
            continue
        if match.status != t.status or set(match.data_allowed) != set(t.data_allowed):
            where = t.clauses[0] if t.clauses else t.source
            warnings.append((where,
                f"the tools table lists {t.tool} as {t.status} ({'; '.join(t.data_allowed) or 'no data'}), "
                f"{match.source} as {match.status} ({'; '.join(match.data_allowed) or 'no data'}); "
                f"{match.source} is used"))
    return out, warnings
