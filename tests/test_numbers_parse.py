"""Surface -> value: digits of both systems with «.»، «,»، «٫»، «٬» read by context, and number words."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from pipeline.numbers.parse import (HUNDREDS, MULTIPLIERS, TEEN_UNITS_YA, TENS, UNITS, may_start_number, parse_digits,
                                    parse_ordinal, parse_words)
from pipeline.text.chars import word_key

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("surface, value", [
    ("265", 265), ("٢٠٢١", 2021), ("3,106", 3106), ("٣٬١٠٦", 3106), ("7.1", 7.1), ("88.03", 88.03),
    ("٩٢٫٥", 92.5), ("1.234.567", 1234567), ("3,5", 3.5), ("1,234.5", 1234.5), ("٣,١٠٦", 3106), ("٠٫٥", 0.5),
    ("88.030", 88.03), ("١٬٢٣٤٬٥٦٧", 1234567), ("٣٬١٠٦٫٥", 3106.5), ("1.234.567٫5", 1234567.5),
])
def test_digits(surface, value):
    assert parse_digits(surface) == pytest.approx(value)


@pytest.mark.parametrize("surface", ["1,2,3,4", "9999999999999999999", "", "٪٪", "/", "12٬5", "٣3", "١٢٫5"])
def test_malformed_digits_give_none(surface):
    assert parse_digits(surface) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.booleans(), st.booleans())
def test_digits_round_trip(n, grouped, indic):
    text = f"{n:,}" if grouped else str(n)
    if indic:
        text = text.translate(ARABIC_INDIC).replace(",", "٬")
    assert parse_digits(text) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip(whole, frac):
    text = f"{whole}.{frac:02d}"
    assert parse_digits(text) == pytest.approx(float(text))
    assert parse_digits(text.translate(ARABIC_INDIC).replace(".", "٫")) == pytest.approx(float(text))


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_number_words_round_trip(n):
    words = num2words(n, lang="ar").split()
    if words == ["ألفا"]:  # the bare construct dual «ألفا» is read as «ألفاً» (one thousand)
        return
    if any(a == b and a in ("ألف", "مليون") for a, b in zip(words, words[1:])):
        return  # num2words writes 301,000,000 «ثلاثمائة و مليون مليون»; a repeated multiplier ends the number
    assert parse_words(words) == (n, len(words))


WORDS = {  # every unit in both genders and in the cases a news text uses, the teens, the tens, hundreds, multipliers
    1: "واحد واحدة واحداً أحد إحدى", 2: "اثنان اثنين اثنتان اثنتين", 3: "ثلاث ثلاثة", 4: "أربع أربعة", 5: "خمس خمسة",
    6: "ست ستة", 7: "سبع سبعة", 8: "ثمان ثماني ثمانية", 9: "تسع تسعة", 10: "عشر عشرة", 20: "عشرون عشرين",
    30: "ثلاثون ثلاثين", 40: "أربعون أربعين", 50: "خمسون خمسين", 60: "ستون ستين", 70: "سبعون سبعين",
    80: "ثمانون ثمانين", 90: "تسعون تسعين", 100: "مائة مئة", 200: "مائتان مائتين مائتي مئتان مئتين",
    300: "ثلاثمائة ثلاثمئة", 900: "تسعمائة", 1000: "ألف ألفاً", 2000: "ألفان ألفين", 1e6: "مليون مليوناً",
    2e6: "مليونان مليونين", 1e9: "مليار", 2e9: "ملياران مليارين",
}


@pytest.mark.parametrize("word, value", [(w, v) for v, ws in WORDS.items() for w in ws.split()])
def test_each_number_word(word, value):
    assert parse_words([word]) == (value, 1)


@pytest.mark.parametrize("text, value", [
    ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12), ("اثنتي عشرة", 12),
    ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("تسعة عشر", 19), ("تسع عشرة", 19), ("خمسة وعشرون", 25),
    ("واحد وعشرين", 21), ("ثلاث وأربعين", 43), ("مائة وخمسون", 150), ("ثلاث مائة", 300), ("ثلاثة آلاف", 3000),
    ("عشرة آلاف", 10000), ("أحد عشر ألفاً", 11000), ("ألف وخمسمائة", 1500), ("ثلاثة ملايين", 3e6),
    ("خمسة مليارات", 5e9), ("ثلاثمائة وخمسة وعشرون ألفاً", 325000),
])
def test_compound_number_words(text, value):
    assert parse_words(text.split()) == (value, len(text.split()))


@pytest.mark.parametrize("text, value, used", [
    ("خمسة وعشرون قضية", 25, 2), ("أحد عشر نموذجًا", 11, 2), ("ثلاثمائة شخص", 300, 1), ("ثلاث مائة", 300, 2),
    ("ثلاث سنوات", 3, 1), ("ثلاثة آلاف", 3000, 2), ("ألفين", 2000, 1), ("مليون", 1e6, 1), ("خمس", 5, 1),
    ("الحادية عشرة", None, 0), ("و خمسة", None, 0),
    ("آلاف السكان", None, 0), ("ملايين الأجهزة", None, 0),  # «thousands of»: no count before the plural
    ("ثلاثة وعشرون و ثلاثة وعشرون", 23, 2), ("عشرون وثلاثة", 20, 1),  # a broken order ends the number
    ("مليون مليون", 1e6, 1), ("مليونين وثلاثة ملايين", 2e6, 1),  # a second multiplier as large starts a new one
])
def test_number_words(text, value, used):
    result = parse_words(text.split())
    assert (result is None and value is None) or result == (value, used)


@pytest.mark.parametrize("text, value", [("الثامنة", (8, 1)), ("الحادية عشرة", (11, 2)), ("الثاني عشر", (12, 2)),
                                         ("الخامسة من بين 63", (5, 1)), ("الأولى", (1, 1)), ("الأول", (1, 1)),
                                         ("الثانية عشرة", (12, 2)), ("العاشرة", (10, 1)), ("أول", (1, 1)),
                                         ("المرتبة", None)])
def test_ordinals(text, value):
    assert parse_ordinal(text.split()) == value


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), st.booleans())
def test_may_start_number_admits_every_first_word_parse_words_reads(n, conjunction):
    """`may_start_number` is the cheap gate before `parse_words`: it must never refuse the first word of a number
    that `parse_words` reads (spelled out by num2words, with or without a leading «و»)."""
    words = num2words(n, lang="ar").split()
    if conjunction:
        words[0] = "و" + words[0]
    if parse_words(words) is not None:
        assert may_start_number(word_key(words[0]))


@pytest.mark.parametrize("word", [*UNITS, *TENS, *HUNDREDS, *MULTIPLIERS, *TEEN_UNITS_YA])
def test_may_start_number_admits_every_table_word(word):
    if parse_words([word]) is not None:
        assert may_start_number(word_key(word))
