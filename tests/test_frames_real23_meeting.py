"""Rules of the twenty-third real-news meeting pass (GUIDELINES §7 decisions 22, 36, 97, 226, 227, 341): a first-person
verb or noun of meeting («التقيت»، «اجتمعنا»، «لقائنا») opens a meeting of the writer or of the quote's speaker with the
person named after it; a PER attendee is his first mention also when it is written in another form («محمد بن خالد» …
«محمد بن خالد بن فهد», his surname alone before his full name); a body joined by «بالتعاون مع» after the meeting noun
organizes it with its agent; the point of «د.» ends no list of people taking part. Every sentence here is written for
the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


def test_first_person_meeting_in_a_quote_has_the_speaker(frames):
    # decisions 22, 36: «وأضاف X: «التقيت …»»: the speaker of the quote met someone; one named participant is enough
    got = frames('وأضاف [[سامر القاسم|PER]] في تصريح للصحافيين " التقيت قبل أسبوعين المدير العام وناقشنا الخطة".',
                 "meeting")
    hit = [g for g in got if g[1] == "التقيت"]
    assert hit and hit[0][2]["attendee"] == ["سامر القاسم"]
    assert hit[0][2]["date"] == ["قبل أسبوعين"]


def test_first_person_meeting_names_the_person_met_over_an_abbreviated_title(frames):
    # decisions 36, 97: the writer's «التقيت … د. X» places X at the meeting; the point of «د.» is no sentence end
    got = frames("قبل ثلاثة أعوام، التقيت المبعوث الدولي السابق د. [[نادر العلي|PER]]، وسألته عن الأزمة.", "meeting")
    hit = [g for g in got if g[1] == "التقيت"]
    assert hit and hit[0][2]["attendee"] == ["نادر العلي"]


def test_first_person_interview_noun_with_a_named_guest(frames):
    # decision 97: «في ختام لقائنا مع X»: an interview with a named participant is a meeting
    got = frames("وفي ختام لقائنا مع الفنانة [[ليلى الحسن|PER]] سألناها عن أعمالها المقبلة.", "meeting")
    hit = [g for g in got if g[1] == "لقائنا"]
    assert hit and hit[0][2]["attendee"] == ["ليلى الحسن"]


def test_first_person_meeting_with_several_people_opens_none(frames):
    # decision 341: «التقيت عدداً من الشخصيات مثل X» sums up encounters, no one meeting
    got = frames("وفي تلك السنوات التقيت عدداً من الأدباء مثل [[نادر العلي|PER]] و[[سامر القاسم|PER]].", "meeting")
    assert not [g for g in got if g[1] == "التقيت"]


def test_first_person_meeting_with_no_named_person_opens_none(frames):
    # decision 36: a meeting opens with a named participant; the writer alone names none
    got = frames("في الحي القديم التقيت بمسن يبيع الخبز وحدثني عن حياته.", "meeting")
    assert not [g for g in got if g[1] == "التقيت"]


@pytest.mark.parametrize("marked, first, later", [
    # «محمد بن خالد» is the «محمد بن خالد بن فهد» named first: the attendee is that first mention
    ("وصل الأمير [[محمد بن خالد بن فهد|PER]] إلى المدينة أمس. والتقى الأمير [[محمد بن خالد|PER]] "
     "بالرئيس [[سامر القاسم|PER]] في القصر.", "محمد بن خالد بن فهد", "محمد بن خالد"),
    # «نادر بن العلي» first, «نادر بن سعد العلي» at the meeting: one person, his first mention
    ("أكد [[نادر بن العلي|PER]] أهمية الخطة. وعقد الوزير [[نادر بن سعد العلي|PER]] اجتماعا أمس مع "
     "[[سامر القاسم|PER]].", "نادر بن العلي", "نادر بن سعد العلي"),
    # «مارتن والقاسم» heads the story, «التقى … جون مارتن»: the attendee is the first «مارتن»
    ("[[مارتن|PER]] والقاسم\nالتقى وزير الخارجية [[جون مارتن|PER]] أمس الرئيس [[سامر القاسم|PER]].",
     "مارتن", "جون مارتن"),
    # «سلمان» before «محمد بن سلمان» names his father, not him: the attendee stays where he is
    ("زار الملك [[سلمان|PER]] القاهرة. والتقى الأمير [[محمد بن سلمان|PER]] أمس الرئيس "
     "[[سامر القاسم|PER]].", "محمد بن سلمان", "سلمان"),
])
def test_attendee_at_the_persons_first_mention(frames, marked, first, later):
    # decision 227: a PER filler is the person's first mention, in whatever form it was written
    got = frames(marked, "meeting")
    assert got and first in got[0][2]["attendee"]
    assert later not in got[0][2]["attendee"]


def test_partner_after_the_meeting_noun_organizes_it(frames):
    # decision 226: «أقامت X ندوة حول … بالتعاون مع Y»: Y holds the seminar with X
    got = frames("أقامت [[جمعية البر|ORG]] بمدينة [[الخبر|LOC]] ندوة حول التوعية الصحية بالتعاون مع "
                 "[[مركز الرعاية الأولية|ORG]] شارك فيها الطبيب [[نادر العلي|PER]].", "meeting")
    assert got and got[0][2]["organizer"] == ["جمعية البر", "مركز الرعاية الأولية"]


def test_participant_after_an_abbreviated_title_is_in_the_list(frames):
    # decisions 98, 133: «شارك فيها X ومستشار … د. Y»: the point of «د.» ends no list of participants
    got = frames("نظمت [[جمعية البر|ORG]] ندوة عن الأسرة شارك فيها المستشار [[نادر العلي|PER]] ومستشار الطب "
                 "النفسي د. [[سامر القاسم|PER]]. وتناول العلي أسباب المشكلات.", "meeting")
    assert got and got[0][2]["attendee"] == ["نادر العلي", "سامر القاسم"]
