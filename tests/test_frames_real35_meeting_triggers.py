"""Rules of the thirty-fifth real-news pass on meeting triggers (GUIDELINES §4, §7 decisions 21, 36): one meeting noun
its clause dates by a day told relative to the news («اليوم الجمعة»، «أمس») is reported, a plural or a month there
reports none, nor «لقاء» with its day right after (a match); a definite noun called next («الاجتماع المقبل») is a
meeting still to come; «اجتماع» after «علم/علماء/عالم» is sociology, no meeting. Every sentence here is written for
the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, date", [
    ("وتترقب الأحزاب اجتماع القيادة الموسع اليوم الجمعة لبحث المقترح الجديد.", "اجتماع", "اليوم الجمعة"),
    ("وتوجه الطلاب إلى [[سامي الخطيب|PER]]، أمس، بهذا الطلب في لقاء نظم بعد الحفل.", "لقاء", "أمس"),
])
def test_a_meeting_dated_by_a_news_day_is_reported(frames, text, trigger, date):
    # decisions 21, 36: a specific meeting told with its day, written as the article writes it
    meetings = [(t, slots) for _, t, slots in frames(text, "meeting")]
    assert (trigger, {"date": [date]}) in [(t, {"date": slots.get("date")}) for t, slots in meetings]


@pytest.mark.parametrize("text", [
    "وقال مصدر إن الأحزاب ستكثف اجتماعاتها اعتبارا من اليوم لتحديد موقفها.",  # plural: no one meeting
    "وأذكر لقاء متلفزا عن الأدب الحديث في مارس الماضي.",  # a month dates no meeting by itself
])
def test_a_plural_or_a_month_reports_no_meeting(frames, text):
    assert frames(text, "meeting") == []


@pytest.mark.parametrize("before", ["أستاذ علم", "علماء", "عالم"])
def test_sociology_is_no_meeting(frames, before):
    # «علم الاجتماع»: the science, not a meeting (§4 meeting = مؤتمر، اجتماع، جلسة)
    text = f"وقال {before} الاجتماع ب[[جامعة الملك فهد|ORG]] ب[[الدمام|LOC]] الدكتور [[سعد المالكي|PER]]: إن الظاهرة"
    text += " تتسع."
    assert frames(text, "meeting") == []


def test_a_day_right_after_liqa_is_a_match(frames):
    # «لقاء اليوم»: in sports news the «لقاء» of a named day is a match, no meeting
    assert frames("ويأمل المدرب أن يعود المهاجم إلى التشكيلة في لقاء اليوم أمام الفريق الضيف.", "meeting") == []


def test_a_definite_meeting_called_next_is_one_still_to_come(frames):
    # decision 20: «الاجتماع المقبل» is a planned meeting, not one reported before
    text = "وقال [[سامي الخطيب|PER]] إن الاتفاق سينعكس على الاجتماع المقبل لوزراء الزراعة العرب في 12 سبتمبر"
    text += " المقبل."
    got = [(t, slots.get("date")) for _, t, slots in frames(text, "meeting")]
    assert ("الاجتماع", ["12 سبتمبر المقبل"]) in got


def test_the_future_of_opening_holds_the_meeting(frames):
    # «وسيفتتح X … ورشة عمل»: the future of «افتتح» holds it like «سيعقد»; the person who opens it attends
    text = ("وسيفتتح [[فهد السالم|PER]] نائب رئيس [[الاتحاد الرياضي|ORG]] ورشة عمل لحكام المباريات صباح يوم الأربعاء "
            "المقبل في [[الرياض|LOC]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "ورشة عمل"
    assert slots["attendee"] == ["فهد السالم"]
    assert slots["date"] == ["صباح يوم الأربعاء المقبل"]
