"""Unannotated SaudiNewsNet articles for self-training: even 0-based lines only, none of the gold's.

    python scripts/pseudo_texts.py --n 800 --out build/corpora/pseudo-texts.jsonl
    arabic-ie annotate build/corpora/pseudo-texts.jsonl --model models/ner-default -o build/corpora/pseudo.jsonl
    OUT=runs/ner-pseudo PSEUDO=build/corpora/pseudo.jsonl PSEUDO_W=0.5 scripts/train_joint.sh
    python scripts/pseudo_texts.py --drop-gold build/corpora/pseudo.jsonl --out build/corpora/pseudo-nogold.jsonl
        # later, once some of those articles have become gold: the teacher's labels on the others only
    python scripts/pseudo_texts.py --as-of-batch 7 8 9 10 11 12 --out build/corpora/pseudo-union.jsonl
        # every text the runs of sessions 10-11 may have read, whenever they drew them: held out of new test gold

A teacher model labels these texts and a student trains on its labels beside the gold (self-training /
distillation). Odd lines stay reserved for an independent evaluation (skipped undecoded, as in
`select_real.py`). No gold article is taken, nor a near copy (8-gram overlap > 0.2) of a real-dev or
real-test article, so the student never sees a dev or test text through its teacher. The output holds
article text: it belongs in the git-ignored `build/`, never in a commit (SaudiNewsNet is CC BY-NC-SA 4.0).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from build_corpus import ngrams
from real_gold import RAW, SELECTION
from select_real import NEAR_COPY, candidates

from pipeline.io.jsonl import read_jsonl, write_jsonl


def pseudo_texts(raw: Path, n: int, seed: int, min_words: int, max_words: int,
                 as_of_batch: int | None = None, every: list[dict] | None = None) -> list[dict]:
    """`n` even-line articles, security-genre first as in the gold, none of the gold's nor near a held-out one.
    With `as_of_batch`: the texts this made when the selection held batches up to that one (the pool, and so
    the draw, shifts as the gold grows). `every`: `raw`'s candidates when the caller has read them already."""
    chosen = [r for r in json.loads(SELECTION.read_text(encoding="utf-8"))
              if as_of_batch is None or r.get("batch", 1) <= as_of_batch]
    gold = {r["line"] for r in chosen}
    held_out = {r["line"] for r in chosen if r["split"] != "real-train"}
    every = candidates(raw, 0, 10 ** 9) if every is None else every
    held_grams = [ngrams(c["_text"]) for c in every if c["line"] in held_out]
    pool = [c for c in every if c["line"] not in gold and min_words <= c["words"] <= max_words]
    rng = random.Random(seed)
    rng.shuffle(pool)
    pool.sort(key=lambda c: c["score"] < 4)  # stable: the security genre first, shuffled within each group
    out = []
    for c in pool:
        if len(out) == n:
            break
        g = ngrams(c["_text"])
        if any(len(g & h) / max(1, len(g)) > NEAR_COPY for h in held_grams):
            continue
        out.append({"id": f"snn-{c['line']}", "text": c["_text"]})
    return out


def without_gold(docs: list[dict]) -> list[dict]:
    """The documents that are no gold article: the gold labels those, so a teacher's labels on them go."""
    gold = {r["id"] for r in json.loads(SELECTION.read_text(encoding="utf-8"))}
    return [d for d in docs if d["id"] not in gold]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=RAW)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--min-words", type=int, default=120)
    ap.add_argument("--max-words", type=int, default=600)
    ap.add_argument("--drop-gold", type=Path, metavar="JSONL",
                    help="instead of choosing texts: copy this file's documents that are not gold articles to --out")
    ap.add_argument("--as-of-batch", type=int, nargs="+", metavar="N",
                    help="the union of the texts chosen when the selection held batches up to each N: every text "
                         "some past self-training run may have read, for select_real.py --exclude")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists: not overwritten")
    if args.drop_gold:
        docs = without_gold(read_jsonl(args.drop_gold))
    else:
        every = candidates(args.raw, 0, 10 ** 9)  # read once for every draw
        union = {d["id"]: d for batch in args.as_of_batch or [None]
                 for d in pseudo_texts(args.raw, args.n, args.seed, args.min_words, args.max_words, batch, every)}
        docs = list(union.values())
    write_jsonl(docs, args.out)
    print(f"{len(docs)} articles, {sum(len(d['text'].split()) for d in docs)} words -> {args.out}")


if __name__ == "__main__":
    main()
