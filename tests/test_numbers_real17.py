"""Rules from the seventeenth numbers pass over real news, fitted on real-train, each on a sentence written for the
test (GUIDELINES §3, §7; decisions 93, 130, 150, 186, 188)."""
from __future__ import annotations

import pytest


def _surfaces(fact_tuples, text: str) -> list[str]:
    return [surface for surface, _, _, _ in fact_tuples(text)]


@pytest.mark.parametrize("text", [
    "ولا أظن أنه يوجد طالب واحد في المدرسة يجهل ذلك.",
    "لم تسجل الشرطة حادثة واحدة خلال العطلة.",
    "لن تجد في الحي مكتبة واحدة مفتوحة.",
    "ولم يخل منها بيت واحد في القرية.",
])
def test_one_after_a_plain_negator_is_no_fact(fact_tuples, text):
    """«لا يوجد شخص واحد», «لم يسجل ضربة واحدة»: «not a single X» counts nothing (decision 130)."""
    assert "واحد" not in _surfaces(fact_tuples, text) and "واحدة" not in _surfaces(fact_tuples, text)


@pytest.mark.parametrize("text, surface", [
    ("ولم يزر المدينة سوى مرة واحدة في حياته.", "واحدة"),       # «only once» (decision 114)
    ("ولم يتجاوز عدد المصابين شخصا واحدا في الحادث.", "واحدا"),  # a bound, not a negation (decision 93)
])
def test_one_after_only_or_a_negated_bound_still_counts(fact_tuples, text, surface):
    assert surface in _surfaces(fact_tuples, text)


@pytest.mark.parametrize("text", [
    "وانتهى اللقاء بتعادل الفريقين 1 - 1 في الوقت الأصلي.",
    "وتقدم الضيوف 2 - 0 حتى منتصف الشوط الثاني.",
    "ليفوز النادي 3 - 2 بعد التمديد.",
    "وانتهت المباراة بفوز الفريق 4/ صفر على ملعبه.",
    "بعد خسارة الفريق 1-3 وليس كما توقع المدرب.",
])
def test_a_digit_score_after_a_result_word_is_no_fact(fact_tuples, text):
    """«بعد تعادلهما 2 - 2 في الوقت الأصلي»: a result in digits is no fact, whatever follows it (decision 188)."""
    assert [s for s in _surfaces(fact_tuples, text) if s[:1].isdigit()] == []


def test_small_figures_over_a_dash_without_a_result_word_still_count(fact_tuples):
    """«ما بين 3 - 5 أيام»: no word of a match outcome before them, a range of counts stays."""
    assert _surfaces(fact_tuples, "ويستغرق العلاج ما بين 3 - 5 أيام.") != []


@pytest.mark.parametrize("text", [
    "وارتفعت المبيعات خلال شهري محرم وصفر الماضيين.",
    "وتراجعت الأرباح في شهري مارس وأبريل.",
])
def test_a_named_pair_of_months_is_no_fact(fact_tuples, text):
    """«خلال شهري رجب وشعبان الماضيين»: part of the date, no duration (decision 186)."""
    assert "شهري" not in _surfaces(fact_tuples, text)


@pytest.mark.parametrize("text, surface", [
    ("وبلغ النمو 5 في المائة في الربعين الأول والثاني من العام.", "الربعين"),
    ("وارتفعت الصادرات للربعين الأول والثاني.", "لربعين"),
    ("وتحسن الأداء في الفصلين الأول والثاني من السنة.", "الفصلين"),
])
def test_a_period_dual_named_by_its_ordinals_is_no_fact(fact_tuples, text, surface):
    """«للربعين الأول والثاني»: a calendar reference, no fact (decision 186)."""
    assert not any(surface in s for s in _surfaces(fact_tuples, text))


def test_a_period_dual_without_ordinals_still_counts(fact_tuples):
    assert "الربعين" in _surfaces(fact_tuples, "وتراجعت الأرباح خلال الربعين الماضيين.")


@pytest.mark.parametrize("text, surface", [
    ("وسيطر المسلحون على مدينة البستانين في شمال البلاد.", "البستانين"),
    ("وقصفت الطائرات معسكر الواديين غرب المدينة.", "الواديين"),
    ("واندلعت اشتباكات في مديرية الجبلين أمس.", "الجبلين"),
])
def test_a_dual_shaped_name_after_a_kind_of_place_is_no_count(fact_tuples, text, surface):
    """«مدينة القريتين», «معسكر الصدرين»: the -ين word names the place (§3: names are no facts)."""
    assert surface not in _surfaces(fact_tuples, text)


def test_a_dual_after_a_noun_of_people_still_counts(fact_tuples):
    """«سكان القريتين»: the inhabitants of two villages, a count 2 (decision 33)."""
    assert "القريتين" in _surfaces(fact_tuples, "وتبادل سكان القريتين الزيارات.")


@pytest.mark.parametrize("text, surface", [
    ("نسأل الله أن يتقبله في عليين.", "عليين"),
    ("وصلى الله على نبينا وعلى آله وصحبه أجمعين.", "أجمعين"),
])
def test_religious_and_emphatic_ين_words_are_no_duals(fact_tuples, text, surface):
    """«في عليين», «أجمعين»: no pair of anything (decision 150)."""
    assert surface not in _surfaces(fact_tuples, text)


@pytest.mark.parametrize("text, surface", [
    ("وأنجز المشروع في عام واحد بدلا من ثلاثة.", "واحد"),
    ("وسجلت المحاكم ألف قضية في سنة واحدة.", "واحدة"),
])
def test_one_time_unit_after_fi_is_a_duration(fact_tuples, text, surface):
    """«في عام واحد»: a length of time (decision 188), not «في وقت واحد» (at once)."""
    assert any(s == surface and kind == "duration" for s, kind, _, _ in fact_tuples(text))


def test_at_once_stays_no_fact(fact_tuples):
    assert "واحد" not in _surfaces(fact_tuples, "ووصل الوفدان في وقت واحد.")


@pytest.mark.parametrize("text, first, second, noun", [
    ("ويمكن للدراج أن يقطع ثلاثة كيلومترات أو خمسة أو أكثر يوميا.", "ثلاثة", "خمسة", "كيلومترات"),
    ("ويأمل الفريق أن ينهي البحث خلال أربع سنوات أو ست إلى العام المقبل.", "أربع", "ست", "سنوات"),
])
def test_a_bare_alternative_takes_the_noun_said_once(fact_tuples, text, first, second, noun):
    """«ثلاثة كيلومترات أو خمسة»: the noun phrase stops at «أو + figure» and the bare alternative counts the same
    noun (GUIDELINES §7 ranges, decision 275)."""
    subjects = {s: subj for s, _, _, subj in fact_tuples(text)}
    assert subjects.get(first) == noun and subjects.get(second) == noun


def test_a_bare_alternative_after_a_time_dual_is_a_duration(fact_tuples):
    """«بعد شهرين أو ثلاثة»: three months, a duration with the dual's noun."""
    facts = {s: (kind, subj) for s, kind, _, subj in fact_tuples("وقال إنه سيستقيل بعد شهرين أو ثلاثة.")}
    assert facts.get("ثلاثة") == ("duration", "شهرين")


def test_an_alternative_with_its_own_noun_keeps_it(fact_tuples):
    facts = {s: subj for s, _, _, subj in fact_tuples("وقد يستغرق الحل سبع سنوات أو ثماني سنوات.")}
    assert facts.get("ثماني") == "سنوات"
