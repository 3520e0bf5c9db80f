"""Inter-annotator agreement: one annotation of the same documents scored against the other.

    python scripts/agreement.py annotations/src/seed_A annotations/src/seed_B
    python scripts/agreement.py annotations/real/double/first annotations/real/double/second   # stand-off

A folder holds `.ann` markup files or `.json` stand-off records (joined with the raw
SaudiNewsNet file, `--raw`).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from real_gold import RAW

from pipeline.evaluate import evaluate, format_report
from pipeline.io.markup import load_markup
from pipeline.io.standoff import build_documents, load_records


def load(folder: Path, raw: Path) -> list[dict]:
    records = load_records(folder)
    return build_documents(records, raw) if records else [load_markup(p) for p in sorted(folder.glob("*.ann"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--raw", type=Path, default=RAW)
    args = ap.parse_args()
    a, b = load(args.a, args.raw), load(args.b, args.raw)
    common = {d["id"] for d in a} & {d["id"] for d in b}
    print(f"{len(common)} documents annotated by both; {args.b.name} scored against {args.a.name} "
          "(F1 is symmetric; P and R swap if the roles are swapped)\n")
    print(format_report(evaluate([d for d in a if d["id"] in common], [d for d in b if d["id"] in common])))


if __name__ == "__main__":
    main()
