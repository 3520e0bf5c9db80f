"""Number detection from the twenty-seventh pass over real news (duals known by agreement), fitted on real-train and
checked on real-dev, each on a sentence written for the test (GUIDELINES §3 duals; decision 33)."""
from __future__ import annotations

import pytest


def _twos(fact_tuples, text: str) -> list[str]:
    return [surface for surface, _, value, _ in fact_tuples(text) if value == 2.0]


@pytest.mark.parametrize("text, word", [
    ("وأوقفت دورية الحدود قاطرتين تقلان بضائع مهربة عند المنفذ.", "قاطرتين"),
    ("وبقيت في ذهن الأهالي هاجسين يؤرقان سكان الحي منذ سنوات.", "هاجسين"),
    ("وأوقفت الشرطة خمسة أشخاص بينهم زوجان يقودان الشبكة منذ عامين.", "زوجان"),
])
def test_an_indefinite_dual_before_a_dual_verb_known_by_its_singular(fact_tuples, text, word):
    """«قاطرتين تقلان», «زوجان يقودان»: an imperfect verb in the dual whose singular («يقل», «يقود») is a common
    verb agrees with the noun before it, which is therefore a dual, count 2, however rare the noun (decision 33)."""
    assert word in _twos(fact_tuples, text)


def test_a_dual_verb_before_a_dual_verb_is_no_noun(fact_tuples):
    """«لا تزالان تسجلان»: the first word is itself a dual verb (singular «يزال»), not a noun agreeing with the second."""
    assert "تزالان" not in _twos(fact_tuples, "وقال المدير إن المدينتين لا تزالان تسجلان ارتفاعا في الأسعار.")


def test_an_indefinite_dual_before_its_adjective_and_the_pair_pronoun(fact_tuples):
    """«عاملين آسيويين وهما …»: the pair's pronoun after the noun's adjective makes the noun a dual."""
    assert "عاملين" in _twos(fact_tuples, "وضبطت الدوريات عاملين آسيويين وهما يبيعان سلعا مقلدة في السوق.")


def test_an_an_word_before_the_pair_pronoun_is_no_dual(fact_tuples):
    """«وعمران هما …»: an -ان word of its own before «هما» is no dual; only a verb in the dual reads it as one."""
    assert "عمران" not in _twos(fact_tuples, "وأكثر مدينتين تشهدان بناء وعمران هما الرياض وجدة.")


@pytest.mark.parametrize("text, word", [
    ("وظهر الممثلان في المسرحية يرتديان بزتين عسكريتين قديمتين.", "بزتين"),
    ("وثبت الطبيب الجهاز بأنشوطتين معدنيتين صغيرتين.", "أنشوطتين"),
])
def test_a_rare_feminine_dual_with_a_nisba_adjective_counts_two(fact_tuples, text, word):
    """«بزتين عسكريتين»: a feminine noun and its nisba adjective both in -تين are a dual (their plurals end in -ات),
    however rare the noun in the word counts (decision 33)."""
    assert any(s.endswith(word) for s in _twos(fact_tuples, text))


def test_a_construct_feminine_dual_before_two_genitives_joined_by_and(fact_tuples):
    """«وزارتي الداخلية والعمل»: a definite noun joined by «و» after the first genitive makes the -تي form a
    construct dual, though «الداخلية» alone would read as an adjective of «my ministry» (decision 33, §6)."""
    assert "وزارتي" in _twos(fact_tuples, "وعقد الاجتماع بحضور ممثلين عن وزارتي الداخلية والعمل في العاصمة.")


def test_my_state_before_two_adjectives_stays_no_dual(fact_tuples):
    """«حالتي الصحية والنفسية»: two adjectives joined by «و» describe «my state»; no construct dual."""
    assert not _twos(fact_tuples, "وقال اللاعب إن حالتي الصحية والنفسية جيدة الآن.")


def test_a_construct_masculine_dual_between_two_named_sides(fact_tuples):
    """«بين تفجيري X وY»: after «بين» a masculine -ي form before two names joined by «و» is a construct dual of the
    two named (decision 33), as after «في/على»."""
    assert "تفجيري" in _twos(fact_tuples, "وقال المسؤول إنه لا علاقة بين تفجيري سوروتش وكوباني.")
