"""Enforcement rules of the twenty-sixth real-news frames pass: an arrest of one person told without naming him
(«تم توقيفها»، «أوقف في …») takes the person named in the sentences before it (GUIDELINES §7 decision 61), and an
arrest in the lead sentence that names no one takes the person named in the next sentence (decision 120). Every
sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the
numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_a_bare_passive_arrest_takes_the_person_named_before(frames):
    # decision 61: «أوقف في …» has no object; its person is the nearest named before it
    marked = ("ونظم أنصار [[كريم ناصر|PER]] مسيرة في العاصمة. وفي نهاية الأمر، أوقف في 12 مارس في المطار.")
    assert _slots(frames, marked) == [{"suspects": ["كريم ناصر"]}]


def test_an_active_arrest_verb_with_an_object_takes_no_earlier_person(frames):
    # «أوقف الشرطي السائق»: the verb has its object, the person named before is no suspect
    marked = ("ونظم أنصار [[كريم ناصر|PER]] مسيرة في العاصمة. وأوقف الشرطي السائق عند الحاجز.")
    assert all("suspects" not in s for s in _slots(frames, marked))


def test_a_manner_phrase_after_a_passive_arrest_keeps_it_passive(frames):
    # «موكلي اعتقل بشكل تعسفي»: the client was arrested; the client is the person named before
    marked = ("وقال محامي الدفاع إن موكله [[سعيد فارس|PER]] بريء. وأضاف أن موكلي اعتقل بشكل تعسفي.")
    assert _slots(frames, marked) == [{"suspects": ["سعيد فارس"]}]


def test_a_passive_pronoun_arrest_takes_a_person_named_four_sentences_back(frames):
    # decision 61: the nearest preceding named mention, over sentences that name no one
    marked = ("وعمل [[هاني طارق|PER]] في مرفأ المدينة. ثم سافر إلى الخارج. وعاد بعد عام. وسكن في الضاحية. "
              "وفي يونيو الماضي تم توقيفها في منزلها.")
    assert _slots(frames, marked) == [{"suspects": ["هاني طارق"]}]


def test_the_lead_arrest_of_one_unnamed_person_takes_the_name_in_the_next_sentence(frames):
    # decision 120: the suspect named only later fills the first arrest
    marked = ("ألقت الشرطة القبض على سائحة أجنبية في الميناء. وكانت [[ليلى جابر|PER]] قد وصلت إلى البلاد قبل يومين.")
    assert _slots(frames, marked) == [{"suspects": ["ليلى جابر"]}]


def test_the_lead_arrest_of_a_group_takes_no_later_name(frames):
    # «اعتقال العاملين»: a plural object is a group, not the one person named next
    marked = ("وأعلنت الشرطة اعتقال العاملين في المصنع. وقال [[ليلى جابر|PER]] إن التحقيق مستمر.")
    assert all("suspects" not in s for s in _slots(frames, marked))


def test_a_later_sentence_arrest_takes_no_later_name(frames):
    # only the lead sentence defers its suspect to the next one
    marked = ("وعقدت الوزارة مؤتمرا صحفيا. ألقت الشرطة القبض على سائحة أجنبية في الميناء. وكانت [[ليلى جابر|PER]] "
              "قد وصلت قبل يومين.")
    assert all("suspects" not in s for s in _slots(frames, marked))
