"""Number rules from the second pass over real news (issue 15): construct and definite duals, plural
multipliers, event years. Each rule on a sentence written for the test (GUIDELINES §3, §7, decisions 33, 58, 74)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(number_facts):
    """text -> [(surface, type, value, subject surface or None, period)] of the number stage's facts."""

    def run(text: str) -> list[tuple]:
        return [(text[n["start"]:n["end"]], n["type"], n["value"], text[slice(*n["subject"])] if n["subject"] else None,
                 n["period"]) for n in number_facts(text)]

    return run


@pytest.mark.parametrize("text, dual, subject_first", [
    ("وأصيب ضابطي الأمن بجروح طفيفة أثناء المداهمة.", "ضابطي", "ضابطي"),
    ("وزار الوفد مخيمي اللاجئين في المنطقة.", "مخيمي", "مخيمي"),  # («على جانبي الطريق» is a paired part, dec. 290)
    ("وتكثر الحركة في موسمي الحج والعمرة كل عام.", "موسمي", "موسمي"),
    ("وتراجعت أرباح قطاعي البتروكيماويات والإسمنت خلال الربع.", "قطاعي", "قطاعي"),
])
def test_masculine_construct_dual(read, text, dual, subject_first):
    """A masculine dual in construct (-ي) before a definite genitive counts two (decision 33), its span the dual
    word and its subject the noun phrase it heads (decision 74)."""
    facts = read(text)
    assert [(s, t, v) for s, t, v, _, _ in facts] == [(dual, "count", 2.0)]
    assert facts[0][3].split()[0] == subject_first


@pytest.mark.parametrize("text", [
    "واجتمع مديري التعليم في المناطق لمناقشة الخطة.",  # a sound plural in construct («مديرو التعليم»)
    "وتعود الخسارة بشكل رئيسي إلى ارتفاع التكاليف.",  # a nisba adverb before a preposition
    "ورفع البنك المركزي الفائدة، وقال إن حسبي الله كلمة يرددها الناس.",  # the article; an idiom
    "وقد يكون المتهم غير محددي الهوية في السجلات.",  # an adjective in construct after «غير»
])
def test_construct_forms_that_are_not_duals(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, dual", [
    ("وتتواصل المفاوضات بين البلدين منذ أشهر.", "البلدين"),
    ("وجرى تبادل الأسرى بين الطرفين عند المعبر.", "الطرفين"),
    ("وأثنى المدير على هذين الضابطين لشجاعتهما.", "الضابطين"),
    ("وتقع هاتين المنطقتين في شمال المحافظة.", "المنطقتين"),
])
def test_definite_dual_after_between_or_demonstrative(read, text, dual):
    """«بين البلدين», «هذين الضابطين»: a definite dual, anaphoric included, counts two (decision 33)."""
    assert [(s, t, v, subj.split()[0]) for s, t, v, subj, _ in read(text)] == [(dual, "count", 2.0, dual)]


@pytest.mark.parametrize("text", [
    "ويتعايش الناس بين المدنيين في الأحياء القديمة.",  # a sound plural («المدنيون»)
    "وقسمت الجوائز بين المواطنين والمقيمين بالتساوي.",  # coordinated plurals after «بين»
])
def test_plural_after_between_is_no_dual(read, text):
    assert read(text) == []


def test_plural_trillions(read):
    """«تريليونات» is a plural multiplier: after a count it scales it, alone it is vague (§7, like «مليارات»)."""
    assert [(s, v) for s, _, v, _, _ in read("وبلغت الديون 3 تريليونات دولار.")] == [("3 تريليونات", 3e12)]
    assert read("وأنفقت الدول تريليونات الدولارات على التسلح.") == []


@pytest.mark.parametrize("text", [
    "وقال المريض إن حالتي الصحية تحسنت كثيرا بعد العلاج.",  # a feminine adjective after the -تي form
    "وعقد الاجتماع برئاستي بعد الظهر.",  # a preposition after it
])
def test_feminine_possessive_is_no_construct_dual(read, text):
    """«حالتي الصحية» is «my condition»: a construct dual is followed by its genitive noun."""
    assert read(text) == []


def test_feminine_construct_dual_before_a_name(read):
    assert [(s, v) for s, _, v, _, _ in read("وسقطت قذائف على بلدتي كفرنبل وسراقب أمس.")] == [("بلدتي", 2.0)]


def test_year_after_a_comma_or_relative_dates_another_event(read):
    """«… في الإقليم، الذي ضم إلى الدولة في 1975»: a year after the figure, past a comma or a relative pronoun,
    is the date of another event, not the figure's period (GUIDELINES §3 «an event date is never a period»)."""
    facts = read("وقتل ثلاثة جنود في الهجوم على الإقليم، الذي ضم إلى الدولة في 1975 بعد الحرب.")
    assert [(s, v, p) for s, _, v, _, p in facts] == [("ثلاثة", 3.0, None)]
    facts = read("وسجلت الشرطة 40 حادثا في 2014 في المدينة.")
    assert [(s, p) for s, _, _, _, p in facts] == [("40", "2014")]


def test_hijri_year_named_by_am_is_a_period(read):
    """«خلال عام 1435» is a Hijri year in digits (§7: the period as written), as «عام 1436هـ» is."""
    facts = read("وراجع العيادة 1250 مريضا خلال عام 1435 بحسب التقرير.")
    assert [(s, v, p) for s, _, v, _, p in facts] == [("1250", 1250.0, "1435")]


def test_range_shares_the_upper_multiplier(read):
    """«بين 7.5 و8 مليارات»: the multiplier said once after the upper bound scales the lower one too (§7 ranges)."""
    facts = read("ويتوقع أن تبلغ الإيرادات ما بين 7.5 و8 مليارات درهم سنويا.")
    assert [(s, v) for s, _, v, _, _ in facts] == [("7.5", 7.5e9), ("8 مليارات", 8e9)]
    facts = read("وتتراوح الغرامة بين 500 و3 آلاف ريال.")  # (500 is not below 3: its own figure)
    assert [(s, v) for s, _, v, _, _ in facts] == [("500", 500.0), ("3 آلاف", 3000.0)]


def test_glued_twelve(read):
    """«باثنتي عشرة طعنة»: a proclitic glued to «اثنتي» leaves twelve one fact, the proclitic outside (§3)."""
    assert [(s, v) for s, _, v, _, _ in read("وقضت المحكمة بسجنه لاثنتي عشرة سنة.")] == [("اثنتي عشرة", 12.0)]


@pytest.mark.parametrize("text, dual", [
    ("وفكك الخبراء عبوتين ناسفتين قرب الجسر.", "عبوتين"),
    ("وصدر الحكم بحق عنصرين متورطين في التهريب.", "عنصرين"),
    ("وتقدمت القوات من اتجاهين مختلفين نحو البلدة.", "اتجاهين"),
])
def test_dual_with_agreeing_adjective(read, text, dual):
    """An indefinite -ين noun with an agreeing -ين adjective: a feminine -تين pair, or a noun with no sound plural
    in the word counts, is a dual (decision 74: span the dual word, subject the phrase)."""
    facts = read(text)
    assert [(s, v) for s, _, v, _, _ in facts] == [(dual, 2.0)]
    assert facts[0][3].split()[0] == dual


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة مسلحين مجهولين في الحي.",  # «مسلحون»: a sound plural
    "وقد يكونون مغيبين ومؤدلجين.",  # coordinated, no adjective
])
def test_plural_with_adjective_is_no_dual(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, surface", [
    ("وزار المعرض ما يقرب من 2010 زائرين في يومه الأول.", "2010"),
    ("ودفع الزائر 1950 ريالا رسوم الإقامة.", "1950"),
])
def test_year_shaped_count(read, text, surface):
    """A year-shaped figure after «ما يقرب من» or before a currency is a count, not a year (§3 money)."""
    assert [(s, t, v) for s, t, v, _, _ in read(text)] == [(surface, "count", float(surface))]


def test_year_is_still_a_year(read):
    assert read("وفي 1950 شهدت المدينة أول مهرجان.") == []


@pytest.mark.parametrize("text, dual", [
    ("وأصيب والداه بجروح خطيرة في الحريق.", "والداه"),
    ("وتعرفت الشرطة على والدي الطفل المفقود.", "والدي"),
])
def test_parents_dual(read, text, dual):
    """«والداه», «والدي الطفل»: the parents of someone are a dual with a real referent (decision 33)."""
    assert [(s, v, subj.split()[0]) for s, _, v, subj, _ in read(text)] == [(dual, 2.0, dual)]


def test_generic_parents_and_my_father(read):
    assert read("ويجب أن يكون الابن بارا بوالديه، وقال والدي إن العمل عبادة.") == []


@pytest.mark.parametrize("text, dual", [
    ("ووقع الاتفاق كلا الطرفين بعد مفاوضات طويلة.", "الطرفين"),
    ("وتألق الحارس في صد الهدفين الأول والثاني من ركلات الترجيح.", "الهدفين"),
])
def test_definite_dual_after_both_or_before_first_and_second(read, text, dual):
    assert [(s, v) for s, _, v, _, _ in read(text) if v == 2.0] == [(dual, 2.0)]


def test_glued_preposition_outside_the_dual(read):
    """«بعيارين ناريين»: the glued «ب» stays outside the dual's span (§3 «لسبع» → «سبع»)."""
    assert [(s, v) for s, _, v, _, _ in read("وأصيب الحارس بعيارين ناريين في ساقه.")] == [("عيارين", 2.0)]


def test_age_in_brackets_after_a_count_keeps_its_unit(read):
    """«نقل والداه وأخته (6 أعوام)»: an age after a count is no restatement of it (decision 35: unit subject)."""
    facts = read("ونقل والداه وأخته (6 أعوام) إلى المستشفى.")
    assert [(s, t, subj) for s, t, _, subj, _ in facts] == [("والداه", "count", "والداه"), ("6", "duration", "أعوام")]


@pytest.mark.parametrize("text", [
    "وحصلت الشركة على شهادة الأيزو 9001 في الجودة.",  # a standard
    "وتحتوي الأسماك على أحماض أوميجا 3 المفيدة.",  # a nutrient's name
    "وارتفع سعر لتر بنزين 95 في المحطات.",  # a fuel grade
])
def test_names_with_a_number_are_no_facts(read, text):
    """A number that names a standard, a nutrient or a fuel grade is an identifier (§3 «not facts»)."""
    assert read(text) == []


def test_ordinal_on_a_scale_is_a_rank(read):
    """«الثاني عالمياً»: a placing on a named scale is a rank (decision 79), «و» outside its span."""
    facts = read("وحلت الجامعة في المركز الأول خليجيا والثالث عربيا في التصنيف.")
    assert [(s, t, v) for s, t, v, _, _ in facts] == [("الأول", "rank", 1.0), ("الثالث", "rank", 3.0)]
    assert read("وقال المتهم الثاني إنه بريء.") == []


def test_masculine_construct_dual_before_an_indefinite_genitive(read):
    """«ضابطي شرطة»: an indefinite genitive too, when the -ي form never takes the article (no nisba adjective)."""
    assert [(s, v) for s, _, v, _, _ in read("واعتقلت الدورية ضابطي شرطة متهمين بالرشوة.")] == [("ضابطي", 2.0)]
    assert read("ويصرف للموظف راتب شهري ثابت.") == []  # («الشهري»: an adjective)
