"""Rules of the sixteenth real-news meeting pass (GUIDELINES §7 decisions 36, 133, 135, 152): a meeting noun whose
genitive is a person followed by his partner («خلال لقاء رئيس الوزراء X بالرئيس Y»), and the person named right before
«خلال» and the meeting noun («ودافع اللاعب X أمس خلال جلسة الاستماع»). Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_meeting_noun_with_person_and_partner_after_ba(frames):
    # decision 36: one named participant is enough for «لقاء»; both persons are placed at it
    got = frames("وبحث الجانبان خلال لقاء [[رئيس الوزراء|TITLE]] [[خالد العمر|PER]] ب[[الرئيس|TITLE]] "
                 "[[سعيد الحسن|PER]] أمس تطوير العلاقات.", "meeting")
    assert len(got) == 1
    assert got[0][1] == "لقاء"
    assert got[0][2]["attendee"] == ["خالد العمر", "سعيد الحسن"] and got[0][2]["date"] == ["أمس"]


def test_meeting_noun_with_person_and_partner_after_maa(frames):
    got = frames("وناقش الطرفان خلال اجتماع [[وزير المالية|TITLE]] [[فهد الراشد|PER]] مع نظيره [[علي سالم|PER]] "
                 "ملف الديون.", "meeting")
    assert got and got[0][2]["attendee"] == ["فهد الراشد", "علي سالم"]


def test_meeting_noun_with_person_but_no_partner_opens_none(frames):
    # «بشأن» is no partner: nothing says a meeting took place
    assert frames("وتحدث المقال عن لقاء [[خالد العمر|PER]] بشأن الميزانية.", "meeting") == []


def test_person_right_before_during_the_session_attends(frames):
    # decisions 133, 152: a person the text places at the session is an attendee
    got = frames("ودافع اللاعب [[أحمد ناصر|PER]] أمس خلال جلسة الاستماع التي عقدتها [[لجنة الانضباط|ORG]] "
                 "عن موقفه.", "meeting")
    assert got and got[0][2]["attendee"] == ["أحمد ناصر"]
    assert got[0][2]["organizer"] == ["لجنة الانضباط"] and got[0][2]["date"] == ["أمس"]


def test_person_far_before_during_is_not_placed(frames):
    got = frames("وغاب اللاعب [[أحمد ناصر|PER]] عن التدريب، وناقشت اللجنة القضية خلال جلسة الاستماع التي عقدتها "
                 "[[لجنة الانضباط|ORG]] أمس.", "meeting")
    assert got and "أحمد ناصر" not in got[0][2].get("attendee", [])
