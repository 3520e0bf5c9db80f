"""Number rules from the ninth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §6 duals, decisions 14, 33, 130)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface", [
    ("وقال سعد وفهد شقيقا المصاب إنهما وصلا إلى المستشفى.", "شقيقا"),
    ("وافتتح وزيرا الصحة والتعليم المعرض أمس.", "وزيرا"),
    ("وأصيب ضابطا شرطة في الحادث.", "ضابطا"),
])
def test_nominative_construct_dual(fact_tuples, text, surface):
    """«شقيقا الشهيد», «وزيرا التعليم», «ضابطا شرطة»: the nominative construct dual (-ا before its genitive) is a
    count 2 like «وجهتي نظر» (GUIDELINES §6, decision 33)."""
    assert [(s, v) for s, _, v, _ in fact_tuples(text)] == [(surface, 2.0)]


@pytest.mark.parametrize("text", [
    "وأوقفت الشرطة رجلاً الليلة الماضية.",
    "وشهدت الأسعار ارتفاعا كبيرا مقارنة بالعام الماضي.",
    "وقال مدير الإدارة في المنطقة الشرقية سابقا المهندس خالد إن العمل مستمر.",
])
def test_accusative_singular_is_no_dual(fact_tuples, text):
    """An accusative singular (tanwin written, an adjective whose feminine is common, an adverb after a definite
    word) is no construct dual."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", [
    "ويسعى الفريق إلى شيء واحد هو الفوز.",
    "ولا ينبغي النظر إلى القضية من زاوية واحدة.",
    "وأكد أن المواطنين قوة واحدة ويد واحدة في وجه الإرهاب.",
    "ويشكل أبناء الوطن وحدة تاريخية واحدة.",  # («الشعبان» there is a count 2 of its own, decision 33)
    "ونحن نقف صف متراص واحد خلف القيادة.",
])
def test_idiomatic_one(fact_tuples, text):
    """«شيء/أمر واحد», «من زاوية واحدة», «قوة واحدة ويد واحدة» (a glued «و»), and an idiom noun with its adjective
    between («وحدة تاريخية واحدة») speak of sameness or unity, no amount (decisions 14, 130)."""
    assert fact_tuples(text) == []


def test_one_after_a_plain_noun_still_counts(fact_tuples):
    """«مبنى خدمي واحد»: a noun with its adjective before «واحد» is still counted (decision 130: specific)."""
    assert [(s, v) for s, _, v, _ in fact_tuples("ودمر القصف مبنى خدمي واحد في البلدة.")] == [("واحد", 1.0)]
