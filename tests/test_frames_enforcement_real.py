"""Enforcement, decision and relation rules on real news, fourth rule pass (issue 15; GUIDELINES §4, §7 decisions
37-39, 46, 53, 61, 69, 82, 110, 120, 121, 123): the person arrested named after a noun that describes them or by
initials in brackets, an attempted arrest, a belonging charge that ends before the next act, the figures of an
enforcement (bounds, partitives, the dead, «في قضايا»); «أمر» as a verb and plural «قرارات» open no decision; units
of one rank sharing their place, type nouns and ambassadors' posts in title_of, the office a spokesman speaks for.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come
from the numbers stage."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("marked, suspect", [
    # a noun with «his/her» or in construct describes the person named after it (decision 120)
    ("وألقت الشرطة القبض على شقيقته [[هدى سالم|PER]] في المطار.", "هدى سالم"),
    ("واعتقل ابنه [[خالد العمري|PER]] مساء الأحد.", "خالد العمري"),
    ("وألقت الدورية القبض على سائق الحافلة [[ماجد الشهري|PER]] قرب الميدان.", "ماجد الشهري"),
    # initials in brackets after the arrest's subject or a nationality (decision 110)
    ("أوقفت [[مديرية الأمن العام|ORG]] اللبنانية ([[س.ع|PER]]) في بيروت.", "س.ع"),
    ("كما أوقفت الشرطة المصري ([[ح.م|PER]]) في الميناء.", "ح.م"),
])
def test_the_person_named_after_a_description_is_the_suspect(frames, marked, suspect):
    assert frames(marked, "enforcement")[0][2]["suspects"] == [suspect]


@pytest.mark.parametrize("marked", [
    # an attempted arrest names no one caught (decision 37)
    "وقتل رجل أثناء محاولة الشرطة اعتقال شقيقه [[سامر|PER]] في القرية.",
    "وأصيب شرطي خلال محاولتهما اعتقال [[ياسر الحربي|PER]].",
])
def test_an_attempted_arrest_names_no_suspect(frames, marked):
    assert all("suspects" not in f[2] for f in frames(marked, "enforcement"))


def test_one_of_two_counted_people_is_not_their_count(frames):
    got = frames("وجرى اعتقال إحدى المرأتين في وقت لاحق.", "enforcement")
    assert all("suspects" not in f[2] for f in got)


def test_belonging_charge_ends_before_a_further_act_and_crosses_initials(frames):
    got = frames("أوقفت الشرطة ([[ف.ش|PER]]) لانتمائه إلى تنظيم [[داعش|ORG]] وتهريب الأسلحة إلى الجبال.",
                 "enforcement")
    assert got == [("enforcement", "أوقفت", {"suspects": ["ف.ش"], "offence": ["انتمائه إلى تنظيم داعش"]})]


@pytest.mark.parametrize("marked, slots", [
    # a bound between a thwarting verb and its figure of attempts (decision 39)
    ("ونجحت الأجهزة في إحباط أكثر من 40 عملية تخريبية خلال العام.", {"cases": ["40"]}),
    # a figure right after the trigger that takes a part of a definite group counts people
    ("وأعلنت الوزارة ضبط 25 من الشبان في الحملة.", {"suspects": ["25"]}),
    # the dead are no suspects (decision 82)
    ("وأحبطت القوات الهجوم، وأعلنت مقتل 7 عناصر من المهاجمين.", {"offence": ["الهجوم"]}),
    # the act of the cases the people are held in (decision 61)
    ("وألقت الشرطة القبض على 12 موقوفا في قضايا احتيال وهم يقيمون بالمدينة.", {"suspects": ["12"], "offence": ["احتيال"]}),
    # one of the people counted before a passive arrest: the figure counts the group
    ("ونفذ الهجوم ثلاثة رجال أحدهم اعتقل لاحقا.", {}),
])
def test_figures_and_offence_of_an_enforcement(frames, marked, slots):
    got = frames(marked, "enforcement")
    assert (got[0][2] if got else {}) == slots


# located_in

@pytest.mark.parametrize("marked, expected", [
    # two units of one rank joined by «و», then a comma chain to the unit above: both are in it
    ("زار الوفد [[قرية النخيل|LOC]] و[[قرية الوادي|LOC]]، [[محافظة الشمال|LOC]] أمس.",
     {("located_in", "قرية النخيل", "محافظة الشمال"), ("located_in", "قرية الوادي", "محافظة الشمال")}),
    # a list of bare names before the comma is no pair of units
    ("زار الوفد [[النخيل|LOC]] و[[الوادي|LOC]]، [[محافظة الشمال|LOC]] أمس.", set()),
])
def test_coordinated_units_share_the_unit_after_a_comma(rels, marked, expected):
    assert rels(marked) == expected


def test_a_unit_that_closes_its_own_chain_is_not_shared(rels):
    got = rels("في [[الحي الأول|LOC]]، [[مدينة الشروق|LOC]] و[[مدينة النور|LOC]]، [[منطقة الوسط|LOC]].")
    assert ("located_in", "مدينة الشروق", "منطقة الوسط") not in got
    assert ("located_in", "مدينة النور", "منطقة الوسط") in got
    got = rels("في الحي الأول، [[مدينة الشروق|LOC]] و[[مدينة النور|LOC]]، [[منطقة الوسط|LOC]].")  # the first unread
    assert ("located_in", "مدينة الشروق", "منطقة الوسط") not in got


# decision

@pytest.mark.parametrize("marked, expected", [
    # «أمر» after a relative word is the verb «ordered» (decision 121 is the noun)
    ("وصلت المساعدات التي أمر [[خادم الحرمين الشريفين|TITLE]] بإرسالها.", []),
    ("وذلك إنفاذاً لأمر [[خادم الحرمين الشريفين|TITLE]] بتصحيح الأوضاع.",
     [("decision", "أمر", {"issuer": ["خادم الحرمين الشريفين"]})]),  # the proclitic outside (§6)
    # a plural names a set of decisions, not one instrument (decision 38)
    ("وأشاد بقرارات [[وزير الصحة|TITLE]] الأخيرة.", []),
])
def test_what_opens_a_decision(frames, marked, expected):
    assert frames(marked, "decision") == expected


@pytest.mark.parametrize("marked, expected", [
    # the type noun of a party, channel or bank stands between a title and the quoted name (decisions 46, 69)
    ("وقالت [[الأمينة العامة|TITLE]] لحزب «[[الغد الجديد|ORG]]» إن الحملة بدأت.",
     {("title_of", "الأمينة العامة", "الغد الجديد")}),
    ("وأكد [[مدير|TITLE]] قناة «[[الأفق|ORG]]» أن البث مستمر.", {("title_of", "مدير", "الأفق")}),
    ("وقال [[نائب رئيس|TITLE]] مصرف «[[النماء|ORG]]» إن الأرباح ارتفعت.", {("title_of", "نائب رئيس", "النماء")}),
])
def test_type_noun_between_a_title_and_its_body(rels, marked, expected):
    assert rels(marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # an ambassador's post after the country he represents (decision 123)
    ("وقال [[سفير|TITLE]] [[الأردن|LOC]] في [[الأمم المتحدة|ORG]] إن الجلسة تأجلت.",
     {("title_of", "سفير", "الأردن"), ("title_of", "سفير", "الأمم المتحدة")}),
    ("وصل [[سفير|TITLE]] [[تونس|LOC]] في العاصمة المغربية [[الرباط|LOC]] أمس.",
     {("title_of", "سفير", "تونس"), ("title_of", "سفير", "الرباط")}),
    # an adjective of the title before «لدى» and the body
    ("وأكد [[السفير|TITLE]] الفرنسي لدى [[الجامعة العربية|ORG]] دعم المبادرة.",
     {("title_of", "السفير", "الجامعة العربية")}),
])
def test_an_ambassador_s_post(rels, marked, expected):
    assert rels(marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # the office a spokesman speaks for, with its own place after it: the name is the spokesman's (decision 53)
    ("وقال [[المتحدث|TITLE]] باسم [[محافظ|TITLE]] [[ولاية الشمال|LOC]] [[كريم ناصر|PER]] إن الطريق أغلق.",
     {("holds_title", "كريم ناصر", "المتحدث"), ("title_of", "محافظ", "ولاية الشمال")}),
    ("وقال [[كريم ناصر|PER]]، [[المتحدث|TITLE]] باسم [[محافظ|TITLE]] [[ولاية الشمال|LOC]]، إن الطريق أغلق.",
     {("holds_title", "كريم ناصر", "المتحدث"), ("title_of", "محافظ", "ولاية الشمال")}),
])
def test_the_office_a_spokesman_speaks_for_is_not_his(rels, marked, expected):
    assert rels(marked) == expected
