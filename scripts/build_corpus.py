"""Build the gold JSONL files from the markup sources, with fixed splits and the corpus report.

    python scripts/build_corpus.py            # writes annotations/{seeds,train,dev,test}.jsonl and prints stats

Sources: `annotations/src/seeds/*.ann` (the adjudicated seed gold, always in test) and
`annotations/src/written/*.ann`. The split of every document is recorded in
`annotations/splits.json` the first time it is seen and never changes after that, so
adding articles never moves an old one between train and test.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from pipeline.io.jsonl import write_jsonl
from pipeline.io.markup import MarkupErrors, load_markup
from pipeline.schema import ENTITY_LABELS, FRAME_SLOTS, NUMBER_TYPES, RELATIONS

ANN = Path("annotations")
SPLIT_SHARES = (("train", 0.7), ("dev", 0.1), ("test", 0.2))
WORD_RE = re.compile(r"\w+")


def ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text)
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def assign_splits(seed_ids: list[str], written_ids: list[str], splits: dict[str, str], seed: int = 7) -> dict[str, str]:
    """Seeds go to test; new written documents fill train/dev/test towards 70/10/20 of the whole corpus."""
    for doc_id in seed_ids:
        splits[doc_id] = "test"
    new = sorted(i for i in written_ids if i not in splits)
    random.Random(seed).shuffle(new)
    total = len(seed_ids) + len(written_ids)
    for doc_id in new:
        have = Counter(splits[i] for i in seed_ids + written_ids if i in splits)
        deficit = {name: share * total - have[name] for name, share in SPLIT_SHARES}
        splits[doc_id] = max(deficit, key=deficit.get)
    return splits


def stats(docs: list[dict]) -> dict:
    return {
        "documents": len(docs),
        "words": sum(len(WORD_RE.findall(d["text"])) for d in docs),
        "entities": Counter(e["label"] for d in docs for e in d["entities"]),
        "numbers": Counter(n["type"] for d in docs for n in d["numbers"]),
        "relations": Counter(r["type"] for d in docs for r in d["relations"]),
        "frames": Counter(f["type"] for d in docs for f in d["frames"]),
    }


def markdown(table: dict[str, dict]) -> str:
    cols = list(table)
    rows = [("documents", lambda s: s["documents"]), ("words", lambda s: s["words"])]
    for layer, keys in (("entities", ENTITY_LABELS), ("numbers", NUMBER_TYPES), ("relations", tuple(RELATIONS)),
                        ("frames", tuple(FRAME_SLOTS))):
        for k in keys:
            rows.append((f"{layer}: {k}", lambda s, layer=layer, k=k: s[layer][k]))
    out = ["| | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    out += [f"| {name} | " + " | ".join(str(get(table[c])) for c in cols) + " |" for name, get in rows]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds-src", type=Path, default=ANN / "src" / "seeds")
    ap.add_argument("--written-src", type=Path, default=ANN / "src" / "written")
    ap.add_argument("--skip-invalid", action="store_true", help="leave out files that do not pass the check")
    args = ap.parse_args()

    def load_all(folder: Path) -> list[dict]:
        docs = []
        for p in sorted(folder.glob("*.ann")):
            try:
                docs.append(load_markup(p))
            except MarkupErrors as exc:
                if not args.skip_invalid:
                    raise
                print(f"skipped {p}: {exc.errors[0]}")
        return docs

    seeds, written = load_all(args.seeds_src), load_all(args.written_src)
    split_file = ANN / "splits.json"
    splits = json.loads(split_file.read_text()) if split_file.exists() else {}
    splits = assign_splits([d["id"] for d in seeds], [d["id"] for d in written], splits)
    split_file.write_text(json.dumps(dict(sorted(splits.items())), indent=1) + "\n")

    by_split = {name: [d for d in seeds + written if splits[d["id"]] == name] for name, _ in SPLIT_SHARES}
    write_jsonl(seeds, ANN / "seeds.jsonl")
    for name, docs in by_split.items():
        write_jsonl(docs, ANN / f"{name}.jsonl")

    train_grams = [(d["id"], ngrams(d["text"])) for d in by_split["train"]]
    worst = (0.0, "", "")
    for d in by_split["test"] + by_split["dev"]:
        grams = ngrams(d["text"])
        for tid, tg in train_grams:
            share = len(grams & tg) / len(grams) if grams else 0.0
            worst = max(worst, (share, d["id"], tid))
    table = {name: stats(docs) for name, docs in by_split.items()}
    table["all"] = stats(seeds + written)
    report = (f"# Corpus statistics\n\nWritten by `python scripts/build_corpus.py`; do not edit by hand.\n\n"
              f"{markdown(table)}\n\nNear-copy check: the largest share of a dev or test document's word 8-grams "
              f"found in any single train document is {worst[0]:.1%} ({worst[1]} vs {worst[2]}).\n")
    (ANN / "STATS.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
