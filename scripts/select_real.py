"""Select the real-news gold articles from SaudiNewsNet, even 0-based lines only.

    python scripts/select_real.py [--raw ../shared/data/raw/saudinewsnet.jsonl.gz] [--n 128]
    python scripts/select_real.py --add 64 --batch 2     # more real-train articles, the rest kept as it is
    python scripts/select_real.py --add 48 --batch 8 --split real-dev --min-words 200   # more real-dev
    python scripts/select_real.py --add 40 --batch 12 --split real-dev --exclude build/corpora/pseudo-texts.jsonl
    python scripts/select_real.py --add 32 --batch 13 --split real-test --min-words 200 --max-words 1000 \
        --exclude build/corpora/pseudo-union.jsonl                                   # a second real-test batch
        # held-out articles must be texts no model has read: leave out a teacher's unlabelled texts too

Odd lines of the file are reserved for an independent evaluation: this script skips them
before decoding them, so nothing on an odd line is ever read, selected or annotated.

The choice is deterministic (fixed seed) and writes `annotations/real/selection.json`: for
each article its document id (`snn-LINE`), the SaudiNewsNet `id`, the file line, source,
word count, topic group, the sha256 of its text and its split (real-train / real-dev /
real-test, fixed here, before any model is trained on the rest). No article text is
written there, titles included (SaudiNewsNet is CC BY-NC-SA 4.0); `scripts/real_gold.py skeleton` puts the
texts in the git-ignored `build/real/` for annotators.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from build_corpus import ngrams  # the corpus's 8-gram near-copy check
from real_gold import RAW, SELECTION

# Words that mark the security/public-order genre of the seeds, as found in Saudi news.
SECURITY = ("شرطة", "الأمن العام", "أمني", "المرور", "مروري", "حادث", "حوادث", "مخدرات", "مخدر",
            "الدفاع المدني", "محكمة", "المحكمة", "قضائي", "النيابة", "هيئة التحقيق", "الحدود",
            "حرس الحدود", "وزارة الداخلية", "الجوازات", "الجمارك", "القبض", "ضبط", "ضبطت", "جريمة",
            "جرائم", "إحصائية", "إحصاءات", "الإحصاء", "متهم", "سجن", "تهريب", "مهربين", "الحريق")
MARKUP_CHARS = ("[[", "]]", "{{", "}}", "<<", ">>", "|", "=====")
SPLITS = (("real-test", 26), ("real-dev", 16))  # the rest is real-train
MIN_WORDS, MAX_WORDS = 280, 500
NEAR_COPY = 0.2


def topic_score(title: str, text: str) -> int:
    blob = f"{title} {text}"
    return sum(blob.count(w) for w in SECURITY)


def candidates(raw: Path, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS) -> list[dict]:
    """Even-line articles of the right length whose text the inline markup can carry."""
    out = []
    with gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh):
            if line_no % 2:
                continue  # odd lines: reserved, never decoded
            art = json.loads(line)
            text = art["text"]
            words = len(text.split())
            if not min_words <= words <= max_words or any(m in text for m in MARKUP_CHARS):
                continue
            if text != text.strip() or "\r" in text:
                continue  # the markup's text block cannot end in whitespace
            out.append({"line": line_no, "snn_id": art["id"], "source": art["source"], "words": words,
                        "score": topic_score(art["title"], text),
                        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "_text": text})
    return out


def pick(cands: list[dict], n: int, seed: int, taken_grams: list[set] = ()) -> list[dict]:
    """~80% security-genre (score >= 4), ~20% general (score 0), round-robin over sources; none a near copy
    of another or of `taken_grams` (the 8-grams of articles chosen before). Where the security genre runs
    short (it did in batch 20), articles that touch it (score 1-3, group "mixed") fill its share."""
    rng = random.Random(seed)
    groups = {"security": [c for c in cands if c["score"] >= 4], "general": [c for c in cands if c["score"] == 0],
              "mixed": [c for c in cands if 0 < c["score"] < 4]}
    quota = {"security": round(n * 0.8), "general": n - round(n * 0.8)}
    chosen: list[dict] = []
    grams: list[set] = list(taken_grams)
    for group, items in groups.items():
        quota.setdefault(group, n - len(chosen))
        by_source: dict[str, list[dict]] = defaultdict(list)
        for c in items:
            by_source[c["source"]].append(c)
        for lst in by_source.values():
            rng.shuffle(lst)
        taken = 0
        while taken < quota[group] and any(by_source.values()):
            for source in sorted(by_source):
                if taken >= quota[group] or not by_source[source]:
                    continue
                c = by_source[source].pop()
                g = ngrams(c["_text"])
                if any(len(g & other) / max(1, len(g)) > NEAR_COPY for other in grams):
                    continue
                c["group"] = group
                chosen.append(c)
                grams.append(g)
                taken += 1
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=RAW)
    ap.add_argument("--n", type=int, default=128)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=SELECTION)
    ap.add_argument("--add", type=int, default=0, metavar="N",
                    help="append N more articles to an existing selection (its records and splits unchanged)")
    ap.add_argument("--batch", type=int, default=2, help="with --add: the batch number recorded on the new articles")
    ap.add_argument("--split", choices=("real-train", "real-dev", "real-test"), default="real-train",
                    help="with --add: the split of the new articles")
    ap.add_argument("--min-words", type=int, default=MIN_WORDS,
                    help=f"with --add: shortest article (default {MIN_WORDS}; the 280-500-word security pool ran out in batch 7)")
    ap.add_argument("--max-words", type=int, default=MAX_WORDS, help=f"with --add: longest article (default {MAX_WORDS})")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], metavar="JSONL",
                    help="with --add: documents (`id` snn-LINE) some model was trained on, e.g. the self-training texts "
                         "of scripts/pseudo_texts.py; neither they nor near copies of them are chosen")
    args = ap.parse_args()
    if args.add:
        add(args)
        return
    if args.out.exists():
        sys.exit(f"{args.out} exists: the selection and its splits are fixed; delete it by hand to redo them")
    chosen = pick(candidates(args.raw), args.n, args.seed)
    rng = random.Random(args.seed + 1)
    rng.shuffle(chosen)
    start = 0
    for split, size in SPLITS:
        for c in chosen[start:start + size]:
            c["split"] = split
        start += size
    for c in chosen[start:]:
        c["split"] = "real-train"
    records = [{"id": f"snn-{c['line']}", **{k: v for k, v in c.items() if not k.startswith("_")}}
               for c in sorted(chosen, key=lambda c: c["line"])]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} articles, {sum(r['words'] for r in records)} words, "
          f"{len({r['source'] for r in records})} sources -> {args.out}")
    print(Counter(r["split"] for r in records), Counter(r["group"] for r in records), Counter(r["source"] for r in records))


def excluded_lines(files: list[Path]) -> set[int]:
    """File lines of the documents in `files` (JSONL, `id` = snn-LINE), which a model has read."""
    lines = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for n, row in enumerate(fh, 1):
                doc_id = json.loads(row).get("id", "")
                if not doc_id.startswith("snn-") or not doc_id[4:].isdigit():
                    sys.exit(f"{path}:{n}: id {doc_id!r} is not a SaudiNewsNet line id (snn-LINE)")
                lines.add(int(doc_id[4:]))
    return lines


def add(args: argparse.Namespace) -> None:
    """Append `args.add` articles to `args.split` (even lines, not chosen before, no near copy of one that was)."""
    if not args.out.exists():
        sys.exit(f"{args.out} does not exist: make the first selection without --add")
    old = json.loads(args.out.read_text(encoding="utf-8"))
    if args.batch in {r.get("batch", 1) for r in old}:
        sys.exit(f"{args.out}: batch {args.batch} exists already; choose a new batch number")
    lines = {r["line"] for r in old}
    # the near-copy check sees every article chosen before, whatever its length
    every = candidates(args.raw, 0, 10 ** 9)
    taken = [ngrams(c["_text"]) for c in every if c["line"] in lines]
    if len(taken) != len(lines):
        sys.exit(f"{args.out}: {len(lines) - len(taken)} selected articles are not among the candidates of {args.raw}")
    seen = excluded_lines(args.exclude)
    taken += [ngrams(c["_text"]) for c in every if c["line"] in seen - lines]
    cands = [c for c in every if args.min_words <= c["words"] <= args.max_words and c["line"] not in lines | seen]
    new = pick(cands, args.add, args.seed + args.batch, taken)
    records = old + [{"id": f"snn-{c['line']}", **{k: v for k, v in c.items() if not k.startswith("_")},
                      "split": args.split, "batch": args.batch} for c in new]
    records.sort(key=lambda r: r["line"])
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"added {len(new)} {args.split} articles ({sum(c['words'] for c in new)} words, batch {args.batch}): "
          + " ".join(f"snn-{c['line']}" for c in sorted(new, key=lambda c: c["line"])))


if __name__ == "__main__":
    main()
