"""Rules of the thirty-fifth real-news pass on meeting triggers (GUIDELINES §4, §7 decisions 20, 36): a definite noun
called next («الاجتماع المقبل») is a meeting still to come; «اجتماع» after «علم/علماء/عالم» is sociology, no meeting;
the future of «افتتح» holds a meeting like «سيعقد». Every sentence here is written for
the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("before", ["أستاذ علم", "علماء", "عالم"])
def test_sociology_is_no_meeting(frames, before):
    # «علم الاجتماع»: the science, not a meeting (§4 meeting = مؤتمر، اجتماع، جلسة)
    text = f"وقال {before} الاجتماع ب[[جامعة الملك فهد|ORG]] ب[[الدمام|LOC]] الدكتور [[سعد المالكي|PER]]: إن الظاهرة"
    text += " تتسع."
    assert frames(text, "meeting") == []


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
