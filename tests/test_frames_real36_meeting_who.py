"""Rules of the thirty-sixth real-news pass on who is at a meeting (GUIDELINES §4, §7 decisions 36, 98, 172, 211): an
indefinite talk after «خلال/أثناء» or a word of «after» with «مع» close after it («خلال اجتماع لهم مع قيادة الشرطة»،
«غداة اجتماع مع القادة») reports the meeting of the person told; a definite meeting noun with its participants after
«بين» («اللقاء بين X وY») reports their meeting, and the speaker who tells of it is not there; what is said after
«إنه/أنه» names no participant; in the report of a meeting a body holds, «وذكر X» places its subject there as
«تحدث» does, «وقدم Y» (thanks, congratulations as often as a talk) does not; taking part «في» an event that is no meeting («الذين شاركوا في بطولة …») places no one there;
an interviewee's office may end in an abbreviated title («د.») before his name; the person appointed («تعيين X») is
not at the meeting. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("when", ["خلال", "أثناء", "عقب", "غداة"])
def test_a_talk_with_a_partner_at_the_time_of_the_event_is_a_meeting(frames, when):
    # decision 36: one named participant is enough; the partner is named by office only
    text = f"فاجأ المسلحون المحافظ [[حسن الراشد|PER]] {when} اجتماع لهم مع قيادة الشرطة."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اجتماع"
    assert slots["attendee"] == ["حسن الراشد"]


def test_talks_as_a_means_are_no_meeting(frames):
    # «من خلال لقاءات مع …»: through talks, no one meeting
    text = "وعرض الفيلم [[سامر الحسن|PER]] قصة المقهى من خلال لقاءات مع بعض الأدباء وأصحاب المقاهي."
    assert frames(text, "meeting") == []


@pytest.mark.parametrize("lead", ["وتوقع المحللون أن", "وقال [[فهد العلي|PER]] إن"])
def test_a_definite_meeting_between_named_people_is_theirs(frames, lead):
    # decision 36: «اللقاء بين X وY» names its participants; the speaker who tells of it is not at it
    text = f"{lead} اللقاء بين الوزير [[سامي الحداد|PER]] ونظيره [[خالد المرزوقي|PER]] قد يمهد لاتفاق شامل."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اللقاء"
    assert slots["attendee"] == ["سامي الحداد", "خالد المرزوقي"]


def test_a_person_in_what_is_said_after_innahu_is_not_met(frames):
    # «خلال لقاء مع نظيره Y أنه يدعم ما قاله Z»: what the speaker says after «أنه» names no participant
    text = ("وأكد [[رامي الخطيب|PER]] خلال لقاء مع نظيره [[سعد الدوسري|PER]] أنه يدعم ما قاله [[عادل الحربي|PER]] "
            "عن الاتفاق.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["رامي الخطيب", "سعد الدوسري"]


def test_a_person_who_said_something_in_the_report_of_the_meeting_attends(frames):
    # decisions 98, 211: «وذكر الدكتور X أن …» after the meeting a body holds; «وقدم Y …» places no one
    text = ("عقدت [[جمعية الأطباء|ORG]] اجتماعا في مقرها أمس لبحث أوضاع المستشفى. وذكر الدكتور [[سامي الحداد|PER]] "
            "أن عدد الأسرة لا يكفي. وقدم البروفسور [[خالد المرزوقي|PER]] الشكر للحضور.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["سامي الحداد"]


@pytest.mark.parametrize("sentence, attendees", [
    ("وغاب عن التدريب اللاعبون الذين شاركوا في بطولة الخليج ([[سعد العتيبي|PER]] و[[فهد المالكي|PER]]).", None),
    ("وشارك في المؤتمر [[سعد العتيبي|PER]] و[[فهد المالكي|PER]].", ["سعد العتيبي", "فهد المالكي"]),
])
def test_taking_part_in_another_event_places_no_one_at_the_meeting(frames, sentence, attendees):
    # §4 attendee: «شاركوا في بطولة …» is another event; «شارك في المؤتمر» is the meeting's own
    text = f"عقد [[نادي الشباب|ORG]] مؤتمرا صحفيا أمس لتقديم مدربه الجديد. {sentence}"
    [(_, _, slots)] = frames(text, "meeting")
    assert slots.get("attendee") == attendees


def test_an_interviewee_after_an_abbreviated_title_is_met(frames):
    # decision 172: «اوضح استاذ الاقتصاد بجامعة X د. Y»: the point of «د.» does not end the speaker's clause
    text = ("وبدورها التقت \"[[الرياض|ORG]]\" بعدد من الاقتصاديين. من جانبه اوضح استاذ الاقتصاد بجامعة الطائف د. "
            "[[سالم الغامدي|PER]] انه تحبذ الكثير من الاسر قضاء الاجازة بعيدا عن المدن.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["سالم الغامدي"]


def test_the_person_appointed_at_a_meeting_is_not_placed_there(frames):
    # §4 attendee: «تعيين X رئيسا» names what the meeting decided, not who was at it
    text = ("ومن أفضل قرارات [[الاتحاد السعودي|ORG]] في اجتماعه الأسبوع الماضي تعيين الانجليزي [[جون سميث|PER]] "
            "رئيسا لدائرة التحكيم.")
    [(_, _, slots)] = frames(text, "meeting")
    assert "attendee" not in slots
