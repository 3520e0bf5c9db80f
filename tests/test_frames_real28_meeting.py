"""Meetings of the twenty-eighth real-news pass (GUIDELINES §7 decision 36: a specific meeting with one participant
opens a frame): a verb of meeting whose object is the representatives of a body («التقى ممثلين عن نقابة X»،
«التقوا ممثلي حركة Y»), and a meeting noun whose genitive person met another named right after him («لقاء X Y»).
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def _triggers(got: list) -> list[str]:
    return [f[1] for f in got]


def _attendees(got: list) -> list[str]:
    return [a for f in got for a in f[2].get("attendee", [])]


def test_meeting_with_representatives_of_a_body(frames):
    # «التقى ممثلين عن نقابة X»: the representatives are the participants met, the person before meets (dec. 36)
    got = frames("وكان الوزير [[سامي العتيبي|PER]] الذي زار [[مدينة تبوك|LOC]]، التقى ممثلين عن "
                 "[[نقابة الصيادلة|ORG]] ووعد بدراسة مطالبهم.", "meeting")
    assert "التقى" in _triggers(got)
    assert "سامي العتيبي" in _attendees(got)


def test_they_met_representatives(frames):
    # «التقوا ممثلي حركة X»: the plural verb of meeting with representatives as its object (dec. 36)
    got = frames("وكان المسؤولون الحكوميون التقوا ممثلي [[حركة النهضة|ORG]] في [[مدينة صفاقس|LOC]] للمرة الأولى.",
                 "meeting")
    assert "التقوا" in _triggers(got)


def test_meeting_with_no_representatives_opens_none(frames):
    # «التقوا الزائر في الفندق»: no one named or representing a body is met
    got = frames("وقالت الشرطة إن المتهمين التقوا الزائر في الفندق قبل أن يغادر.", "meeting")
    assert "التقوا" not in _triggers(got)


def test_genitive_person_met_the_person_after_him(frames):
    # «بلقاء X Y»: the person met right after the genitive person, no preposition between (dec. 36)
    got = frames("وفيما يتعلق بلقاء [[فادي الحلبي|PER]] [[رامي الخطيب|PER]]، قالت الوكالة إن اللقاء كان إيجابيا.",
                 "meeting")
    assert {"فادي الحلبي", "رامي الخطيب"} <= set(_attendees(got))

