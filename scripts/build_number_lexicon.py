"""Collect the dual nouns of the gold TRAINING data into pipeline/numbers/data/duals.json.

A gold numeric fact of value 2 whose surface is one Arabic word («حادثتان»، «منطقتين»، «العامين»)
is a dual; its lookup key is stored with its type (count or duration). A surface that is a dual only by its written
vowel («مصابَين») is left out: its key drops the vowel and would also match the sound plural («مصابِين»), and the
detector reads the vowel itself (`vocalized_dual`).

    python scripts/build_number_lexicon.py annotations/train.jsonl
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.io.jsonl import read_jsonl
from pipeline.numbers.duals import vocalized_dual
from pipeline.numbers.parse import parse_words
from pipeline.text.chars import word_key
from pipeline.text.chars import is_arabic_word

OUT = Path("pipeline/numbers/data/duals.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    duals: dict[str, str] = {}
    for path in args.files:
        for doc in read_jsonl(path):
            for n in doc["numbers"]:
                surface = doc["text"][n["start"]:n["end"]]
                if n["value"] == 2 and " " not in surface and is_arabic_word(surface) \
                        and parse_words([surface]) is None and not vocalized_dual(surface):
                    duals[word_key(surface)] = n["type"]
    OUT.write_text(json.dumps(dict(sorted(duals.items())), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(duals)} dual forms -> {OUT}")


if __name__ == "__main__":
    main()
