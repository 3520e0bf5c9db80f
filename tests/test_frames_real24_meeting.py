"""Rules of the twenty-fourth real-news meeting pass (GUIDELINES §7 decisions 22, 36, 226, 297): a bare definite word
for a body («الوزارة»، «الهيئة»، «اللجنة») that holds or meets stands for the one body of that head noun named before it,
at its first mention; two bodies of that head named before leave the slot empty; a body after «ل» over the meeting
noun's definite adjectives («المؤتمر السنوي لحزب X») holds it. Every sentence here is written for the test; entities
are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_definite_noun_before_was_and_verb_of_holding_is_the_ministry_named_before(frames):
    # decisions 226, 297: «أن الوزارة كانت قد نظمت اجتماعا»: the ministry named earlier organizes it
    got = frames("أطلقت [[وزارة الزراعة|ORG]] برنامجا جديدا للمزارعين. وأوضح المتحدث أن الوزارة كانت قد نظمت "
                 "اجتماعا أمس مع ممثلي الجمعيات.", "meeting")
    hit = [g for g in got if g[1] == "اجتماعا"]
    assert hit and hit[0][2].get("organizer") == ["وزارة الزراعة"]


def test_definite_noun_after_verb_of_holding_is_the_body_named_before(frames):
    # decisions 226, 297: «ونظمت الهيئة أمس ورشة عمل»: the authority named earlier organizes it
    got = frames("أعلنت [[هيئة السياحة|ORG]] عن خطتها للموسم. ونظمت الهيئة أمس ورشة عمل للمرشدين.", "meeting")
    hit = [g for g in got if g[1].startswith("ورشة")]
    assert hit and hit[0][2].get("organizer") == ["هيئة السياحة"]


def test_two_bodies_of_the_same_head_leave_the_organizer_empty(frames):
    # decision 297 reads one antecedent: with two ministries named before, «الوزارة» refers to neither for sure
    got = frames("اتفقت [[وزارة الزراعة|ORG]] و[[وزارة المياه|ORG]] على خطة مشتركة. وأوضح المتحدث أن الوزارة "
                 "كانت قد نظمت اجتماعا أمس مع ممثلي الجمعيات.", "meeting")
    hit = [g for g in got if g[1] == "اجتماعا"]
    assert hit and "organizer" not in hit[0][2]


def test_meeting_of_the_committee_named_before(frames):
    # decisions 22, 36, 297: «اجتماع اللجنة اليوم»: the committee named earlier holds the meeting
    got = frames("أحالت الأندية شكاواها إلى [[لجنة الانضباط|ORG]] الأسبوع الماضي. ويتوقع أن يكون اجتماع اللجنة "
                 "اليوم حاسما.", "meeting")
    hit = [g for g in got if g[1] == "اجتماع"]
    assert hit and hit[0][2].get("organizer") == ["لجنة الانضباط"]


def test_committee_that_meets_is_the_one_named_before(frames):
    # decisions 36, 226, 297: «وتجتمع اللجنة مع …»: the body that meets holds the meeting
    got = frames("شكلت [[لجنة الطوارئ|ORG]] فريقا ميدانيا. وتجتمع اللجنة مساء غد مع [[سامر القاسم|PER]] لبحث "
                 "الأضرار.", "meeting")
    hit = [g for g in got if g[1] == "تجتمع"]
    assert hit and hit[0][2].get("organizer") == ["لجنة الطوارئ"]


def test_body_after_lam_over_the_meeting_nouns_adjectives(frames):
    # decisions 36, 226: «في الاجتماع الأول للجنة X»: the committee after «ل» holds the meeting, not only «اجتماع لـ»
    got = frames("وأكد الوزير [[سامر القاسم|PER]] في الاجتماع الأول ل[[لجنة الطوارئ|ORG]] أمس أهمية الخطة.", "meeting")
    hit = [g for g in got if g[1] == "الاجتماع"]
    assert hit and hit[0][2].get("organizer") == ["لجنة الطوارئ"]
