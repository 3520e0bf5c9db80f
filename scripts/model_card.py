"""Re-score a saved NER model (or ensemble, or soup) on dev and test files, measure its speed, and rewrite its card.

    python scripts/model_card.py models/ner-default --dev annotations/dev.jsonl build/corpora/real-dev.jsonl \
        build/corpora/anercorp-dev.jsonl --test annotations/test.jsonl annotations/seeds.jsonl build/corpora/real-test.jsonl

Training selects on dev only; this is where test scores and speed are added to the card of
the model that was chosen.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from pipeline.io.jsonl import read_jsonl
from pipeline.training.card import write_card
from pipeline.training.data import examples
from pipeline.ner.ensemble import is_ensemble
from pipeline.training.ensemble import SOUP_MANIFEST, rewrite_card
from pipeline.ner.model import TokenClassifier
from pipeline.training.train import TrainConfig, score
from pipeline.text.tokenizer import ArabicTokenizer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--dev", type=Path, nargs="+", required=True, help="each file is scored apart, as training's criterion does")
    ap.add_argument("--test", type=Path, nargs="*", default=[])
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    words = ArabicTokenizer()
    clf = TokenClassifier.load(args.model)
    scores = args.model / "scores.json"
    results = json.loads(scores.read_text()) if scores.exists() else {}
    devs = {str(p): read_jsonl(p) for p in args.dev}
    dev = [d for docs in devs.values() for d in docs]
    results.pop("dev", None)  # pooled, a file without ORG spans would count every ORG found there as spurious
    results["dev_by_file"] = {p: score(clf, docs, words) for p, docs in devs.items()}
    results["test"] = {str(p): score(clf, read_jsonl(p), words) for p in args.test}
    sents = [ex.words for ex in examples(dev * 3, words)]
    t0 = time.perf_counter()
    clf.predict(sents, batch_size=32)
    n = sum(map(len, sents))
    results["speed"] = {"tokens": n, "tokens_per_s": round(n / (time.perf_counter() - t0)), "threads": args.threads,
                        "batch_size": 32, "file": f"{' + '.join(map(str, args.dev))} x3"}
    scores.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    if is_ensemble(args.model) or (args.model / SOUP_MANIFEST).exists():
        rewrite_card(args.model)
    else:
        write_card(args.model, TrainConfig(**json.loads((args.model / "training_config.json").read_text())), results)
    print((args.model / "README.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
