"""Number rules from the twenty-fourth pass over real news, fitted on real-train and checked on real-dev, each on a
sentence written for the test (GUIDELINES §3; decisions 33, 35, 57)."""
from __future__ import annotations

import pytest


def _numbers(fact_tuples, text: str) -> list[tuple[str, float]]:
    return [(surface, value) for surface, _, value, _ in fact_tuples(text)]


@pytest.mark.parametrize("text, expected", [
    ("ووقع الاتفاق بحضور ممثلين عن الأطراف ثم وزعت نسخ منه للأطراف الأربعة.", [("الأربعة", 4.0)]),
    ("وعلقت الإدارة لوحات إرشادية باللغات الثلاث في مداخل المبنى.", [("الثلاث", 3.0)]),
    ("ورفع المنتخب رصيده بعد فوزه في مبارياته الخمس الأخيرة.", [("الخمس", 5.0)]),
])
def test_a_definite_numeral_after_a_definite_noun_with_a_proclitic_counts(fact_tuples, text, expected):
    """«للأطراف الثلاثة» (tokenized «ل» + «لأطراف»), «باللغات الثلاث», «أبنائه الستة»: a glued preposition before
    the definite noun, or a possessive «-ه» that makes it definite, leaves the numeral after it a count of the noun,
    as «المعايير الثلاثة» is (decision 33's definite counts; §3)."""
    assert _numbers(fact_tuples, text) == expected


def test_a_definite_numeral_after_glued_time_units_is_a_duration(fact_tuples):
    """«للأعوام الخمسة المقبلة»: the numeral counts time units, a duration, with the «ل» glued to the unit."""
    facts = fact_tuples("ووضعت اللجنة خطة للأعوام الأربعة المقبلة.")
    assert [(surface, kind, value) for surface, kind, value, _ in facts] == [("الأربعة", "duration", 4.0)]


@pytest.mark.parametrize("text, expected", [
    ("وتوفي الروائي في سن الثامنة والستين بعد صراع مع المرض.", [("الثامنة والستين", 68.0)]),
    ("ولا يسمح بالتسجيل لمن تجاوز سن الأربعين من المتقدمين.", [("الأربعين", 40.0)]),
])
def test_an_age_after_sin_is_a_duration(fact_tuples, text, expected):
    """«في سن التاسعة والأربعين», «دون سن الخمسين»: after «سن» an ordinal with its tens, or a definite tens
    number, is the age in years (decision 35), even without «من العمر» or a unit after it."""
    facts = fact_tuples(text)
    assert [(surface, value) for surface, _, value, _ in facts] == expected
    assert all(kind == "duration" for _, kind, _, _ in facts)


@pytest.mark.parametrize("text, expected", [
    ("وتراجعت المبيعات خلال الأشهر الـ4 الأولى من العام.", [("4", 4.0)]),
    ("وأخمدت فرق الدفاع المدني الحرائق الـ12 التي اندلعت أمس.", [("12", 12.0)]),
])
def test_al_n_after_a_broken_plural_counts(fact_tuples, text, expected):
    """«الأشهر الـ6 الماضية», «الحرائق الـ21»: the «أفعل» and «مفاعل/فعائل» broken plurals head a cardinal «الـ N»
    as the sound plurals do (decision 57); «المهرجان الـ 17» stays a label."""
    assert _numbers(fact_tuples, text) == expected


def test_al_n_after_a_singular_stays_a_label(fact_tuples):
    """Decision 57 / §7: «المهرجان الـ 17» is an edition label, no fact."""
    assert _numbers(fact_tuples, "وافتتح المحافظ المهرجان الـ 17 للتمور مساء أمس.") == []


@pytest.mark.parametrize("text", [
    "وفي الحقيقة ورغم إعجابي الشديد بالفكرة لم أجد وقتا للمشاركة.",
    "وألقى المحافظ كلمة في الحفل الخطابي ثم أقيم حفل خطابي آخر للطلاب.",
])
def test_a_common_i_form_whose_dual_is_never_seen_is_no_dual(fact_tuples, text):
    """«إعجابي الشديد», «حفل خطابي», «حديثي السن»: a masculine -ي word common in the word counts whose stem never
    shows a dual -ين/-ان form is «my X», an adjective or a plural in construct, not a construct dual (decision 33)."""
    assert _numbers(fact_tuples, text) == []


def test_a_construct_dual_still_counts(fact_tuples):
    """The construct dual whose dual forms are seen stays a count 2 («ضابطي الأمن», decision 33)."""
    assert _numbers(fact_tuples, "وأصيب ضابطي الأمن خلال المداهمة.") == [("ضابطي", 2.0)]
