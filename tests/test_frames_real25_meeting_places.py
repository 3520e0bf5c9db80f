"""Rules of the twenty-fifth real-news meeting pass (GUIDELINES §7 decisions 36, 118): a definite meeting noun after
«خلال/في/أثناء» with a definite adjective and then «ل» + the body that holds it («خلال المؤتمر السنوي لحزب X») is one
meeting of that body, reported there, also after another meeting of the article; a bare «في المؤتمر لـ…» or a session
named by its rank («في الجلسة الأولى للملتقى») is none, and the same noun again is a later mention. Every sentence
here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_definite_meeting_with_adjective_and_body_after_during(frames):
    # decision 36: «خلال المؤتمر السنوي لحزب X»: the meeting of the body, its organizer; not skipped as a later mention
    got = frames("التقى [[سامر القاسم|PER]] أمس بالسفير. وسيعرض [[نادر العلي|PER]] خطته في نوفمبر المقبل خلال "
                 "المؤتمر السنوي ل[[حزب الأمل|ORG]] الذي يقوده.", "meeting")
    hit = [g for g in got if g[1] == "المؤتمر"]
    assert hit and hit[0][2]["organizer"] == ["حزب الأمل"]


def test_definite_next_meeting_of_a_body_after_during(frames):
    # decision 36: «أثناء الاجتماع المقبل للجنة X»: after «أثناء», a later meeting of the body
    got = frames("عقد [[مجلس الإدارة|ORG]] ندوة أمس. وسيبحث الأعضاء الخطة أثناء الاجتماع المقبل ل[[لجنة "
                 "الفنون|ORG]] في مارس.", "meeting")
    hit = [g for g in got if g[1] == "الاجتماع"]
    assert hit and hit[0][2]["organizer"] == ["لجنة الفنون"]


def test_ranked_session_of_a_meeting_is_no_owned_meeting(frames):
    # decision 118: «في الجلسة الأولى للملتقى»: a part of the meeting already reported, no new frame
    got = frames("نظمت [[جمعية الأدب|ORG]] أمس ملتقى للشعراء. وفي الجلسة الأولى ل[[الملتقى الأدبي|ORG]] تحدث الضيوف.",
                 "meeting")
    assert not [g for g in got if g[1] == "الجلسة"]


def test_same_noun_again_is_a_later_mention(frames):
    # decision 118: the same noun of a meeting already reported is a later mention of it
    got = frames("عقد [[حزب الأمل|ORG]] مؤتمره أمس. وقال [[نادر العلي|PER]] خلال المؤتمر السنوي ل[[حزب الأمل|ORG]] إن "
                 "الحزب قوي.", "meeting")
    assert len([g for g in got if g[1] in ("المؤتمر", "مؤتمره")]) <= 1
