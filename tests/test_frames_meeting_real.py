"""Meeting frames on real news, fifth rule pass (issue 15; GUIDELINES §4, §6, §7 decisions 20-22, 36, 62, 97-99,
106, 118, 133): bodies that hold a meeting in coordination, chairs joined by «و», the particle «قد» between the
body and its verb, dates elsewhere in the meeting's clause, persons before a later mention with their pronoun, the
place that hosts a meeting or that its participant travels to, the person before a verb of meeting, companions and
receivers of its participant, places joined by «و». Every sentence here is written for the test; entities are
given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, organizers", [
    # the bodies after «بالتنسيق مع» between the organizer and the noun hold it too
    ("نظمت [[شرطة الحدود|ORG]] بالتنسيق مع [[بلدية الوادي|ORG]] و[[الدفاع المدني|ORG]] مؤتمرا عن السلامة.",
     ["شرطة الحدود", "بلدية الوادي", "الدفاع المدني"]),
    ("عقدت [[هيئة الطرق|ORG]] في [[مدينة الواحة|LOC]] بالتنسيق مع [[إدارة المرور|ORG]] اجتماعا أمس.",
     ["هيئة الطرق", "إدارة المرور"]),
    # a body named after the noun is no partner in holding it
    ("عقدت [[هيئة الطرق|ORG]] اجتماعا بالتنسيق مع [[إدارة المرور|ORG]].", ["هيئة الطرق"]),
    # «وكانت X قد عقدت»: the particle «قد» between the body and its verb of holding
    ("وكانت [[شرطة الساحل|ORG]] قد عقدت في الخامس من مارس جلسة عمل مع رؤساء المراكز.", ["شرطة الساحل"]),
])
def test_organizers_of_a_meeting_held_by_a_body(frames, text, organizers):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["organizer"] == organizers


@pytest.mark.parametrize("text, chairs", [
    ("ترأس المؤتمر [[مديرة الاتحاد|TITLE]] [[سلمى العلي|PER]] و[[العقيد|TITLE]] [[فهد الناصر|PER]].",
     ["سلمى العلي", "فهد الناصر"]),
    # an appositive office between the two chairs
    ("ترأس الاجتماع [[العميد|TITLE]] [[خالد السالم|PER]]، [[قائد|TITLE]] [[حرس الحدود|ORG]]، و[[العقيد|TITLE]] "
     "[[ماجد الحربي|PER]]، [[مدير|TITLE]] [[الشرطة|ORG]].", ["خالد السالم", "ماجد الحربي"]),
    ("عقدت [[اللجنة الأمنية|ORG]] اجتماعا برئاسة [[العقيد|TITLE]] [[سعد الفهد|PER]]، و[[العقيد|TITLE]] "
     "[[علي الراشد|PER]].", ["سعد الفهد", "علي الراشد"]),
    # «وبحضور Y»: an attendee, not a second chair
    ("عقدت [[اللجنة الأمنية|ORG]] اجتماعا برئاسة [[سعد الفهد|PER]] وبحضور [[علي الراشد|PER]].", ["سعد الفهد"]),
])
def test_chairs_joined_by_wa(frames, text, chairs):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["chair"] == chairs


@pytest.mark.parametrize("text, date", [
    # a comma between the place and the date; two days joined by «و» are one date as written (decision 21)
    ("يعقد [[وزير الخارجية|TITLE]] اجتماعا مع نظيره في [[الدوحة|LOC]]، أمس واليوم، لبحث الأزمة.", ["أمس واليوم"]),
    # a relative date after the noun, within its clause, dates the article's meeting
    ("وقالت الحكومة إنها ستبدأ محادثات مع الدائنين بشأن خطة جديدة غدا الخميس.", ["غدا الخميس"]),
    # one after «قبل أن» or inside a title dates something else
    ("وقال [[فهد العمر|PER]] في مؤتمر صحفي في [[جدة|LOC]] قبل أن يتوجه إلى [[مكة|LOC]] عصر أمس إن العمل مستمر.",
     None),
    ("كما قدم [[أحمد سالم|PER]] ندوة بعنوان «الاستعداد لليوم الآخر» للشباب.", None),
    # «وفي اليوم نفسه»: the day of another event
    ("وفي اليوم نفسه، عقدت [[شرطة الميناء|ORG]] اجتماعا لمراجعة الخطة.", None),
])
def test_date_of_the_article_s_meeting_in_its_clause(frames, text, date):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2].get("date") == date


@pytest.mark.parametrize("text, attendees", [
    # a later mention with its participants' pronoun: the persons right before it, joined by «و», attend
    ("استأنف [[العراق|LOC]] وجيرانه محادثاتهم في [[عمان|LOC]] أمس. وبدأ الوزيران [[سالم العمر|PER]] "
     "و[[ماجد الفهد|PER]] اجتماعهما مع ممثلي البنوك.", ["سالم العمر", "ماجد الفهد"]),
    # a person named earlier in the clause, not right before the noun, is not placed there
    ("استأنف [[العراق|LOC]] وجيرانه محادثاتهم في [[عمان|LOC]] أمس. وقال [[سالم العمر|PER]] إن الوزيرين أنهيا "
     "اجتماعهما.", None),
])
def test_persons_before_a_later_mention_with_their_pronoun_attend(frames, text, attendees):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][1] == "محادثاتهم" and got[0][2].get("attendee") == attendees


@pytest.mark.parametrize("text, trigger, slots", [
    # the place that hosts a meeting named after it (decision 106)
    ("وجاءت كلمته خلال مؤتمر استضافته [[الرباط|LOC]] الشهر الماضي.", "مؤتمر",
     {"location": ["الرباط"], "date": ["الشهر الماضي"]}),
    # the place a participant travels to before talks with a named person, and the date in brackets after it
    ("وقال إن [[الرئيس|TITLE]] [[عمر سالم|PER]] يتوجه إلى [[نيامي|LOC]] (اليوم)، وسيجري محادثات مع [[الرئيس|TITLE]] "
     "[[محمد ديالو|PER]].", "محادثات",
     {"location": ["نيامي"], "date": ["اليوم"], "attendee": ["عمر سالم", "محمد ديالو"]}),
    # the person right before a verb of meeting, over the offices in apposition to the name, is one named
    # participant; the place of the visit is where the meeting is
    ("وأكد أن [[سعيد ناصر|PER]] [[نائب رئيس|TITLE]] [[الحكومة|ORG]] سيجتمع خلال زيارته ل[[صلالة|LOC]] مع المسؤولين.",
     "سيجتمع", {"attendee": ["سعيد ناصر"], "location": ["صلالة"]}),
])
def test_place_of_a_meeting_of_named_people(frames, text, trigger, slots):
    got = frames(text, "meeting")
    assert got == [("meeting", trigger, slots)]


@pytest.mark.parametrize("text, attendees", [
    # a companion of the participant, in a sentence before the meeting (decision 133)
    ("قام [[المهندس|TITLE]] [[سعد المالكي|PER]] بجولة على السوق، رافقه فيها [[مدير|TITLE]] [[البلدية|ORG]] "
     "[[ناصر العتيبي|PER]]. والتقى المالكي خلال الجولة [[التاجر|TITLE]] [[سالم الحربي|PER]].",
     ["سالم الحربي", "ناصر العتيبي"]),
    # who receives the participant at the venue
    ("التقى [[الوزير|TITLE]] [[فهد الناصر|PER]] أمس بطلبة الجامعة. وذكر البيان أن [[العميد|TITLE]] [[خالد الراشد|PER]] "
     "كان في استقبال الوزير.", ["فهد الناصر", "خالد الراشد"]),
])
def test_companion_and_receiver_of_the_participant_attend(frames, text, attendees):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["attendee"] == attendees


def test_places_joined_by_wa_are_all_the_location(frames):
    got = frames("عقدت [[هيئة الطرق|ORG]] ندوة في [[الرياض|LOC]] و[[جدة|LOC]] و[[أبها|LOC]] لتعريف المقاولين.",
                 "meeting")
    assert got[0][2]["location"] == ["الرياض", "جدة", "أبها"]
