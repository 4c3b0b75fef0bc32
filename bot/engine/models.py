"""The answer object of contract section 2, as typed models that serialise to exactly that JSON."""
from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field


class Verdict(str, Enum):
    allowed = "allowed"
    conditional = "conditional"
    not_allowed = "not_allowed"
    unsure = "unsure"
    info = "info"
    out_of_scope = "out_of_scope"


VERDICT_WORDS = {
    Verdict.allowed: "Allowed",
    Verdict.conditional: "Allowed with conditions",
    Verdict.not_allowed: "Not allowed",
    Verdict.unsure: "Unsure",
    Verdict.info: "Information",
    Verdict.out_of_scope: "Out of scope",
}


class Citation(BaseModel):
    ref: str
    source: str
    clause: str
    heading: str
    quote: str
    url: str | None = None
    score: float = 0.0


class Answer(BaseModel):
    question: str
    verdict: Verdict
    summary: str
    conditions: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tool: str | None = None
    data_kinds: list[str] = Field(default_factory=list)
    escalated: bool = False
    escalation_reason: str | None = None
    confidence: float = 0.0
    index_version: str = ""

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS[self.verdict]

    def to_contract(self) -> dict:
        """The contract's JSON object (section 2), keys in the contract's order."""
        return self.model_dump(mode="json")
