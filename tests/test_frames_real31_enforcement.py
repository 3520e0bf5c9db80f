"""Enforcement rules of the thirty-first real-news frames pass: an offence phrase cut by its word limit keeps the
adjective of a negation («بطريقة غير شرعية», not «بطريقة غير»): a span is a whole phrase (ANNOTATION §4; GUIDELINES §7 decision 61: the charge phrase is the offence). Every sentence
here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers
stage."""
from __future__ import annotations


def _offences(frames, marked: str) -> list[list[str]]:
    return [f[2].get("offence", []) for f in frames(marked, "enforcement")]


def test_a_cut_phrase_keeps_the_adjective_of_a_negation(frames):
    marked = ("وأوقفت قوة من الجيش [[سامر خليل|PER]] للاشتباه بانتماء شقيقه إلى جماعة مسلحة وتنقل أفرادها "
              "داخل المدن بطريقة غير قانونية.")
    offences = _offences(frames, marked)
    assert offences and offences[0]
    assert not offences[0][0].endswith("غير")
    assert offences[0][0].endswith("غير قانونية")
