"""Rules of the thirty-third real-news meeting pass (GUIDELINES §7 decision 36): a place after «داخل» close after the
meeting noun is its location, «داخل» further on is «at home»; «على هامش» + a definite noun, its adjectives and the body
after a glued «ل» («على هامش الاجتماعات السنوية لرابطة X») reports that body's meeting; the definite «المفاوضات» with a
verb of taking place after it is one round of talks (decision 117); a definite noun whose relative clause gathers named
people («اللقاء الذي جمع الوزير X بنظيره Y») is a meeting of its own; the body after a verb of holding past the noun
holds it over its type noun («اجتماع نظمه حزب «X»»); a call to hold one («دعا إلى عقد مؤتمر») opens none (decision
37); «برئاسة» right after a body other than the meeting's own says who heads that body, no chair (decision 298); a
body after «ل» right before the verb of holding is the genitive of its subject, no organizer; the body whose seat hosts
the meeting is named over its type noun («في مقر منظمة X»). Every sentence here is written for the test; entities are
given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("between", ["", "مع المزارعين "])
def test_a_place_after_inside_close_after_the_noun_is_the_location(frames, between):
    # decision 36: the place of the meeting, «داخل» like «في»
    text = (f"وعقدت [[وزارة الزراعة|ORG]] اجتماعا {between}داخل [[مدينة حائل|LOC]] لبحث موسم الحصاد.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["مدينة حائل"]


def test_inside_far_after_the_noun_places_no_meeting(frames):
    # «داخل البلاد» after a comma and a new clause says «at home», not where the meeting is
    text = ("وسيلتقي [[سالم العمري|PER]] أطرافا كثيرة ، ونحن نرى أن دوره في الحوار داخل [[اليمن|LOC]] مهم.")
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots


@pytest.mark.parametrize("at", ["على هامش", "خلال"])
def test_a_definite_noun_with_its_adjective_and_glued_body_is_the_bodys_meeting(frames, at):
    # decision 36: a definite noun after «خلال/على هامش», with an adjective and «ل» + the body that holds it
    text = f"وتراجعت أسعار النفط {at} الاجتماعات الوزارية ل[[رابطة الدول المصدرة|ORG]]."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "الاجتماعات"
    assert slots["organizer"] == ["رابطة الدول المصدرة"]


def test_a_definite_noun_with_a_glued_body_and_no_adjective_is_a_later_mention(frames):
    # «الاجتماعات لرابطة X» with no adjective between is no meeting of its own (a bare repeat)
    text = "وتراجعت الأسعار على هامش الاجتماعات ل[[رابطة الدول المصدرة|ORG]] أمس."
    assert frames(text, "meeting") == []


@pytest.mark.parametrize("verb", ["التي تنطلق", "التي تجري"])
def test_definite_negotiations_with_a_verb_of_taking_place_open_a_meeting(frames, verb):
    # decision 117: one round of negotiations reported with its date and place
    text = (f"وقال مصدر مطلع إن المفاوضات {verb} غدا في [[الدوحة|LOC]] بين الطرفين ستكون حاسمة.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "المفاوضات"
    assert slots == {"location": ["الدوحة"], "date": ["غدا"]}


def test_negotiations_in_a_meeting_nouns_genitive_are_that_meetings(frames):
    # «جلسة المفاوضات المقبلة التي ستعقد»: one meeting, the session's, not a round of negotiations
    text = "وتترقب الأطراف جلسة المفاوضات المقبلة التي ستعقد ب[[الدوحة|LOC]] في 5 من أكتوبر المقبل."
    [(_, trigger, _)] = frames(text, "meeting")
    assert trigger == "جلسة"


def test_definite_negotiations_in_general_open_no_meeting(frames):
    # decision 117: the process in general («في مراحل لاحقة من المفاوضات») is no meeting
    text = "وقال مصدر مطلع إن الخلاف سيحسم في مراحل لاحقة من المفاوضات بين الطرفين في [[الدوحة|LOC]]."
    assert frames(text, "meeting") == []


@pytest.mark.parametrize("before", ["", "وكان [[سالم العمري|PER]] قد عقد مؤتمرا صحفيا في [[جدة|LOC]] أمس. "])
def test_a_definite_meeting_that_gathers_named_people_is_its_own(frames, before):
    # decision 36: the people the relative clause gathers attend, the place after them is the meeting's
    text = (f"{before}وأوضح المصدر أن نتائج اللقاء الثلاثي الذي جمع [[وزير الخارجية|TITLE]] [[خالد الراشد|PER]] بنظيره "
            "[[جون سميث|PER]] في [[الدوحة|LOC]] كانت إيجابية.")
    *_, (_, trigger, slots) = frames(text, "meeting")
    assert trigger == "اللقاء"
    assert slots["location"] == ["الدوحة"]
    assert slots["attendee"] == ["خالد الراشد", "جون سميث"]


@pytest.mark.parametrize("gathered", ["جمعهما مع", "جمع [[الهلال|ORG]] مع"])
def test_a_match_between_two_clubs_is_no_meeting(frames, gathered):
    # in sports news «اللقاء الذي جمع» two clubs is a match
    text = (f"وسجل اللاعب [[خالد الراشد|PER]] هدفين في اللقاء الذي {gathered} [[النصر|ORG]] على ملعب "
            "[[استاد الملك فهد|LOC]].")
    assert frames(text, "meeting") == []


@pytest.mark.parametrize("body", ["حزب «[[الوفاق|ORG]]»", "حركة [[الوفاق|ORG]]", "«[[الوفاق|ORG]]»"])
def test_the_body_after_its_type_noun_holds_the_meeting(frames, body):
    # decisions 62, 226: the body after the verb of holding organizes, the speaker at it attends
    text = f"وانتقد [[سالم العمري|PER]] خلال كلمته في اجتماع نظمه {body} الحاكم أمس سياسة الحكومة."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["organizer"] == ["الوفاق"]
    assert slots["attendee"] == ["سالم العمري"]


@pytest.mark.parametrize("verb, to", [("دعا", "إلى"), ("يدعو", "الى")])
def test_a_call_to_hold_a_meeting_opens_none(frames, verb, to):
    # decision 37: a meeting only called for is no reported meeting, even with its place
    text = f"و{verb} [[سالم العمري|PER]] {to} عقد مؤتمر دولي في [[عمان|LOC]] لدعم اللاجئين."
    assert frames(text, "meeting") == []


def test_a_meeting_held_after_a_call_is_still_reported(frames):
    # the verb of holding itself, not after «إلى», still holds the meeting
    text = "وعقد [[سالم العمري|PER]] مؤتمرا دوليا لدعم اللاجئين في [[عمان|LOC]] أمس."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["عمان"]


@pytest.mark.parametrize("body", ["أعضاء [[نادي الفيصلي|ORG]]", "لجنة"])
def test_under_the_chair_of_after_a_body_heads_the_body(frames, body):
    # decision 298: the head of the body met is no chair of the meeting; placed there, he attends
    text = f"وعقد [[سالم العمري|PER]] أمس اجتماعا مع {body} برئاسة [[خالد الراشد|PER]] في [[مدينة حائل|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert "chair" not in slots


@pytest.mark.parametrize("text", [
    "وعقدت [[لجنة الزراعة|ORG]] اجتماعها برئاسة [[خالد الراشد|PER]] أمس.",
    "وعقد اجتماع [[لجنة الزراعة|ORG]] برئاسة [[خالد الراشد|PER]] أمس.",
    "وأقر [[مجلس الوزراء|ORG]] برئاسة [[خالد الراشد|PER]] خلال الجلسة التي عقدها أمس عددا من القرارات.",
])
def test_under_the_chair_of_after_the_meetings_body_chairs_it(frames, text):
    # decisions 119, 152: the meeting's own body or a council sits under its chair
    assert [slots["chair"] for _, _, slots in frames(text, "meeting")] == [["خالد الراشد"]]


def test_a_body_in_the_genitive_of_the_subject_holds_nothing(frames):
    # decisions 62, 226: the officers of the body hold it, the body is not said to
    text = "وذكر المصدر أن المدير المالي ل[[قوات الحرس|ORG]] عقد اجتماعاً أمس في [[مدينة حائل|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert "organizer" not in slots
    text = "وذكر المصدر أن [[قوات الحرس|ORG]] عقدت اجتماعاً أمس في [[مدينة حائل|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["organizer"] == ["قوات الحرس"]


@pytest.mark.parametrize("seat", ["في مقر منظمة", "بمقر هيئة"])
def test_the_body_whose_seat_hosts_the_meeting_over_its_type_noun(frames, seat):
    # decision 245: the body whose seat hosts the meeting is its location
    text = f"وأكد [[سالم العمري|PER]] أن المؤتمر الدولي الذي عقد {seat} [[الإسكوا|ORG]] أمس كان ناجحا."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["الإسكوا"]
