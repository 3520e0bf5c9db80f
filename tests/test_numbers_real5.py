"""Number rules from the fifth pass over real news (issue 15), each on a sentence written for the test
(GUIDELINES §3, §7, decisions 33, 34, 74, 129)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(fact_tuples):
    return fact_tuples


@pytest.mark.parametrize("text, surface, value, subject", [
    ("وأشاد المدرب بأداء اللاعبات الصغيرات الخمس اللواتي شاركن في البطولة.", "الخمس", 5.0, "اللاعبات الصغيرات"),
    ("وكرمت الجمعية أمس الطالبات المتفوقات الثلاث اللاتي فزن بالمسابقة.", "الثلاث", 3.0, "الطالبات المتفوقات"),
])
def test_number_before_any_relative_pronoun_counts_the_noun_before(read, text, surface, value, subject):
    """A definite number word before a relative pronoun counts the noun before it (adjudication 34); the subject rule
    reads the same relative pronouns as the detector (detect.RELATIVES), the feminine plural ones included."""
    assert read(text) == [(surface, "count", value, subject)]
