"""Frame rules of the sixth real-news pass (issue 15; GUIDELINES §4, §7 decisions 20, 36, 61, 152): general
patterns of Arabic news that the rules fitted on real-train missed on unseen articles. Every sentence here is
written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, slots", [
    # an id written in brackets after «رقم»: the brackets stay outside; the date after «وتاريخ» (split or glued)
    ("وبعد النظر في قرار [[مجلس البلدية|ORG]] رقم (12 / 7) وتاريخ 3 / 4 / 1437هـ، وافق المجلس على الخطة.",
     {"id": ["12 / 7"], "issuer": ["مجلس البلدية"], "date": ["3 / 4 / 1437هـ"]}),
    ("واستنادا إلى قرار [[هيئة النقل|ORG]] رقم ( 9 / 3 ) بتاريخ 1 / 2 / 1436 هـ تقرر إغلاق الطريق.",
     {"id": ["9 / 3"], "issuer": ["هيئة النقل"], "date": ["1 / 2 / 1436 هـ"]}),
])
def test_decision_id_in_brackets_and_its_date(frames, text, slots):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "قرار" and got[0][2] == slots


@pytest.mark.parametrize("text, trigger, slots", [
    # the bare verb «رأس» presides like «ترأس» (decision 152): the chair, and the place and date between verb and noun
    ("رأس [[وزير الداخلية|TITLE]] [[سالم الراشد|PER]] في مكتبه ب[[الدمام|LOC]] مساء أمس اجتماعا مع قادة الأجهزة "
     "الأمنية.", "اجتماعا", {"chair": ["سالم الراشد"], "location": ["الدمام"], "date": ["مساء أمس"]}),
    # a verbal noun of chairing with the chair's pronoun: the person before it chairs
    ("وأكد [[رئيس الهيئة|TITLE]] [[فهد السالم|PER]] خلال ترؤسه ملتقى الشباب الأول أن العمل مستمر.", "ملتقى",
     {"chair": ["فهد السالم"]}),
    # the speaker's name and a long office between the verb of speaking and «في المؤتمر» count no words;
    # «هذا الأسبوع» is the date as written (decision 21)
    ("وقال [[سامي الحربي|PER]] [[كبير المستشارين الفنيين لشركة المياه الوطنية|TITLE]] في المؤتمر السنوي في "
     "[[الرياض|LOC]] هذا الأسبوع إن العمل مستمر.", "المؤتمر",
     {"attendee": ["سامي الحربي"], "location": ["الرياض"], "date": ["هذا الأسبوع"]}),
])
def test_meeting_chair_and_speaker(frames, text, trigger, slots):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][1] == trigger and got[0][2] == slots


@pytest.mark.parametrize("text", [
    # «رأس» as the noun «head»: after a preposition, or with no person or office after it
    "وكان على رأس [[وزير الخارجية|TITLE]] ملف الاجتماع المقبل.",
    "ويبلغ رأس المال المعلن في اجتماع الجمعية العمومية مليون ريال.",
])
def test_head_noun_presides_over_nothing(frames, text):
    assert all("chair" not in slots for _, _, slots in frames(text, "meeting"))


@pytest.mark.parametrize("text, slots", [
    # «القبض على المدعو / X»: the slash before the name in Saudi statements leaves X the suspect
    ("وتمكنت الجهات الأمنية من القبض على المدعو / [[سالم بن علي الفهد|PER]] عند قيامه بتهريب كمية من الحشيش.",
     {"suspects": ["سالم بن علي الفهد"], "offence": ["تهريب كمية من الحشيش"]}),
    # «واتهم 12 منهم بـX»: the part of those arrested who are charged stands between the verb and the charge
    ("واعتقلت الشرطة نحو 90 شخصا في المدينة واتهم 12 منهم بالتخطيط لهجوم.",
     {"suspects": ["90"], "offence": ["التخطيط لهجوم"]}),
])
def test_enforcement_named_suspect_and_charge(frames, text, slots):
    got = frames(text, "enforcement")
    assert len(got) == 1 and got[0][2] == slots
