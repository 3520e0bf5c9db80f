"""Consistency checks of gold files against GUIDELINES.md §3 and §6 that the schema cannot see.

    python scripts/lint_gold.py annotations/src/written/*.ann
    python scripts/lint_gold.py build/real/real-train.jsonl        # built gold (JSONL) as well

Reports: a period year not named in the figure's own sentence; facts inside «"…"» quotes;
page furniture («تعليق (0)») annotated as a fact; entity spans that start with a proclitic
that should stay outside (و/ف + space-less word where the rest is an entity name); a numbers
layer that looks unfinished (most of many written figures left unmarked), which no schema check sees.
"""
from __future__ import annotations

import argparse
import bisect
import re
from pathlib import Path

from pipeline.io.jsonl import read_jsonl
from pipeline.io.markup import MarkupErrors, load_markup
from pipeline.text.tokenizer import ArabicTokenizer

SHORT_QUOTE = re.compile(r'"[^"\n]{1,40}"|«[^»\n]{1,40}»')
# a figure written in digits; a d/m/y or y/m/d date is one match, so it can be left out whole
DIGIT_GROUP = re.compile(r"[0-9٠-٩]{1,4}/[0-9٠-٩]{1,2}/[0-9٠-٩]{1,4}|[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*")
# not facts by §3: Gregorian and Hijri years, dates, and the numbering of list items («1 -», «2.», «(3)» after a break)
NOT_A_FACT = re.compile(r"(?:1[34]|19|20)[0-9]{2}|[١][٣٤٩][٠-٩]{2}|٢٠[٠-٩]{2}|.+/.+/.+")
LIST_ITEM = re.compile(r"(?:^|[\n.:؛])\s*\(?$")
# a numbers layer is flagged when at least this many written figures, and most of them, lie outside every fact and entity
UNMARKED_MIN = 20


def unmarked_figures(doc: dict) -> tuple[int, int]:
    """(figures written in digits outside every gold fact and entity, all such figures); years, dates and list
    numbers are left out of both.

    Many figures in a short article with hardly any marked is what a layer abandoned half-way looks like; the
    count is the annotator's cue to read the article again, not a verdict (tables of dates or codes are legitimately
    left unmarked)."""
    marked = [(x["start"], x["end"]) for x in doc.get("numbers", []) + doc.get("entities", [])]
    text = doc["text"]
    figures = [m.span() for m in DIGIT_GROUP.finditer(text) if not NOT_A_FACT.fullmatch(m.group())
               and not (LIST_ITEM.search(text[max(0, m.start() - 3):m.start()]) and text[m.end():m.end() + 2].strip()[:1] in "-.)")]
    left = [f for f in figures if not any(s < f[1] and f[0] < e for s, e in marked)]
    return len(left), len(figures)


def sentences(text: str, tok: ArabicTokenizer) -> list[int]:
    """Character offsets where the tokenizer starts a sentence."""
    spans = tok.spans(text)
    return [s for (s, _), f in zip(spans, tok.sentence_starts(text, spans)) if f]


def lint(doc: dict, tok: ArabicTokenizer) -> list[str]:
    text, out = doc["text"], []
    starts = sentences(text, tok) + [len(text)]
    quotes = [m.span() for m in SHORT_QUOTE.finditer(text)]
    for n in doc["numbers"]:
        surface = text[n["start"]:n["end"]]
        k = bisect.bisect_right(starts, n["start"]) - 1
        sent = text[starts[k]:starts[k + 1]]
        if n.get("period") and n["period"] not in sent and n["period"] not in sent.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")):
            out.append(f"{n['id']} {surface!r}: period {n['period']} is not in its sentence")
        if any(a < n["start"] and n["end"] < b for a, b in quotes):
            out.append(f"{n['id']} {surface!r}: inside a short quotation (a name or slogan?)")
        if text[max(0, n["start"] - 7):n["start"]] in ("تعليق (",):
            out.append(f"{n['id']} {surface!r}: page furniture")
    left, figures = unmarked_figures(doc)
    if left >= UNMARKED_MIN and 2 * left > figures:
        out.append(f"numbers: {left} of {figures} figures written in digits are in no fact or entity (layer unfinished?)")
    return out


NUMBER_MARKUP = re.compile(r"\{\{(?:(?!\}\}).)*\}\}")


def fix_numbers(path: Path, periods: set[str], drop: set[str]) -> None:
    """Remove `period=YYYY` from the numbers `periods` and unmark the numbers `drop`
    (n1 = the first number markup in the file)."""
    source = path.read_text(encoding="utf-8")
    count = 0

    def fix(m: re.Match) -> str:
        nonlocal count
        count += 1
        if f"n{count}" in drop:
            return m.group()[2:].split("|", 1)[0]
        return re.sub(r" period=\d{4}", "", m.group()) if f"n{count}" in periods else m.group()

    path.write_text(NUMBER_MARKUP.sub(fix, source), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--fix", action="store_true",
                    help="drop periods not named in the figure's sentence and unmark page furniture")
    args = ap.parse_args()
    total, tok = 0, ArabicTokenizer()
    for path in args.files:
        if path.suffix == ".jsonl":  # built gold: findings only, by document id (nothing to fix in place)
            for doc in read_jsonl(path):
                for line in lint(doc, tok):
                    print(f"{path.name}: {doc['id']}: {line}")
                    total += 1
            continue
        try:
            doc = load_markup(path)
        except MarkupErrors as exc:
            print(exc)
            continue
        findings = lint(doc, tok)
        for line in findings:
            print(f"{path.name}: {line}")
            total += 1
        periods = {f.split()[0] for f in findings if "period" in f}
        furniture = {f.split()[0] for f in findings if "page furniture" in f}
        if args.fix and (periods or furniture):
            fix_numbers(path, periods, furniture)
            load_markup(path)  # still valid
    print(f"{total} findings")


if __name__ == "__main__":
    main()
