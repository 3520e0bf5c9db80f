"""Enforcement rules of the fifteenth real-news frames pass (GUIDELINES §4 cases/offence, §7 decisions 37, 39, 61, 155,
173, 174): offence boundaries (what the act followed, the smuggler's hiding place, a later past verb, a new clause, the
case word, a quoted group name), «يشتبه في/بأنه» suspicions, plotted acts, violations and further figures of cases
joined by «و», violations written up, the act without an agreeing adjective of the attempt, a thwarting only aimed at,
and passive custody of persons named by a pronoun. Every sentence here is written for the test; entities are given as
gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def _offences(frames, marked: str) -> list:
    return [s.get("offence") for s in _slots(frames, marked)]


@pytest.mark.parametrize("marked, offence", [
    # decision 61: the charge is the act; what it followed («إثر»، «عقب») lies outside
    ("وأعلنت الشرطة توقيف الرجل المتهم بقتل جاره في القرية إثر شجار على قطعة أرض.", "قتل جاره في القرية"),
    # the smuggler's own body or bag after «داخل» is a hiding place, not part of the act
    ("وتم القبض على مسافر عند قيامه بتهريب كمية من الكوكايين داخل أمعائه إلى البلاد.", "تهريب كمية من الكوكايين"),
    # a verb in the feminine past opens a clause of its own after the charge
    ("وأوقفت الشرطة 40 شخصا يشتبه في انتمائهم إلى جماعة متطرفة أطلقت نشاطها الشهر الماضي.",
     "انتمائهم إلى جماعة متطرفة"),
])
def test_offence_ends_before_what_is_no_act(frames, marked, offence):
    assert _offences(frames, marked) == [[offence]]


def test_place_of_a_crime_after_dakhil_stays_inside(frames):
    # «داخل المصانع» (no pronoun of the offender) is where the theft was done
    got = _offences(frames, "وضبطت الشرطة 12 قضية سرقة معدات داخل المصانع خلال العام.")
    assert got == [["سرقة معدات داخل المصانع"]]


def test_yushtabah_fi_with_the_suspects_act(frames):
    # decision 61: «يشتبه في + their act» is the suspicion, as «للاشتباه ب…»; «يشتبه في أنهم» names none
    assert _offences(frames, "وأوقفت الشرطة 9 أشخاص يشتبه في تورطهم في سرقة البنك، وفق بيان رسمي.") == \
        [["تورطهم في سرقة البنك"]]
    assert _offences(frames, "واعتقلت الشرطة 9 أشخاص يشتبه في أنهم سرقوا البنك.") == [None]


def test_a_quoted_group_name_stays_in_the_suspicion(frames):
    got = _offences(frames, "وألقت الشرطة القبض على 8 أشخاص، يشتبه في انتمائهم لتنظيم «[[الفجر الأحمر|ORG]]»، في "
                            "حملة ليلية.")
    assert got == [["انتمائهم لتنظيم «الفجر الأحمر"]]


def test_bi_anna_suspicion_starts_after_anna(frames):
    got = _offences(frames, "وألقت الشرطة القبض على رجلين يشتبه بأنهما عضوان في عصابة لسرقة السيارات.")
    assert got == [["عضوان في عصابة لسرقة السيارات"]]


def test_background_case_leaves_out_the_case_word_and_a_new_clause(frames):
    # ANNOTATION §4: an offence leaves out «قضية»; «وأطلق سراحهم» is a new clause
    got = _offences(frames, "وتبين أن خمسة منهم سبق إيقافهم على خلفية قضايا الفكر المتطرف وأطلق سراحهم لاحقا.")
    assert got == [["الفكر المتطرف"]]


def test_plotted_act_of_those_arrested(frames):
    # decision 61: the act those arrested plotted, in the arrest's own clause, is the offence
    assert _offences(frames, "وأعلنت الوزارة اعتقال 25 شخصا بينهم أجانب خططوا لاستهداف منشآت نفطية، بحسب البيان.") == \
        [["استهداف منشآت نفطية"]]
    # a new clause after «؛» says what the cell did, not the charge
    assert _offences(frames, "وأشاد بضبط الخلية؛ كانت تخطط لعمليات تخريبية كبيرة.") == []


def test_violations_caught_are_cases_with_the_rule_broken(frames):
    # decision 174: «ضبط + N مخالفة» fills cases; the offence is the violation with the rule it breaks
    got = _slots(frames, "وخلال الحملة ضبطت الفرق 315 مخالفة لاشتراطات السلامة في المصانع.")
    assert [(s.get("cases"), s.get("offence")) for s in got] == [(["315"], ["مخالفة لاشتراطات السلامة"])]
    got = _slots(frames, "وضبط رجال المرور 640 مخالفة مرورية خلال الأسبوع.")
    assert [(s.get("cases"), s.get("offence")) for s in got] == [(["640"], None)]


def test_further_figures_of_cases_joined_by_wa(frames):
    # decision 174: the categories of one period's totals stay in one frame, each with its offence
    got = _slots(frames, "وضبطت الشرطة 120 قضية سرقة مع 150 متهما، و45 قضية احتيال مع 60 متهما.")
    assert [sorted(s.get("cases", [])) for s in got] == [["120", "45"]]
    assert [s.get("offence") for s in got] == [["سرقة", "احتيال"]]
    got = _slots(frames, "وضبط المرور الشهر الماضي ( 7120) مخالفة سرعة، و(3015) مخالفة وقوف خاطئ.")
    assert [s.get("cases") for s in got] == [["7120", "3015"]]


def test_a_dual_case_relating_to_an_offence(frames):
    got = _slots(frames, "واكتشفت الشرطة 14 قضية تهريب للذهب وقضيتين تتعلقان بالاتجار بالأعضاء.")
    assert [s.get("offence") for s in got] == [["تهريب للذهب", "الاتجار بالأعضاء"]]
    got = _slots(frames, "وساعدت المعلومات في ضبط قضيتين من قضايا تزوير العملة.")
    assert [s.get("offence") for s in got] == [["تزوير العملة"]]


def test_violations_written_up_are_no_cases(frames):
    # decisions 155, 174: «تحرير + مخالفة» (and the list that goes on) opens no cases
    got = _slots(frames, "كما تم ضبط (12) مطلوبا، وتحرير (90) مخالفة إدارية، (6) مخالفات إشغال طريق.")
    assert [s.get("cases") for s in got] == [None]


def test_adjective_of_the_attempt_is_outside_the_act(frames):
    # decision 39: the offence is the act without «محاولة/عملية»; «إرهابية» describes the attempt
    assert _offences(frames, "وأعلنت الوزارة أن قواتها أحبطت محاولة تفجير إرهابية في العاصمة.") == [["تفجير"]]
    assert _offences(frames, "وتمكنت الجمارك من إحباط عمليات تهريب كبيرة عبر الميناء.") == [["تهريب"]]
    # a noun after the act is its object, not an adjective of the attempt
    assert _offences(frames, "وتمكنت الجمارك من إحباط عملية تهريب كمية من الذهب.") == [["تهريب كمية من الذهب"]]


def test_thwarting_only_aimed_at_opens_none(frames):
    # decision 37: an act only aimed at is no reported one
    assert frames("وأضاف أن الجيش يواصل عملياته لإحباط هجمات محتملة على الحواجز.", "enforcement") == []


def test_bound_before_a_thwarted_figure_counts_attempts(frames):
    # decision 39: a plot thwarted is an attempt counted as cases
    got = _slots(frames, "وقال إن الأجهزة أحبطت أكثر من 30 مؤامرة خلال العام.")
    assert [s.get("cases") for s in got] == [["30"]]
    # the «من» of a bound leaves the act the thwarting verb's direct object
    got = _slots(frames, "وقال إن القوات أحبطت أكثر من 5 هجمات انتحارية، وفق البيان.")
    assert [(s.get("cases"), s.get("offence")) for s in got] == [(["5"], ["هجمات انتحارية"])]


def test_passive_custody_of_persons_named_by_a_pronoun(frames):
    # decisions 102, 173: «تم احتجازهم» takes persons into custody; the count before names them (decision 61)
    got = _slots(frames, "وأفرجت السلطات عن 40 من الصيادين الذين تم احتجازهم سابقا بتهمة الصيد في المياه المحظورة.")
    assert [(s.get("suspects"), s.get("offence")) for s in got] == [(["40"], ["الصيد"])]
    # «مكان احتجازه» is custody as a state (decision 154)
    assert frames("ونقل إلى مكان احتجازه في العاصمة.", "enforcement") == []
