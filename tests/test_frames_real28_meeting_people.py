"""Rules of the twenty-eighth real-news pass on a meeting's people and bodies (GUIDELINES §7 decisions 22, 36, 133,
135, 226): a plural pronoun on the meeting noun for the members of a body named before, a dual pronoun for the two
persons named before, the bare noun «حضور» before the persons who attend, and the subject of a verb before «خلال» +
the meeting noun. Every sentence here is written for the test; entities are given as gold ([[surface|LABEL]])."""
from __future__ import annotations


def test_plural_pronoun_takes_the_body_of_its_members(frames):
    # «اجتماعهم»: the ministers of the body meet; the body holds it (decisions 22, 226)
    got = frames("يبحث وزراء زراعة [[المنظمة الإقليمية|ORG]] اليوم خلال اجتماعهم في [[عمان|LOC]] خطط الري.",
                 "meeting")
    assert got and got[0][2].get("organizer") == ["المنظمة الإقليمية"]


def test_singular_body_pronoun_still_read(frames):
    got = frames("أعلنت [[الهيئة الوطنية|ORG]] أمس خلال اجتماعها في [[جدة|LOC]] خطة جديدة.", "meeting")
    assert got and got[0][2].get("organizer") == ["الهيئة الوطنية"]


def test_dual_pronoun_takes_both_persons_before(frames):
    # «اجتماعهما»: the two persons named before in the clause met (decision 36)
    got = frames("وناقش [[سامي الخطيب|PER]] المدير العام للشركة مع [[رامي الحسن|PER]] مدير المصنع خلال اجتماعهما "
                 "في [[الدمام|LOC]] خطة الإنتاج.", "meeting")
    assert got and got[0][2].get("attendee") == ["سامي الخطيب", "رامي الحسن"]


def test_singular_pronoun_takes_one_person_before(frames):
    got = frames("وناقش [[سامي الخطيب|PER]] مع العمال خلال اجتماعه بالمدير [[رامي الحسن|PER]] خطة الإنتاج.",
                 "meeting")
    assert got and "سامي الخطيب" in got[0][2].get("attendee", [])


def test_bare_noun_of_presence_places_the_person(frames):
    # «وحضور X» in the sentence of a meeting a body holds: X attends (decision 133)
    got = frames("عقدت [[جمعية المهندسين|ORG]] أمس مؤتمرها السنوي في [[الرياض|LOC]]، وحضور وزير الإسكان "
                 "[[ماجد العلي|PER]].", "meeting")
    assert got and got[0][2].get("attendee") == ["ماجد العلي"]


def test_noun_of_presence_for_a_purpose_places_no_one(frames):
    # «لحضور»: a purpose, not attendance
    got = frames("عقدت [[جمعية المهندسين|ORG]] أمس مؤتمرها السنوي في [[الرياض|LOC]]. ودعت الجمعية أعضاءها لحضور "
                 "محاضرة [[ماجد العلي|PER]] الشهر المقبل.", "meeting")
    assert got and "attendee" not in got[0][2]


def test_subject_of_a_verb_before_during_attends(frames):
    # «كان X قد وافق عليها خلال قمة …»: the subject acts at the meeting (decisions 133, 135)
    got = frames("وكان رئيس الوزراء [[نبيل الراشد|PER]] قد وافق عليها خلال قمة [[مجموعة الشمال|ORG]] في "
                 "[[أوسلو|LOC]] الأسبوع الماضي.", "meeting")
    assert got and got[0][2].get("attendee") == ["نبيل الراشد"]


def test_adjective_before_during_is_no_verb(frames):
    # «X الجديد خلال»: a definite word after the name is no verb with a subject
    got = frames("وكان [[نبيل الراشد|PER]] الجديد خلال قمة [[مجموعة الشمال|ORG]] في [[أوسلو|LOC]] الأسبوع الماضي.",
                 "meeting")
    assert got and "نبيل الراشد" not in got[0][2].get("attendee", [])
