"""Rank and multiple rules from the sixteenth pass over real news, fitted on real-train, each on a sentence written
for the test (GUIDELINES §3, §7; decisions 14, 79, 168, 169, 213)."""
from __future__ import annotations

import pytest


def _ranks(fact_tuples, text: str) -> list[tuple[str, float]]:
    return [(surface, value) for surface, kind, value, _ in fact_tuples(text) if kind == "rank"]


@pytest.mark.parametrize("text, surface", [
    ("وتعد البصرة ثاني مدن العراق من حيث عدد السكان.", "ثاني"),
    ("ويعد السكري ثالث أسباب العمى في المنطقة.", "ثالث"),
    ("وأصبحت البلاد رابع دول القارة في إنتاج القمح.", "رابع"),
])
def test_an_ordinal_before_a_ranked_plural_is_a_rank(fact_tuples, text, surface):
    """«ثاني مدن اليمن», «ثاني أسباب الوفاة»: a bare ordinal ranking one item among a plural (decision 14's
    «ثاني دول العالم»)."""
    assert any(s == surface for s, _ in _ranks(fact_tuples, text))


def test_two_ordinals_joined_before_a_superlative_are_both_ranks(fact_tuples):
    """«ثاني وثالث أكبر شريك»: the first ordinal shares the second's superlative (decision 168)."""
    text = "وتبقى الهند والبرازيل ثاني وثالث أكبر مستورد للسكر."
    assert {("ثاني", 2.0), ("ثالث", 3.0)} <= set(_ranks(fact_tuples, text))


@pytest.mark.parametrize("text", [
    "ووصل الوفد في ثاني أيام المؤتمر.",   # a day in a series (decision 14)
    "وسجل الفريق هدفا ثالثا في الشوط الثاني.",
])
def test_a_series_ordinal_is_no_rank(fact_tuples, text):
    assert _ranks(fact_tuples, text) == []


@pytest.mark.parametrize("text, surface", [
    ("وهذه الغارات هي الأولى على المدينة منذ توقيع الهدنة.", "الأولى"),
    ("والمباراة التي ستكون الأولى له مع المنتخب منذ عامين.", "الأولى"),
    ("وقال إن الانفجار هو الأول الذي يهز الحي منذ بداية العام.", "الأول"),
])
def test_the_first_since_after_a_copula_is_a_rank(fact_tuples, text, surface):
    """«هي الأولى (التي …) منذ …»: the first since a date or event, rank 1 (decision 213)."""
    assert (surface, 1.0) in _ranks(fact_tuples, text)


@pytest.mark.parametrize("text", [
    "وسافر إلى لندن للمرة الأولى منذ عشر سنوات.",          # novelty of an occurrence (decision 132)
    "وهي المرة الأولى التي يفوز فيها منذ عامين.",
    "وتحدث في زيارته الأولى إلى البلاد منذ توليه المنصب.",  # no copula: a label (decision 14)
])
def test_first_time_since_is_no_rank(fact_tuples, text):
    assert _ranks(fact_tuples, text) == []


def test_a_copula_with_glued_wa_heads_the_first_to_do(fact_tuples):
    """«وهي أول سفينة تصل …»: «وهو/وهي» is a copula like «هو/هي» (decision 79)."""
    assert ("أول", 1.0) in _ranks(fact_tuples, "ورست الباخرة في الميناء، وهي أول باخرة تصل إليه منذ أشهر.")


@pytest.mark.parametrize("text", [
    "وبلغت صادرات الشركة هذا العام ضعف ما كانت عليه قبل خمس سنوات.",
    "ويستهلك المصنع من الماء ما يعادل ضعف استهلاك البلدة كلها.",
    "ورفعت الشركة سعة التخزين بمقدار الضعف.",
])
def test_twice_is_a_ratio_two(fact_tuples, text):
    """«ضعف ما كانت عليه», «ما يعادل ضعف …», «بمقدار الضعف»: a multiple, ratio 2 (§7, decision 169)."""
    assert any(kind == "ratio" and value == 2 for _, kind, value, _ in fact_tuples(text))


@pytest.mark.parametrize("text", [
    "وأرجع الخبراء ذلك إلى ضعف الرقابة على الأسواق.",
    "وأشار إلى أن السبب هو ضعف المتابعة.",
])
def test_weakness_is_no_ratio(fact_tuples, text):
    assert not any(kind == "ratio" for _, kind, _, _ in fact_tuples(text))


def test_a_multiple_of_an_earlier_level_is_an_increase_with_its_baseline(number_facts):
    """«وهو ضعف ما كانت عليه في العام 2010»: change increase, baseline the year, no period (decision 169)."""
    text = "وبلغت ميزانية الدفاع 40 مليار دولار، وهو ضعف ما كانت عليه في العام 2009."
    ratio = [n for n in number_facts(text) if n["type"] == "ratio"]
    assert len(ratio) == 1 and ratio[0]["change"] == "increase" and ratio[0]["baseline"] == "2009" \
        and ratio[0]["period"] is None
