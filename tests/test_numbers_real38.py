"""Number rules from the thirty-eighth pass over real news (late opinion, economy and history copy), each on a sentence
written for the test: a percent in words after a name-like head, a bracketed whole figure restated in words, years
before Christ and the pair «عامي X و Y», a year-shaped lower bound of counts (§3 numbers, dates and ranges); and
subjects of metric verbs read past a particle, a time phrase or an adverb, or from a topic «بالنسبة ل X، فـ…»
(§3 subject: the grammatical subject of بلغ/وصل/انخفض…)."""
from __future__ import annotations

import pytest


def found(facts: list[tuple]) -> list[tuple]:
    return [(surface, kind, value) for surface, kind, value, _ in facts]


def subject_of(facts: list[tuple], surface: str) -> str | None:
    return next(subj for s, _, _, subj in facts if s == surface)


def test_percent_in_words_after_a_name_like_head(fact_tuples):
    """«وللحكومة 33 في المائة»: a percent in words is a quantity, so the head before it («الحكومة», read as the head of
    an identifier in «اللجنة 138») names no identifier, and «المائة» alone counts nothing."""
    facts = found(fact_tuples("ويمنح الاتفاق المعارضة 45 في المائة من المقاعد وللحكومة 40 في المائة منها."))
    assert facts == [("45 في المائة", "percent", 45.0), ("40 في المائة", "percent", 40.0)]


def test_a_bracketed_whole_figure_restated_in_words(fact_tuples):
    """«( 1200 ) ألف ومائتا ريال»: a bracketed figure as large as the scale word after it is whole; the words restate
    it as a figure of their own, not a multiplier of the digits."""
    facts = found(fact_tuples("ويصرف لكل عضو مكافأة قدرها ( 1200 ) ألف ومائتا ريال عن كل اجتماع."))
    assert facts == [("1200", "count", 1200.0), ("ألف ومائتا", "count", 1200.0)]


def test_a_bracketed_figure_before_a_larger_scale_still_multiplies(fact_tuples):
    """«(1200) مليون ريال» is 1.2 billion (decision 56): the scale word is larger than the bracketed figure."""
    assert found(fact_tuples("ونفذت الوزارة مشاريع بتكلفة (1200) مليون ريال.")) == [("1200) مليون", "count", 1.2e9)]


@pytest.mark.parametrize("text", [
    "وحكم الملك البلاد بين عامي 1290 و1224 قبل الميلاد وشيد معابد كثيرة.",
    "وتعود النقوش إلى الفترة بين نحو 1550 - 1070 قبل الميلاد.",
    "وشهدت المدينة ازدهارا بين عامي 1250 و1258 حين سقطت.",
])
def test_years_of_the_era_and_of_a_pair_are_dates(fact_tuples, text):
    """«1237 قبل الميلاد», «1567 - 1200 قبل الميلاد», «بين عامي 1320 و1318»: years, dates that count nothing (§3)."""
    assert fact_tuples(text) == []


def test_a_year_shaped_lower_bound_of_counts(fact_tuples):
    """«ما بين 2000 و3000 ميغاواط»: the upper bound is no year, so the lower one counts the same unit (§3 ranges)."""
    facts = found(fact_tuples("وتعتزم الشركة إنشاء محطات بقدرة ما بين 2000 و3000 ميغاواط في الساحل."))
    assert facts == [("2000", "count", 2000.0), ("3000", "count", 3000.0)]


def test_a_span_of_years_stays_dates(fact_tuples):
    assert fact_tuples("وتراجعت الصادرات بين 2009 و2010 في معظم الأسواق.") == []


@pytest.mark.parametrize("text, surface, subject", [
    ("وقال المحلل إن مؤشر الأسهم المحلية قد انتعش بنسبة 9% خلال الأسبوع.", "9%", "مؤشر الأسهم المحلية"),
    ("ويرى الخبراء أن أسعار الشقق ستنخفض بنسبة 12 في المائة العام المقبل.", "12 في المائة", "أسعار الشقق"),
    ("وأضاف أن الناتج المحلي المتوقع في 2016 سيرتفع بنسبة 2.5 في المائة.", "2.5 في المائة", "الناتج المحلي المتوقع"),
])
def test_a_rate_after_a_marked_verb_measures_its_subject(fact_tuples, text, surface, subject):
    """«مؤشر شنغهاي قد انتعش بنسبة 13%», «قيمة طاقة الرياح ستنخفض بنسبة 40%»: the word before «بنسبة» is a verb (after
    «قد», or a metric verb with the future «س»), so the rate measures the verb's subject, not the verb."""
    assert subject_of(fact_tuples(text), surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("وكانت نسبة البطالة قد وصلت في يونيو 2013 إلى 14.2 في المائة.", "14.2 في المائة", "نسبة البطالة"),
    ("ووصلت بالأمس 45 شاحنة محملة بالمساعدات.", "45", "شاحنة محملة بالمساعدات"),
])
def test_a_time_phrase_or_adverb_after_the_verb_is_no_subject(fact_tuples, text, surface, subject):
    """«وصلت في مايو 2014 إلى 11.6%», «كما وصلت بالأمس 60 جثة»: the time phrase or adverb between a metric verb and
    its figure is no metric; the verb's subject stands before it, or, with none there, the noun counted after the
    figure (§3)."""
    assert subject_of(fact_tuples(text), surface) == subject


def test_a_copula_alone_is_no_subject(fact_tuples):
    """«وكانت قد سجلت في مايو 10.3%»: the subject was said in an earlier sentence; the copula is none."""
    facts = fact_tuples("وتراجعت المبيعات الشهر الماضي. وكانت قد سجلت في أبريل من العام الماضي 8.4 في المائة.")
    assert subject_of(facts, "8.4 في المائة") is None


@pytest.mark.parametrize("text, surface, subject", [
    ("وبالنسبة للصادرات غير النفطية، فقد ارتفعت بنسبة 6 في المائة.", "6 في المائة", "لصادرات غير النفطية"),
    ("أما بالنسبة للودائع الحكومية، فقد بلغت 12 في المائة في نهاية العام.", "12 في المائة", "لودائع الحكومية"),
])
def test_the_topic_of_as_for_is_the_subject(fact_tuples, text, surface, subject):
    """«وبالنسبة للمدى الطويل للبطالة، فقد انخفضت بنسبة 0.2%»: the topic that «فـ» answers is the verb's subject (§3);
    the tokenizer parts «ل» from «للصادرات», so the subject opens on «لصادرات»."""
    assert subject_of(fact_tuples(text), surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("وسجلت درجات الحرارة العظمى في المدينة أمس 47 درجة مئوية.", "47", "درجات الحرارة العظمى"),
    ("ويتوقع أن تتراوح الحرارة في المرتفعات بين 12 و16 مئوية.", "16", "الحرارة"),
])
def test_degrees_celsius_measure_the_temperature_named_before(fact_tuples, text, surface, subject):
    """«ودرجات الحرارة مابين 18 إلى 21 مئوية»: a figure of degrees Celsius measures the temperature its clause names
    (§3 subject: the metric), not the unit «درجة مئوية»."""
    assert subject_of(fact_tuples(text), surface) == subject


def test_degrees_without_a_temperature_keep_their_unit(fact_tuples):
    assert subject_of(fact_tuples("ويحفظ الدواء في مكان لا تزيد فيه عن 25 درجة مئوية."), "25") == "درجة مئوية"


@pytest.mark.parametrize("text, surface, subject", [
    ("وطرح البنك ودائع ادخارية جديدة بفائدة 9% سنويا.", "9%", "فائدة"),
    ("وأصدرت الحكومة صكوكا لأجل خمس سنوات بعائد 4.5% للمستثمرين.", "4.5%", "عائد"),
])
def test_a_rate_after_interest_or_yield_measures_it(fact_tuples, text, surface, subject):
    """«شهادات استثمار بفائدة 12%», «بعائد 12%»: the percent is the rate of the interest or yield named right before
    it, as after «نسبة» (§3 subject)."""
    assert subject_of(fact_tuples(text), surface) == subject


def test_the_hijri_year_closing_a_feast_festival_name(fact_tuples):
    """«فعاليات عيد طيبة 36»: two digits 3x closing the name of a feast's festival are the Hijri year 14xx, a date
    (§3), like «مهرجان صيف طيبة 36»; the figures beside it still count."""
    facts = fact_tuples("وتستمر فعاليات عيد جدة 37 حتى نهاية الأسبوع، وتضم 40 عرضا في الحدائق.")
    assert [(s, v) for s, _, v, _ in facts] == [("40", 40.0)]
