"""The columns every benchmark reports, side by side: written test, seeds, real-test (and each of its
selection batches), and (for NER) the Wojood sample's val part and the ANERcorp dev slice.

A column whose data is not here (no `../shared/data`, no real gold yet) is left out with a
note, never filled with something else.
"""
from __future__ import annotations

import json
from pathlib import Path

from real_gold import GOLD, RAW, SELECTION

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


def by_batch(split: str, docs: list[dict]) -> dict[str, list[dict]]:
    """One more column per selection batch when the split's articles come from several (real-test since
    session 13: batch 1, whose gold predates most §7 decisions, and batch 13), so a figure on the old
    articles stays comparable with earlier sessions'."""
    batch = {r["id"]: r.get("batch", 1) for r in json.loads(SELECTION.read_text(encoding="utf-8"))}
    groups: dict[int, list[dict]] = {}
    for d in docs:
        groups.setdefault(batch[d["id"]], []).append(d)
    if len(groups) < 2:
        return {}
    return {f"{split} batch {b}": groups[b] for b in sorted(groups)}


def columns(ner: bool = True) -> dict[str, list[dict]]:
    """Column name -> gold documents, in the order the README's tables use."""
    from pipeline.training.train import carve, load_docs

    out = {"written test": read_jsonl(ANN / "test.jsonl"), "seeds": read_jsonl(ANN / "seeds.jsonl")}
    try:
        docs = real("real-test")
    except StandoffError as exc:
        print(f"real-test left out: {exc}")
        docs = []
    if docs:
        out["real-test"] = docs
        out.update(by_batch("real-test", docs))
    else:
        print("real-test left out: no real gold or no raw SaudiNewsNet here")
    if ner and WOJOOD_VAL.exists():
        out["Wojood val"] = load_docs(WOJOOD_VAL)
    if ner and ANERCORP.exists():
        out["ANERcorp dev slice"] = carve(load_docs(ANERCORP), ANERCORP_DEV_FRACTION)[1]
    return out
