"""Character spans <-> IOB2 tags over the tokenizer's words (evaluation, CoNLL export, NER training)."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

Span = tuple[int, int]


def iob2_tags(tokens: list[Span], entities: Iterable[dict]) -> list[str]:
    """Project character spans onto tokens: the first token an entity touches is B-, the rest I-."""
    tags = ["O"] * len(tokens)
    starts = [s for s, _ in tokens]
    for ent in sorted(entities, key=lambda e: e["start"]):
        i = max(bisect.bisect_right(starts, ent["start"]) - 1, 0)
        first = True
        while i < len(tokens) and tokens[i][0] < ent["end"]:
            if tokens[i][1] > ent["start"]:
                tags[i] = ("B-" if first else "I-") + ent["label"]
                first = False
            i += 1
    return tags
