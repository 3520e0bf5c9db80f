"""Number detection from the twenty-sixth pass over real news (duals), fitted on real-train and checked on real-dev,
each on a sentence written for the test (GUIDELINES §3 duals; decisions 33, 130)."""
from __future__ import annotations

import pytest


def _twos(fact_tuples, text: str) -> list[str]:
    return [surface for surface, _, value, _ in fact_tuples(text) if value == 2.0]


@pytest.mark.parametrize("text, word", [
    ("وعثرت الشرطة في السيارة على بندقيتين ومسدس قديم.", "بندقيتين"),
    ("وأصيب الرجل برصاصتين في ساقه أثناء المطاردة.", "رصاصتين"),
    ("وهدمت الجرافات بنايتين في طرف القرية أمس.", "بنايتين"),
])
def test_an_indefinite_feminine_dual_of_a_less_common_noun_counts_two(fact_tuples, text, word):
    """«بندقيتين», «برصاصتين»: the singular («بندقية», «رصاصة») is a noun of the news, if less common than the
    hundred-times singulars the main rule asks for, so its -تين form is a dual, count 2 (decision 33)."""
    assert _twos(fact_tuples, text) == [word]


@pytest.mark.parametrize("text", [
    "وظهر المتهم في الجلسة ويداه مقيدتان خلف ظهره.",
    "وقال الضابط إن السيارتين كانتا مستهدفتين منذ الصباح.",
])
def test_a_participle_in_tain_is_no_rare_dual(fact_tuples, text):
    """«مقيدتان», «مستهدفتين»: a participle agreeing with a dual counts nothing of its own (decision 74); the rarer
    singular rule leaves «م…» forms out."""
    assert not [s for s in _twos(fact_tuples, text) if s.startswith("م")]


@pytest.mark.parametrize("text, word", [
    ("وأنشأت الوزارة معهدا في الشمال ومعهدين في المنطقة الجنوبية.", "معهدين"),
    ("وقال المتحدث إن القتلى ثلاثة مدنيين وشرطيان من دورية المرور.", "شرطيان"),
    ("ويحظى المرشح بتأييد واسع في حزبه لسببين.", "سببين"),
])
def test_a_dual_behind_a_glued_proclitic_counts_two(fact_tuples, text, word):
    """«ومعهدين», «وشرطيان», «لسببين»: the glued «و/ل» hides the dual from the word counts; the stripped form is a
    dual and the proclitic stays outside the span (§3, decision 33)."""
    assert word in _twos(fact_tuples, text)


@pytest.mark.parametrize("text", [
    "وفي الروايات القديمة كانت أسرة أو أسرتان تتحكمان في القرية كلها.",
    "ولا يمكن أن يتغير رأيه في شهر أو في شهرين.",
    "ويتدرب اللاعبون على التمرير من لمسة ولمستين في مساحات ضيقة.",
])
def test_one_or_two_of_the_same_noun_is_vague(fact_tuples, text):
    """«أسرة أو أسرتان», «في شهر أو في شهرين», «من لمسة ولمستين»: a dual offered as the alternative to its own
    singular is a vague «one or two», no fact (decision 130; the real-train gold marks none)."""
    assert _twos(fact_tuples, text) == []


def test_a_dual_after_a_different_noun_and_aw_still_counts(fact_tuples):
    """«مسدس أو بندقيتين»: the alternative is another noun, so the dual is a plain count (decision 33)."""
    assert _twos(fact_tuples, "وضبطت الشرطة مع كل متهم مسدسا أو بندقيتين.") == ["بندقيتين"]
