"""Meetings of the twenty-eighth real-news pass (GUIDELINES §7 decision 36: a specific meeting with one participant
opens a frame): a verb of meeting whose object is the representatives of a body («التقى ممثلين عن نقابة X»،
«التقوا ممثلي حركة Y»), and a meeting noun whose genitive person met another named right after him («لقاء X Y»); an outlet's interview («تحاورت “الصحيفة” مع X»، «“الصحيفة” التقت …», decisions 172, 284).
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



def _organizers(got: list) -> list[str]:
    return [o for f in got for o in f[2].get("organizer", [])]


def test_outlet_interviews_a_person(frames):
    # «تحاورت “عين الخبر” مع الدكتورة X»: the outlet organizes, the interviewee attends (dec. 284)
    got = frames("وعلى خلفية ذلك تحاورت “[[صدى الشمال|ORG]]” مع الدكتورة [[منى الراشد|PER]] عضو الجمعية.", "meeting")
    assert "صدى الشمال" in _organizers(got)
    assert "منى الراشد" in _attendees(got)


def test_outlet_before_the_verb_of_meeting(frames):
    # «“X” التقت والد الطفل»: the outlet before the past verb holds the interview (dec. 172)
    got = frames("وبعد نقله إلى المستشفى، «[[صدى الشمال|ORG]]» التقت والد الطفل الذي روى القصة.", "meeting")
    assert "صدى الشمال" in _organizers(got)


def test_club_before_a_match_verb_is_no_outlet(frames):
    # «ويلتقي النادي X مع Y»: the present verb between clubs is a match, no interview
    got = frames("ومن المنتظر أن يلتقي [[نادي الساحل|ORG]] مع الفائز من مباراة الدور الثاني.", "meeting")
    assert "نادي الساحل" not in _organizers(got)


def test_reciprocal_verb_with_a_pronoun_is_no_interview(frames):
    # «أن تحاورهم وتقنعهم»: the verb with an object pronoun is no outlet's interview (dec. 284)
    got = frames("والمطلوب من [[جمعية الحوار|ORG]] أن تحاورهم وتقنعهم بالحسنى.", "meeting")
    assert not got
