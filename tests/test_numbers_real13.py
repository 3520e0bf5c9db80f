"""Number rules from the thirteenth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 subject and qualifier, §7 not facts, decisions 208, 215, 246)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subjects", [
    ("وقررت البلدية تقليص سعة السوق من 900 محل إلى 600 محل.", ["سعة السوق", "سعة السوق"]),
    ("ويتوقع أن يرتفع عدد المدارس من 120 إلى 180 مدرسة خلال المرحلة المقبلة.", ["عدد المدارس", "عدد المدارس"]),
    ("وأدى ذلك إلى ارتفاع قيمة الإيجار من 20 ألفا إلى 35 ألف ريال.", ["قيمة الإيجار", "قيمة الإيجار"]),
])
def test_both_figures_of_a_change_from_x_to_y_take_the_moved_metric(fact_tuples, text, subjects):
    """«تقليص سعة الملعب من 45 ألف مقعد إلى 35 ألف», «سيرتفع عدد المراكز الصحية من 6951 إلى 10059 مركزا»: after a
    word of change that names the metric, both figures take the metric, whether or not a unit follows each
    (decision 208)."""
    assert [subject for *_, subject in fact_tuples(text)] == subjects


def test_a_change_from_x_to_y_is_two_plain_figures(number_facts):
    """«يرفع عددها من 18 إلى 32 مساراً»: a change from one figure to another is no range, both qualifiers eq
    (§7, decisions 77, 208)."""
    facts = number_facts("وسيرفع المشروع عدد الأسرة من 250 إلى 400 سرير.")
    assert [n["qualifier"] for n in facts] == ["eq", "eq"]


@pytest.mark.parametrize("text, subject", [
    ("وتعمل الشركة على رفع طاقة المصنع الإنتاجية إلى 5 ملايين طن سنويا.", "طاقة المصنع الإنتاجية"),
    ("وتسبب ذلك في ارتفاع نسبة البطالة إلى 12% في المحافظة.", "نسبة البطالة"),
    ("ما يرفع عدد الضحايا إلى سبعة أشخاص.", "عدد الضحايا"),
])
def test_the_level_a_moved_metric_reaches_takes_the_metric(fact_tuples, text, subject):
    """«رفع طاقة المطار الاستيعابية إلى 30 مليون مسافر», «وارتفاع نسبة البطالة إلى 41%»: the figure after «إلى» is
    the level the named metric reaches, its subject the metric, not the unit (§3, decision 215)."""
    assert fact_tuples(text)[0][3] == subject


def test_a_duration_reached_after_a_moved_metric_keeps_its_unit(fact_tuples):
    """«وخفض سن القيد إلى 18 عاما», «تقليص وقت انتظار السفن … إلى ثلاث ساعات»: a duration keeps its unit word as
    subject (decisions 185, 212)."""
    assert fact_tuples("وخفضت الوزارة مدة الإجراء إلى 10 أيام.")[0][3] == "أيام"


@pytest.mark.parametrize("text, qualifier", [
    ("ويشترط المشروع توظيف 50 موظفا أو أكثر في كل فرع.", "gte"),
    ("ويحق التصويت لمن بلغ 21 عاما وما فوق.", "gte"),
    ("واعتقلت الشرطة خمسة مشتبهين (على الأقل) في المداهمة.", "gte"),
    ("ويعفى من الرسوم الأطفال بعمر 3 سنوات أو أقل.", "lte"),
    ("ويستمر الحظر 6 أشهر كحد أدنى.", "gte"),
])
def test_a_bound_after_the_figure_and_its_noun(number_facts, text, qualifier):
    """«98 سفينة أو أكثر», «18 عامًا وما فوق», «(على الاقل)», «5 سنوات أو أقل», «كحد أدنى»: a bound written after the
    figure and its noun qualifies it like «أكثر من/أقل من» before it (§3 qualifier)."""
    assert number_facts(text)[0]["qualifier"] == qualifier


def test_more_than_after_a_figure_bounds_the_next_figure(number_facts):
    """«1500 طفل … وأكثر من 150 ألف منزل»: «وأكثر من» opens the next figure's bound, not the first figure's."""
    assert [n["qualifier"] for n in number_facts("وتضرر 300 منزل وأكثر من 40 مدرسة.")] == ["eq", "gt"]


@pytest.mark.parametrize("text", ["ودمرت القوات مدفع هاون عيار 120 وعربة مدرعة.",
                                  "وضبطت الشرطة رشاشا عيار 12.7 ملم.",
                                  "ووصلت الطائرة عند الساعة 14,30 (11,30 تغ).",
                                  "ووقع الانفجار قرابة الساعة 9.15 صباحا (06.15 ت غ)."])
def test_calibres_and_gmt_clock_times_are_no_facts(number_facts, text):
    """«مدفع هاون عيار 160» names the weapon type, like a model number (decision 246); «(06.14 ت غ)», «(01,00 تغ)»
    are clock times in GMT, the wire copy's «توقيت غرينتش» abbreviated (§7 clock times)."""
    assert number_facts(text) == []


def test_a_placing_after_the_team_name_is_a_rank(fact_tuples):
    """«وحل الشباب السعودي خامساً», «فيما حل بروسيا مونشنغلادباخ ثالثا»: a placing verb, the team's name, then the
    ordinal is a placing, rank with subject null (decision 79), also when the name takes two or three words."""
    assert fact_tuples("وحل النادي الأهلي المصري رابعاً في الترتيب العام.") == [("رابعاً", "rank", 4.0, None)]


@pytest.mark.parametrize("text, surface, value", [("وتقام الحديقة على مساحة 2500م2 في الحي.", "2500", 2500.0),
                                                  ("ويضم المبنى قاعة بمساحة 12,450م2، ومصلى.", "12,450", 12450.0)])
def test_a_figure_with_a_glued_area_unit_counts(fact_tuples, text, surface, value):
    """«مساحة 4000م2», «بمساحة 27,987م2»: the unit of area and its exponent glued after the figure are no code; the
    figure is a count measuring the dimension (§3, decision 185)."""
    assert fact_tuples(text) == [(surface, "count", value, "مساحة")]
