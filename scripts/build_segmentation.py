"""Build the proclitic model shipped in pipeline/text/data/segmentation.json.gz.

Counts word forms in raw news (SaudiNewsNet), adds the gold training texts with a
weight (the domain's names and places), protects gazetteer entries, and records
the gold training data's own evidence: a word in which an entity or number starts
after its first letters is split there; a word that starts an entity is kept whole.

    python scripts/build_segmentation.py --raw ../shared/data/raw/saudinewsnet.jsonl.gz \
        --gold annotations/train.jsonl --evidence build/corpora/real-train.jsonl --gazetteers annotations/gazetteers
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from pipeline.io.jsonl import read_jsonl
from pipeline.text.chars import TOKEN_RE, is_arabic_word, lookup_key
from pipeline.text.proclitics import DEFAULT_DATA, PREFIXES, ProcliticModel


def count_words(texts, counter: Counter) -> None:
    for text in texts:
        counter.update(m.group() for m in TOKEN_RE.finditer(text))


def keyed(raw: Counter) -> Counter:
    out: Counter = Counter()
    for word, n in raw.items():
        if is_arabic_word(word):
            out[lookup_key(word)] += n
    return out


def raw_texts(path: Path, limit: int | None):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            doc = json.loads(line)
            yield doc.get("title", "")
            yield doc.get("text", "")


def gold_evidence(docs: list[dict]) -> tuple[set[str], dict[str, int]]:
    """Words the gold keeps whole and words it splits (key → prefix length).

    One spelling can carry both kinds of evidence («واحد»: the number «one», or «و» + «احد» in «واحد
    المسارحة», «and one of»): the reading the gold shows more often wins, and a tie keeps the word whole."""
    keep: Counter = Counter()
    split: dict[str, Counter] = {}
    for doc in docs:
        text = doc["text"]
        words = [m.span() for m in TOKEN_RE.finditer(text)]
        starts = {s["start"] for s in doc.get("entities", []) + doc.get("numbers", [])}
        starts |= {n["subject"][0] for n in doc.get("numbers", []) if n.get("subject")}
        starts |= {f["trigger"][0] for f in doc.get("frames", [])}
        for ws, we in words:
            word = text[ws:we]
            if not is_arabic_word(word):
                continue
            inner = [s for s in starts if ws < s < we]
            if inner:
                prefix = lookup_key(text[ws:min(inner)])
                if prefix in PREFIXES:
                    split.setdefault(lookup_key(word), Counter())[len(prefix)] += 1
            elif ws in starts and lookup_key(word)[:1] in "وفبلك":
                keep[lookup_key(word)] += 1
    chosen = {key: n for key, cuts in split.items() for n, seen in cuts.most_common(1) if seen > keep[key]}
    return set(keep) - set(chosen), chosen


def merge_evidence(gold: list[dict], extra: list[dict]) -> tuple[set[str], dict[str, int]]:
    """Evidence of the gold files, then of the extra ones where the gold is silent.

    The extra files give their entities' evidence only (their number subjects start inside «بنسبة»,
    which the number grammar reads whole), and never overrule the gold («و|لي هونغ فونغ» in the
    written split against «ولي العهد» in real news)."""
    keep, split = gold_evidence(gold)
    more_keep, more_split = gold_evidence([{"text": d["text"], "entities": d.get("entities", [])} for d in extra])
    keep |= more_keep - set(split)
    return keep, {**{k: n for k, n in more_split.items() if k not in keep}, **split}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=Path("../shared/data/raw/saudinewsnet.jsonl.gz"))
    ap.add_argument("--raw-limit", type=int, default=None, help="read only the first N articles")
    ap.add_argument("--gold", type=Path, nargs="*", default=[], help="gold TRAINING files only")
    ap.add_argument("--gold-weight", type=int, default=50)
    ap.add_argument("--evidence", type=Path, nargs="*", default=[],
                    help="more gold TRAINING files whose entity starts are split/keep evidence (not counted)")
    ap.add_argument("--gazetteers", type=Path, default=None)
    ap.add_argument("--min-count", type=int, default=3, help="drop rarer forms from the shipped counts")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()

    t0 = time.time()
    raw: Counter = Counter()
    sources: dict = {}
    if args.raw.exists():
        count_words(tqdm(raw_texts(args.raw, args.raw_limit), desc="raw news", unit=" texts"), raw)
        sources["raw"] = {"path": args.raw.name, "sha256": hashlib.sha256(args.raw.read_bytes()).hexdigest(),
                          "tokens": sum(raw.values()), "licence": "CC BY-NC-SA 4.0 (SaudiNewsNet)"}
    counts = keyed(raw)
    gold_docs = [d for path in args.gold for d in read_jsonl(path)]
    if gold_docs:
        domain: Counter = Counter()
        count_words((d["text"] for d in gold_docs), domain)
        for key, n in keyed(domain).items():
            counts[key] += args.gold_weight * n
        sources["gold"] = {"files": [p.name for p in args.gold], "documents": len(gold_docs), "weight": args.gold_weight}
    extra = [d for path in args.evidence for d in read_jsonl(path)]
    keep, split = merge_evidence(gold_docs, extra)
    if extra:
        sources["evidence"] = {"files": [p.name for p in args.evidence], "documents": len(extra), "read": "entity starts"}
    known: set[str] = set()
    if args.gazetteers and args.gazetteers.exists():
        for path in sorted(args.gazetteers.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                for m in TOKEN_RE.finditer(line):
                    if is_arabic_word(m.group()) and len(lookup_key(m.group())) > 1:
                        known.add(lookup_key(m.group()))
        keep |= known
        sources["gazetteers"] = sorted(p.name for p in args.gazetteers.glob("*.txt"))
    counts = Counter({k: v for k, v in counts.items() if v >= args.min_count})
    model = ProcliticModel(counts=dict(counts), keep=frozenset(keep - set(split)), split=split, known=frozenset(known))  # default thresholds
    model.save(args.output, sources)
    print(f"{len(counts)} forms, {len(model.keep)} kept whole, {len(split)} gold splits -> {args.output} "
          f"({args.output.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
