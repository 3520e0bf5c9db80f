"""Subject rules of the thirty-ninth pass over real news (economy copy), each on a sentence written for the test (§3
subject: the grammatical subject of بلغ/وصل/انخفض…): a level reached after a change («لتصل إلى», «لتستقر عند»,
«، مستقرة عند», past a comparison aside) takes the change's subject; a verb of change that opens the phrase before a
level verb is no part of its subject; the future of a reaching verb («سيصل») reaches its figure like the present;
an indefinite «نسبة» that a verb of gain, loss or forming takes as its object names the verb's subject; a sum of money
bounded by «لا تقل/تزيد قيمتها عن» measures the value named; a metric noun («عدد») heads the subject past the
prepositions and relative clause between it and the verb; «نسبته» after a witnessed change («سجل X نموا نسبته»)
measures X."""
from __future__ import annotations

import pytest


def subject_of(facts: list[tuple], surface: str) -> str | None:
    return next(subj for s, _, _, subj in facts if s == surface)


@pytest.mark.parametrize("text, level, metric", [
    ("وارتفعت مبيعات الشركة بنسبة 12 في المائة، مقارنة بالعام السابق، لتستقر عند 450 مليون ريال.",
     "450 مليون", "مبيعات الشركة"),
    ("وتراجع عدد الرحلات الداخلية بنسبة 6 في المائة، مستقرا عند 8200 رحلة في الشهر.", "8200", "عدد الرحلات الداخلية"),
    ("وانكمشت الواردات بواقع 8 في المائة لتصل إلى 2.1 تريليون يوان.", "2.1 تريليون", "الواردات"),
])
def test_a_level_reached_after_a_change_takes_its_subject(fact_tuples, text, level, metric):
    """GUIDELINES §7: the level after a change measures what changed, with «إلى/عند» between the level verb and the
    figure, a comma or a «مقارنة ب…» aside between the change and the verb, and a verb of change the direction words
    miss («انكمشت»): the rate's own subject."""
    assert subject_of(fact_tuples(text), level) == metric


def test_a_verb_of_change_opening_the_phrase_is_no_part_of_the_subject(fact_tuples):
    """«وتضاعف العجز التجاري ليبلغ …»: the verb's subject follows it; the subject starts there, not at the verb."""
    facts = fact_tuples("وتضاعف العجز التجاري ليبلغ 40 مليار دولار في النصف الأول.")
    assert subject_of(facts, "40 مليار") == "العجز التجاري"


def test_the_future_of_a_reaching_verb_reaches_its_figure(fact_tuples):
    """«سيصل إلى 40 ألف زائر»: the metric before the future verb, not the noun counted after the figure."""
    facts = fact_tuples("وتتوقع الهيئة أن عدد الزوار سيصل إلى 40 ألف زائر.")
    assert subject_of(facts, "40 ألف") == "عدد الزوار"


@pytest.mark.parametrize("text, rate, subject", [
    ("وبالنسبة لأسهم الطاقة، فقد فقدت نسبة 4 في المائة أمس.", "4 في المائة", "أسهم الطاقة"),
    ("وقاد الارتفاع قطاعا المصارف والتأمين، فأضاف الأول نسبة 2.3 في المئة.", "2.3 في المئة", "الأول"),
    ("وتشكل الإناث نسبة 40 في المائة.", "40 في المائة", "الإناث"),
])
def test_a_share_taken_by_a_verb_of_gain_loss_or_forming_measures_its_subject(fact_tuples, text, rate, subject):
    """An indefinite «نسبة» after «فقد/أضاف/شكّل» is the verb's object: the percent measures the verb's subject,
    said between the verb and «نسبة» or, with nothing between, before the verb (a topic «بالنسبة ل X، فـ…»)."""
    assert subject_of(fact_tuples(text), rate) == subject


def test_a_share_with_no_verb_before_it_stays_the_share(fact_tuples):
    """«فإن نسبة 7%»: no verb takes «نسبة» as its object, so it names the figure itself."""
    assert subject_of(fact_tuples("وقال التاجر إن نسبة 7% هي عمولة الدلال."), "7%") == "نسبة"


@pytest.mark.parametrize("text, figure, subject", [
    ("وتشترط اللائحة امتلاك عقارات لا تقل قيمتها عن 3 ملايين ريال.", "3 ملايين", "قيمتها"),
    ("ونادرا ما تبرم صفقات تزيد قيمتها على خمسة مليارات دولار.", "خمسة مليارات", "قيمتها"),
    ("ويزيد طولها على 150 كيلومتراً.", "150", "كيلومتراً"),
])
def test_money_bounded_by_its_value_measures_the_value(fact_tuples, text, figure, subject):
    """«لا تقل قيمتها عن 3 ملايين ريال»: a sum of money under a split bound measures the possessed value noun; a
    length keeps its unit (the written gold's «يزيد طولها على 280 كيلومتراً»)."""
    assert subject_of(fact_tuples(text), figure) == subject


def test_a_metric_noun_heads_the_subject_past_its_prepositions(fact_tuples):
    """«عدد الحوادث التي وقعت في الطريق خلال اليومين الماضيين بلغت نحو 30 حادثا»: the phrase before the verb that
    starts after a preposition is no subject; the metric noun that heads it is (§3 subject of بلغ/وصل)."""
    facts = fact_tuples("وأضاف المدير أن عدد الشكاوى التي قدمها السكان في الحي خلال العام الماضي بلغت نحو 120 شكوى.")
    assert subject_of(facts, "120").startswith("عدد الشكاوى")


def test_several_of_is_no_metric_head(fact_tuples):
    """«عدد من» is «several»: it heads no metric, so the phrase found before the verb stays."""
    facts = fact_tuples("وقال إن عدد من المدارس التي زارها في المنطقة وصل إلى 15 مدرسة.")
    assert subject_of(facts, "15") == "المنطقة"


@pytest.mark.parametrize("text, rate, subject", [
    ("وكان قطاع البناء قد سجل نموا نسبته 6.2 في المائة العام الماضي.", "6.2 في المائة", "قطاع البناء"),
    ("وشهدت أسعار الأسمنت في المنطقة الشرقية خلال الشهر الماضي تراجعا بلغت نسبته 9 في المائة.", "9 في المائة",
     "أسعار الأسمنت"),
])
def test_its_rate_after_a_witnessed_change_measures_the_witness(fact_tuples, text, rate, subject):
    """«سجل X نموا نسبته N%», «شهدت X تراجعا بلغت نسبته N%»: «its rate» names no metric; the change is X's (§3 subject
    of a change), X before the verb of witnessing or between it and the noun of change."""
    assert subject_of(fact_tuples(text), rate).startswith(subject)


def test_a_verbal_noun_of_gain_takes_no_subject_for_the_share(fact_tuples):
    """«إضافة نسبة 5%» (adding a rate): a verbal noun, not a verb with a subject; «نسبة» stays the subject."""
    facts = fact_tuples("وقررت الهيئة إضافة نسبة 5 في المائة على الرسوم.")
    assert subject_of(facts, "5 في المائة") == "نسبة"


def test_a_percent_in_the_next_named_item_of_a_list_measures_the_same_metric(fact_tuples):
    """«… في ألمانيا 2.9%، وفي بريطانيا 2.4%»: an item that names only where its figure is for, after «، و», has no
    phrase of its own; it measures the metric of the item before it (GUIDELINES §6)."""
    facts = fact_tuples("وسجلت أعلى معدلات البطالة في اليونان 25 في المائة، وفي إسبانيا 22 في المائة.")
    assert subject_of(facts, "22 في المائة").startswith("أعلى معدلات البطالة")


def test_a_percent_after_a_clause_of_its_own_keeps_no_inherited_metric(fact_tuples):
    """A figure whose item has a verb and more than a name before it is no bare list item."""
    facts = fact_tuples("وسجلت أعلى معدلات البطالة في اليونان 25 في المائة، وقال الوزير إن الحكومة تتوقع تراجعها 3 في المائة.")
    assert not (subject_of(facts, "3 في المائة") or "").startswith("أعلى معدلات البطالة")


@pytest.mark.parametrize("text, figure, subject", [
    ("وتراجع مؤشر ثقة المستهلكين إلى 41.2 في مارس مقابل 43.6 في فبراير.", "43.6", "مؤشر ثقة المستهلكين"),
    ("وضبطت الدوريات 620 محاولة تهريب مقابل 410 في الشهر السابق.", "410", "محاولة تهريب"),
])
def test_a_bare_count_compared_with_the_one_before_takes_its_subject(fact_tuples, text, figure, subject):
    """«مقابل 43.6 في فبراير»: a count compared with the figure before it, with no noun of its own, measures what that
    figure measures (GUIDELINES §6)."""
    assert subject_of(fact_tuples(text), figure).startswith(subject)


def test_a_compared_count_with_its_own_noun_keeps_it(fact_tuples):
    """«133 صوتا مقابل 73 صوتا للمنافس»: the compared figure says its noun again."""
    facts = fact_tuples("ونال المرشح 133 صوتا مقابل 73 صوتا لمنافسه.")
    assert subject_of(facts, "73").startswith("صوتا")


def test_the_rate_marker_of_the_figure_before_is_no_metric(fact_tuples):
    """«ارتفع الإنتاج بنسبة 1% مع ارتفاع الصناعات التحويلية بنسبة 0.8%»: the verb before the first figure is not the
    second's, and its «بنسبة» names nothing; the second measures what its own noun of change moves."""
    facts = fact_tuples("وارتفع الإنتاج الصناعي بنسبة 2 في المائة مع ارتفاع صادرات الآلات بنسبة 0.6 في المائة.")
    assert subject_of(facts, "0.6 في المائة") == "صادرات الآلات"


@pytest.mark.parametrize("text, figure, subject", [
    ("وأصيب في الهجوم (45) مابين عسكريين ومدنيين.", "45", "عسكريين ومدنيين"),
    ("وينتظر أن يشارك 300 بين طالب ومعلم.", "300", "طالب ومعلم"),
])
def test_among_in_a_breakdown_is_no_part_of_the_noun_counted(fact_tuples, text, figure, subject):
    """«(37) مابين رجال أمن ومواطنين»: the noun counted starts after «بين/مابين» (the real-train gold in 5 of 5)."""
    assert subject_of(fact_tuples(text), figure) == subject


def test_an_adverb_opening_the_subject_is_left_out(fact_tuples):
    """«وصل بالأمس سعر تبديله إلى 408 ريالات»: the adverb between the verb and its subject is no part of the metric."""
    facts = fact_tuples("وقال التاجر إن الطلب ارتفع فقد وصل بالأمس سعر الصرف إلى 408 ريالات.")
    assert subject_of(facts, "408") == "سعر الصرف"
