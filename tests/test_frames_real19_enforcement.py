"""Enforcement rules of the nineteenth real-news frames pass (GUIDELINES §4 «offence», §7 decision 61): a count clause
(«وصل عددهم»، «بلغ اجماليها») and a relative verb of doing with an object pronoun («نفذها») end the offence, a count
clause's figure counts the noun after it or the cases named before it, the cause after «بسبب» of an arrest of someone
is the offence, and a trigger's glued proclitic stays outside its span (ANNOTATION: proclitics stay outside spans).
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from
the numbers stage."""
from __future__ import annotations


def _frames(frames, marked: str) -> list:
    return frames(marked, "enforcement")


def _offences(frames, marked: str) -> list:
    return [f[2].get("offence") for f in _frames(frames, marked)]


def test_a_count_clause_ends_the_offence_and_counts_the_suspects(frames):
    # §4: the offence is the act; the count clause after it is a figure of its own, here of the persons caught
    marked = "وتمكنت الشرطة من ضبط مشتبهين في قضايا تزوير وصل عددهم أكثر من ثلاثمائة مشتبه."
    (_, _, slots), = _frames(frames, marked)
    assert slots.get("offence") == ["تزوير"]
    assert slots.get("suspects") == ["ثلاثمائة"]


def test_a_count_clause_after_cases_names_their_offence(frames):
    # §4: «حالات X بلغ اجماليها N حالة»: N counts the cases of X, not the words after the figure
    marked = ("ونفذت الفرق جولات ميدانية تم خلالها ضبط عدد من حالات الغش بلغ اجماليها ٣٥ حالة بلغت نسبة الوافدين منها "
              "النصف.")
    (_, _, slots), = _frames(frames, marked)
    assert slots.get("cases") == ["٣٥"]
    assert slots.get("offence") == ["الغش"]


def test_a_relative_verb_of_doing_ends_the_offence(frames):
    # decision 61: who carried the act out is no part of it
    marked = "وأعلنت الوزارة أنها أحبطت مخططا لتهريب ذخائر نفذها ثلاثة من المقيمين على صلة بعصابة."
    assert _offences(frames, marked) == [["تهريب ذخائر"]]
    marked = "وقالت الشرطة إنها كشفت 3 قضايا سرقة ارتكبوها في الأحياء الشرقية."
    assert _offences(frames, marked) == [["سرقة"]]


def test_the_cause_of_an_arrest_of_someone(frames):
    # decision 61: «بسبب X» after the arrest of a named person says what he is held for, to the end of the clause
    marked = "وتم اعتقال [[سامر الخطيب|PER]] في المدينة بسبب نشاطه داخل جماعة مسلحة محظورة، وفق الشرطة."
    assert _offences(frames, marked) == [["نشاطه داخل جماعة مسلحة محظورة"]]


def test_a_cause_alone_makes_no_frame(frames):
    # «أوقفت الأمانة موظفيها بسبب الحر»: a suspension from work, with no one named or counted, is no arrest frame
    marked = "ومن جانبها أوقفت البلدية العمل الميداني أمس بسبب اشتداد العاصفة الرملية."
    assert _frames(frames, marked) == []


def test_the_trigger_leaves_a_glued_proclitic_out(frames):
    # the tokenizer leaves «و» glued to «اوقفت» here; the trigger span starts after it
    marked = "وقال المتحدث إن الشرطة واوقفت خمسة اشخاص."
    assert [f[1] for f in _frames(frames, marked)] == ["اوقفت"]


def test_trafficking_keeps_what_is_trafficked(frames):
    # §4: «الاتجار بالبشر» is the crime's name, the «ب» after «الاتجار» does not end the act; «فيما» ends the charge
    marked = "وأوقفت الشرطة أربعة رجال أمس في اتهامات بالسرقة والاتجار بالأعضاء فيما يتعلق بشبكة دولية."
    assert _offences(frames, marked) == [["السرقة والاتجار بالأعضاء"]]
    marked = "واعتقلت السلطات ثلاثة أشخاص بتهمة الاتجار في البشر."
    assert _offences(frames, marked) == [["الاتجار في البشر"]]
