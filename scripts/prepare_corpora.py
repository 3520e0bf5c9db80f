"""Every training and dev corpus as project JSONL, in the git-ignored `build/corpora/`.

    python scripts/prepare_corpora.py      # then scripts/train_joint.sh
    python scripts/prepare_corpora.py --out build/corpora-NAME   # a frozen copy for one run (CORPORA=... train_joint.sh)

- `real-{train,dev,test}.jsonl`: the SaudiNewsNet gold, joined from its stand-off records;
- `anercorp-train.jsonl`, `anercorp-dev.jsonl`: ANERcorp with the dev slice `--dev-fraction 0.1`
  carves (its last 10%), proclitics moved outside entities with the project's tokenizer;
- `anercorp-{train,dev}-perloc.jsonl`: the same with its ORG spans left out. ANERcorp draws organizations
  in another convention (and tags titles O); without ORG spans the partial-label loss leaves ORG open on
  its words, so it teaches persons and places only, and the dev slice scores PER and LOC only;
- `wojood-train.jsonl`, `wojood-val.jsonl`: the Wojood sample, nested tags flattened (OCC cut
  before the body or place it holds), proclitics outside.
None of these texts may be committed (see `../shared/data/README.md`).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bench_data import ANERCORP, ANERCORP_DEV_FRACTION, WOJOOD_VAL, real

from pipeline.io.jsonl import write_jsonl
from pipeline.training.train import carve, load_docs

OUT = Path("build/corpora")


def without(doc: dict, label: str) -> dict:
    """`doc` with no `label` spans: for a corpus whose `label` convention is not ours."""
    return {**doc, "entities": [e for e in doc["entities"] if e["label"] != label]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT,
                    help="folder to write (rewritten each time: build/corpora unless a run wants its own copy)")
    out = ap.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    sets = {split: real(split) for split in ("real-train", "real-dev", "real-test")}
    if ANERCORP.exists():
        sets["anercorp-train"], sets["anercorp-dev"] = carve(load_docs(ANERCORP), ANERCORP_DEV_FRACTION)
        for split in ("anercorp-train", "anercorp-dev"):
            sets[f"{split}-perloc"] = [without(d, "ORG") for d in sets[split]]
    if WOJOOD_VAL.exists():
        sets["wojood-train"] = load_docs(WOJOOD_VAL.with_name("train.txt"))
        sets["wojood-val"] = load_docs(WOJOOD_VAL)
    for name, docs in sets.items():
        n = write_jsonl(docs, out / f"{name}.jsonl")
        print(f"{out / name}.jsonl: {n} documents, {sum(len(d['entities']) for d in docs)} entities")


if __name__ == "__main__":
    main()
