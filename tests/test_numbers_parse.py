from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from pipeline.numbers.parse import parse_digits, parse_ordinal, parse_words

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("surface, value", [
    ("265", 265), ("٢٠٢١", 2021), ("3,106", 3106), ("٣٬١٠٦", 3106), ("7.1", 7.1), ("88.03", 88.03),
    ("٩٢٫٥", 92.5), ("1.234.567", 1234567), ("3,5", 3.5), ("1,234.5", 1234.5),
])
def test_digits(surface, value):
    assert parse_digits(surface) == pytest.approx(value)


@pytest.mark.parametrize("surface", ["1,2,3,4", "9999999999999999999", "", "٪٪", "/", "12٬5"])
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


@pytest.mark.parametrize("text, value, used", [
    ("خمسة وعشرون قضية", 25, 2), ("أحد عشر نموذجًا", 11, 2), ("ثلاثمائة شخص", 300, 1), ("ثلاث مائة", 300, 2),
    ("ثلاث سنوات", 3, 1), ("ثلاثة آلاف", 3000, 2), ("ألفين", 2000, 1), ("مليون", 1e6, 1), ("خمس", 5, 1),
    ("الحادية عشرة", None, 0), ("و خمسة", None, 0),
])
def test_number_words(text, value, used):
    result = parse_words(text.split())
    assert (result is None and value is None) or result == (value, used)


@pytest.mark.parametrize("text, value", [("الثامنة", (8, 1)), ("الحادية عشرة", (11, 2)), ("الثاني عشر", (12, 2)),
                                         ("الخامسة من بين 63", (5, 1)), ("الأولى", (1, 1)), ("المرتبة", None)])
def test_ordinals(text, value):
    assert parse_ordinal(text.split()) == value
