"""Rules of the seventeenth real-news meeting pass (GUIDELINES §7 decisions 21, 36, 118, 226, 263): a conference or
summit named by its place («مؤتمر جنيف»), a date inside a body's name dates nothing, «شهر» before a month belongs to
the date, a body right before «اجتمع» holds the meeting, and the relative date after the noun's adjectives
(«في مؤتمر صحافي، أمس،»). Every sentence here is written for the test; entities are given as gold
(marked [[surface|LABEL]])."""
from __future__ import annotations


def test_conference_named_by_its_place_is_held_there(frames):
    # decisions 36 (a named one) and 263 («في مؤتمر الخرطوم» → location)
    got = frames("وطالب المتحدث بتطبيق مقررات مؤتمر [[فيينا|LOC]] الخاصة بالملف.", "meeting")
    assert len(got) == 1 and got[0][1] == "مؤتمر"
    assert got[0][2]["location"] == ["فيينا"]


def test_summit_named_by_a_quoted_place(frames):
    got = frames("وأكد البيان الالتزامات التي اتفق عليها القادة في قمة «[[شرم الشيخ|LOC]]» العام الماضي.", "meeting")
    assert got and got[0][2]["location"] == ["شرم الشيخ"]


def test_conference_named_by_place_again_opens_no_second_frame(frames):
    # decision 118: one meeting per event, on its first mention
    got = frames("ودعا الوزير إلى إحياء مؤتمر [[فيينا|LOC]] قريبا. وقال إن مؤتمر [[فيينا|LOC]] ما زال المرجع.", "meeting")
    assert len(got) == 1


def test_conference_named_by_place_as_a_landmark_opens_none(frames):
    # decision 263: a meeting named only as the landmark of a process
    assert frames("وتدهورت العلاقات بين البلدين بعد مؤتمر [[فيينا|LOC]] بسنوات.", "meeting") == []


def test_date_inside_a_body_name_dates_nothing(frames):
    # decision 21: the date slot is the date of the meeting; «14 آذار» here is part of a name
    got = frames("عقدت [[الهيئة العليا لحركة 25 يناير|ORG]] اجتماعها الأسبوعي في [[الزمالك|LOC]] أمس، "
                 "وناقشت الأوضاع.", "meeting")
    assert got and got[0][2]["date"] == ["أمس"]
    assert got[0][2]["organizer"] == ["الهيئة العليا لحركة 25 يناير"]


def test_month_noun_before_the_month_is_in_the_date(frames):
    # decision 21: the date as written, «شهر» included (the gold's «شهر سبتمبر (أيلول) المقبل»)
    got = frames("وأعلن [[الاتحاد العربي للكرة|ORG]] أنه سيعقد مؤتمره العام في [[عمان|LOC]] في شهر نوفمبر المقبل.",
                 "meeting")
    assert got and got[0][2]["date"] == ["شهر نوفمبر المقبل"]


def test_body_right_before_ijtama_holds_the_meeting(frames):
    # decisions 36 («اجتمع» opens a meeting) and 226 (the ORG that holds it is the organizer)
    got = frames("وقال المتحدث إن [[المكتب السياسي|ORG]] سيجتمع مساء اليوم لبحث التطورات.", "meeting")
    assert len(got) == 1 and got[0][1] == "سيجتمع"
    assert got[0][2]["organizer"] == ["المكتب السياسي"] and got[0][2]["date"] == ["مساء اليوم"]


def test_ijtama_without_a_body_or_person_opens_none(frames):
    assert frames("وقال المتحدث إن الأعضاء سيجتمعون قريبا.", "meeting") == []


def test_relative_date_after_the_adjective_of_the_noun(frames):
    # decision 21: «مؤتمر صحافي، أمس، في X» → date «أمس», location X
    # (not the month of the event announced after it)
    got = frames("وقال [[سامي الخالد|PER]] في مؤتمر صحافي، أمس، في [[الكويت|LOC]] إنه سيعلن ترشحه في 17 أغسطس.",
                 "meeting")
    assert got and got[0][2]["date"] == ["أمس"] and got[0][2]["location"] == ["الكويت"]


def test_relative_date_after_two_adjectives(frames):
    # a guard: two adjectives without a comma were already read; the rule must keep them
    got = frames("وقال [[سامي الخالد|PER]] في مؤتمره الصحافي اليومي الاثنين الماضي إن الانتخابات ستجري في 3 مايو.",
                 "meeting")
    assert got and got[0][2]["date"] == ["الاثنين الماضي"]


def test_body_in_the_genitive_of_an_office_before_ijtama_organizes_nothing(frames):
    # decision 62: the office holder meets; the body of his title holds nothing
    got = frames("وأكد أن [[خالد سالم|PER]] [[وزير|TITLE]] [[المكتب السياسي|ORG]] سيجتمع مساء اليوم مع الوفد.",
                 "meeting")
    assert got and "organizer" not in got[0][2]
