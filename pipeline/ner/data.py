"""Words per sentence as the NER model reads them, and its IOB2 tags back to character spans.

Training (`pipeline.training.data`), prediction and evaluation all see the same words (those of
the project tokenizer), so a predicted tag always maps back to exact character offsets in the
original text.
"""
from __future__ import annotations

from pipeline.text.chars import is_symbol, model_view

Span = tuple[int, int]


def sentences(starts: list[bool], max_words: int = 80) -> list[list[int]]:
    """Token indices grouped by sentence, long sentences cut into pieces of at most `max_words`."""
    groups: list[list[int]] = []
    for i, start in enumerate(starts):
        if start or not groups or len(groups[-1]) >= max_words:
            groups.append([])
        groups[-1].append(i)
    return groups


def model_words(words: list[str]) -> list[str]:
    """The words as the model reads them (`text.chars.model_view`), for training and prediction alike."""
    return [model_view(w) for w in words]


def tags_to_entities(offsets: list[Span], tags: list[str], words: list[str] | None = None) -> list[dict]:
    """IOB2 word tags to character spans; an I- that does not continue a span starts one.
    Given the `words`, an emoji or symbol is never part of an entity (it ends one)."""
    ents: list[dict] = []
    current = None
    for k, ((s, e), tag) in enumerate(zip(offsets, tags)):
        if tag == "O" or (words is not None and is_symbol(words[k])):
            current = None
            continue
        prefix, label = tag[:1], tag[2:]
        if prefix == "I" and current is not None and current["label"] == label:
            current["end"] = e
        else:
            current = {"start": s, "end": e, "label": label}
            ents.append(current)
    return ents
