"""Dual rules from the fifteenth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 duals; decisions 33, 129, 186, 290)."""
from __future__ import annotations

import pytest


def _duals(fact_tuples, text: str) -> list[tuple[str, str]]:
    return [(surface, kind) for surface, kind, value, _ in fact_tuples(text) if value == 2]


@pytest.mark.parametrize("text, dual", [
    ("وأكد الطرفان في ختام اللقاء ضرورة التهدئة.", "الطرفان"),
    ("وكشف المصممان عن نموذج جديد للهاتف.", "المصممان"),
    ("ولا يمكن تنفيذ الحكم حتى يبلغ القاصران سن الرشد.", "القاصران"),
])
def test_a_definite_nominative_dual_with_its_oblique_seen_counts_two(fact_tuples, text, dual):
    """«وأكد الطرفان», «كشف المصممان»: a definite -ان word whose stem is a noun and whose -ين form is seen is the
    nominative dual (decision 33), however common the dual is next to its singular."""
    assert (dual, "count") in _duals(fact_tuples, text)


@pytest.mark.parametrize("text", ["وأشار التقرير إلى أن البلدان النامية تعاني من الديون.",
                                  "ويعاني الأطفال من الحرمان في المخيمات."])
def test_an_an_word_of_its_own_is_no_dual(fact_tuples, text):
    """«البلدان» (countries), «الحرمان» (deprivation): words of their own whose -ين form is another word."""
    assert _duals(fact_tuples, text) == []


@pytest.mark.parametrize("text, dual", [
    ("وأظهرت الأشعة نزيفين أحدهما في الرأس.", "نزيفين"),
    ("وتواجه الخطة عقبتين إحداهما مالية والأخرى إدارية.", "عقبتين"),
    ("ورفض المجلس الطلب لسببين: الأول ضعف التمويل، والثاني غياب الدراسة.", "لسببين"),
])
def test_a_pair_enumerated_after_the_word_is_a_count_two(fact_tuples, text, dual):
    """«نزيفين أحدهما …», «عقدتين إحداهما …», «لسببين الأول … والثاني …»: «one of the two» or a first and a second
    item right after an indefinite -ين word make it a dual (decision 33)."""
    assert dual.removeprefix("ل") in [s for s, _ in _duals(fact_tuples, text)]


def test_a_month_before_the_first_is_no_pair(fact_tuples):
    """(«تشرين الأول» is a month, even with a «الثاني» after it.)"""
    text = "وتمتد المرحلة من نوفمبر حتى أكتوبر (تشرين الأول) والمرحلة الثانية بعدها."
    assert _duals(fact_tuples, text) == []


@pytest.mark.parametrize("text", [
    "وانتشرت الدوريات على جانبي الطريق الدولي.",
    "واحتشد السكان على جانبي الحدود.",
    "وشكا المريض من تورم في القدمين والعينين.",
    "وأصيب بحروق في الطرفين السفليين.",
    "ويدعو البرنامج إلى المساواة بين الجنسين.",
    "ويرى الخبراء أن الأمن والتنمية وجهان لعملة واحدة.",
    "ويتوقع هطول الأمطار يومي الخميس والجمعة.",
    "وسجل اللاعب هدفيه في الدقيقتين 12 و88.",
])
def test_paired_parts_idioms_and_named_days_are_no_count(fact_tuples, text):
    """A thing's own pair of parts and the body's (decisions 33, 290), the idioms «الجنسين» and «وجهان لعملة واحدة»
    (decisions 33, 129), and a dual head noun before the days or minutes it names (decision 186) count nothing."""
    assert _duals(fact_tuples, text) == []


def test_a_generic_couple_is_no_count_but_a_named_one_is(fact_tuples):
    """«الزوجين» of any couple is no fact (decision 186); after the story names a man and his wife it counts them."""
    assert _duals(fact_tuples, "ويرى الباحث أن الزوجين يحتاجان إلى الحوار الدائم.") == []
    named = "وأوقفت الشرطة رجلا يدعى سامر وزوجته منى. وقالت إن الزوجين يديران مصنعا للتقليد."
    assert ("الزوجين", "count") in _duals(fact_tuples, named)


@pytest.mark.parametrize("text, dual", [
    ("وعثرت الدورية على جثتي رجلين قرب الوادي.", "جثتي"),
    ("وسافرت الأم مع ابنتيها إلى الخارج.", "ابنتيها"),
    ("واستولى المسلحون على عربتين للجيش.", "عربتين"),
])
def test_feminine_duals_in_construct_with_her_and_of_news_nouns(fact_tuples, text, dual):
    """«جثتي عنصرين» (a four-letter construct -تي), «لابنتيها» (a feminine dual before «her»), «على عربتين» (a
    singular seen a hundred times is a noun of the news): counts of two (decision 33)."""
    assert (dual, "count") in _duals(fact_tuples, text)


def test_the_genitive_of_a_construct_dual_is_counted_too(fact_tuples):
    """«جثتي شرطيين»: the -ين word after a construct dual is its genitive, not its adjective, and counts too."""
    surfaces = [s for s, _ in _duals(fact_tuples, "وعثرت الدورية على جثتي رجلين قرب الوادي.")]
    assert surfaces == ["جثتي", "رجلين"]


def test_their_two_is_no_new_count(fact_tuples):
    """«طلبا عدم كشف هويتيهما»: each of a pair already counted has one; the dual suffix restates the pair (dec. 186)."""
    assert [s for s, _ in _duals(fact_tuples, "وقال مصدران أمنيان طلبا عدم كشف هويتيهما إن الهجوم وقع فجرا.")] \
        == ["مصدران"]


@pytest.mark.parametrize("text", ["وقال الكاتب إن حياتي لن تعود كما كانت.",
                                  "ووصلت رسالتي هذه إلى المسؤولين.",
                                  "وتغيرت حالتي تلك بعد العلاج."])
def test_my_x_before_a_non_noun_is_no_construct_dual(fact_tuples, text):
    """«حياتي لن», «رسالتي هذه», «حالتي تلك»: a -تي form before a particle or demonstrative is «my X»; a construct
    dual's genitive is a noun."""
    assert _duals(fact_tuples, text) == []


def test_construct_dual_of_a_time_unit_is_a_duration(fact_tuples):
    """«بعد اجتياز سنتي التجربة»: the construct dual of a time unit is a duration 2 (§3)."""
    assert ("سنتي", "duration") in _duals(fact_tuples, "ولا يحق للمعلم النقل إلا بعد اجتياز سنتي التجربة.")


def test_an_adverb_in_a_is_no_construct_dual(fact_tuples):
    """«محور عتق سابقا اللواء …»: «سابقا» is an adverb, not the construct dual of «سابق»."""
    assert _duals(fact_tuples, "واستهدف القصف منزل قائد محور عدن سابقا اللواء المتقاعد.") == []
