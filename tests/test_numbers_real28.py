"""Number rules from the twenty-eighth pass over real news (values and the generic «واحد»), fitted on real-train, each
on a sentence written for the test (GUIDELINES §3 compounds, §7 ranges, decisions 14, 130, 166, 261)."""
from __future__ import annotations

import pytest


def _values(fact_tuples, text: str) -> list[tuple[str, float]]:
    return [(surface, value) for surface, _, value, _ in fact_tuples(text)]


def test_a_glued_ma_bayna_range_shares_the_scale_of_its_upper_bound(number_facts):
    """«مابين 200 و400 ألف درهم» (ما بين written as one word) is a range like «ما بين»: the lower bound takes the scale
    said once after the upper one, and the qualifiers gte/lte (decision 166, §7)."""
    facts = number_facts("وانخفضت المبيعات اليومية إلى مابين 300 و700 ألف ريال في الأسبوع الأخير.")
    assert [(n["value"], n["qualifier"]) for n in facts] == [(300000.0, "gte"), (700000.0, "lte")]


def test_a_change_from_x_to_y_shares_the_scale_written_after_y(number_facts):
    """«ارتفع التعامل به من 400 إلى 500 ألف ريال»: a change, not a range (two plain figures, decision 208), but the
    scale written once after the second figure is the first figure's too (decision 166)."""
    facts = number_facts("وارتفعت مبيعات المتجر من 600 إلى 900 ألف دينار خلال الشهر.")
    assert [(n["value"], n["qualifier"]) for n in facts] == [(600000.0, "eq"), (900000.0, "eq")]


def test_a_change_to_a_smaller_written_number_keeps_its_own_value(number_facts):
    """«من 800 إلى 1.2 مليون»: the first figure is not smaller than the second's own number, no shared scale."""
    facts = number_facts("وارتفع عدد المسافرين من 900 إلى 1.5 مليون مسافر.")
    assert [n["value"] for n in facts] == [900.0, 1500000.0]


def test_a_round_number_and_a_smaller_one_with_the_noun_repeated_are_one_compound(fact_tuples):
    """«الثلاثمائة ليرة وأربع ليرات» → 304, the span to the second number, its noun outside (decision 261, §3)."""
    assert _values(fact_tuples, "وتخطى سعر الدولار حاجز الخمسمائة ريال وسبعة ريالات في السوق الموازية.") \
        == [("الخمسمائة ريال وسبعة", 507.0)]


def test_two_amounts_of_different_nouns_stay_two_figures(fact_tuples):
    """«ثلاثمائة ريال وأربعة أشخاص»: another noun after the second number, two figures."""
    assert [v for _, v in _values(fact_tuples, "ودفع ثلاثمائة ريال وأربعة أشخاص آخرون.")] == [300.0, 4.0]


@pytest.mark.parametrize("text, expected", [
    ("والفائز بواحد وستين في المائة يفوز بالمقعد.", [("واحد وستين في المائة", 61.0)]),
    ("ويعمل الموظف ثماني ساعات يوميا أو لخمس وأربعين ساعة في الأسبوع.",
     [("ثماني", 8.0), ("خمس وأربعين", 45.0)]),
])
def test_a_compound_after_a_glued_preposition_is_read_whole(fact_tuples, text, expected):
    """«بواحد وخمسين في المائة», «لست وثلاثين ساعة»: the glued «ب/ل» stays outside the span and the compound is read
    whole (§3), not only its last word."""
    assert _values(fact_tuples, text) == expected


def test_a_glued_lam_before_one_number_word_is_no_number(fact_tuples):
    """«لست» alone is «I am not», not «for six»: only a compound after a glued «ل» is read."""
    assert fact_tuples("قال إنه لست مسؤولا عن ذلك.") == []


def test_a_definite_tens_word_takes_the_thousand_after_it(fact_tuples):
    """«السبعين الف كاميرا»: «الف» is «ألف» (no article to strip), 70000."""
    assert _values(fact_tuples, "ولا يتجاوز عددها الستين الف سيارة.") == [("الستين الف", 60000.0)]


def test_a_noun_or_two_is_a_vague_amount(fact_tuples):
    """«مرشح أو اثنين»: «one or two», no figure (decision 130)."""
    assert fact_tuples("ولا يقدم كل حزب سوى اسم أو اثنين للانتخابات.") == []


@pytest.mark.parametrize("text", [
    "ووقف الأهالي وقفة رجل واحد في وجه الفيضان.",
    "وهي ماضية في طريقها بإذن واحد أحد.",
])
def test_one_in_idioms_is_no_fact(fact_tuples, text):
    """«وقفة رجل واحد» (as one man) and «واحد أحد» (God) speak of no amount (decisions 14, 130)."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", [
    "ولم يخالف اللاعب سوى مرة واحدة من قبل الحكم.",
    "وأصبح الجنود على بعد كيلومتر واحد من مركز القرية.",
])
def test_one_before_a_min_that_is_not_partitive_counts(fact_tuples, text):
    """«سوى مرة واحدة من قبل الشرطة», «مسافة كلم واحد من مركز الرمادي»: «من قبل» (by/before) and «من» after a unit of
    distance (from) are no «one of»; the specific «one» is a figure (decision 130)."""
    assert [v for _, _, v, _ in fact_tuples(text)] == [1.0]


def test_one_of_still_is_no_figure(fact_tuples):
    """«واحدة من أجمل المدن»: «one of» stays no figure (§6)."""
    assert fact_tuples("وتعد المدينة مدينة واحدة من أجمل مدن المنطقة.") == []
