"""Frame rules of the seventh real-news pass, fitted on the large real-train split (GUIDELINES §7 decisions 21, 121,
153): the day of a meeting written before its noun, and the king's order named «الأمر السامي». Every sentence here
is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, date", [
    # the day of the news after the subject, before the meeting noun (decision 21)
    ("بدأت [[محكمة الاستئناف|ORG]] اليوم جلسة محاكمة المتهمين في قضية الاحتيال.", "اليوم"),
    ("ودافع المدرب [[خالد العمري|PER]] أمس الأحد خلال جلسة الاستماع التي عقدتها [[اللجنة الفنية|ORG]] عن قراره.",
     "أمس الأحد"),
    # a weekday in brackets after «اليوم» restates the day and is written in the date (decision 21; 8 of the 10
    # bracketed weekdays after a date in real-train's gold frames are inside the date)
    ("ويبحث وزراء خارجية [[الاتحاد الأوروبي|ORG]] اليوم (الثلاثاء) خلال اجتماعهم في [[بروكسل|LOC]] خطة الدعم.",
     "اليوم (الثلاثاء)"),
])
def test_meeting_date_before_its_noun(frames, text, date):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["date"] == [date]


@pytest.mark.parametrize("text", [
    # the day of a statement right after its verb dates the statement, not the session announced
    "وأعلن [[سالم الحربي|PER]] أمس عن جلسة استثنائية لمجلس الإدارة.",
    # «عين اليوم» is a name; «اليوم الأول» counts a day of the event
    "“[[عين اليوم|ORG]]” التقت [[سعد الخالدي|PER]] في المعرض.",
    "وشهد اليوم الأول جلسة حوار مع [[فهد الزهراني|PER]] حول القراءة.",
    # what is said after «إنه» is another event than the day of saying it
    "وقال [[ماجد العتيبي|PER]] اليوم إنه التقى [[وزير الصحة|TITLE]] [[علي الشهري|PER]].",
])
def test_meeting_takes_no_other_day_before_it(frames, text):
    assert all("date" not in slots for _, _, slots in frames(text, "meeting"))


@pytest.mark.parametrize("text, slots", [
    # «الأمر السامي» is a royal order like «الأمر الملكي»: its number and date after «وتاريخ»
    ("وجاء ذلك بموجب الأمر السامي الكريم رقم 1234 وتاريخ 5/ 6/ 1436هـ القاضي بإنشاء المركز.",
     {"id": ["1234"], "date": ["5/ 6/ 1436هـ"]}),
    # the king's office after «ل» issues a definite order
    ("ودعا المدير المواطنين إلى الاستفادة من الأمر السامي الكريم ل[[خادم الحرمين الشريفين|TITLE]] قبل نهاية المهلة.",
     {"issuer": ["خادم الحرمين الشريفين"]}),
])
def test_royal_order_named_high(frames, text, slots):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "الأمر" and got[0][2] == slots


def test_royal_order_cited_again_opens_no_frame(frames):
    # the order cited once opens its frame; «الأمر السامي الكريم» later in the article is the same order
    text = ("وصدر أمر سام بتمديد المهلة شهرا. ودعت الإدارة المقيمين إلى الاستفادة من الأمر السامي الكريم "
            "ل[[خادم الحرمين الشريفين|TITLE]] قبل نهايتها.")
    assert [trigger for _, trigger, _ in frames(text, "decision")] == ["أمر"]
