"""The columns every benchmark reports, side by side: written test, seeds, real-test (and each of its
selection batches), and (for NER) the Wojood sample's val part and the ANERcorp dev slice; or, for choosing
between systems, the matching dev columns (`columns(split="dev")`), with the fresh real-dev batches apart.

A column whose data is not here (no `../shared/data`, no real gold yet) is left out with a
note, never filled with something else.
"""
from __future__ import annotations

import json
from pathlib import Path

from real_gold import FRESH_DEV_BATCHES, GOLD, RAW, SELECTION

from pipeline.io.jsonl import read_jsonl
from pipeline.io.standoff import StandoffError, real_split

ANN = Path("annotations")
SHARED = Path("../shared/data")
ANERCORP = SHARED / "anercorp" / "train.txt"
WOJOOD_VAL = SHARED / "wojood-sample" / "val.txt"
ANERCORP_DEV_FRACTION = 0.1  # the slice `arabic-ie train --dev-fraction 0.1` carves


def real(split: str) -> list[dict]:
    """A real-news split built in memory from the stand-off gold (empty when absent)."""
    if not GOLD.exists() or not RAW.exists():
        return []
    return real_split(split, GOLD, SELECTION, RAW)


def _batches() -> dict[str, int]:
    """Article id -> its selection batch (1 for the first batch, which predates the field)."""
    return {r["id"]: r.get("batch", 1) for r in json.loads(SELECTION.read_text(encoding="utf-8"))}


def by_batch(split: str, docs: list[dict]) -> dict[str, list[dict]]:
    """One more column per selection batch when the split's articles come from several (real-test since
    session 13: batch 1, whose gold predates most §7 decisions, and batch 13), so a figure on the old
    articles stays comparable with earlier sessions'."""
    batch = _batches()
    groups: dict[int, list[dict]] = {}
    for d in docs:
        groups.setdefault(batch[d["id"]], []).append(d)
    if len(groups) < 2:
        return {}
    return {f"{split} batch {b}": groups[b] for b in sorted(groups)}


def columns(ner: bool = True, split: str = "test") -> dict[str, list[dict]]:
    """Column name -> gold documents, in the order the README's tables use. `split="dev"`: written dev,
    real-dev, its fresh batches apart, and (for NER) Wojood val and the ANERcorp dev slice without its ORG spans
    (ANERcorp draws organizations otherwise), the columns models and rules are chosen on."""
    from prepare_corpora import without  # (not at the top: prepare_corpora imports this module)

    from pipeline.training.train import carve, load_docs

    out = {f"written {split}": read_jsonl(ANN / f"{split}.jsonl")}
    if split == "test":
        out["seeds"] = read_jsonl(ANN / "seeds.jsonl")
    try:
        docs = real(f"real-{split}")
    except StandoffError as exc:
        print(f"real-{split} left out: {exc}")
        docs = []
    if not docs:
        print(f"real-{split} left out: no real gold or no raw SaudiNewsNet here")
    elif split == "test":
        out["real-test"] = docs
        out.update(by_batch("real-test", docs))
    else:
        out["real-dev"] = docs
        out["real-dev fresh"] = fresh(docs)
    if ner and WOJOOD_VAL.exists():
        out["Wojood val"] = load_docs(WOJOOD_VAL)
    if ner and ANERCORP.exists():
        dev = carve(load_docs(ANERCORP), ANERCORP_DEV_FRACTION)[1]
        out["ANERcorp dev slice"] = dev if split == "test" else [without(d, "ORG") for d in dev]
    return out


def fresh(docs: list[dict]) -> list[dict]:
    """The real-dev articles of FRESH_DEV_BATCHES."""
    batch = _batches()
    return [d for d in docs if batch[d["id"]] in FRESH_DEV_BATCHES]
