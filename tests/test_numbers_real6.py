"""Number rules from the sixth pass over real news (issue 15), each on a sentence written for the test
(GUIDELINES §3, §7, decisions 55, 145, 147, 150)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, value, subject", [
    ("ونظم الشاعر قصيدة ذات الأبيات الأحد عشر في ليلة.", "الأحد عشر", 11.0, "الأبيات"),
    ("وقال المتحدث إن المسلحين “خطفوا 2060 من سكان القرية قبل رحيلهم”.", "2060", 2060.0, "سكان القرية"),
    ("وأتى الحريق على مخزن تبلغ مساحته ب ٢١٠٠ متر مربع في المنطقة الصناعية.", "٢١٠٠", 2100.0, None),
])
def test_compound_with_article_year_shape_and_reported_quote(fact_tuples, text, surface, value, subject):
    """«الأحد عشر» is eleven, not a weekday and ten; a year-shaped figure before a unit of measure or a partitive «من
    + noun» counts; a quote that opens a clause after «قال … إن» is speech whose figures are facts (§3, decision 150)."""
    facts = [(s, v, subj) for s, _, v, subj in fact_tuples(text)]
    assert (surface, value) in [(s, v) for s, v, _ in facts]
    if subject is not None:
        assert (surface, value, subject) in facts


@pytest.mark.parametrize("text", [
    "وتأسست الشركة في 2015 من خلال شراكة بين مستثمرين.",
    "وأعلن الفريق في سبتمبر 2014 من جديد عن خطته.",
])
def test_year_before_adverbial_from_is_no_count(fact_tuples, text):
    """«في 2015 من خلال …», «سبتمبر 2014 من جديد»: a year after a preposition or a month stays a date."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text, surface, subject", [
    ("وتصدر سهم «الشركة الوطنية» الارتفاعات بسعر 42 ريالا بنهاية الجلسة.", "42", None),
    ("وجاء سهم «المصرف الأهلي» عند سعر 18.5 ريال في نهاية التداول.", "18.5", None),
    ("ونفذت صفقة على سهم البنك بقيمة إجمالية بلغت نحو 2.4 مليون ريال.", "2.4 مليون", None),
    ("وغرمته المحكمة غرامة مالية قدرها ثلاثة آلاف ريال عن كل مخالفة.", "ثلاثة آلاف", "غرامة مالية"),
    ("وقضت المحكمة بغرامة مقدارها مليون ريال على الشركة المخالفة.", "مليون", "غرامة"),
])
def test_price_null_and_amount_of_noun(fact_tuples, text, surface, subject):
    """A price after «بسعر/عند سعر/بقيمة … بلغت» names no metric (decision 145); «قدرها/مقدارها» after «NOUN ADJ»
    takes the noun, not its adjective (decision 55)."""
    assert [(s, subj) for s, _, _, subj in fact_tuples(text) if s == surface] == [(surface, subject)]


def test_two_figures_share_one_partitive(fact_tuples):
    """«مقتل (7) وإصابة (21) من المدنيين»: both figures take the trailing «من NP», the bracketed second is no
    restatement (decision 147)."""
    assert [(s, subj) for s, _, _, subj in fact_tuples("وأسفر القصف عن مقتل (7) وإصابة (21) من المدنيين في السوق.")] \
        == [("7", "المدنيين"), ("21", "المدنيين")]
