"""Document-level label consistency ("one sense per discourse") after the sentence-level NER model.

The token classifier reads one sentence at a time, so in a news article it often labels a name at one
mention and misses it, or labels it otherwise, at another («العتيبي» PER once, nothing later). GUIDELINES
decisions 4, 29, 126, 181 and 254 make such names an entity "in every mention", with one label. This pass
gives every mention of a surface the label most of its labelled mentions have, and copies that label to the
mentions the model left unlabelled.

What it may do (chosen by measurement, session 18: fitted on real-train, judged on real-dev):
- relabel: a surface labelled two ways takes its strict majority label (a tie changes nothing);
- spread: only PER and LOC names of one word of at least four letters (shorter ones are often common words:
  «علي»، «الي»، «أول»), and multi-word PER, LOC and TITLE; never ORG (a product or a member noun before a
  body, decision 103, is too often unlabelled in the gold), never a surface with no majority label;
- only at word boundaries: a mention may follow proclitics the tokenizer split off (و ف ب ل ك, GUIDELINES
  §2 «proclitics are outside the span»), and «ال» after a split ل is written «ل» («للعتيبي» → «لعتيبي», §2);
  never inside a longer word, never overlapping an existing entity.
Every added span starts and ends on token offsets, so it maps to a spaCy `doc.char_span`.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from pipeline.ner.data import Span
from pipeline.text.lexicon import PROCLITIC_SPLITS
from pipeline.text.proclitics import ARTICLE

SPREAD_LABELS = frozenset({"PER", "LOC", "TITLE"})  # labels copied to unlabelled mentions of several words
SPREAD_ONE_WORD = frozenset({"PER", "LOC"})  # labels copied to unlabelled mentions of one word ...
MIN_ONE_WORD = 4  # ... of at least this many letters


def _word_char(c: str) -> bool:
    """A letter, digit or combining mark: a mention must not touch one (it would be inside a word)."""
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _clitics(text: str, tokens: list[Span], at: dict[int, int], start: int) -> str | None:
    """The proclitics before a mention at `start` ("" for none), or None when `start` is not a word start:
    only split-off proclitic tokens may sit between the word boundary and the mention."""
    clitics = ""
    while start > 0 and _word_char(text[start - 1]):
        k = at.get(start)
        if k is None or k == 0 or tokens[k - 1][1] != start:
            return None
        prev = text[tokens[k - 1][0]:start]
        if prev not in PROCLITIC_SPLITS:
            return None
        clitics, start = prev + clitics, tokens[k - 1][0]
    return clitics


def _key(surface: str, clitics: str) -> str:
    """The surface with its article restored after a split ل («ل|لعتيبي» → «العتيبي»), so both forms match."""
    if clitics.endswith("ل") and surface.startswith("ل") and not surface.startswith(ARTICLE):
        return "ا" + surface
    return surface


def _spreadable(key: str, label: str) -> bool:
    if len(key.split()) == 1:
        return label in SPREAD_ONE_WORD and len(key) >= MIN_ONE_WORD
    return label in SPREAD_LABELS


def _majority(counts: Counter) -> str | None:
    (label, n), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n else label


def spread_labels(text: str, tokens: list[Span], entities: list[dict]) -> list[dict]:
    """`entities` with each surface's majority label, plus a copy at every unlabelled mention of a spreadable
    surface (dicts with start, end, label and any other keys, kept; the result sorted by start).
    `tokens` are the tokenizer's offsets."""
    at = {s: k for k, (s, _) in enumerate(tokens)}
    ends = {e for _, e in tokens}
    keys = [_key(text[e["start"]:e["end"]], _clitics(text, tokens, at, e["start"]) or "") for e in entities]
    counts: dict[str, Counter] = defaultdict(Counter)
    for key, e in zip(keys, entities):
        counts[key][e["label"]] += 1
    winner = {key: _majority(c) for key, c in counts.items()}
    out = [e if winner[key] in (None, e["label"]) else {**e, "label": winner[key]} for key, e in zip(keys, entities)]
    taken = [(e["start"], e["end"]) for e in entities]
    for key, label in winner.items():
        if label is None or not _spreadable(key, label):
            continue
        forms = [key, "ل" + key[2:]] if key.startswith(ARTICLE) and len(key) > 3 else [key]
        for form in forms:
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                clitics = _clitics(text, tokens, at, start) if start in at and end in ends else None
                if (clitics is not None and (form == key or clitics.endswith("ل"))
                        and (end == len(text) or not _word_char(text[end]))
                        and not any(s < end and start < e for s, e in taken)):
                    taken.append((start, end))
                    out.append({"start": start, "end": end, "label": label})
                start = text.find(form, start + 1)
    return sorted(out, key=lambda e: e["start"])
