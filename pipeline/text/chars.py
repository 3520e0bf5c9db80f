"""Character classes and lookup keys for Arabic text.

Nothing here changes a document's text: `lookup_key` only builds the form used to
look a word up in frequency lists and gazetteers.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar

TATWEEL = "\u0640"
# Combining marks that belong to the letter before them (harakat, Quranic marks, superscript alef).
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
ATTACHED_RE = re.compile(f"[{MARKS}{TATWEEL}]")  # what stays with the letter before it when a word is cut
# A word: letters (any script) with their marks and tatweel; digits and "_" are not letters.
WORD = rf"(?:[^\W\d_]|[{MARKS}])+"
# A number: digits of any script, with inner separators only between digits («3,106», «٩٢٫٥», «7.1»).
NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)*"
TOKEN_RE = re.compile(rf"{NUMBER}|{WORD}|\S", re.UNICODE)
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
SENTENCE_END = frozenset(".!?؟…")
# Invisible format characters: zero-width (non-)joiners and spaces, bidi marks and isolates, BOM.
INVISIBLE_RE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")  # Arabic presentation forms A and B


@lru_cache(maxsize=1 << 16)
def lookup_key(word: str) -> str:
    """The form a word is counted and looked up under: no diacritics, no tatweel. Cached: the rules ask for the
    same words' keys hundreds of thousands of times per thousand articles."""
    return dediac_ar(word).replace(TATWEEL, "")


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The form words are compared under by the number and frame rules: no diacritics, alef unified (cached)."""
    return normalize_alef_ar(lookup_key(word))


def letters(word: str) -> str:
    """The word with Arabic presentation forms («ﻣﻠﻴﻮﻥ», text extracted from PDFs) as plain letters, one character
    for one, so every offset inside the word still holds (a ligature such as «ﻻ» stays as written). What the
    tokenizer, number and frame rules read; the text itself is never changed."""
    if not PRESENTATION_RE.search(word):
        return word
    return "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in word)


def model_view(word: str) -> str:
    """The form of a word the NER model reads (the text itself is never changed): presentation
    forms as letters (NFKC, text extracted from PDFs), no diacritics, tatweel or invisible marks.
    Empty for a token made of invisible marks alone, which the model then does not see."""
    return lookup_key(INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", word)))


def is_symbol(token: str) -> bool:
    """Emoji and symbols (Unicode S* categories) alone: never part of an entity."""
    return bool(token) and all(unicodedata.category(c).startswith("S") or INVISIBLE_RE.match(c) for c in token)


def is_arabic_word(token: str) -> bool:
    return bool(ARABIC_LETTER_RE.match(token))
