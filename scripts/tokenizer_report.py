"""Tokenizer figures on gold data: boundary alignment, wrong splits, speed.

    python scripts/tokenizer_report.py annotations/seeds.jsonl annotations/test.jsonl
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.io.jsonl import read_jsonl
from pipeline.text.alignment import alignment_report
from pipeline.text.tokenizer import ArabicTokenizer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", type=int, default=20, help="list up to N problems")
    args = ap.parse_args()
    tok = ArabicTokenizer()
    for path in args.files:
        docs = read_jsonl(path)
        t0 = time.perf_counter()
        n_tokens = sum(len(tok.spans(d["text"])) for d in docs)
        rate = n_tokens / (time.perf_counter() - t0)
        r = alignment_report(docs, tok.spans)
        print(f"{path}: {len(docs)} docs, {n_tokens} tokens ({rate:,.0f} tokens/s, 1 thread)")
        print(f"  gold span boundaries on token boundaries: {r.aligned}/{r.boundaries} = {r.aligned_share:.2%}")
        print(f"  span-initial words wrongly split: {r.wrongly_split}/{r.span_words} = {r.wrong_share:.2%}")
        for line in (r.misaligned + r.wrong)[: args.show]:
            print("   ", line)


if __name__ == "__main__":
    main()
