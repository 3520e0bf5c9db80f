"""Words per sentence as the NER model reads them, and its IOB2 tags back to character spans.

Training (`pipeline.training.data`), prediction and evaluation all see the same words (those of
the project tokenizer), so a predicted tag always maps back to exact character offsets in the
original text.
"""
from __future__ import annotations

from pipeline.text.chars import is_symbol, model_view
from pipeline.text.lexicon import PROCLITIC_SPLITS

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


def _glued_proclitic(k: int, offsets: list[Span], words: list[str]) -> bool:
    """Token k is a proclitic the tokenizer split off the word right after it («ل» of «للتنمية»)."""
    return words[k] in PROCLITIC_SPLITS and k + 1 < len(offsets) and offsets[k][1] == offsets[k + 1][0]


def tags_to_entities(offsets: list[Span], tags: list[str], words: list[str] | None = None) -> list[dict]:
    """IOB2 word tags to character spans; an I- that does not continue a span starts one.
    Given the `words`, an emoji or symbol is never part of an entity (it ends one), and a span never ends on a
    proclitic split off the word after it (GUIDELINES §2: «مصرف الإمارات ل|لتنمية» ends before «ل»). A span that
    starts on one keeps it: the model puts a leading «و/ب» inside where the tokenizer split a word that is not
    a proclitic plus a word («و|لي العهد»، «ب|سمة الجبوري»)."""
    runs: list[list] = []  # [first token, last token, label]
    for k, tag in enumerate(tags):
        if tag == "O" or (words is not None and is_symbol(words[k])):
            runs.append(None)
        elif tag[0] == "I" and runs and runs[-1] is not None and runs[-1][2] == tag[2:]:
            runs[-1][1] = k
        else:
            runs.append([k, k, tag[2:]])
    ents: list[dict] = []
    for run in filter(None, runs):
        first, last, label = run
        while words is not None and last >= first and _glued_proclitic(last, offsets, words):
            last -= 1
        if first <= last:
            ents.append({"start": offsets[first][0], "end": offsets[last][1], "label": label})
    return ents
