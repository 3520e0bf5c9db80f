"""Rules of the eighteenth real-news meeting pass (GUIDELINES §7 decisions 21, 36, 62, 118, 263): a verb of conducting
talks reaches its noun over the person, his office and a date («يجري رئيس الحكومة X اليوم مباحثات»); an office with no
name that holds a meeting stands for its holder; «حيث/كما + يعقد/سيجري» takes the sentence's person and the place he
travels to; «بعد اجتماع عقده بمديري … أمس» is dated over its «بـ» phrase; a later «الاجتماع الذي عُقد + date» dates
the meeting it refers back to. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations


def test_conduct_reaches_the_noun_over_person_office_and_date(frames):
    # decisions 21, 36: the person between the verb and the noun conducts the talks, the date between dates them
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا أمس. إلى ذلك، يجري [[وزير الخارجية|TITLE]] الأردني "
                 "[[سامر القاسم|PER]] اليوم مباحثات مع مسؤولين أوروبيين.", "meeting")
    talks = [g for g in got if g[1] == "مباحثات"]
    assert talks and talks[0][2]["attendee"] == ["سامر القاسم"]
    assert talks[0][2]["date"] == ["اليوم"]


def test_conduct_with_other_words_between_opens_nothing(frames):
    # decision 37: «أجرى» a call, not talks; the noun of talks after other words is not reached
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا أمس. وأجرى [[سامر القاسم|PER]] اتصالا بشأن محادثات "
                 "سابقة.", "meeting")
    assert all(g[1] != "محادثات" for g in got)


def test_office_holding_a_meeting_stands_for_its_holder(frames):
    # decision 62: the person who holds a meeting attends; the office names the person named before with it
    got = frames("وكان [[رئيس البرلمان|TITLE]] [[فهد العلي|PER]] قد انتقد الحكومة. وعقد [[رئيس البرلمان|TITLE]] "
                 "أمس اجتماعا مغلقا مع قادة الكتل.", "meeting")
    assert got and "فهد العلي" in got[-1][2]["attendee"]


def test_talks_after_haythu_take_the_traveller_and_his_destination(frames):
    # decision 36: a meeting of named people takes the place its participant travels to
    got = frames("وسيسافر [[مازن الحربي|PER]] إلى [[جورجيا|LOC]] في 12 الجاري لمتابعة البطولة، حيث يعقد "
                 "محادثات مع مسؤولين رياضيين.", "meeting")
    assert got and got[0][2]["attendee"] == ["مازن الحربي"]
    assert got[0][2]["location"] == ["جورجيا"]


def test_visit_of_a_person_to_a_place_is_no_destination_of_later_talks(frames):
    got = frames("وسبق زيارة [[مازن الحربي|PER]] إلى [[طهران|LOC]]، جولة مباحثات ضمت [[سالم العتيبي|PER]] "
                 "و[[خالد الراشد|PER]].", "meeting")
    assert all("طهران" not in g[2].get("location", []) for g in got)


def test_meeting_held_with_people_after_ba_is_dated_over_them(frames):
    # decisions 21, 263: a past meeting with its own «عقده» and date is reported, not a landmark
    got = frames("وأوضح [[ماجد الفهد|PER]] أن القرار جاء بعد اجتماع عقده بمديري المدارس في المنطقة الشمالية "
                 "أمس.", "meeting")
    assert got and got[0][2]["date"] == ["أمس"]


def test_later_mention_with_held_clause_dates_the_meeting(frames):
    # decision 118: one meeting per event; the day its own relative clause states is its date
    got = frames("قال قياديان حضرا اجتماعا لقادة [[الحركة الشعبية|ORG]] الخميس: إن الحركة اختارت قائدا جديدا. "
                 "وقال أحدهما إن الاجتماع الذي عقد مساء الأربعاء استمر ساعات.", "meeting")
    assert len(got) == 1 and got[0][2]["date"] == ["مساء الأربعاء"]
