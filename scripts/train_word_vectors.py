"""Word vectors for the NER model's word channel: fastText (gensim) on raw news, cut to a fixed vocabulary.

    python scripts/train_word_vectors.py --out build/word-vectors \
        [--corpus ../shared/data/raw/saudinewsnet.jsonl.gz] [--include build/corpora/real-train.jsonl ...]

Unlabelled pretraining, like the encoder's: it may read every line of SaudiNewsNet. Words are the project
tokenizer's, keyed as the model reads them (`pipeline.ner.word_vectors.vector_key`). The vocabulary is the
`--size` most frequent keys seen at least `--min-count` times, plus the words of the `--include` files
(training corpora: their rare names get a vector built from character n-grams). Writes `vectors.safetensors`
(one float16 matrix, row 0 all zero for padding and unknown words) and `vectors.json` (vocabulary and settings).
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.io.jsonl import read_jsonl
from pipeline.ner.word_vectors import save_vectors, vector_key
from pipeline.progress import progress
from pipeline.text.tokenizer import ArabicTokenizer


def corpus_sentences(path: Path, tok: ArabicTokenizer) -> list[list[str]]:
    """Every document's sentences as lists of vector keys (JSON lines with a `text` field, gzip or not)."""
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[list[str]] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in progress(fh, desc="reading", unit=" docs"):
            text = json.loads(line).get("text") or ""
            spans = tok.spans(text)
            starts = tok.sentence_starts(text, spans)
            for (s, e), first in zip(spans, starts):
                if first or not out:
                    out.append([])
                key = vector_key(text[s:e])
                if key:
                    out[-1].append(key)
    return [s for s in out if s]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/data/raw/saudinewsnet.jsonl.gz"))
    ap.add_argument("--include", type=Path, nargs="*", default=[], help="JSONL whose words all get a vector")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from gensim.models import FastText

    if (args.out / "vectors.json").exists():
        raise SystemExit(f"{args.out}: already holds vectors; choose another --out")
    tok = ArabicTokenizer()
    t0 = time.time()
    sents = corpus_sentences(args.corpus, tok)
    counts = Counter(w for s in sents for w in s)
    print(f"{len(sents):,} sentences, {sum(counts.values()):,} words, {len(counts):,} keys "
          f"({time.time() - t0:.0f} s)", flush=True)
    ft = FastText(vector_size=args.dim, window=5, min_count=args.min_count, sg=1, min_n=3, max_n=5,
                  workers=args.workers, seed=args.seed, epochs=args.epochs)
    ft.build_vocab(corpus_iterable=sents)
    ft.train(corpus_iterable=sents, total_examples=len(sents), epochs=args.epochs)
    vocab = [w for w, c in counts.most_common(args.size) if c >= args.min_count]
    seen = set(vocab)
    for path in args.include:
        for d in read_jsonl(path):
            for s, e in tok.spans(d["text"]):
                key = vector_key(d["text"][s:e])
                if key and key not in seen:
                    seen.add(key)
                    vocab.append(key)
    matrix = np.stack([ft.wv[w] for w in vocab]).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True).clip(min=1e-6)  # unit length: one scale for all
    minutes = round((time.time() - t0) / 60, 1)
    save_vectors(args.out, vocab, matrix, {"corpus": str(args.corpus), "include": [str(p) for p in args.include],
                                           "dim": args.dim, "epochs": args.epochs, "min_count": args.min_count,
                                           "method": "fastText skip-gram (gensim), char n-grams 3-5, window 5",
                                           "minutes": minutes})
    print(f"{args.out}: {len(vocab):,} words x {args.dim} ({minutes} min)")


if __name__ == "__main__":
    main()
