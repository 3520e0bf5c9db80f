"""Span-boundary repair after the NER model and the consistency pass: re-join names the model cut in two.

The token classifier sometimes opens a new span in the middle of one name (B-PER B-PER on «سليم» «الجبوري»),
and the consistency pass can add a surname next to a first name it left alone; acronyms written with dots or a
plus («بي.بي.سي»، «5+1») come back as one ORG per letter group because the tokenizer cuts at «.» and a symbol
ends a span. Each piece then counts as a wrong span, and relations and frames lose the entity. Two rules join
such pieces, both for labels where two adjacent names of that label are rare in the gold:

- two PER spans separated by nothing, one space or a dot are one name (GUIDELINES §7 «Arabic name chains are
  one PER», decision 49 on initials such as «م.ج»), unless the second starts with «و» (a coordinated second
  person whose «و» the tokenizer kept: «منذر رياحنة وعلا غانم»); a dash is left alone («نتنياهو-نفتالي بينيت»
  names two people);
- two ORG spans that touch, or are joined only by «.»، «+» or «-» with no space, are one ORG (decision 28: a
  bracketed acronym is one entity; decision 201: «مجموعة (5+1)» → ORG «5+1»).
Not done, because it lowered entity F1 when measured (session 21): joining LOC or TITLE neighbours (chains of
titles «ولي العهد نائب رئيس مجلس الوزراء» and place lists are separate entities, §7), joining ORGs across a
space, extending an ORG over a following definite adjective, and extending an ORG to a longer ORG surface of
the same article.
Measured on the model's predictions (entity span micro F1, session 21): real-train 1,042 .9800 → .9817,
real-dev 161 .8890 → .8930 (PER .8994 → .9141, ORG .8530 → .8559), written dev 7 .9541 → .9581.
A merged span runs from the first piece's start to the second's end, so it starts and ends on token offsets
whenever the pieces do.
"""
from __future__ import annotations

PER_GAPS = frozenset({"", " ", "."})  # what may stand between two pieces of one person's name
ORG_JOINERS = frozenset(".+-")  # what may join the letter groups of one acronym («بي.بي.سي»، «5+1»)
COORDINATOR = "و"  # a second piece starting with it is another person, not the rest of the name


def _one_name(text: str, a: dict, b: dict) -> bool:
    """Whether span `b`, right after span `a`, is the rest of the same name."""
    if a["label"] != b["label"] or a["end"] > b["start"]:
        return False
    gap = text[a["end"]:b["start"]]
    if a["label"] == "PER":
        return gap in PER_GAPS and not text.startswith(COORDINATOR, b["start"])
    if a["label"] == "ORG":
        return set(gap) <= ORG_JOINERS
    return False


def repair_spans(text: str, entities: list[dict]) -> list[dict]:
    """`entities` (dicts with start, end, label and any other keys, those of the first piece kept) with the
    pieces of one name joined, sorted by start."""
    out: list[dict] = []
    for e in sorted(entities, key=lambda e: e["start"]):
        if out and _one_name(text, out[-1], e):
            out[-1] = {**out[-1], "end": e["end"]}
        else:
            out.append(dict(e))
    return out
