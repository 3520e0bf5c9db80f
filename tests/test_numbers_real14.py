"""Number rules from the fourteenth pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 subject, §7 not facts, decisions 57, 185, 365)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("وتضم الحديقة نافورة بارتفاع 8 أمتار وقطر 12 م في وسطها.", "قطر"),
    ("ويبلغ طول الممر 300 متر وعرض 40 مترا تقريبا.", "عرض"),
    ("وسقط العامل من ارتفاع 15 مترا أثناء العمل.", "ارتفاع"),
    ("وتمتد الأسلاك مسافة 700 كيلومتر عبر الصحراء.", "مسافة"),
    ("ويقام السوق على مساحة 20 ألف متر مربع قرب الميناء.", "مساحة"),
])
def test_a_bare_dimension_noun_before_a_length_or_area_is_the_subject(fact_tuples, text, subject):
    """«وطول 95 كلم», «وعرض 74.5 متراً», «من ارتفاع 3700 متر», «تمتد مسافة 900 كيلومتر»: a dimension noun right before
    a figure of length or area names the metric measured, also without «ب/ل» or a possessive, and «قطر/علو/سماكة»
    are dimensions too (decisions 185, 365)."""
    facts = fact_tuples(text)
    assert [s for _, kind, _, s in facts if kind == "count"][-1] == subject


@pytest.mark.parametrize("text", ["وسقط العامل من ارتفاع 15 مترا أثناء العمل.",
                                  "ويحيط بالمبنى سياج بارتفاع 60 سم."])
def test_a_height_is_no_rise(number_facts, text):
    """«بارتفاع 136م», «على ارتفاع 12 مترا فوق البحيرة»: «ارتفاع» before a length is a height, not a change
    (decision 365; §3 change only for a number that is the change)."""
    assert [n["change"] for n in number_facts(text)] == [None]


def test_a_rise_before_a_non_length_stays_a_change(number_facts):
    """(«ارتفاع 3 نقاط» is still a rise: only a unit of length or area makes it a height.)"""
    assert number_facts("وسجل المؤشر ارتفاع 3 نقاط في الجلسة.")[0]["change"] == "increase"


@pytest.mark.parametrize("text, subject", [
    ("واجتمع ممثلو فصائل المعارضة الوطنية الخمسة في المدينة.", "فصائل المعارضة الوطنية"),
    ("وناقش الكتاب أبواب الرواية الثلاثة بالتفصيل.", "أبواب الرواية"),
    ("وأعلنت إدارات المستشفى الست حالة الطوارئ.", "إدارات المستشفى"),
])
def test_a_number_word_after_a_singular_genitive_counts_the_plural_head(fact_tuples, text, subject):
    """«أحزاب الائتلاف الحكومي الأربعة», «فصول الكتيب الثلاثة», «طائرات التورنيدو الثماني»: the number word counts the
    indefinite plural heading the construct, not the singular genitive it follows (§3 subject, decision 57)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text, subject", [("وأفرجت السلطات عن أسماء المعتقلين الأربعة أمس.", "المعتقلين"),
                                           ("وتواجه الفتيات الثلاث تهما بالسرقة.", "الفتيات"),
                                           ("وزار الوفد مقار الوزراء العشرة.", "الوزراء")])
def test_a_number_word_after_a_plural_genitive_keeps_it(fact_tuples, text, subject):
    """«أسماء الأشخاص الخمسة», «إدارات الأندية الثلاثة», «مناقب الخلفاء الأربعة», «ويواجه النساء الثلاث»: a plural
    genitive (or a verb before it) keeps the noun right before the number (decision 57)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text", ["وتنطلق الجولة 12 من الدوري يوم الجمعة.",
                                  "وهاجم المسلحون مقر الفرقة 17 مشاة فجرا.",
                                  "وتبنى المجلس بالإجماع القرارات 2200 و2201.",
                                  "ووقع الحادث عند الكيلومتر 40 من الطريق الدولي.",
                                  "وهبطت طائرة بوينغ 737 في المطار."])
def test_rounds_divisions_resolutions_markers_and_models_are_no_facts(number_facts, text):
    """«الجولة 14», «الفرقة 30 مشاة», «القرارات 1696 و1737», «عند الكيلومتر 35», «بوينغ 777»: numbers that name a
    round, a unit, a resolution, a road marker or a model are identifiers, not facts (§3 not facts, like «اللجنة 138»,
    «اللواء 15 مشاة»)."""
    assert number_facts(text) == []


@pytest.mark.parametrize("text, kept", [
    ("الترتيب: 1- النصر: 30 نقطة 2- الهلال: 28 نقطة.", ["30", "28"]),
    ("وانتهت المباراة بفوز الفريق 2- صفر على ضيفه.", []),
])
def test_a_figure_before_a_dash_and_a_word_is_a_list_number(fact_tuples, text, kept):
    """«2- أتليتيكو مدريد: 32 نقطة», «فوز يونايتد 3- صفر»: a figure followed by a dash and a word numbers an item of a
    list or gives a score, never a fact (§3 not facts; the real-train gold counts none of 175 such figures)."""
    assert [s for s, *_ in fact_tuples(text)] == kept
