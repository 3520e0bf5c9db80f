"""Surface → value for Arabic numbers: digits of any script with their separators, number
words (واحد … مليار, compounds joined by و), multipliers and ordinals.

Usable on its own: `parse_digits("3,106") == 3106.0`, `parse_words("خمسة وعشرون".split())
== (25.0, 2)`, `parse_ordinal("الحادية عشرة".split()) == (11, 2)`. Nothing here guesses:
a surface that is not a well-formed number gives None.
"""
from __future__ import annotations

import re
from functools import lru_cache

from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.text.chars import word_key

MAX_DIGITS = 15  # longer digit strings are identifiers or phone numbers, not quantities

_THOUSANDS = re.compile(r"^\d{1,3}(?:([,\u066c.])\d{3})(?:\1\d{3})*(?:[.\u066b]\d+)?$")
_DECIMAL = re.compile(r"^\d+(?:[.\u066b,]\d+)?$")


def parse_digits(surface: str) -> float | None:
    """«3,106» → 3106, «7.1» → 7.1, «٩٢٫٥» → 92.5, «٣٬١٠٦» → 3106; «1,2,3,4» and «٣3» (two digit systems) → None."""
    s = surface.strip()
    if not s or sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None
    if len({ord(ch) - int(ch) for ch in s if ch.isdigit()}) > 1:  # the code point of each digit's zero
        return None
    ascii_ = "".join(str(int(ch)) if ch.isdigit() else ch for ch in s)
    m = _THOUSANDS.match(ascii_)
    if m and not (m.group(1) == "." and ascii_.count(".") == 1 and "," not in ascii_ and "\u066c" not in ascii_):
        # «1,234» «1.234.567» «٣٬١٠٦» are thousands; a single «.» («88.030») stays a decimal point
        if m.group(1) != ".":
            body = ascii_.replace(m.group(1), "")
        else:  # two dots or more: «97.151.502.13» is thousands dots, then two decimals («1.234.567٫5»: «٫» the point)
            head, _, tail = ascii_.rpartition(".")
            if tail.isdigit() and len(tail) > 3:  # «1.234.5678»: no grouping reads both ways (a phone or id number)
                return None
            body = head.replace(".", "") + ("." if len(tail) != 3 and tail.isdigit() else "") + tail
        return float(body.replace("\u066b", "."))
    if "\u066c" in ascii_:
        return None
    if _DECIMAL.match(ascii_):
        return float(ascii_.replace("\u066b", ".").replace(",", "."))
    return None


def spellings(word: str) -> set[str]:
    """A word's key and the spellings informal news uses for it (Duckling's Arabic corpus lists them too):
    final «ة» written «ه» («اربعه»، «عشره»)."""
    key = word_key(word)
    out = {key}
    if key.endswith("ة"):
        out.add(key[:-1] + "ه")
    return out


# «اثنى عشر»، «إثنتى عشرة»: the «ى» spelling of a unit, read only before «عشر» («أثنى» alone is «praised»)
TEEN_UNITS_YA: dict[str, str] = {word_key(w)[:-1] + "ى": word_key(w) for w in ("اثني", "اثنتي", "ثماني")}
TEN_KEYS = frozenset({"عشر", "عشرة", "عشره"})


def _forms(value: float, *words: str) -> dict[str, float]:
    return {k: value for w in words for k in spellings(w)}


UNITS: dict[str, float] = {
    **_forms(1, "واحد", "واحدة", "واحداً", "أحد", "إحدى"),
    **_forms(2, "اثنان", "اثنين", "اثنا", "اثني", "اثنتان", "اثنتين", "اثنتا", "اثنتي"),
    **_forms(3, "ثلاث", "ثلاثة"), **_forms(4, "أربع", "أربعة"), **_forms(5, "خمس", "خمسة"),
    **_forms(6, "ست", "ستة"), **_forms(7, "سبع", "سبعة"), **_forms(8, "ثمان", "ثماني", "ثمانية"),
    **_forms(9, "تسع", "تسعة"), **_forms(10, "عشر", "عشرة"),
    # the accusative of the feminine forms before «و» + tens: «ثلاثا وعشرين ميدالية»
    **_forms(3, "ثلاثا"), **_forms(4, "أربعا"), **_forms(5, "خمسا"), **_forms(6, "ستا"), **_forms(7, "سبعا"),
    **_forms(9, "تسعا"),
}
TENS: dict[str, float] = {}
for _v, _stem in ((20, "عشر"), (30, "ثلاث"), (40, "أربع"), (50, "خمس"), (60, "ست"), (70, "سبع"), (80, "ثمان"), (90, "تسع")):
    TENS.update(_forms(_v, _stem + "ون", _stem + "ين"))
HUNDREDS: dict[str, float] = {**_forms(100, "مائة", "مئة"),
                               **_forms(200, "مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مئتا", "مائتي", "مئتي")}
for _v, _stem in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع")):
    HUNDREDS.update(_forms(_v * 100, _stem + "مائة", _stem + "مئة"))
PART_VALUES: dict[str, float] = {**UNITS, **TENS, **HUNDREDS}  # a group's parts, one table to add from
# multiplier -> (factor, value when it stands alone as a dual)
MULTIPLIERS: dict[str, tuple[float, float | None]] = {
    **{normalize_alef_ar(w): (1e3, None) for w in ("ألف", "آلاف", "ألفا")},
    **{normalize_alef_ar(w): (1e3, 2e3) for w in ("ألفان", "ألفين", "ألفي")},
    **{w: (1e6, None) for w in ("مليون", "مليونا", "ملايين", "مليين")},  # («3 مليين»: a misspelling)
    **{w: (1e6, 2e6) for w in ("مليونان", "مليونين", "مليوني")},
    **{w: (1e9, None) for w in ("مليار", "مليارا", "مليارات", "بليون", "بليونا", "بلايين", "بليونات")},
    **{w: (1e9, 2e9) for w in ("ملياران", "مليارين", "ملياري", "بليونان", "بليونين", "بليوني")},  # («بليون»: Egypt, Levant)
    **{w: (1e12, None) for w in ("تريليون", "تريليونا", "تريليونات", "ترليون", "ترليونا", "ترليونات")},
    **{w: (1e12, 2e12) for w in ("تريليونان", "تريليونين", "تريليوني", "ترليونان", "ترليونين", "ترليوني")},
}
# «آلاف السكان» (thousands of residents) is no number: a plural multiplier needs a count before it
PLURAL_MULTIPLIERS = {normalize_alef_ar(w) for w in ("آلاف", "ملايين", "مليين", "مليارات", "بلايين", "بليونات", "تريليونات",
                                                   "ترليونات")}
# fractions: «نصف كيلوغرام» (0.5), «ثلاثة أرباع» (3 × 1/4); the dual «ثلثي» is two thirds, a count like any
# fraction (GUIDELINES §Numbers, decision 34)
FRACTIONS: dict[str, float] = {**_forms(0.5, "نصف"), **_forms(0.25, "ربع"), **_forms(1 / 3, "ثلث")}
FRACTION_PLURALS: dict[str, float] = {**_forms(4, "أرباع"), **_forms(3, "أثلاث"), **_forms(5, "أخماس"),
                                      **_forms(10, "أعشار")}
FRACTION_DUALS: dict[str, float] = {**_forms(2 / 3, "ثلثي", "ثلثا", "ثلثين", "الثلثين", "الثلثان", "ثلثان"),
                                    **_forms(2 / 4, "ربعي", "ربعين")}
HALF = _forms(0.5, "ونصف", "والنصف")  # «مليون ونصف», «ساعة ونصف», «الساعة والنصف»
# multiples: «ضعف» (2), «ضعفين» (2), «ثلاثة أضعاف» / «ثلاثة أمثال» (3): ratios without a total (§7)
MULTIPLES: dict[str, float] = _forms(2, "ضعفين", "الضعفين", "مثلين")
# «وصل للضعف», «انخفض إلى النصف»: also «weakness», «the middle»: only after «إلى/ل/نحو/بلغ/أكثر من …»
MULTIPLE_BARE = {**_forms(2, "الضعف", "لضعف"), **_forms(0.5, "النصف")}
MULTIPLE_PLURALS = frozenset(_forms(0, "أضعاف", "أمثال", "أمثالها", "أمثاله", "أضعافها", "أضعافه", "ضعفا"))
ORDINALS: dict[str, int] = {}
for _v, _forms_ in enumerate((("أول", "أولى"), ("ثاني", "ثانية"), ("ثالث", "ثالثة"), ("رابع", "رابعة"),
                              ("خامس", "خامسة"), ("سادس", "سادسة"), ("سابع", "سابعة"), ("ثامن", "ثامنة"),
                              ("تاسع", "تاسعة"), ("عاشر", "عاشرة")), 1):
    for _f in _forms_:
        ORDINALS[normalize_alef_ar(_f)] = _v
ORDINALS.update({"حادي": 1, "حادية": 1})


def multiplier(word: str) -> float | None:
    entry = MULTIPLIERS.get(word_key(word))
    return entry[0] if entry else None


def _strip_conj(key: str, table: dict) -> str | None:
    if key in table:
        return key
    if key.startswith("و") and key[1:] in table:
        return key[1:]
    return None


@lru_cache(maxsize=1 << 16)
def _number_key(key: str) -> str | None:
    """The key under which a number word is in one of the tables (units first), its «و» stripped; None for others.
    Cached: the tables are fixed at import, and the number rules ask it of nearly every word, often twice."""
    for table in (UNITS, TENS, HUNDREDS, MULTIPLIERS):
        if (k := _strip_conj(key, table)) is not None:
            return k
    return None


def may_start_number(key: str) -> bool:
    """Whether `parse_words` can read a number whose first word has this key: a number word, with or without «و»
    (a cheap test before building the words to parse)."""
    return key in TEEN_UNITS_YA or _number_key(key) is not None


def parse_words(words: list[str]) -> tuple[float, int] | None:
    """The value of the number words at the start of `words` and how many words it used.

    Only a well-formed number is read: inside each group hundreds, then units, then tens
    («مائة وخمسة وعشرون»), groups closed by ever smaller multipliers («مليون و… ألفاً و…»).
    A chain that breaks the order («ثلاثة وعشرون وثلاثة», «عشر وعشرين»: ten takes no tens) ends where it
    breaks; a group that turns
    out to carry a multiplier no smaller than the last one starts a new number («مليونين | وثلاثة ملايين»).
    """
    total, current, used = 0.0, 0.0, 0
    closed = (0.0, 0)  # (total, used) when the last multiplier closed its group
    pending_and = prev_unit = ten = False
    rank = -1  # order of the last part of the current group: 0 hundreds, 1 units, 2 tens
    last_factor = float("inf")
    for i, word in enumerate(words):
        key = word_key(word)
        if key in TEEN_UNITS_YA and i + 1 < len(words) and word_key(words[i + 1]) in TEN_KEYS:
            key = TEEN_UNITS_YA[key]
        if key == "و":
            if used == 0:
                return None
            pending_and = True
            continue
        joined = pending_and or (key.startswith("و") and len(key) > 1)
        k = _number_key(key)
        teen = k in ("عشر", "عشرة") and prev_unit and not joined
        hundreds_of = k in HUNDREDS and HUNDREDS[k] == 100 and prev_unit and not joined  # «ثلاث مائة»
        part = 0 if k in HUNDREDS else 1 if k in UNITS else 2 if k in TENS else None
        if k is None or (used and not joined and not teen and not hundreds_of and k not in MULTIPLIERS) \
                or (k in PLURAL_MULTIPLIERS and current == 0) \
                or (part is not None and not teen and not hundreds_of and part <= rank) or (part == 2 and ten):
            break
        if k in MULTIPLIERS and MULTIPLIERS[k][0] >= last_factor:
            total, current, used = closed[0], 0.0, closed[1]
            break
        if teen:
            current += 10  # أحد عشر … تسعة عشر
            rank = 2
        elif hundreds_of:
            current *= 100
            rank = 0
        elif part is not None:
            current += PART_VALUES[k]
            rank = part
        else:
            factor, dual = MULTIPLIERS[k]
            if current == 0:
                current = (dual / factor) if dual else 1
            total += current * factor
            current, rank, last_factor = 0, -1, factor
            closed = (total, i + 1)
        prev_unit = k in UNITS and UNITS[k] < 10 and not teen
        ten = k in UNITS and UNITS[k] == 10 and not teen  # «عشر وعشرين سنة»: two figures, not 30
        used = i + 1
        pending_and = False
    if not used:
        return None
    return total + current, used


def parse_ordinal(words: list[str]) -> tuple[int, int] | None:
    """«الثامنة» → (8, 1), «الحادية عشرة» → (11, 2), «المرتبة» → None."""
    if not words:
        return None
    key = word_key(words[0])
    key = key.removeprefix("ال")
    value = ORDINALS.get(key)
    if value is None:
        return None
    if len(words) > 1 and word_key(words[1]) in ("عشر", "عشرة") and value < 10:
        return value + 10, 2
    return value, 1
