"""Meetings of the twenty-sixth real-news pass that no earlier rule opened (GUIDELINES §7 decisions 20, 21, 36, 117,
118): a day after the adjectives of a possessed «في مؤتمره الصحافي …», a body before «لحزبه سيجتمع», «يجتمع» with
its people unnamed and a day before «مع», a verb of starting or resuming after the talks («…، والتي من المفترض أن
تستأنف يوم غد»، «…، ستجري في …»), and a round named by its rank («الجولة الثانية من المحادثات») after other talks.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def _dates(got: list) -> list[list[str] | None]:
    return [f[2].get("date") for f in got]


def test_possessed_press_conference_with_its_day(frames):
    # «في مؤتمره الصحافي الأسبوعي الخميس الماضي»: the day after its adjectives reports it (dec. 21, 36)
    got = frames("وردا على سؤال في مؤتمره الصحافي الأسبوعي الخميس الماضي عن الميناء، رفض المتحدث التعليق.", "meeting")
    assert [["الخميس الماضي"]] == _dates(got)


def test_possessed_noun_without_a_day_opens_nothing(frames):
    got = frames("وردا على سؤال في مؤتمره الصحافي الأسبوعي عن الميناء، رفض المتحدث التعليق.", "meeting")
    assert got == []


def test_body_before_its_party_meets(frames):
    # «المكتب السياسي لحزبه سيجتمع مساء اليوم»: the body over «ل» + its party holds the meeting (dec. 36, 226)
    got = frames("وقال رئيس الحزب إن [[المكتب السياسي|ORG]] لحزبه سيجتمع مساء اليوم لبحث نتائج الانتخابات.", "meeting")
    assert len(got) == 1
    assert got[0][2].get("organizer") == ["المكتب السياسي"]
    assert got[0][2].get("date") == ["مساء اليوم"]


def test_unnamed_people_meet_on_a_day(frames):
    # «يجتمع خبراء … الأربعاء مع نظرائهم»: one dated meeting, its people unnamed (dec. 21, 36)
    got = frames("يجتمع مهندسو الشركة الكورية الأربعاء مع نظرائهم اليابانيين لبحث أسباب العطل.", "meeting")
    assert [["الأربعاء"]] == _dates(got)


def test_unnamed_people_without_with_open_nothing(frames):
    got = frames("يجتمع مهندسو الشركة الكورية الأربعاء لبحث أسباب العطل.", "meeting")
    assert got == []


def test_talks_resumed_in_a_relative_clause(frames):
    # «…، و التي من المفترض أن تستأنف يوم غد السبت»: resuming after the talks and their parties reports them (dec. 20)
    got = frames("وقال المحلل إن الخاسر الأكبر هو الوسطاء في محادثات التهدئة بين [[الحكومة|ORG]] و[[المتمردين|ORG]]،"
                 " والتي من المفترض أن تستأنف يوم غد السبت.", "meeting")
    assert [["يوم غد السبت"]] == _dates(got)


def test_talks_planned_after_a_comma_that_closes_the_parties(frames):
    # «الجولة المقبلة من محادثات … بين X وY، ستجري في أواخر أغسطس» (dec. 20, 117)
    got = frames("وأعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين [[الحكومة الكولومبية|ORG]] ومقاتلي"
                 " [[فارك|ORG]]، ستجري في أواخر أغسطس.", "meeting")
    assert [["أواخر أغسطس"]] == _dates(got)


def test_ranked_round_after_other_talks_is_its_own_meeting(frames):
    # a round named by its rank after other talks is one round of its own (dec. 117, 118); «ستبدأ» after it reports it
    got = frames("وعقد [[الاتحاد الأوروبي|ORG]] اجتماعا في [[بروكسل|LOC]] أمس. وقال المتحدث إن الجولة الثانية من"
                 " المحادثات بين الطرفين ستبدأ في [[جنيف|LOC]] الأسبوع المقبل.", "meeting")
    triggers = [f[1] for f in got]
    assert "المحادثات" in triggers
    talks = got[triggers.index("المحادثات")][2]
    assert talks.get("location") == ["جنيف"]


def test_definite_talks_again_open_nothing(frames):
    # a later mention of the talks without a rank stays one event (dec. 118)
    got = frames("وعقد [[الاتحاد الأوروبي|ORG]] اجتماعا في [[بروكسل|LOC]] أمس. وقال المتحدث إن المحادثات بين"
                 " الطرفين كانت مثمرة.", "meeting")
    assert [f[1] for f in got] == ["اجتماعا"]
