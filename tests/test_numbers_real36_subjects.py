"""Subject rules from the thirty-sixth pass over real news (§3 subject: the metric a reaching or change verb
predicates of the figure), each on a sentence written for the test with its entities marked inline."""
from __future__ import annotations

import pytest


def subject_of(facts: list[tuple], surface: str) -> str | None:
    return next(subj for s, _, subj in facts if s == surface)


@pytest.mark.parametrize("marked, surface, subject", [
    ("وقال [[المصرف المركزي|ORG]] إن ودائع المصارف المحلية تراجعت في مارس الماضي إلى 41.2 مليار دينار.",
     "41.2 مليار", "ودائع المصارف المحلية"),
    ("وأوضح التقرير أن إيرادات الموانئ ارتفعت خلال الربع الأول إلى 870 مليون ريال.", "870 مليون",
     "إيرادات الموانئ"),
    ("وذكرت الهيئة أن الواردات تراجعت 6.3 في المائة على أساس سنوي إلى 2.4 مليار دولار.", "2.4 مليار",
     "الواردات"),
    ("وأكد أن عدد الحجوزات قد زاد خلال العطلة بنسبة 35%.", "35%", "عدد الحجوزات"),
    ("ويتوقع الخبراء أن الطلب على الكهرباء سوف يصل في عام 2030 إلى 95 ألف ميغاواط.", "95 ألف",
     "الطلب على الكهرباء"),
])
def test_a_level_after_a_verb_whose_subject_comes_first(marked_facts, marked, surface, subject):
    """«إن الاحتياطات انخفضت في يوليو إلى 18.5 مليار دولار», «إن الصادرات انخفضت 8.9% إلى 1.19 تريليون يوان»: a change
    or reaching verb with its subject before it (subject–verb order after «أن/إن») and a time or place phrase or its
    change figure right after it: the figure's subject is the noun phrase before the verb, not the time phrase nor
    the currency (§3 subject of انخفض/ارتفع/وصل)."""
    assert subject_of(marked_facts(marked), surface) == subject


def test_a_verb_glued_to_wa_takes_no_subject_before_it(marked_facts):
    """«وبلغ في معرض الرياض عدد الزوار …»: a verb glued to «و» opens its own clause, its subject after it, so the
    noun phrase of the clause before is not taken (§3)."""
    facts = marked_facts("وتحسن قطاع السياحة هذا العام، وارتفع في الصيف عدد الزوار إلى 40 ألف زائر.")
    assert "السياحة" not in (subject_of(facts, "40 ألف") or "")


@pytest.mark.parametrize("marked, surface, subject", [
    ("ووقعت الحكومة اتفاقية تمويل تبلغ قيمتها 240 مليون دولار لبناء السدود.", "240 مليون", "قيمتها"),
    ("وطرحت [[الشركة|ORG]] سندات جديدة يبلغ إجمالي قيمتها 6.7 مليار ريال.", "6.7 مليار", "إجمالي قيمتها"),
    ("وتضمن الخطة الودائع التي تصل قيمتها إلى خمسين ألف يورو.", "خمسين ألف", "قيمتها"),
])
def test_its_value_after_a_reaching_verb_is_the_subject(marked_facts, marked, surface, subject):
    """«التي تبلغ قيمتها 315 مليار يورو», «يبلغ إجمالي قيمتها 15.56 مليار دولار»: «its value» is the subject of the
    reaching verb whose predicate the money figure is (§3, decision 293), not null as after «بقيمة»."""
    assert subject_of(marked_facts(marked), surface) == subject


def test_its_value_after_a_bare_noun_stays_null(marked_facts):
    """«ومنحها قرضا قيمته 100 مليون دولار»: «its value» right after the noun, no verb, is no subject (decision 76)."""
    assert subject_of(marked_facts("ومنحت الحكومة المزارعين قرضا قيمته 30 مليون دينار."), "30 مليون") is None


@pytest.mark.parametrize("marked, surface", [
    ("وقبلت [[الجامعة|ORG]] 40% من المتقدمين، أي 12 ألف طالب.", "12 ألف"),
    ("ويبلغ العجز 20 مليار دولار، أي ما يوازي 75 مليار ريال.", "75 مليار"),
    ("وبلغ الاحتياطي 300 مليار دولار، تعادل 1125 مليار ريال.", "1125 مليار"),
    ("وتحرس المدينة ستة آلاف جندي أي ثلث قوات الجيش.", "ثلث"),
    ("وجمعت الحملة 4 ملايين دولار، أي ما يفوق 15 مليون ريال.", "15 مليون"),
])
def test_a_restatement_after_ay_has_no_subject(marked_facts, marked, surface):
    """«أي 15 ألف طالب», «أي ربع قوات الشرطة», «أي ما مجمله 29 مليار دولار», «وهي تعادل 130 مليار دولار»: a figure that
    restates the one before it, after «أي (ما)» or a verb of equivalence, has subject null (§3 restatement)."""
    assert subject_of(marked_facts(marked), surface) is None


@pytest.mark.parametrize("marked, surface, subject", [
    ("ولم يسيطر أي من الحزبين على البرلمان.", "الحزبين", "الحزبين"),
    ("وانتهت المباراة الأولى بعد تعادل الفريقين في الوقت الأصلي.", "الفريقين", "الفريقين"),
    ("وتبقى الهدنة سارية طوال مدتها أي عشر سنوات.", "عشر", "سنوات"),
])
def test_no_restatement_for_any_of_a_draw_or_a_duration(marked_facts, marked, surface, subject):
    """«أي من البلدين» (any of the two), «تعادل الطرفين» (the two sides drew) and a duration after «أي» («أي عشر
    سنوات», its unit the subject) restate no figure."""
    assert subject_of(marked_facts(marked), surface) == subject


@pytest.mark.parametrize("marked, surface", [
    ("وتضم الجامعة 40 كلية، منها 25 للطلاب والباقي للطالبات.", "25"),
    ("وقالت اللجنة إنها اختارت ثلاثة للمشاركة في التحكيم.", "ثلاثة"),
])
def test_a_phrase_with_a_glued_preposition_is_no_counted_noun(marked_facts, marked, surface):
    """«منها حوالي 38 للبنين», «رشح اثنين للانضمام لمجموعة العمل»: a figure followed by «ل/ب» and the article counts a
    noun not stated (a counted noun after a figure is indefinite), subject null (adjudication 34)."""
    assert subject_of(marked_facts(marked), surface) is None


def test_an_indefinite_noun_opening_with_ba_is_still_counted(marked_facts):
    """«12 بالغا»: a noun whose own letters open with «بال» is counted as usual."""
    assert subject_of(marked_facts("وأصيب 12 بالغا في الحادث."), "12") == "بالغا"


@pytest.mark.parametrize("marked, surface, subject", [
    ("وأتاحت الخطة استقبال ما يصل إلى 500 طالب في الفصل الأول.", "500", "طالب"),
    ("وحذرت المنظمة من نزوح ما يصل إلى نحو 30 ألف أسرة خلال الشتاء.", "30 ألف", "أسرة"),
])
def test_up_to_counts_the_noun_after_the_figure(marked_facts, marked, surface, subject):
    """«عبور ما يصل إلى 50 سفينة», «بحياة ما يصل إلى 3976 شخصا»: «ما يصل إلى» is «up to», a bound on the figure; the
    subject is the noun counted after it, not the verbal noun before «ما» (§3 count)."""
    assert subject_of(marked_facts(marked), surface) == subject


def test_at_a_rate_of_after_a_comma_counts_the_unit(marked_facts):
    """«…، بمعدل 5 آلاف وجبة يومياً»: «ب» + «معدل» opening the phrase is «at a rate of», not the metric noun of a
    nominal sentence; the figure counts the noun after it, as without the comma (§3 count)."""
    facts = marked_facts("ووزعت الجمعية 90 ألف سلة غذائية خلال الشهر، بمعدل 3 آلاف سلة يومياً.")
    assert subject_of(facts, "3 آلاف").startswith("سلة")


def test_a_number_of_before_a_figure_counts_the_noun_after_it(marked_facts):
    """«وعدد ثلاث كليات في مكة المكرمة»: a bare «(و)عدد» right before a figure is «a number of» (official copy), no
    metric of a nominal sentence; the figure counts the noun after it (§3 count)."""
    facts = marked_facts("وتسلمت الوزارة مدرستين في الرياض، وعدد أربع مدارس في جدة.")
    assert subject_of(facts, "أربع") == "مدارس"


def test_a_second_measure_of_the_same_change_shares_its_subject(marked_facts):
    """«ارتفعت تكاليف العمالة بنسبة 2.2% في منطقة اليورو، وبنسبة 2.5% في الاتحاد»: «وبنسبة» adds a second measure of
    the change before it, the same metric (GUIDELINES §6)."""
    facts = marked_facts("وارتفعت أسعار المساكن بنسبة 3 في المائة في العاصمة، وبنسبة 5 في المائة في المدن الأخرى.")
    assert subject_of(facts, "3 في المائة") == subject_of(facts, "5 في المائة") == "أسعار المساكن"


@pytest.mark.parametrize("marked, subject", [
    ("وشهدت أسعار الأراضي الزراعية ارتفاعاً بنسبة 8% خلال العام.", "أسعار الأراضي الزراعية"),
    ("وعرفت صادرات الأسماك انخفاضا بنسبة 4.5% في الربع الأخير.", "صادرات الأسماك"),
])
def test_a_change_seen_by_its_metric(marked_facts, marked, subject):
    """«شهدت أسعار الشقق انخفاضاً بنسبة 3.5%»: a direction noun, the object of «شهد/سجل/عرف», right before the change
    figure changes the verb's subject (§3 subject of a change)."""
    facts = marked_facts(marked)
    assert [subj.startswith(subject) for s, _, subj in facts if s.endswith("%")] == [True]


@pytest.mark.parametrize("marked, subject", [
    ("وتهدف الخطة إلى تخفيض تكاليف صيانة الطرق الريفية بنسبة 30 في المائة.", "تكاليف صيانة الطرق الريفية"),
    ("وقررت الهيئة تقليص انبعاثات المصانع في المنطقة بنسبة 25%.", "انبعاثات المصانع"),
    ("وستزيد صادرات الزيتون بنسبة 12% هذا العام وفق التقديرات.", "صادرات الزيتون"),
])
def test_a_rate_after_a_verb_of_change_measures_its_whole_noun_phrase(marked_facts, marked, subject):
    """«تخفيض تكاليف بطارية السيارة الكهربائية بنسبة 50%», «تقليص احتياطات اليورانيوم المخصب في إيران بنسبة 98%»: the
    rate measures the noun phrase right after the verb or verbal noun of change, its construct head first and up to
    a preposition, not the last noun before «بنسبة» (§3 subject)."""
    facts = marked_facts(marked)
    assert [subj for s, _, subj in facts if s.endswith(("%", "المائة"))] == [subject]


def test_a_month_glossed_in_brackets_does_not_cut_the_phrase(marked_facts):
    """«إن قيمة التجارة الخارجية خلال يوليو (تموز) الماضي بلغت 13.6 تريليون يوان»: the other name of the month in
    brackets is no phrase break, so the verb and its metric before it are still read (§3 subject)."""
    facts = marked_facts("وأعلنت الهيئة أن عائدات السياحة خلال أغسطس (آب) الماضي بلغت 2.4 مليار دولار.")
    assert subject_of(facts, "2.4 مليار").startswith("عائدات السياحة")


@pytest.mark.parametrize("marked, surface, subject", [
    ("وقالت الأرصاد إنه حيث بلغت درجة الحرارة في [[الرياض|LOC]] 46 بينما سجلت في [[الدمام|LOC]] 44 درجة.", "46",
     "درجة الحرارة"),
    ("وقد تجاوزت أسعار الذهب في الأسواق المحلية 250 ريالا للغرام.", "250", "أسعار الذهب"),
])
def test_a_reaching_verb_its_construct_subject_and_a_place_before_the_figure(marked_facts, marked, surface, subject):
    """«حيث بلغت درجة الحرارة في عمان 41», «تجاوزت درجات الحرارة في مدينة العقبة 47 درجة مئوية»: the figure is the
    predicate of the verb, its subject the construct after the verb, a place or time phrase between (§3 subject)."""
    assert subject_of(marked_facts(marked), surface).startswith(subject)


def test_a_figure_inside_a_time_phrase_after_the_verb_is_no_predicate(marked_facts):
    """«بلغ صافي الخسارة في الستة أشهر الأولى …»: a duration inside the time phrase keeps its unit as subject."""
    facts = marked_facts("وبلغ صافي أرباح الشركة في التسعة أشهر الأولى من العام 200 مليون ريال.")
    assert subject_of(facts, "التسعة").startswith("أشهر")


@pytest.mark.parametrize("marked, surface, subject", [
    ("وبلغت صادرات الكويت 2.1 مليار دولار. أما صادرات البحرين فبلغت 900 مليون دولار.", "900 مليون",
     "صادرات البحرين"),
    ("وتراجعت المعدلات هذا العام، بينما كانت المعدلات قد سجلت 4.2 في المائة العام الماضي.", "4.2 في المائة",
     "المعدلات"),
])
def test_the_subject_starts_after_amma_or_a_copula(marked_facts, marked, surface, subject):
    """«أما إصدارات السعودية فبلغت 1.57 مليارات دولار», «بينما كانت المعدلات قد سجلت 1.6%»: the topic particle «أما»
    and a copula are no part of the metric (§3 subject: the noun phrase measured)."""
    assert subject_of(marked_facts(marked), surface) == subject
