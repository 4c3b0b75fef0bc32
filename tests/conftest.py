"""Shared fixtures (kept minimal; several test modules use these)."""
from __future__ import annotations

from pathlib import Path

import pytest

POLICY_MD = """# Example Council Generative AI Policy

| Item | Detail |
| --- | --- |
| Version | 1.0 |

## 1. Purpose

1.1 This policy explains how staff may use generative AI tools in their work for the council.

1.2 It applies to all employees, contractors, agency workers and volunteers.

## 2. Approved tools

2.1 Staff may use Microsoft 365 Copilot Chat when signed in with their council account.

2.2 Staff must not use personal accounts of public chatbots for council work.

## 3. Data protection

3.1 Staff must not enter personal data about residents into a generative AI tool unless the register approves that tool for personal data.

3.2 Special category data, such as health records or safeguarding information, must never be entered into any generative AI tool.

## 4. Accuracy and transparency

4.1 Staff must check AI-generated content for factual accuracy before it is published or sent.

4.2 Public-facing documents produced with substantial help from AI must say so in a short statement.

## 5. Images

5.1 Image generators may be used to illustrate internal presentations only, never in published material.
"""

FAQ_MD = """# Generative AI FAQ

## Can I use AI to write software code?

Developers may use a coding assistant on approved repositories, provided no secrets or passwords are pasted into prompts.

## Can I translate a leaflet with AI?

Machine translation of public leaflets is allowed once a fluent speaker has reviewed the wording.
"""

REGISTER_CSV = """tool,aliases,status,data_allowed,conditions,clauses
Microsoft 365 Copilot Chat,Copilot Chat;Bing Chat Enterprise,approved,public;internal,Sign in with your council account.,policy.md#2.1
ChatGPT,Chat GPT;OpenAI,prohibited,,Do not use for council work.,policy.md#2.2
"""


def write_knowledge(folder: Path, faq: bool = True, register: bool = True) -> Path:
    """A small knowledge folder: a numbered policy, optionally an FAQ and a tools register."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "policy.md").write_text(POLICY_MD, encoding="utf-8")
    if faq:
        (folder / "faq.md").write_text(FAQ_MD, encoding="utf-8")
    if register:
        (folder / "tools-register.csv").write_text(REGISTER_CSV, encoding="utf-8")
    return folder


@pytest.fixture
def knowledge(tmp_path) -> Path:
    return write_knowledge(tmp_path / "knowledge")


class _VectorStore:
    """Vectors the test runs have computed, on disk between runs (keyed by sha256 of model id and
    text): the 85 evaluation organisations' indexes embed only text a previous run has not seen.
    POLICYBOT_TEST_EMBED_CACHE moves it; set it to an empty string to turn it off."""

    def __init__(self, path: str):
        import sqlite3
        self.db = None
        if not path:
            return
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, check_same_thread=False, timeout=30)
            self.db.execute("CREATE TABLE IF NOT EXISTS vec (k BLOB PRIMARY KEY, v BLOB)")
        except Exception:       # a read-only home: embed everything
            self.db = None

    def embed(self, model_id: str, compute, texts: list[str]):
        import hashlib

        import numpy as np
        if self.db is None or not texts:
            return compute(texts)
        keys = [hashlib.sha256(f"{model_id}\0{t}".encode()).digest() for t in texts]
        got = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(part))})", part)
            got.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        todo = [i for i, k in enumerate(keys) if k not in got]
        if todo:
            vecs = np.asarray(compute([texts[i] for i in todo]), dtype=np.float32)
            fresh = {keys[i]: vecs[j] for j, i in enumerate(todo)}
            self.db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", [(k, v.tobytes()) for k, v in fresh.items()])
            self.db.commit()
            got.update(fresh)
        return np.stack([got[k] for k in keys])


@pytest.fixture(scope="session")
def onnx_embed():
    """The default embedding model, loaded once for the session; its vectors are kept between
    runs (_VectorStore), so a repeated run does not embed the same text again."""
    import os

    from index.embeddings import OnnxMiniLMEmbedding
    store = _VectorStore(os.environ.get("POLICYBOT_TEST_EMBED_CACHE",
                                        str(Path.home() / ".cache" / "policybot-tests" / "embeddings.sqlite")))

    class StoredOnnxMiniLMEmbedding(OnnxMiniLMEmbedding):
        def _embed_array(self, texts):
            return store.embed(self.model_id, super()._embed_array, list(texts))

    return StoredOnnxMiniLMEmbedding().load()


@pytest.fixture
def pb_env(monkeypatch, tmp_path):
    """No policybot settings inherited from the caller's environment; the user data dir is moved
    under tmp so nothing can touch the real one."""
    for var in ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_EMBEDDING",
                "POLICYBOT_EMBEDDING_MODEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return monkeypatch


def engine_from(root: Path, files: dict[str, str], embed, *, clean: bool = False):
    """An engine over a knowledge folder made of `files` (name -> text), indexed in `root` with the
    embedded Chroma store (a POLICYBOT_CHROMA_URL in the caller's environment is set aside). With
    `clean`, indexing must report no problems."""
    import os

    from bot.engine.pipeline import Engine
    from index.build import build_index
    knowledge = root / "knowledge"
    knowledge.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    try:
        result = build_index(knowledge, root / "home", embed_model=embed)
        assert not (clean and result.problems), result.problems
        return Engine.open(root / "home", embed_model=embed)
    finally:
        if saved is not None:
            os.environ["POLICYBOT_CHROMA_URL"] = saved
