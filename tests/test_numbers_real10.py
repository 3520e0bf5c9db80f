"""Number rules from the tenth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 dates and identifiers, decisions 14, 34, 148, 204)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subjects", [
    ("وأسفر الانفجار عن مقتل سبعة أشخاص على الأقل وجرح 12 في سوق المدينة.", ["أشخاص", "أشخاص"]),
    ("قتل 11 جنديا وأصيب نحو 20 في الهجوم على الحاجز.", ["جنديا", "جنديا"]),
    ("وأعلنت الشرطة مقتل أربعة من رجال الأمن وإصابة ستة في الاشتباك.", ["رجال الأمن", "رجال الأمن"]),
])
def test_wounded_take_the_noun_of_the_dead(fact_tuples, text, subjects):
    """«قتل 19 شخصا وأصيب 43»: the bare figure of the wounded after «وجرح/وأصيب/وإصابة» is counted in the noun said
    with the dead (decision 148: a figure with no noun of its own takes the one stated earlier in its sentence)."""
    assert [subject.split()[0] if subject else None for *_, subject in fact_tuples(text)] \
        == [s.split()[0] for s in subjects]


@pytest.mark.parametrize("text", [
    "أسفر الحادث عن مصرع ثلاثة وإصابة خمسة على الطريق الدولي.",
    "قتل 5 من رجال الأمن وسائق، وإصابة 11 في المدينة.",
])
def test_wounded_without_a_noun_before_stay_null(fact_tuples, text):
    """No noun with the dead, or a comma that closes their list: the wounded figure keeps subject null (decision 34)."""
    assert fact_tuples(text)[-1][3] is None


def test_appointment_grade_is_no_rank(fact_tuples):
    """«تعيين X (post) بالمرتبة N بـ ORG»: the grade of an appointment is a label, no fact (decision 204)."""
    text = ("وقرر المجلس تعيين خالد الراشد (مستشار مالي) بالمرتبة 15 بوزارة المالية، وسعد العلي (مدير عام) "
            "بالمرتبة الرابعة عشرة بوزارة النقل.")
    assert fact_tuples(text) == []


def test_place_among_others_stays_a_rank(fact_tuples):
    """Without the bracketed post, «بالمرتبة الثالثة» places the team among others: a rank (decision 14)."""
    assert fact_tuples("وحل المنتخب بالمرتبة الثالثة في البطولة.") == [("الثالثة", "rank", 3.0, None)]


@pytest.mark.parametrize("text", [
    "تعقد الجلسة في 20 أو 21 مارس المقبل.",
    "يرصد الفلكيون الظاهرة فجر 11 و12 من شهر سبتمبر.",
    "عقد الملتقى خلال المدة من 9 إلى 12/4/1437هـ في الرياض.",
    "عقد الملتقى خلال الفترة من 5 ــ 7/3/1436هـ في جدة.",
    "وصرفت الدفعة الأولى في 25 من ذلك الشهر.",
    "وسيتم في 15 من كل شهر إعلان الأسعار الجديدة.",
])
def test_days_of_a_month_are_dates(fact_tuples, text):
    """Days paired before their month («20 أو 21 مارس», «11 و12 من شهر سبتمبر», «من 9 إلى 12/4/1437هـ») and a day
    «في N من ذلك الشهر» are dates, no facts (GUIDELINES §3)."""
    assert fact_tuples(text) == []


def test_figures_before_a_month_reference_stay_without_fi(fact_tuples):
    """A figure not introduced by «في» before «من الشهر الجاري» is a level, not a day («استقر المؤشر عند 14»)."""
    assert [v for _, _, v, _ in fact_tuples("واستقر المؤشر عند 14 من الشهر الجاري.")] == [14.0]


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على معسكر اللواء 33 مدرع بعد معارك، ثم اقتحمت معسكر 14 مشاة.",
    "وقصفت الطائرات مقر اللواء 27 في المدينة.",
])
def test_military_unit_numbers_are_names(fact_tuples, text):
    """«اللواء 15 مشاة», «معسكر 15 مشاة»: the number names a unit, like «اللجنة 138» (GUIDELINES §3)."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", [
    "وتتوقع الشركة أن يشبه آيفون 8 في شكله آيفون 5 و 6.",
    "وأطلقت سامسونج جالكسي نوت 7 وقبله نيكسوس 5.",
    "تحطمت طائرة من طراز إمبراير فينوم 100 أمس.",
])
def test_product_model_numbers_are_names(fact_tuples, text):
    """«آيفون 7», «جالكسي نوت 5», «فينوم 300»: a model's number is part of its name, no amount (GUIDELINES §3)."""
    assert fact_tuples(text) == []


def test_counts_after_a_model_still_count(fact_tuples):
    """A multiplier or a counted noun after the figure keeps it a count: «باعت آيفون 5 ملايين جهاز» is 5 million."""
    assert [v for _, _, v, _ in fact_tuples("وباعت الشركة من آيفون 5 ملايين جهاز.")] == [5000000.0]


@pytest.mark.parametrize("text", [
    "وبنيت القلعة في القرن 16 وجددت في القرن الثامن عشر.",
    "ونحن في القرن الواحد والعشرين، وقد عاش في القرن الحادى عشر الميلادي.",
])
def test_century_ordinals_are_no_facts(fact_tuples, text):
    """«القرن 17», «القرن الحادى عشر», «القرن الواحد والعشرين» name a time, like a year: no fact (GUIDELINES §3,
    decision 14)."""
    assert fact_tuples(text) == []


def test_a_century_as_a_duration_still_counts(fact_tuples):
    """«بعد قرن ونصف» is an amount of time (1.5 centuries), not an ordinal after «القرن»."""
    assert [(s, t, v) for s, t, v, _ in fact_tuples("وبعد قرن ونصف عادت الأسرة.")] == [("قرن ونصف", "duration", 1.5)]


@pytest.mark.parametrize("text", [
    "وحاصرت القوات البلدة من الجهات الأربع.",
    "ودعا الخطيب إلى حفظ الضروريات الخمس.",
    "وسيطرت شركات النفط الكبرى الأخوات السبع على السوق.",
])
def test_numbered_idioms_are_no_facts(fact_tuples, text):
    """«الجهات الأربع», «الضروريات الخمس», «الأخوات السبع» name a whole, counting nothing (decision 14)."""
    assert fact_tuples(text) == []


def test_a_definite_count_after_its_noun_stays(fact_tuples):
    """«الدول الأربع» counts the four states it speaks of (decision 34: «المدن الثلاث» → 3, subject «المدن»)."""
    assert fact_tuples("وشارك وزراء الدول الأربع في القمة.") == [("الأربع", "count", 4.0, "الدول")]


@pytest.mark.parametrize("text, value", [
    ("وتم تطوير الممشى بطول يقدر بـ»4.5» كلم على الواجهة.", 4.5),
    ("ويضم المشروع مواقف تتسع لـ»600» سيارة.", 600.0),
    ("ونفذ المشروع بتكلفة إجمالية قدرت بـ»42» مليون ريال.", 42000000.0),
])
def test_figure_between_reversed_quotes(fact_tuples, text, value):
    """«بـ»3.5» كلم», «بـ»37» مليون ريال»: a figure quoted for emphasis with «»» on both sides is a fact, its
    multiplier after the closing mark included (decision 56)."""
    assert [v for _, _, v, _ in fact_tuples(text)] == [value]
