"""Enforcement rules of the eighteenth real-news frames pass (GUIDELINES §4 «offence», §7 decisions 39, 61): the
charge after a charged participle («متهما ب…»، «في اتهامات ب…»), a suspicion named by its noun («بشبهة»), a charge
denied («أي تهمة»), the act after an involvement («لتورطه في …», not «في تلك الحادثة»), the operation or case word
before a charge's act and a relative clause after it kept outside the offence. Every sentence here is written for the
test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


def _offences(frames, marked: str) -> list:
    return [f[2].get("offence") for f in frames(marked, "enforcement")]


@pytest.mark.parametrize("marked, offence", [
    # decision 61: the charge phrase in the arrest's own sentence is the offence
    ("وأصدرت المحكمة أمرا باعتقال 40 متهما بالانتماء لتلك الجماعات.", "الانتماء لتلك الجماعات"),
    ("وألقت الشرطة القبض على أربعة رجال أمس في اتهامات بالسرقة.", "السرقة"),
])
def test_charge_after_a_charged_participle(frames, marked, offence):
    assert _offences(frames, marked) == [[offence]]


def test_suspicion_named_by_its_noun(frames):
    # decision 61: «بشبهة X» names the suspicion as «بتهمة X» names the charge
    marked = "وتم اعتقال ثلاثة من الذين هاجموا الحافلة بشبهة السرقة."
    assert _offences(frames, marked) == [["السرقة"]]


def test_a_charge_denied_names_none(frames):
    marked = "وقال المحامي إن موكله اعتقل دون وجود أي تهمة وهو لا ينتمي لأي حزب."
    assert all(not o for o in _offences(frames, marked))


def test_the_act_after_an_involvement(frames):
    # decision 61: «لتورطه في X» says what the person is held for
    marked = "وكان قد تم إيقافه قبل عامين لتورطه في تزوير وثائق رسمية، ثم أطلق سراحه."
    assert _offences(frames, marked) == [["تزوير وثائق رسمية"]]


def test_an_involvement_in_an_act_named_before_names_none(frames):
    # «بالتورط في تلك الحادثة»: the act was named earlier, there is no offence phrase here; nor does «متهمين»
    # take «التورط» as the act
    marked = "وأسفرت التحريات عن ضبط عدد من الأشخاص متهمين بالتورط في تلك الحادثة، وجرى إيقافهم."
    assert all(not o for o in _offences(frames, marked))


@pytest.mark.parametrize("marked, offence", [
    # decision 39: the act without «عملية»; the relative clause after it is outside
    ("وتمت الإطاحة ب 12 متهما بالعملية الإرهابية التي استهدفت السوق.", "الإرهابية"),
    # ANNOTATION §4: the offence leaves out «قضايا»; «كان» opens a new clause
    ("وقبض على العديد من المتورطين بقضايا تهريب كان آخرها أمس.", "تهريب"),
])
def test_operation_or_case_word_and_relative_clause_outside_the_charge(frames, marked, offence):
    assert [offence] in _offences(frames, marked)
