"""Number detection rules from the twenty-first pass over real news, fitted on real-train, each on a sentence written
for the test (GUIDELINES §3 «Not facts»: years and dates; §6 quoted names, decision 56 figures in quotes)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, figure", [
    ("ونشرت الوزارة \"120 عنصرا وآلية\" على الحدود.", "120"),
    ("وأعلنت المنظمة أن السلطات «اعتقلت منذ مطلع الصيف 315 ناشطا» في البلاد.", "315"),
])
def test_a_figure_with_its_tamyiz_in_a_short_quote_is_a_count(fact_tuples, text, figure):
    """«"550 شرطيا ودركيا"», «“بلغ 694 شخصاً”»: a figure followed by an indefinite accusative noun inside a short
    quote counts that noun; the quote is emphasis or a cited clause, not a name (§6)."""
    assert figure in [surface for surface, *_ in fact_tuples(text)]


def test_a_name_with_a_figure_in_quotes_stays_no_fact(fact_tuples):
    """«"اللواء 35 مدرع"»: a name word after the figure is no tamyiz, the quote is still a name (§6)."""
    assert fact_tuples("واستهدفت الغارات مقر «الكتيبة 42 مشاة» قرب المدينة.") == []


@pytest.mark.parametrize("text", [
    "وفي 2003 انتقل اللاعب إلى الدوري الإنجليزي.",
    "وخسر المنتخب نهائي بطولة آسيا 2011 أمام اليابان.",
    "وتتوقع الهيئة أن تصل الإيرادات بحلول 2030 من نحو عشرة مليارات حاليا.",
])
def test_a_year_before_a_verb_an_adverb_or_a_preposition_is_no_count(fact_tuples, text):
    """«وفي 2001 افتتح», «مونديال البرازيل 2014 أمام», «بحلول 2023 من نحو»: a year-shaped figure after «وفي» or
    before an adverb of place or a preposition counts nothing (§3: years are no facts)."""
    assert not any(surface[:1].isdigit() for surface, *_ in fact_tuples(text))


def test_a_year_shaped_count_before_its_noun_still_counts(fact_tuples):
    """The year rule leaves «2070 من مواطني» and «2041 قنبلة» after a plain word as counts."""
    assert [s for s, *_ in fact_tuples("وأعدم التنظيم 2070 من سكان المنطقة.")] == ["2070"]


@pytest.mark.parametrize("text", [
    "ويستمر التسجيل حتى 15 من ذي الحجة في جميع المراكز.",
    "ويصل الوفد إلى العاصمة في 18 الجاري لبحث الاتفاق.",
])
def test_a_day_of_a_two_word_hijri_month_or_of_the_current_month_is_a_date(fact_tuples, text):
    """«حتى 20 من ذي القعدة», «في 12 الجاري»: a day of the month is a date, no fact (§3)."""
    assert fact_tuples(text) == []
