"""Rules of the twenty-first real-news meeting pass (GUIDELINES §7 decisions 36, 62, 97, 118): meetings the earlier
passes missed. «أثناء» places a speaker at a meeting like «خلال»; a meeting noun with a person in its genitive may have
a style or a nisba adjective in the person's chain of offices; «أنه/إنه/كما + التقى» takes the subject of its sentence
as the participant; a definite meeting noun described by a relative clause of holding that gives its place or date is
a meeting of its own; a comma may set that relative clause off; a meeting held by a named agent («اجتماع عقدته ORG»،
«اجتماعات عقدها PER») is reported. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations


def test_speaker_during_a_press_conference_with_athnaa(frames):
    # decisions 36, 97: «قال X أثناء مؤتمر صحفي» places the speaker at the press conference, like «خلال»
    got = frames("وقال [[سامر القاسم|PER]] أثناء مؤتمر صحفي إن الطريق سيفتح قريبا.", "meeting")
    assert got and got[0][1] == "مؤتمر"
    assert got[0][2]["attendee"] == ["سامر القاسم"]


def test_genitive_person_over_a_nisba_of_his_office(frames):
    # decision 36: «لقاء رئيس الوزراء الماليزي X بالرئيس Y»: the nisba adjective is part of the chain of offices
    got = frames("جاء ذلك خلال لقاء [[رئيس الوزراء|TITLE]] الماليزي [[كمال حسين|PER]] ب[[الرئيس|TITLE]] "
                 "[[فارس منصور|PER]] في العاصمة.", "meeting")
    assert got and got[0][1] == "لقاء"
    assert "كمال حسين" in got[0][2]["attendee"]


def test_genitive_person_over_a_style(frames):
    # decision 36: «اجتماع معالي وزير X مع …»: a style before the office is in no span and keeps the chain
    got = frames("وتحدث التقرير عن اجتماع معالي [[وزير الزراعة|TITLE]] [[نادر العلي|PER]] مع المزارعين.",
                 "meeting")
    assert got and got[0][2]["attendee"] == ["نادر العلي"]


def test_he_said_that_he_met(frames):
    # decision 36: «كشف X … أنه التقى مديري المدارس»: the speaker is the one named participant
    got = frames("كشف [[وزير التربية|TITLE]] [[حامد الكبيسي|PER]] عبر حسابه أنه التقى مديري المدارس.", "meeting")
    assert got and got[0][1] == "التقى"
    assert got[0][2]["attendee"] == ["حامد الكبيسي"]


def test_he_says_to_someone_that_he_met(frames):
    # decision 36: «يقول X لـY إنه التقى …»: the subject of the verb of saying meets, not the person he speaks to
    got = frames("ويقول [[حامد الكبيسي|PER]] ل[[نادر العلي|PER]] إنه التقى بعض التجار.", "meeting")
    assert got and got[0][2]["attendee"] == ["حامد الكبيسي"]


def test_kama_met_has_the_subject_of_the_sentence(frames):
    # decision 36: «زار X المستشفى، كما التقى بالعاملين»: a further act of the same subject
    got = frames("وزار [[حامد الكبيسي|PER]] المرضى في المستشفى، كما التقى بالعاملين فيه.", "meeting")
    assert got and got[0][1] == "التقى"
    assert got[0][2]["attendee"] == ["حامد الكبيسي"]


def test_described_definite_conference_is_a_meeting_of_its_own(frames):
    # decisions 36, 118: a later definite noun described by «الذي عقده في LOC في DATE» is a new meeting, not a repeat
    got = frames("وعقد [[المجلس الأعلى|ORG]] اجتماعا أمس. وأضاف [[سامر القاسم|PER]] في المؤتمر الصحفي الذي عقده "
                 "في [[عمان|LOC]] في 12 مايو أن الوضع مستقر.", "meeting")
    conf = [g for g in got if g[1] == "المؤتمر"]
    assert conf and conf[0][2]["location"] == ["عمان"]
    assert conf[0][2]["date"] == ["12 مايو"]


def test_same_noun_again_stays_a_repeat(frames):
    # decision 118: the same noun as an earlier meeting is a later mention of it, whatever its relative clause says
    got = frames("وعقد [[المجلس الأعلى|ORG]] اجتماعا أمس. وقال [[سامر القاسم|PER]] إن الاجتماع المطول الذي عقد "
                 "في [[عمان|LOC]] كان مثمرا.", "meeting")
    assert len(got) == 1


def test_relative_clause_set_off_by_a_comma(frames):
    # decisions 36, 118: «خلال المنتدى العالمي الثامن للطاقة، الذي أقيم في LOC»: the comma does not cut the clause
    got = frames("وعقد [[المجلس الأعلى|ORG]] اجتماعا أمس. وفاز المشروع بجائزة خلال المنتدى العالمي الثامن للطاقة، "
                 "الذي أقيم في [[مدينة دبي|LOC]] العام الماضي.", "meeting")
    forum = [g for g in got if g[1] == "المنتدى"]
    assert forum and forum[0][2]["location"] == ["مدينة دبي"]


def test_meeting_held_by_a_quoted_body(frames):
    # decisions 36, 226: «اجتماع عقدته «ORG» مع …»: the body that holds it is the organizer, over the quote
    got = frames("وتحدث ناشطون عن اجتماع عقدته «[[جبهة الشمال|ORG]]» مع فصائل أخرى.", "meeting")
    assert got and got[0][1] == "اجتماع"
    assert got[0][2]["organizer"] == ["جبهة الشمال"]


def test_meetings_held_by_a_person(frames):
    # decisions 36, 62: «اجتماعات عقدها X مع …»: the person who holds them attends
    got = frames("وستحاول الحكومة البناء على اجتماعات عقدها [[حامد الكبيسي|PER]] مع زعماء المنطقة.", "meeting")
    assert got and got[0][1] == "اجتماعات"
    assert got[0][2]["attendee"] == ["حامد الكبيسي"]
