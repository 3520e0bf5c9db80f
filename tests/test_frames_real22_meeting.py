"""Rules of the twenty-second real-news meeting pass (GUIDELINES §7 decisions 21, 36, 211, 227): a meeting noun whose
genitive is an office with no name of its own, with a partner after «مع/بـ», is a meeting of the person named before
who holds the office, and its place may stand after that office and a descriptor («في العاصمة X Y»); a relative date
right before «في مؤتمر صحافي» dates the press conference over a month named earlier; «جلسة بتاريخ 15-07-2015» dates
the session. Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_office_in_the_genitive_stands_for_its_holder(frames):
    # decisions 36, 211, 227: «اجتماع وزير الصحة بمديري المستشفيات» is a meeting of the minister named before
    got = frames("قال [[وزير الصحة|TITLE]] [[نادر العلي|PER]] إن العمل مستمر. ومن المتوقع اجتماع "
                 "[[وزير الصحة|TITLE]] ب مديري المستشفيات غدا.", "meeting")
    hit = [g for g in got if g[1] == "اجتماع"]
    assert hit and hit[0][2]["attendee"] == ["نادر العلي"]


def test_office_with_no_partner_opens_no_meeting(frames):
    # decision 36: with no partner after «مع/بـ» the office's genitive reports no meeting of named people
    got = frames("قال [[وزير الصحة|TITLE]] [[نادر العلي|PER]] إن العمل مستمر. وتحدث التقرير عن اجتماع "
                 "[[وزير الصحة|TITLE]] المقبل.", "meeting")
    assert not [g for g in got if g[1] == "اجتماع"]


def test_place_after_the_office_and_a_descriptor(frames):
    # decision 36: «لقاء المبعوث الأممي مع قادة … في العاصمة اللبنانية بيروت»: the place after the holder's office
    got = frames("وصل [[المبعوث|TITLE]] [[سامر القاسم|PER]] أمس. وأكدت المصادر لقاء [[المبعوث|TITLE]] الأممي مع "
                 "قادة الفصائل في العاصمة اللبنانية [[بيروت|LOC]] لبحث الهدنة.", "meeting")
    hit = [g for g in got if g[1] == "لقاء"]
    assert hit and hit[0][2]["location"] == ["بيروت"]
    assert hit[0][2]["attendee"] == ["سامر القاسم"]


def test_day_said_right_before_the_press_conference(frames):
    # decision 21: «بحسب ما ذكر أمس في مؤتمر صحافي»: «أمس» dates the conference, not the month said before it
    got = frames("سيعلن [[سامر القاسم|PER]] ترشحه في 17 مايو الجاري، بحسب ما ذكر أمس في مؤتمر صحافي في "
                 "[[عمان|LOC]].", "meeting")
    assert got and got[0][1] == "مؤتمر"
    assert got[0][2]["date"] == ["أمس"]


def test_session_dated_by_bitarikh(frames):
    # decision 21: «في جلسة بتاريخ 15-07-2015»: the date in figures after «بتاريخ» dates the session
    got = frames("وأصدرت [[محكمة الاستئناف|ORG]] حكما قطعيا في جلسة بتاريخ 15-07-2015 بإلزام الشركة بالدفع.",
                 "meeting")
    assert got and got[0][1] == "جلسة"
    assert got[0][2]["date"] == ["15-07-2015"]
