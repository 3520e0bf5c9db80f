"""Number detection from the thirtieth pass over real news, fitted on real-train, each on a sentence written for the
test: dates and labels that count nothing (GUIDELINES §3 dates and identifiers, §7 Hijri years) and two figures
the grammar missed."""
from __future__ import annotations

import pytest


def surfaces(number_facts, text: str) -> list[str]:
    return [text[n["start"]:n["end"]] for n in number_facts(text)]


@pytest.mark.parametrize("text", [
    "وتم اعتماد ثلاثة مشاريع في ميزانية العام الحالي 1436/1437ه وستطرح قريبا.",
    "واطلع المجلس على التقرير السنوي للعام المالي (1433/1434).",
    "ويبدأ العام الدراسي الجديد 1437-1438هـ بعد شهر.",
])
def test_two_consecutive_years_are_one_date(number_facts, text):
    """«1436/1437ه», «(1434/1435)»: two consecutive years joined by «/» or a dash name a fiscal or school year, a date
    (§3; §7: Hijri years are dates), not a ratio or a range."""
    assert not [s for s in surfaces(number_facts, text) if "143" in s]


@pytest.mark.parametrize("text", ["وفي عام 68م نشر الشاعر ديوانه الأول.", "وبقي في منصبه حتى عام 99، ثم استقال."])
def test_a_two_digit_year_after_year_is_no_count(number_facts, text):
    """«في عام 72م كتب», «حتى عام 97،»: after «عام» two digits with no counted noun are a year cut short (§3 dates)."""
    assert surfaces(number_facts, text) == []


def test_a_two_digit_figure_after_year_before_a_noun_still_counts(number_facts):
    assert surfaces(number_facts, "وسجل العام 45 حادثا مروريا.") == ["45"]


@pytest.mark.parametrize("text", [
    "وتقام المباراة يومي 12 و19 من الشهر نفسه.",
    "وغادر الوفد في يوم 23، بعد انتهاء الاجتماع.",
    "وصدرت المراسيم خلال الفترة من 4 /1435 هـ إلى 9 /1435 هـ.",
])
def test_days_and_months_of_a_date_are_no_facts(number_facts, text):
    """«يومي 14 و17 من نفس الشهر», «في يوم 27،», «من 3 /1436 هـ»: days and months of a date (§3)."""
    assert surfaces(number_facts, text) == []


def test_minutes_of_two_goals_are_labels(number_facts):
    """«في الدقيقتين 78 و93»: the minutes name times of the goals, like «الدقيقة 74» (identifiers, §3)."""
    assert surfaces(number_facts, "وسجل المهاجم في الدقيقتين 35 و88 ليفوز فريقه.") == []


def test_a_spaced_square_metre_exponent_is_no_fact(number_facts):
    """«40.5 مليون م 2»: the «2» of square metres written apart from «م» is the unit's exponent (§3)."""
    assert surfaces(number_facts, "وارتفعت المساحة من 12.5 مليون م 2 إلى 90 مليون م 2.") == ["12.5 مليون", "90 مليون"]


def test_a_figure_after_a_month_above_any_day_counts(number_facts):
    """«شنت في يونيو 106 غارات»: a figure over 31 after a month's name, before a noun, is no day: it counts the noun."""
    assert surfaces(number_facts, "ونفذت الطائرات في مارس 240 طلعة جوية.") == ["240"]


def test_two_figures_glued_by_and_are_two_facts(number_facts):
    """«بين 29و34 عاما»: «و» with its spaces dropped joins two figures, each a fact like «29 و34»."""
    assert surfaces(number_facts, "وتتراوح أعمارهم بين 21و26 عاما.") == ["21", "26"]
