"""Attendees of the twenty-seventh real-news pass (GUIDELINES §7 decisions 98, 133, 211, 227, 270): the person who
witnesses the article's meeting («شهد X … اختتام فعاليات اللقاء»), its later speakers («بدوره تحدث X»، «ثم تحدث X
والدكتور Y»، «أكد X في كلمته»), the presenter of a course in its programme («الدورة التي قدمها المدرب X»); no one
named after words of replacing or opposing («ضد X»، «خلفاً لـX»); and a father's name inside a son's name
(«عمر بن عبد العزيز» … «عبد العزيز») is not the first mention of the father. Every sentence here is written for the
test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

FORUM = ("أقامت [[جمعية الأدب الشعبي|ORG]] أمس الملتقى الأول للرواية في [[الطائف|LOC]]، وسط حضور كبير من المثقفين. ")


def _attendees(got: list) -> list[str]:
    return [a for f in got for a in f[2].get("attendee", [])]


def test_witness_of_the_meeting_attends(frames):
    # «شهد X … اختتام فعاليات اللقاء»: who witnesses the meeting is placed there (dec. 98, 133)
    got = frames("شهد مدير الجامعة [[سالم الحربي|PER]] أمس اختتام فعاليات اللقاء الذي أقامته "
                 "[[جمعية الأدب الشعبي|ORG]] في [[الطائف|LOC]].", "meeting")
    assert "سالم الحربي" in _attendees(got)


def test_later_speakers_of_the_article_meeting_attend(frames):
    # «بدوره تحدث X عن …»، «ثم تحدث X والدكتور Y»: talks given at the meeting (dec. 98, 211)
    got = frames(FORUM + "ثم تحدث الدكتور [[فهد العمري|PER]] والدكتور [[ماجد الزهراني|PER]] عن تاريخ الرواية. "
                 "بدوره تحدث [[نواف الشمري|PER]] عن مستقبل النشر.", "meeting")
    assert {"فهد العمري", "ماجد الزهراني", "نواف الشمري"} <= set(_attendees(got))


def test_speaker_in_his_address_attends(frames):
    # «أكد الإعلامي X في كلمته أن …»: the address given at the meeting (dec. 211)
    got = frames(FORUM + "في حين أكد الإعلامي [[بدر القرني|PER]] في كلمته أن الملتقى يخدم الكتاب الشباب.", "meeting")
    assert "بدر القرني" in _attendees(got)


def test_presenter_of_a_course_attends(frames):
    # «الدورة التدريبية التي قدمها المدرب X»: the presenter inside the forum's programme (dec. 270)
    got = frames(FORUM + "وشملت الفعاليات دورة تدريبية في الكتابة قدمها المدرب [[سعود المالكي|PER]] للشباب.", "meeting")
    assert "سعود المالكي" in _attendees(got)


def test_speaking_to_a_paper_or_about_someone_places_no_one(frames):
    # «تحدث لـ…»، «يتحدث عن X»: no talk given at the meeting
    got = frames(FORUM + "وتحدث لصحيفة المدينة عن [[خالد الدوسري|PER]] الذي غاب. "
                 "وكان [[عادل السبيعي|PER]] يتحدث عن الرواية.", "meeting")
    assert not {"خالد الدوسري", "عادل السبيعي"} & set(_attendees(got))


def test_person_opposed_is_not_at_the_meeting(frames):
    # «… ضد X»: the person opposed is not placed at the meeting of his sentence (§4 attendee)
    got = frames("التقى الوزير [[أحمد سالم|PER]] أمس نظيره [[خالد ناصر|PER]] لبحث تنسيق الحملة ضد "
                 "[[سمير فهد|PER]].", "meeting")
    assert "خالد ناصر" in _attendees(got)
    assert "سمير فهد" not in _attendees(got)


def test_father_name_inside_a_son_name_is_another_person(frames):
    # «عمر بن عبد العزيز» … «عبد العزيز»: the father's name ends the son's; the later person is his own first
    # mention (dec. 227)
    got = frames("وكما قال [[عمر بن عبد العزيز|PER]] فإن العدل أساس الملك. وقد التقى [[عبد العزيز|PER]] "
                 "أمس بوزير الخارجية [[فيصل الراشد|PER]] في [[الرياض|LOC]].", "meeting")
    assert "عبد العزيز" in _attendees(got)
    assert "عمر بن عبد العزيز" not in _attendees(got)
