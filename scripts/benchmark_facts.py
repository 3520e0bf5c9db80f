"""Numeric facts, relations and frames on gold test data, with gold entities and end to end.

    python scripts/benchmark_facts.py [--test FILE.jsonl ... | --columns test|dev] [--model models/ner-default]
                                      [--only gold|e2e] [--bootstrap N]

Without --test: every column of `scripts/bench_data.py` (written test, seeds, real-test; with `--columns dev`
written dev, real-dev and its fresh batches).

Setting "gold entities": the numbers stage reads the text, relations and frames read the
gold entities. Setting "end to end": the whole pipeline (its own NER) runs on the text.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_data import columns

from pipeline.bootstrap import bootstrap, format_bootstrap
from pipeline.errors import paired
from pipeline.evaluate import evaluate
from pipeline.frames.component import default_triggers, relations_and_frames
from pipeline.io.jsonl import read_jsonl
from pipeline.numbers.component import NumbersComponent, numbers_for
from pipeline.text.tokenizer import ArabicTokenizer


def with_gold_entities(docs: list[dict], tok: ArabicTokenizer) -> tuple[list[dict], float]:
    stage, triggers = NumbersComponent(), default_triggers()  # the frames stage as the pipeline builds it
    t0 = time.perf_counter()
    out = []
    for d in docs:
        spans = tok.spans(d["text"])
        flags = tok.sentence_starts(d["text"], spans)
        nums = numbers_for([d["text"][s:e] for s, e in spans], spans, flags, stage.duals, stage.counts,
                           d["entities"])
        rels, frames = relations_and_frames(d["text"], spans, flags, d["entities"], nums, triggers)
        out.append({"id": d["id"], "text": d["text"], "entities": d["entities"], "numbers": nums,
                    "relations": rels, "frames": frames})
    return out, time.perf_counter() - t0


def end_to_end(docs: list[dict], model: str | None) -> tuple[list[dict], float]:
    import pipeline
    from pipeline.nlp import to_json

    nlp = pipeline.load(model)
    t0 = time.perf_counter()
    out = [to_json(doc, d["id"]) for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs))]
    return out, time.perf_counter() - t0


def report(name: str, result: dict, seconds: float, n_facts: int, intervals: dict | None = None) -> None:
    num = result["numbers"]
    det = num["detection"]
    print(f"\n## {name}\n")
    print(f"numbers: P {det['precision']:.3f} R {det['recall']:.3f} F1 {det['f1']:.3f} "
          f"(gold {det['gold']}, predicted {det['pred']}); {n_facts / seconds:,.0f} facts/s")
    print("field accuracy on matched facts: " + ", ".join(f"{k} {v:.3f}" for k, v in num["fields"].items()))
    for layer in ("relations", "frames"):
        print(f"{layer}: " + "; ".join(f"{k} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}"
                                       for k, v in result[layer].items()))
    if intervals:  # entities are benchmark_ner's (and with gold entities trivially 1.0)
        metrics = {k: v for k, v in intervals["metrics"].items() if not k.startswith("entities")}
        print(format_bootstrap({**intervals, "metrics": metrics}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--test", type=Path, nargs="+", default=None)
    ap.add_argument("--model", default=None, help="NER model for the end-to-end setting (default: shipped)")
    ap.add_argument("--only", choices=("gold", "e2e"), default=None,
                    help="one setting: gold entities (rules alone, fast) or end to end")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="also 95%% intervals of every F1 from N resamples of the documents")
    ap.add_argument("--columns", choices=("test", "dev"), default="test",
                    help="without --test: the test columns (scored once) or the dev ones (choosing between systems)")
    args = ap.parse_args()
    tok = ArabicTokenizer()
    tests = {str(p): read_jsonl(p) for p in args.test} if args.test else columns(ner=False, split=args.columns)
    for name, gold in tests.items():
        print(f"\n# {name}: {len(gold)} documents")
        if args.only != "e2e":
            pred, secs = with_gold_entities(gold, tok)
            report("gold entities", evaluate(gold, pred, tok.spans), secs, sum(len(p["numbers"]) for p in pred),
                   args.bootstrap and bootstrap(paired(gold, pred), args.bootstrap))
        if args.only != "gold":
            pred, secs = end_to_end(gold, args.model)
            report("end to end", evaluate(gold, pred, tok.spans), secs, sum(len(p["numbers"]) for p in pred),
                   args.bootstrap and bootstrap(paired(gold, pred), args.bootstrap))


if __name__ == "__main__":
    main()
