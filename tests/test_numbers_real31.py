"""Dual nouns from the thirty-first pass over real news, fitted on real-train, each on a sentence written for the test:
a dual adjective after a construct dual and its two quoted or bracketed names counts nothing (decisions 74, 186), a
dual after a verbal noun in -ين («تكوين», «تعيين») is its object, not its adjective (decision 33)."""
from __future__ import annotations

import pytest


def surfaces(number_facts, text: str) -> list[str]:
    return [text[n["start"]:n["end"]] for n in number_facts(text)]


@pytest.mark.parametrize("text, dual", [
    ("وفازت شركتا «ألفا» و «بيتا» الهولنديتان بالعقد.", "شركتا"),
    ("وبثت قناتا (الأولى) و(الثانية) الفضائيتان الخبر.", "قناتا"),
])
def test_adjective_after_quoted_pair_of_a_construct_dual(number_facts, text, dual):
    """«وشركتي «X» و«Y» الهولنديتين», «قناتا (X) و(Y) الفضائيتان»: the dual adjective describes the construct dual
    over its two named genitives, quotes and brackets around them included (decision 74: one fact on the noun; decision
    186: dual adjectives are no facts)."""
    assert surfaces(number_facts, text) == [dual]


@pytest.mark.parametrize("text, dual", [
    ("وقرر المدرب تكوين فريقين قويين لخوض البطولة.", "فريقين"),
    ("وطالب الحزب بتعيين نائبين للرئيس.", "نائبين"),
    ("ويهدف البرنامج إلى تمكين الجانبين من تبادل الخبرات.", "الجانبين"),
])
def test_dual_after_a_verbal_noun_in_n_counts(number_facts, text, dual):
    """«تكوين فريقين», «تعيين نائبين», «تمكين الجانبين»: the -ين of a verbal noun of a root in «ن» is its own
    (`_verbal_noun_in_n`), so the dual after it is its object, a count 2 (decision 33), not an agreeing adjective."""
    assert surfaces(number_facts, text) == [dual]


def test_agreeing_dual_after_a_plural_is_still_no_count(number_facts):
    """«المصلين الآمنين»-like agreement between two -ين words still counts nothing on the second word."""
    assert "الآمنين" not in surfaces(number_facts, "واستهدف الهجوم المصلين الآمنين في المسجد.")
