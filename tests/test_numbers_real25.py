"""Number subjects from the twenty-fifth pass over real news, fitted on real-train and checked on real-dev, each on a
sentence written for the test (GUIDELINES §3 subject; decision 33)."""
from __future__ import annotations

import pytest


def _subjects(fact_tuples, text: str) -> list[tuple[str, str | None]]:
    return [(surface, subject) for surface, _, _, subject in fact_tuples(text)]


@pytest.mark.parametrize("text, expected", [
    ("ووقع الاتفاق بحضور ممثلين عن الأطراف ثم وزعت نسخ منه للأطراف الأربعة.", [("الأربعة", "لأطراف")]),
    ("ووضعت اللجنة خطة مفصلة للسنوات الخمس المقبلة.", [("الخمس", "لسنوات")]),
    ("وعلقت الإدارة لوحات إرشادية باللغات الثلاث في مداخل المبنى.", [("الثلاث", "باللغات")]),
    ("وقال الجيران إن أبناءه الأربعة غادروا القرية قبل الحرب.", [("الأربعة", "أبناءه")]),
])
def test_a_definite_numeral_counts_the_noun_before_it_behind_a_proclitic_or_a_possessive(fact_tuples, text, expected):
    """«للأطراف الثلاثة» (tokenized «ل» + «لأطراف»), «باللغات الثلاث», «أبنائه الستة»: the noun made definite by
    the article behind a glued preposition, or by a possessive «-ه», is what the definite numeral counts (§3
    subject, decision 33's «المعايير الثلاثة»), not a phrase after the numeral or none."""
    assert _subjects(fact_tuples, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وعلقت الإدارة لوحات باللغات الرسمية الثلاث في المبنى.", [("الثلاث", "باللغات الرسمية")]),
    ("ووزعت المساعدات للرئاسات الإقليمية الثلاث في البلاد.", [("الثلاث", "لرئاسات الإقليمية")]),
    ("وحضر الاجتماع ممثلون للرئاسات الثلاث في البلاد.", [("الثلاث", "لرئاسات")]),
])
def test_an_adjective_agrees_with_a_definite_noun_behind_a_preposition(fact_tuples, text, expected):
    """«باللغات الرسمية الثلاث»: the adjective is definite like the noun with a glued «ب», so the subject runs back
    over it to the noun; after the split «ل» + «لرئاسات» it stops at the noun, not the lone preposition (§3: the
    noun phrase counted)."""
    assert _subjects(fact_tuples, text) == expected


def test_alfa_after_a_possessive_noun_is_no_definite_numeral(fact_tuples):
    """«ويشارك في إطفائه ألفا رجل»: «ألفا» (two thousand) keys as «الفا» but is no numeral with the article, so the
    possessive noun before it is not its subject; the noun after it is (§3)."""
    facts = fact_tuples("ويشارك في إطفائه ألفا عنصر من الدفاع المدني.")
    assert [(surface, value) for surface, _, value, _ in facts] == [("ألفا", 2000.0)]
    assert facts[0][3] != "إطفائه"
