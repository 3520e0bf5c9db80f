"""Number rules from the fourth pass over real news (issue 15): the fraction dual «ثلثي». Each rule on a sentence
written for the test (GUIDELINES §Numbers, §3, §7, decision 34)."""
from __future__ import annotations

import pytest

from pipeline.numbers.component import NumbersComponent, numbers_for


@pytest.fixture(scope="module")
def read(tokenizer):
    """text -> [(surface, type, value, subject surface or None)] of the number stage's facts."""
    stage = NumbersComponent()

    def run(text: str) -> list[tuple]:
        spans = tokenizer.spans(text)
        out = []
        for n in numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                             stage.duals, stage.counts):
            subject = text[slice(*n["subject"])] if n["subject"] else None
            out.append((text[n["start"]:n["end"]], n["type"], n["value"], subject))
        return out

    return run


@pytest.mark.parametrize("text, surface", [
    ("وتغطي المزارع ثلثي أراضي الوادي الخصبة.", "ثلثي"),
    ("ويحتاج القرار إلى تصويت الثلثين في المجلس.", "الثلثين"),
])
def test_two_thirds_is_a_fraction(read, text, surface):
    """«ثلثي»/«الثلثين» is the fraction two thirds, a count 0.667 like «نصف» (GUIDELINES §Numbers, decision 34)."""
    assert [(s, t, round(v, 4)) for s, t, v, _ in read(text)] == [(surface, "count", 0.6667)]
