"""Number rules from the twelfth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 subject, §7 money, decisions 16, 33, 55, 93)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("ويعاقب المخالف بغرامة مالية لا تزيد على مليوني ريال.", "غرامة مالية"),
    ("ويتوقع أن تجذب المنطقة استثمارات تزيد عن 40 مليار ريال في خمس سنوات.", "استثمارات"),
    ("وسجلت الشركات خسائر تفوق 300 مليون دولار.", "خسائر"),
    ("والسيارة المستعملة قيمتها لا تتعدى ألفي ريال.", "قيمتها"),
    ("وللمالك حق في زيادة سنوية لا تتجاوز 5% فقط.", "زيادة سنوية"),
])
def test_money_or_percent_after_an_exceeding_verb_takes_the_noun_before_it(fact_tuples, text, subject):
    """«غرامة مالية لا تزيد على مليوني ريال», «استثمارات تزيد عن 40 مليار ريال», «زيادة سنوية لا تتجاوز 5%»: money or a
    percent after «(لا) تزيد على/عن، تتجاوز، تفوق، تتعدى» is the predicate of a reaching verb, whose subject is the
    noun before it, not the currency (§7 money, decisions 16, 55, 93)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text, subject", [
    ("وصادرت الشرطة بضائع بقيمة تزيد على 5 ملايين ريال.", "ريال"),
    ("ويملك اللاعب حسابا يفوق 200 ألف متابع.", "متابع"),
])
def test_price_or_counted_noun_after_an_exceeding_verb_keeps_its_subject(fact_tuples, text, subject):
    """«بقيمة تزيد على» is a price (not the noun before it), and a count of things keeps its counted noun
    (decision 55: «حساب يفوق 500 ألف متابع» → «متابع»)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text", ["ويسمح بالدخول للرجال فوق سن 45 فقط.", "والدواء مخصص للمرضى فوق 18 عاما.",
                                  "وتستهدف الحملة الأطفال فوق الـ 10 سنوات."])
def test_above_gives_more_than(number_facts, text):
    """«فوق سن 45», «فوق 18 عاما»: «above» bounds the figure from below like «أكثر من», qualifier gt (§3)."""
    assert [n["qualifier"] for n in number_facts(text)] == ["gt"]
