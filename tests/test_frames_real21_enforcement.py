"""Enforcement rule of the twenty-first real-news frames pass (GUIDELINES §4 «offence»: the offence is the act): the
named place where the act was done ends the offence, «في/ب + LOC» split or glued and a compass word before a LOC,
while a setting that is no LOC («في حي سكني») and a body after «في» stay. Every sentence
here is written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers
stage."""
from __future__ import annotations


def _offences(frames, marked: str) -> list:
    return [f[2].get("offence") for f in frames(marked, "enforcement")]


def test_a_place_after_in_ends_the_charge(frames):
    # §4: «في LOC» after the charged act is where it happened, outside the act
    marked = ("وألقت الشرطة القبض على ثلاثة أشخاص للاشتباه بتورطهم في سرقة محل مجوهرات في [[الدمام|LOC]] الأسبوع "
              "الماضي.")
    assert _offences(frames, marked) == [["تورطهم في سرقة محل مجوهرات"]]


def test_a_glued_place_ends_the_involvement(frames):
    # «بـLOC» glued to its preposition: the place of the act, not what the act was done with
    marked = "وتمكنت الدوريات من ضبط عدد من المتهمين بالتورط في واقعة الاعتداء على عامل ب[[كورنيش الخبر|LOC]] مساء أمس."
    assert _offences(frames, marked) == [["الاعتداء على عامل"]]


def test_a_compass_word_before_a_place_ends_the_offence(frames):
    # «شرق LOC»: the region of the attempt lies outside the act
    marked = "وأعلنت القوات إحباط محاولة تهريب أسلحة شرق [[الموصل|LOC]] فجر اليوم."
    assert _offences(frames, marked) == [["تهريب أسلحة"]]


def test_a_place_that_is_no_named_location_stays(frames):
    # no LOC after «في»: the setting described with the act stays inside it
    marked = "وألقت الشرطة القبض على شخصين للاشتباه بتورطهما في سرقة سيارات في حي سكني مساء الجمعة."
    assert _offences(frames, marked) == [["تورطهما في سرقة سيارات في حي سكني مساء الجمعة"]]


def test_a_body_after_in_stays(frames):
    # «في ORG» names whom the act was done to, no place («الاعتداء على ضابط في الحرس الوطني»)
    marked = "واعتقلت السلطات خمسة أشخاص للاشتباه بتورطهم في الاعتداء على ضابط في [[الحرس الوطني|ORG]] الأسبوع الماضي."
    assert _offences(frames, marked) == [["تورطهم في الاعتداء على ضابط في الحرس الوطني الأسبوع الماضي"]]
