"""Number rules from the twenty-third pass over real news, fitted on real-train, each on a sentence written for the
test (GUIDELINES §3 compounds, names and dates; decisions 33, 129, 363)."""
from __future__ import annotations

import pytest


def _numbers(fact_tuples, text: str) -> list[tuple[str, float]]:
    return [(surface, value) for surface, _, value, _ in fact_tuples(text)]


@pytest.mark.parametrize("text, expected", [
    ("وفر من القرى أكثر من مليون ونصف مليون شخص.", [("مليون ونصف مليون", 1_500_000.0)]),
    ("وقد تخطى عدد المسجلين المليون ونصف المليون طالب.", [("المليون ونصف المليون", 1_500_000.0)]),
    ("وصوت في الانتخابات نحو مليون وربع من الشباب.", [("مليون وربع", 1_250_000.0)]),
])
def test_a_half_or_quarter_of_a_scale_joins_it(fact_tuples, text, expected):
    """«مليون ونصف مليون», «المليون ونصف المليون», «مليون وربع»: the fraction after a scale adds that share of the scale,
    and the scale repeated after it is part of the one number (§3 compounds)."""
    assert _numbers(fact_tuples, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وغمرت المياه الشارع بارتفاع متر ونصف المتر، ثم انحسرت.", [("متر ونصف المتر", 1.5)]),
    ("وصادرت البلدية طن ونصف الطن من اللحوم الفاسدة.", [("طن ونصف الطن", 1.5)]),
])
def test_a_measure_unit_and_a_half_is_one_and_a_half(fact_tuples, text, expected):
    """«كيلومتر ونصف الكيلومتر», «طن ونصف الطن»: a unit standing for one, with a half, is the count 1.5 (§3)."""
    assert _numbers(fact_tuples, text) == expected


def test_a_half_before_a_scale_opens_the_next_number(fact_tuples):
    """«السجن عشر سنوات ونصف مليون درهم»: the half belongs to the money that follows, not to the years (§3)."""
    assert _numbers(fact_tuples, "ويعاقب المخالف بالسجن سبع سنوات ونصف مليون ريال غرامة.") == [
        ("سبع", 7.0), ("نصف مليون", 500_000.0)]


def test_a_figure_after_this_year_counts_its_noun(fact_tuples):
    """«هذا العام 596 رجلا»: «this year» names the year already; a figure that is no year, before a noun, counts it."""
    assert ("412", 412.0) in _numbers(fact_tuples, "وسجلت المستشفيات هذا العام 412 مريضا جديدا.")
    assert _numbers(fact_tuples, "وشهد العام 857 للهجرة أحداثا كثيرة.") == []


def test_a_figure_after_and_following_an_identifier_head_counts_its_noun(fact_tuples):
    """«رئيس الحكومة و24 وزيراً»: the identifier head before «و» («الحكومة») names nothing after it (§3)."""
    assert _numbers(fact_tuples, "ويضم المجلس رئيس الحكومة و18 وزيرا من الأحزاب.") == [("18", 18.0)]


def test_a_figure_glued_to_a_word_by_a_hyphen_is_a_name(fact_tuples):
    """«بولونيوم-210», «إف-16»: a figure joined to a word by a hyphen names an isotope or a model (§3 names)."""
    assert _numbers(fact_tuples, "ويستخدم المفاعل وقود اليورانيوم-235 المخصب.") == []


def test_a_title_after_the_verb_bayyana_is_no_dual(fact_tuples):
    """«وبين الأمين العام»: «بيّن» (explained) before the title; a dual would take «العامين» (decision 33)."""
    assert _numbers(fact_tuples, "وبين الأمين العام للجمعية أن التبرعات تضاعفت.") == []


@pytest.mark.parametrize("text", [
    "وقال إن التجربة غيرت حياتي بأكملها.",
    "وأشكر الجميع، فهذه رسالتي لزملائنا في المهنة.",
    "ولن أتنازل عن حقي، فهي حياتي وحياتكم.",
])
def test_a_possessive_before_a_clitic_led_word_is_no_construct_dual(fact_tuples, text):
    """«حياتي بأكملها», «رسالتي لعلمائنا», «كفاءتي وعدم»: a word opening with a glued «و/ب/ل» starts a new phrase, so the
    -تي word before it is «my X», not a construct dual whose genitive follows bare (decision 33)."""
    assert _numbers(fact_tuples, text) == []


def test_a_construct_dual_before_a_bare_name_still_counts(fact_tuples):
    """«محافظتي لحج وتعز»: a name that only looks clitic-led is the dual's genitive (decision 179)."""
    assert _numbers(fact_tuples, "وشهدت محافظتي لحج وأبين اشتباكات عنيفة.") == [("محافظتي", 2.0)]


def test_a_masculine_possessive_before_a_nisba_adjective_is_no_dual(fact_tuples):
    """«نصري الحقيقي»: a nisba adjective after an -ي form describes «my X»; no genitive of a construct dual follows."""
    assert _numbers(fact_tuples, "وهذا هو نصري الحقيقي في هذه القضية.") == []


@pytest.mark.parametrize("text", [
    "وأفاد الشهود بأن سبعة من مرافقي القائد أصيبوا في الهجوم.",
    "وأدت المواجهات إلى إصابة عدد من الشرطيين بجروح.",
])
def test_a_partitive_after_a_count_is_a_plural(fact_tuples, text):
    """«خمسة من مرافقي العفري», «عدد من الشرطيين»: the group counted from after «N/عدد من» is a plural (decision 363)."""
    assert all(value != 2.0 for _, value in _numbers(fact_tuples, text))


def test_a_dual_counted_from_stays_a_count(fact_tuples):
    """«العشرات من الجانبين»: a dual that is neither a construct -ي nor a nisba -يين keeps its count (decision 33)."""
    assert ("الطرفين", 2.0) in _numbers(fact_tuples, "وأصيب العشرات من الطرفين في الاشتباكات.")


def test_both_sides_after_ala_is_adverbial(fact_tuples):
    """«ممر للمشاة على الجهتين»: on both sides, no count (decision 129); «بين الجهتين» counts two bodies."""
    assert _numbers(fact_tuples, "وأنشئت أرصفة واسعة على الجهتين.") == []
    assert ("الجهتين", 2.0) in _numbers(fact_tuples, "ووقعت اتفاقية تعاون بين الجهتين أمس.")
