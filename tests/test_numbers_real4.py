"""Number rules from the fourth pass over real news (issue 15): the fraction «ثلثي», «عقد ونصف», year-shaped counts,
identifiers and km markers, participles and verbal nouns that look dual, results and minutes, possessed duals,
construct duals before a named pair, and subjects shared along lists, ranges and «من» comparisons. Each rule on a
sentence written for the test (GUIDELINES §Numbers, §3, §7, decision 34)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(fact_tuples):
    return fact_tuples


@pytest.mark.parametrize("text, surface", [
    ("وتغطي المزارع ثلثي أراضي الوادي الخصبة.", "ثلثي"),
    ("ويحتاج القرار إلى تصويت الثلثين في المجلس.", "الثلثين"),
])
def test_two_thirds_is_a_fraction(read, text, surface):
    """«ثلثي»/«الثلثين» is the fraction two thirds, a count 0.667 like «نصف» (GUIDELINES §Numbers, decision 34)."""
    assert [(s, t, round(v, 4)) for s, t, v, _ in read(text)] == [(surface, "count", 0.6667)]


def test_decade_and_a_half_is_a_duration(read):
    """«عقد ونصف» is one and a half decades, a duration 1.5 like «عام ونصف» (GUIDELINES §7 durations)."""
    assert [(s, t, v) for s, t, v, _ in read("وعاشت الأسرة في المهجر عقد ونصف قبل عودتها.")] == [
        ("عقد ونصف", "duration", 1.5)]


@pytest.mark.parametrize("text, surface, value", [
    ("وأطلقت المدفعية الثقيلة 2031 قذيفة على المواقع.", "2031", 2031.0),
    ("ويتسع الملعب الجديد لجلوس ١٩٥٠ متفرج في المدرجات.", "١٩٥٠", 1950.0),
])
def test_year_shaped_figure_before_its_noun_counts(read, text, surface, value):
    """A year-shaped figure after a plain word and before a bare noun counts that noun (§3 counts)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(surface, "count", value)]


@pytest.mark.parametrize("text", [
    "وكان الشاعر من مواليد دمشق 1975 وهو أب لثلاثة.",
    "وفي 2012 أعلنت الوزارة خطتها الجديدة.",
    "ووقع الاتفاق في تشرين الثاني 1999 بحضور الوزير.",
])
def test_year_before_a_clause_stays_a_year(read, text):
    """A year before a clause, after a month or a preposition, is no count (GUIDELINES §7 periods)."""
    assert [s for s, *_ in read(text) if s[:2] in ("19", "20")] == []


@pytest.mark.parametrize("text", [
    "وتشمل الأعمال أحياء الصفا وك22 الشمالي والمروة.",
    "وبدأ تنفيذ الشبكة في حي كليو 9 الغربي هذا الأسبوع.",
])
def test_kilo_marker_names_a_district(read, text):
    """«ك22»/«كليو 9» is «كيلو 22», a km marker naming a district, no count (GUIDELINES §3 identifiers)."""
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "وتبرع رجل الأعمال لمستشفى القلب (90210) مؤكداً أن الدعم سيستمر.",
    "وتم تنفيذ الشبكة في مخطط النسيم و(707) جنوب المدينة.",
])
def test_bracketed_name_before_direction_or_saying(read, text):
    """A bracketed figure after a name and before a direction or a verb of saying names a place (§3 identifiers)."""
    assert read(text) == []


def test_bracketed_count_still_counts(read):
    assert [(s, v) for s, _, v, _ in read("ونفذت الأمانة (121) مشروعا في الأحياء.")] == [("121", 121.0)]


@pytest.mark.parametrize("text", [
    "وخرج الأهالي إلى الساحة حاملين معهم صور الشهداء.",
    "وتجمع المحتجون أمام المبنى هاتفين “نريد العدالة” حتى المساء.",
    "وأشاد النواب بالقرار، عادّين ذلك إنجازا كبيرا.",
])
def test_participle_with_an_object_is_no_dual(read, text):
    """«حاملين معهم»، «هاتفين “…”»، «عادّين ذلك»: an accusative participle taking an object is a plural (§3 duals)."""
    assert [s for s, t, v, _ in read(text) if v == 2] == []


def test_dual_noun_before_a_preposition_still_counts(read):
    assert [(s, v) for s, _, v, _ in read("وأصيب جنديين في الانفجار.")] == [("جنديين", 2.0)]


@pytest.mark.parametrize("text", [
    "وتعادل المنتخب مع البرتغال 2-2. وسجل الأهداف اللاعبون.",
    "وفاز النادي على ضيفه 3-1 في المباراة الأخيرة.",
])
def test_result_over_a_dash_is_no_fact(read, text):
    """«2-2.», «فاز … 3-1 في»: two small figures over a dash with no noun after them are a result (GUIDELINES
    §Numbers: sports scores written as a result are not facts)."""
    assert read(text) == []


def test_small_range_before_a_noun_still_counts(read):
    assert [(s, v) for s, _, v, _ in read("وتستغرق الرحلة بين 3-5 أيام في الصيف.")] == [("3", 3.0), ("5", 5.0)]


def test_goal_minutes_in_a_scorer_list(read):
    """«في الدقيقة 12، أحمد علي 55، سالم خالد 80»: each figure after a scorer's name in the list is a minute."""
    assert read("وسجل الأهداف ماجد سعيد في الدقيقة 12، أحمد علي 55، سالم خالد 80، ليتصدر الفريق.") == []


@pytest.mark.parametrize("text, surface", [
    ("وسيفتقد النادي في المواجهة لاعبيه اللذين أصيبا في التدريب.", "لاعبيه"),
    ("ويعول المدرب في الهجوم على لاعبيه الجديدين سامي وفهد.", "لاعبيه"),
])
def test_possessed_dual_shown_by_agreement(read, text, surface):
    """«لاعبيه اللذين»، «لاعبيه الجديدين»: «his players» is two when a dual relative or dual adjective agrees
    (§3 duals); the adjective is no second fact."""
    assert [(s, v) for s, _, v, _ in read(text)] == [(surface, 2.0)]


def test_possessed_plural_stays_plural(read):
    assert read("وشكر المدرب لاعبيه على الجهد الكبير في الموسم.") == []


def test_level_before_takes_the_metric(read):
    """«ارتفع مؤشر الثقة إلى 61.2 من 58.7»: the figure after «من» is the same metric's level before (§6)."""
    facts = read("وارتفع مؤشر ثقة المستهلكين إلى 61.2 من 58.7 في الربع الثاني.")
    assert [(s, subj) for s, _, _, subj in facts] == [("61.2", "مؤشر ثقة المستهلكين"), ("58.7", "مؤشر ثقة المستهلكين")]


def test_figure_instead_of_another_keeps_its_unit(read):
    facts = read("ويبلغ طول الطريق إلى 275 كم بدلا من 190 كم.")
    assert [(s, subj) for s, _, _, subj in facts][-1] == ("190", "كم")


def test_next_percent_in_a_list_shares_the_group(read):
    """«أن 40% من الطلاب يفضلون …، و35% يفضلون …»: a percent opening the next item with no noun of its own
    measures the same group (§6)."""
    facts = read("وأظهر المسح أن 40% من الطلاب يفضلون الدراسة المسائية، و35% يفضلون الدراسة عن بعد.")
    assert [(s, subj.split()[0] if subj else None) for s, _, _, subj in facts] == [("40%", "الطلاب"), ("35%", "الطلاب")]


@pytest.mark.parametrize("text, unit, kind", [
    ("وتضم الخطة أبراجا بارتفاع 15 و25 و30 طابقا في الحي.", "طابقا", "count"),
    ("وهو أب لثلاثة أبناء (3 و7 و12 عاما) يقيمون معه.", "عاما", "duration"),
])
def test_listed_figures_share_the_last_noun(read, text, unit, kind):
    """«15 و25 و30 طابقا»: three figures joined by «و» say their noun once, after the last (§6)."""
    facts = [f for f in read(text) if f[2] != 3 or f[0] != "لثلاثة"]
    assert [(t, subj) for _, t, _, subj in facts][-3:] == [(kind, unit)] * 3


def test_upper_bound_takes_the_lower_bounds_noun(read):
    """«بعد أسبوعين أو ثلاثة»: the noun said with the lower bound is the upper bound's too (GUIDELINES §7 ranges)."""
    facts = read("وستعلن النتائج بعد أسبوعين أو ثلاثة.")
    assert [(s, subj.split()[0] if subj else None) for s, _, _, subj in facts] == [
        ("أسبوعين", "أسبوعين"), ("ثلاثة", "أسبوعين")]


@pytest.mark.parametrize("text", [
    "وطالبت اللجنة بتضمين البند في الاتفاقية الجديدة.",
    "وتعارض النقابة تضمين الشرط في العقود.",
    "وناقش المجلس خطط التامين الصحي للعاملين.",
])
def test_verbal_noun_of_the_taf3il_shape_is_no_dual(read, text):
    """«تضمين», «التأمين»: a five-letter ت…ين word is a verbal noun (تفعيل), not the dual of «تضم» (§3 duals)."""
    assert read(text) == []


@pytest.mark.parametrize("text, surface", [
    ("ونقل المصابون إلى مستشفيين في مركزي صبيا وبيش، وفق الهلال الأحمر.", "مركزي"),
    ("وتنتشر المجموعات في جيبي درنة وسرت منذ سنوات.", "جيبي"),
    ("واندلعت اشتباكات في حيي الزهور والنخيل مساء أمس.", "حيي"),  # a two-letter stem («حي»)
])
def test_construct_dual_before_a_named_pair(read, text, surface):
    """«في مركزي X وY»: after a preposition, a construct -ي word before two names joined by «و» is their dual, even
    when the -ي form is also an adjective («مركزي»: central), GUIDELINES §7 decision 129."""
    assert (surface, 2.0) in [(s, v) for s, _, v, _ in read(text)]


def test_adjective_after_a_noun_before_a_pair_is_no_dual(read):
    assert [s for s, *_ in read("وأكد وجود تعاون مركزي شامل وواسع مع الوزارة.")] == []
