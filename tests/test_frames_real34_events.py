"""Rules of the thirty-fourth real-news pass on enforcement and decision frames (GUIDELINES §4, §7 decisions 19, 21,
37, 59, 61, 95, 154, 155, 262): a relative clause whose verb issues the instrument dates it («المرسوم … الذي أصدره
أمس»); the pretext of an arrest («بحجة …»), the act a person is caught in («ضبط وهو يبيع …») and the act named after
the doers caught («القبض على مرتكب جريمة X») are its offence; persons named after the figure caught («الشابين X، وY»),
in a bracketed list after the plural of those caught («الموقوفين (X - Y)»), a relative named after a suspect («X،
وعمه Y») and a count of others joined to him («X وثلاثة آخرين») are suspects; «كشف … أن» is a statement; an issuing
verb issues only the first instrument after it and signs nothing before the «أن» of a person's clause; a place in a
quoted instrument names it; «يأتمر بأمر X» reports no order. Every sentence here is written for the test; entities
are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("clause, date", [
    ("الذي أصدره أمس الأحد", "أمس الأحد"),
    ("الخاص بتنظيم الأسواق الذي أصدره أول من أمس", "أول من أمس"),
    ("الذي أقر أمس", "أمس"),
])
def test_a_relative_clause_issuing_the_instrument_dates_it(frames, clause, date):
    # decisions 21, 95: the date of the issuance told in the instrument's relative clause
    text = f"وقال [[خالد السعدي|PER]] إن المرسوم {clause} سيطبق في الشهر المقبل."
    [(_, trigger, slots)] = frames(text, "decision")
    assert trigger == "المرسوم"
    assert slots["date"] == [date]


def test_a_relative_clause_of_another_verb_gives_no_date(frames):
    # «الذي ناقشه البرلمان أمس»: debated, not issued
    text = "وقال [[خالد السعدي|PER]] إن المرسوم الذي ناقشه البرلمان أمس سيطبق في الشهر المقبل."
    assert all("date" not in slots for _, _, slots in frames(text, "decision"))


@pytest.mark.parametrize("suspect, pretext, offence", [
    ("شابين من [[بلدة عزون|LOC]]", "بحجة رشق الحجارة باتجاه الدوريات", "رشق الحجارة"),
    ("[[سامر يوسف|PER]]", "بحجة التحريض على العنف، وأفرجت عنه لاحقا", "التحريض على العنف"),
])
def test_the_pretext_of_an_arrest_is_its_offence(frames, suspect, pretext, offence):
    # decision 61: what the person is held for, as the arresting side states it
    text = f"واعتقلت قوات الاحتلال أمس {suspect} {pretext}."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["offence"] == [offence]


def test_a_pretext_clause_after_that_is_no_offence(frames):
    # «بحجة أنهم …»: a reason given, no act named
    text = "واعتقلت قوات الاحتلال أمس [[سامر يوسف|PER]] بحجة أنه كان في منطقة عسكرية."
    assert all("offence" not in slots for _, _, slots in frames(text, "enforcement"))


@pytest.mark.parametrize("caught, named", [
    ("الشابين الفلسطينيين [[رامي عودة|PER]]، و[[فادي عودة|PER]]", ["رامي عودة", "فادي عودة"]),
    ("ثلاثة شبان هم [[رامي عودة|PER]]، و[[فادي عودة|PER]]، و[[سامي حمدان|PER]]",
     ["رامي عودة", "فادي عودة", "سامي حمدان"]),
])
def test_persons_named_after_the_figure_caught_are_suspects(frames, caught, named):
    # GUIDELINES §4 suspects: the count of those caught and each of them by name
    text = f"واعتقلت قوات الاحتلال فجر أمس {caught} بعد دهم منازلهم."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"][1:] == named


def test_a_person_after_the_figure_and_a_preposition_is_not_named_by_it(frames):
    # «شابين من قرية X»: the figure's complement, not the persons caught
    text = "واعتقلت قوات الاحتلال فجر أمس شابين من عائلة [[رامي عودة|PER]] بعد دهم منازلهم."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == ["شابين"]


@pytest.mark.parametrize("noun", ["كل من الموقوفين", "ومنهم الموقوفون", "المقبوض عليهم"])
def test_a_bracketed_list_after_the_plural_of_those_caught_names_the_suspects(frames, noun):
    # decision 154: a later mention that names the persons caught fills the arrest's frame
    text = ("وأعلنت [[وزارة الداخلية|ORG]] القبض على 12 شخصا في عدة مناطق. وتولى تجهيز المتفجرات "
            f"{noun} ([[سعد ناصر المري|PER]] - [[فهد علي الدوسري|PER]]- [[ماجد سالم العنزي|PER]]) "
            "في منزل مستأجر.")
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == ["12", "سعد ناصر المري", "فهد علي الدوسري", "ماجد سالم العنزي"]


def test_a_bracketed_list_keeps_out_the_described_and_those_listed_before(frames):
    # «المنتحر X» is described, not listed as caught; a name listed again was reported caught already
    text = ("وأعلنت [[وزارة الداخلية|ORG]] القبض على 12 شخصا. وتولى الرصد كل من الموقوفين ([[سعد ناصر المري|PER]] - "
            "[[فهد علي الدوسري|PER]]). وتولى النقل الموقوفون ([[سعد ناصر المري|PER]] - المنتحر "
            "[[خالد سالم|PER]] - [[ماجد سالم العنزي|PER]]).")
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == ["12", "سعد ناصر المري", "فهد علي الدوسري", "ماجد سالم العنزي"]


@pytest.mark.parametrize("caught, act", [
    ("وسلم إلى الشرطة بعدما ضبط وهو يبيع أدوية مغشوشة", "يبيع أدوية مغشوشة"),
    ("وتم القبض عليه متلبسا وهو يحاول تهريب كمية من الحشيش", "تهريب كمية من الحشيش"),
    ("وضبطت الشرطة [[سامي حمدان|PER]] وهو يبيع أدوية مغشوشة", "يبيع أدوية مغشوشة"),
])
def test_the_act_a_person_is_caught_in_is_the_offence(frames, caught, act):
    # decision 61 (decision 39: the act tried, without the attempt)
    [(_, _, slots)] = frames(f"{caught}.", "enforcement")
    assert slots["offence"] == [act]


def test_an_arrest_made_while_doing_something_names_no_offence(frames):
    # «اعتقل X وهو يغادر منزله»: the circumstance of the arrest, not an act caught in
    text = "واعتقلت الشرطة [[سامي حمدان|PER]] وهو يغادر منزله."
    [(_, _, slots)] = frames(text, "enforcement")
    assert "offence" not in slots


@pytest.mark.parametrize("doers, act", [
    ("مرتكب جريمة قتل الطفلة", "جريمة قتل الطفلة"),
    ("من تسببوا في حريق غابات [[الباحة|LOC]]", "حريق غابات الباحة"),
    ("منفذي سرقة محل مجوهرات", "سرقة محل مجوهرات"),
])
def test_the_act_of_the_doers_caught_is_the_offence(frames, doers, act):
    # decision 61: the act of those caught, named by the doers
    text = f"وتمكنت الجهات الأمنية من إلقاء القبض على {doers} خلال أيام."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["offence"] == [act]


def test_doers_of_an_act_named_before_name_no_offence(frames):
    # «مرتكبي الجريمة»: the act was named before, a definite noun
    text = "وتمكنت الجهات الأمنية من إلقاء القبض على مرتكبي الجريمة خلال أيام."
    assert all("offence" not in slots for _, _, slots in frames(text, "enforcement"))


def test_the_arrest_of_the_doers_of_one_act_told_again_opens_no_frame(frames):
    # decision 37: a later mention of the same arrest
    text = ("وتمكنت الشرطة من القبض على مرتكب جريمة قتل الطفلة. وأشاد المحافظ بسرعة القبض على مرتكب جريمة قتل "
            "الطفلة.")
    assert len(frames(text, "enforcement")) == 1


@pytest.mark.parametrize("after, named", [
    ("، وعمره 24 عاما، وشقيقه [[طارق حسن|PER]]", ["سالم حسن", "طارق حسن"]),
    ("، وعمه [[طارق حسن|PER]]", ["سالم حسن", "طارق حسن"]),
    ("، وعمره 24 عاما، من [[لوتون|LOC]]", ["سالم حسن"]),
])
def test_a_relative_of_the_suspect_named_after_him_is_caught_with_him(frames, after, named):
    # GUIDELINES §4 suspects: every person caught; the age set off by commas after a name is skipped
    text = f"واعتقلت الشرطة [[سالم حسن|PER]]{after} الأسبوع الماضي."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == named


def test_a_verb_before_the_persons_clause_signs_nothing(frames):
    # «وقع» there signs the contract; the person after «أن» takes back his own decision
    text = ("وقال النادي إن العقد وقع في سبتمبر الماضي، قبل أن يتراجع [[سعد المولد|PER]] عن قرار انتقاله "
            "إلى الفريق.")
    assert all("signer" not in slots for _, _, slots in frames(text, "decision"))


def test_a_verb_that_issues_an_earlier_instrument_does_not_issue_the_later_one(frames):
    # «اتخذ قرار … لاتخاذ قرار»: the verb's object is the first instrument after it
    text = ("وإذا اتخذ قرار بالرفض كما يتوقع مساعدو الرئيس [[باراك أوباما|PER]] فسيكون أمامه 12 يوما "
            "لاتخاذ قرار باستخدام حق النقض.")
    assert all(not slots for _, _, slots in frames(text, "decision"))  # neither signed nor issued by the man


@pytest.mark.parametrize("instrument", ["«مرسوم [[رفح|LOC]]»", "\"قرار [[بغداد|LOC]]\""])
def test_a_place_inside_a_quoted_instrument_names_it(frames, instrument):
    # decision 59 reads a bare place after the instrument as its issuer; in quotes it is the instrument's name
    text = f"وعرض المتحف لوحة سجل عليها {instrument} الذي يعود إلى العصر البطلمي."
    assert all("issuer" not in slots for _, _, slots in frames(text, "decision"))


def test_to_take_orders_from_someone_reports_no_order(frames):
    # «يأتمر بأمر X» (obeys X) is no order reported with its issuer (decision 262)
    text = "وتنتشر في المدينة ميليشيا تأتمر بأمر [[قاسم سليماني|PER]] منذ عامين."
    assert frames(text, "decision") == []


@pytest.mark.parametrize("revealed", [
    "وكشفت أن 35 قضية تهريب سجلت خلال العام.",
    "وكشفت [[وزارة الداخلية|ORG]] أن عدد الذين عادوا إلى الجريمة من الموقوفين في قضايا مخدرات بلغ نحو 120 حالة.",
])
def test_revealing_that_is_a_statement(frames, revealed):
    # decision 155: «كشف» opens enforcement only when it uncovers cases; «كشف … أن» makes a fact known
    assert frames(revealed, "enforcement") == []


def test_revealing_cases_still_opens_enforcement(frames):
    text = "وكشفت [[شرطة دبي|ORG]] عن 35 قضية تهريب خلال العام."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["cases"] == ["35"]


@pytest.mark.parametrize("others, count", [
    ("وثلاثة آخرين", "ثلاثة"),
    ("وزوجته وابنته و15 من أصدقائه", "15"),
])
def test_a_count_of_others_joined_to_the_named_suspect_is_caught_with_him(frames, others, count):
    # GUIDELINES §4 suspects: the PER or count of those caught, every one
    text = f"وتم اعتقال [[سامي حمدان|PER]] {others} بتهمة التحريض."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == ["سامي حمدان", count]


def test_a_count_of_things_joined_to_the_suspect_is_not_caught(frames):
    text = "وتم اعتقال [[سامي حمدان|PER]] و3 سيارات كانت معه."
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["suspects"] == ["سامي حمدان"]
