"""Collect the words the gold TRAINING data never labels into pipeline/ner/data/unlabelled_words.json.gz.

A word (one token of `ArabicTokenizer`) that occurs at least MIN_COUNT times in the training texts outside
multi-word gold entities and is never a one-word gold entity there is a common word («القوات»، «شركة»، «بريف»،
«كبير»): `pipeline.ner.repair` drops a one-word ORG/LOC/TITLE the model predicts on it, and on the same word
written without the article («جمهورية» for «الجمهورية») unless the gold labels that bare form alone somewhere
(«سورية» for «السورية», «مالي» for «المالي»: those bare forms are kept in the file as `named_bare`). Only
training gold is read (never dev or test), the real news train set and the written train set:

    python scripts/build_unlabelled_words.py build/corpora-s19/real-train.jsonl annotations/train.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from pipeline.io.jsonl import read_jsonl
from pipeline.ner.repair import UNLABELLED_DATA as OUT
from pipeline.text.proclitics import ARTICLE
from pipeline.text.tokenizer import ArabicTokenizer

MIN_COUNT = 10  # fewer sightings say too little (measured: 5 or 7 also drop true names on real-dev)


def count_words(paths: list[Path]) -> tuple[Counter, Counter]:
    """(occurrences outside multi-word gold entities, occurrences as a one-word gold entity) per token surface."""
    tok = ArabicTokenizer()
    seen: Counter = Counter()
    named: Counter = Counter()
    for path in paths:
        for doc in read_jsonl(path):
            text = doc["text"]
            ents = [(e["start"], e["end"]) for e in doc["entities"]]
            whole = set(ents)
            for s, e in tok.spans(text):
                if (s, e) in whole:
                    named[text[s:e]] += 1
                elif any(a <= s and e <= b for a, b in ents):
                    continue  # a word of a longer name says nothing about the word alone
                seen[text[s:e]] += 1
    return seen, named


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    seen, named = count_words(args.files)
    words = sorted(w for w, n in seen.items() if n >= MIN_COUNT and not named[w] and any(c.isalpha() for c in w))
    common = set(words)
    named_bare = sorted(w for w in named if ARTICLE + w in common)  # names despite the article form
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {"min_count": MIN_COUNT, "sources": [p.name for p in args.files], "words": words, "named_bare": named_bare}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:  # mtime 0: same bytes
        fh.write(payload)
    print(f"{len(words)} never-labelled words, {len(named_bare)} bare forms labelled alone -> {OUT}")


if __name__ == "__main__":
    main()
