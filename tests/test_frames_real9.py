"""Frame rules of the tenth real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions 21, 61, 245): the persons
of a comma list after a named suspect and those arrested with him after «مع» are caught with him; a charge named by
its bare noun («تهمة») after an arrest is the offence; the body after «بمقر» is a meeting's location when no place is
named; a month's other-calendar name after a slash or in brackets of two words belongs to the date. Every sentence
here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers
stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, suspects", [
    # a comma list joined by «و» to the named suspect: every person caught (decision 61)
    ("واعتقلت الشرطة [[ماجد السالم|PER]]، و[[فيصل الحربي|PER]]، و[[نايف العنزي|PER]] بعد مداهمة منزلهم.",
     ["ماجد السالم", "فيصل الحربي", "نايف العنزي"]),
    # each name with its bracketed age before the comma
    ("وأوقفت القوات [[سامر يوسف|PER]] (24 عاما)، و[[باسل عمر|PER]] (26 عاما) عند الحاجز.",
     ["سامر يوسف", "باسل عمر"]),
    # a person arrested with him after «مع», over a possessive noun
    ("واعتقل [[كريم نصار|PER]] مع شقيقه [[وائل نصار|PER]] في منزلهما.", ["كريم نصار", "وائل نصار"]),
])
def test_listed_suspects_are_caught(frames, text, suspects):
    got = frames(text, "enforcement")
    assert len(got) == 1 and got[0][2]["suspects"] == suspects


def test_count_arrested_with_the_named_suspect(frames):
    # «مع + a count of persons»: the count is a figure of suspects too (GUIDELINES §4 suspects)
    got = frames("واعتقل [[هشام رضا|PER]] مع أربعة موظفين آخرين في الشركة بتهم الاختلاس.", "enforcement")
    suspects = got[0][2]["suspects"]
    assert suspects[0] == "هشام رضا" and len(suspects) == 2 and suspects[1].startswith("أربعة")


@pytest.mark.parametrize("text, suspects", [
    # names joined by «و» with no comma: the written seeds' genre counts its suspects, so only the first is named
    ("كما تم القبض على المتهمين [[تران فان لام|PER]] و[[نغوين ثي ها|PER]] في المنطقة.", ["تران فان لام"]),
    # a person after «مع» who is no detainee («تحدث مع»): the list stops at a verb between
    ("واعتقلت الشرطة [[راشد البقمي|PER]]، وتحدث المتحدث مع [[سالم الزهراني|PER]] عن القضية.", ["راشد البقمي"]),
])
def test_list_needs_commas_and_adjacency(frames, text, suspects):
    got = frames(text, "enforcement")
    assert len(got) == 1 and got[0][2]["suspects"] == suspects


@pytest.mark.parametrize("text, offence", [
    # «موجها إليه تهمة X»: the bare charge noun after the arrest in its sentence (decision 61, as «بتهمة»)
    ("وأمر القاضي بإيداعه السجن موجها إليه تهمة سرقة سيارة جاره.", "سرقة سيارة جاره"),
    ("وأصدر النائب العام أمرا بالقبض على [[رامي فؤاد|PER]] في إطار التحقيق في تهم اختلاس.", "اختلاس"),
])
def test_bare_charge_noun_is_the_offence(frames, text, offence):
    got = frames(text, "enforcement")
    assert [f[2].get("offence") for f in got] == [[offence]]


@pytest.mark.parametrize("text, location", [
    # the body whose seat hosts it (decision 245), when no place is named after it
    ("وقال [[سعد المالكي|PER]] في مؤتمر صحافي عقده أمس بمقر [[وزارة التجارة|ORG]] إن الأسعار مستقرة.",
     "وزارة التجارة"),
    # a place named after the seat is the location
    ("وعقدت [[اللجنة الوزارية|ORG]] اجتماعا أمس بمقر [[الرئاسة|ORG]] في [[رام الله|LOC]].", "رام الله"),
])
def test_seat_of_a_body_is_the_location(frames, text, location):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["location"] == [location]


def test_body_without_seat_is_no_location(frames):
    # a body right after the verb of holding is where it is held only as its seat
    got = frames("وقال [[سعد المالكي|PER]] في مؤتمر صحافي عقده أمس مع [[وزارة التجارة|ORG]] إن الأسعار مستقرة.",
                 "meeting")
    assert len(got) == 1 and "location" not in got[0][2]


@pytest.mark.parametrize("text, date", [
    # the other calendar's name after a slash (decision 21: the date as written)
    ("وقتل شخصان خلال اجتماع ل[[حزب الوسط|ORG]] في 7 حزيران/يونيو في المدينة.", "7 حزيران/يونيو"),
    # a two-word Levantine name in brackets, the relative word after it
    ("وتعقد [[اللجنة التنفيذية|ORG]] اجتماعا جديدا في 12 أكتوبر (تشرين الأول) المقبل.",
     "12 أكتوبر (تشرين الأول) المقبل"),
])
def test_month_with_its_other_name(frames, text, date):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["date"] == [date]
