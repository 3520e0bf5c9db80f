"""Enforcement rules of the twenty-seventh real-news frames pass: placing persons in a police station or prison
(«وأودعتهم قسم شرطة …») is an arrest (GUIDELINES §7 decision 207), the object marked by «ل» after a verbal noun
and its agent is the person caught («بتوقيف السلطات ل لبناني X», §4 suspects, decision 61), the charge named before
an arrest told with a pronoun object is its offence («تهمة X ل شخصين تم القبض عليهما», decision 61), and «القبضة»
(a grip) is no trigger. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_placing_persons_in_a_police_station_is_an_arrest(frames):
    # decision 207: «أودعتهم أحد أقسام الشرطة» holds them; the plural pronoun takes the count before it
    marked = "واقتادت العصابة أربعة مواطنين من السوق وأودعتهم أحد أقسام الشرطة مساء الجمعة."
    assert _slots(frames, marked) == [{"suspects": ["أربعة"]}]


def test_depositing_money_holds_no_one(frames):
    # «أودعت في الحساب»: no place of custody after the verb
    marked = "وقال المحاسب إن أربعة موظفين أودعوا المبالغ في الحساب الرئيسي للشركة."
    assert _slots(frames, marked) == []


def test_a_hospital_admission_is_no_arrest(frames):
    # «أدخلته العناية المركزة»: «أدخل» holds someone only in a prison
    marked = "وتعرض [[سامي خالد|PER]] لحادث مروري أدخله العناية المركزة في المستشفى."
    assert _slots(frames, marked) == []


def test_the_object_after_the_agent_of_a_verbal_noun_is_the_suspect(frames):
    # «بتوقيف السلطات الفرنسية ل مغربي X»: the «ل» marks the person caught, after the authority that caught him
    marked = ("ورجحت المصادر أن يكون الخلاف مرتبطا بتوقيف السلطات الفرنسية للمغربي [[حسن بدير|PER]] "
              "في الشهر الماضي.")
    assert _slots(frames, marked) == [{"suspects": ["حسن بدير"]}]


def test_a_charge_before_an_arrest_with_a_pronoun_object_is_its_offence(frames):
    # decision 61: the charge in the arrest's own sentence; it ends before the «ل» of those charged
    marked = "وذكرت النيابة أنه تم توجيه تهمة التزوير والاحتيال لثلاثة أشخاص تم القبض عليهم في المطار."
    slots = _slots(frames, marked)
    assert len(slots) == 1 and slots[0]["offence"] == ["التزوير والاحتيال"]


def test_a_grip_is_no_arrest(frames):
    # «القبضة الحديدية»: a grip holds no one, whatever count follows
    marked = "وفرض الجيش القبضة الحديدية على 3 مدن حدودية بعد الهجوم."
    assert _slots(frames, marked) == []
