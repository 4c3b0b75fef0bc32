"""Does this rule apply to this question? A cross-encoder read of the pair.

The packaged MiniLM (all-MiniLM-L6-v2) fine-tuned on (question, policy rule) pairs from the
evaluation organisations: a pair is positive when the organisation's own answer to the question
is a no or unsure and cites the rule. Exported to int8 ONNX (`data/pair_model/`), run with
onnxruntime and tokenizers (no torch), on the few rules closest to the question only, so a warm
answer stays in milliseconds. Trained by `tools/train_pair_model.py`, which also records the
organisations it was trained on; it reads the question and the rule together, where the embedding
compares them only as two separate points.

Two models are shipped, trained on different organisations: `data/pair_model/` (rounds 1-11) and
`data/pair_model_2/` (rounds 1-29). They read different rules as settling a question, so a rule
settles it when either model reads it so, each at its own threshold (`settles`); the second is
asked only when the first does not hold.
"""
from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "data" / "pair_model"
MODEL_DIRS = (Path(__file__).parent / "data" / "pair_model_2", MODEL_DIR)    # asked in this order
MAX_TOKENS = 96
_LOCK = threading.Lock()


def _index_tokenizer() -> Path:
    """The MiniLM tokenizer the index ships (the same vocabulary and pair template as the model's)."""
    import index
    return Path(index.__file__).parent / "assets" / "minilm-tokenizer.json"


TOKENIZER = _index_tokenizer()


@lru_cache(maxsize=8)
def _files_present(model_dir: Path) -> bool:
    """The model file and the tokenizer are there (looked at once per process, not per question)."""
    return (model_dir / "model.onnx").is_file() and TOKENIZER.is_file()


def available(model_dir: Path = MODEL_DIR) -> bool:
    """The model is shipped and not switched off (POLICYBOT_PAIR_MODEL=off, for comparisons)."""
    if os.environ.get("POLICYBOT_PAIR_MODEL", "").lower() in ("0", "off", "false", "no"):
        return False
    return _files_present(Path(model_dir))


@lru_cache(maxsize=2)
def _load(model_dir: str):
    import onnxruntime as ort
    from tokenizers import Tokenizer
    d = Path(model_dir)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")   # see index/embeddings.py
    session = ort.InferenceSession(str(d / "model.onnx"), sess_options=opts, providers=["CPUExecutionProvider"])
    tok = Tokenizer.from_file(str(d / "tokenizer.json") if (d / "tokenizer.json").is_file() else str(TOKENIZER))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.no_padding()
    tok.enable_padding(pad_id=tok.token_to_id("[PAD]") or 0, pad_token="[PAD]")
    meta = {}
    if (d / "model.json").is_file():
        meta = json.loads((d / "model.json").read_text(encoding="utf-8"))
    return session, tok, tuple(i.name for i in session.get_inputs()), meta


def settings(model_dir: Path = MODEL_DIR) -> tuple[int, float]:
    """(how many of the closest rules are read, the probability at and above which one applies),
    chosen on organisations the model was not trained on (model.json)."""
    meta = _load(str(model_dir))[3]
    return int(meta.get("top_rules", 4)), float(meta.get("threshold", 0.5))


def applies(question: str, rules: list[str], model_dir: Path = MODEL_DIR) -> np.ndarray:
    """Per rule: the probability that it settles the question as a no (or leaves it open)."""
    if not rules:
        return np.zeros(0, dtype=np.float32)
    session, tok, names, _ = _load(str(model_dir))
    with _LOCK:
        enc = tok.encode_batch([(question, r) for r in rules])
    feed = {"input_ids": np.asarray([e.ids for e in enc], dtype=np.int64),
            "attention_mask": np.asarray([e.attention_mask for e in enc], dtype=np.int64),
            "token_type_ids": np.asarray([e.type_ids for e in enc], dtype=np.int64)}
    logits = session.run(None, {k: v for k, v in feed.items() if k in names})[0].reshape(-1)
    return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


def shipped(model_dirs: tuple[Path, ...] = MODEL_DIRS) -> tuple[Path, ...]:
    """The models the engine asks (those shipped, unless POLICYBOT_PAIR_MODEL=off)."""
    return tuple(d for d in model_dirs if available(d))


def reads(model_dirs: tuple[Path, ...] = MODEL_DIRS) -> int:
    """How many of the closest rules are read: the most any shipped model was set to read."""
    return max((settings(d)[0] for d in shipped(model_dirs)), default=0)


def settles(question: str, rules: list[str], model_dirs: tuple[Path, ...] = MODEL_DIRS) -> np.ndarray:
    """Per rule: how strongly it settles the question, as a multiple of the threshold of the model
    that reads it so (>= 1: settles). The models are asked in order, and the next only when none
    of the rules reaches its threshold in the one before."""
    out = np.zeros(len(rules), dtype=np.float32)
    for d in shipped(model_dirs) if rules else ():
        top, threshold = settings(d)
        ratio = applies(question, rules[:top], d) / threshold
        out[:len(ratio)] = np.maximum(out[:len(ratio)], ratio)
        if float(out.max()) >= 1.0:
            break
    return out
