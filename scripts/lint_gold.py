"""Consistency checks of gold files against GUIDELINES.md §3 and §6 that the schema cannot see.

    python scripts/lint_gold.py annotations/src/written/*.ann

Reports: a period year not named in the figure's own sentence; facts inside «"…"» quotes;
page furniture («تعليق (0)») annotated as a fact; entity spans that start with a proclitic
that should stay outside (و/ف + space-less word where the rest is an entity name).
"""
from __future__ import annotations

import argparse
import bisect
import re
from pathlib import Path

from pipeline.io.markup import MarkupErrors, load_markup
from pipeline.text.tokenizer import ArabicTokenizer

SHORT_QUOTE = re.compile(r'"[^"\n]{1,40}"|«[^»\n]{1,40}»')


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
