"""Find the numeric facts of a text and normalize them (span, type, value, total).

Works on the project tokenizer's words. Digits, percent signs on either side,
multipliers («11 ألف»), ratios («241/439», «3,106 من أصل 3,541»), number words,
rank ordinals after «المرتبة», and dual nouns. Identifiers («رقم 15»، «مشروع 06»،
«اللجنة 138»), years and dates are not facts; `find_years` returns the years so the
linker can use them as baselines and periods.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.numbers.parse import multiplier, parse_digits, parse_ordinal, parse_words, word_key

Span = tuple[int, int]
PERCENT = {"%", "٪"}
MONTHS = {word_key(m) for m in ("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس",
                            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
                            "حزيران", "تموز", "آب", "أيلول", "تشرين")}
# words after which a number names something instead of counting it
IDENTIFIER_BEFORE = {word_key(w) for w in (
    "رقم", "مشروع", "المشروع", "القرار", "قرار", "العاصفة", "عاصفة", "الخطة", "خطة", "اللجنة", "التوجيهية",
    "الإقليمية", "المرسوم", "مرسوم", "التعميم", "تعميم", "الاستنتاج", "إعلان", "الإعلان", "تعليق", "المادة",
    "مادة", "البند", "الفقرة", "الطريق", "طريق", "الوثيقة", "وثيقة", "التوجيه", "توجيه", "القانون", "النسخة",
    "الحكومة", "حركة", "المؤتمر", "الدورة", "الجناح", "جناح", "حي", "الحي", "الكتيبة", "كتيبة", "الفريق")}
TIME_UNITS = {word_key(w) for w in ("دقائق", "دقيقة", "سنوات", "سنة", "سنين", "أعوام", "عام", "أشهر", "شهر", "شهور", "أيام", "يوم", "أسابيع",
                                "أسبوع", "ساعات", "ساعة", "عاما", "يوما", "شهرا")}
RANK_WORDS = {word_key(w) for w in ("المرتبة", "المركز", "مرتبة")}
DUAL_TIME = {word_key(w): "duration" for w in ("عامين", "العامين", "سنتين", "السنتين", "شهرين", "الشهرين", "يومين",
                                           "اليومين", "أسبوعين", "الأسبوعين", "عامان", "سنتان", "شهران", "يومان")}
STANDALONE_ONE = {word_key(w) for w in ("أحد", "إحدى", "واحد", "واحدة")}
LATIN = re.compile(r"^[A-Za-z]+$")


@dataclass
class Fact:
    start: int
    end: int
    type: str
    value: float
    first: int  # index of the first word
    last: int  # index of the last word
    total: float | None = None
    extra: dict = field(default_factory=dict)


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100


def find_years(words: list[str]) -> list[int]:
    """Indices of words that are years (4 digits, 1900-2100)."""
    return [i for i, w in enumerate(words) if _is_year("".join(str(int(c)) for c in w) if w.isdigit() else w)]


def _in_identifier(i: int, words: list[str], spans: list[Span]) -> bool:
    """Digits glued to Latin letters, directly or through «-» «/»: «15-NQ/TU», «5764/QD-BCA-V05»."""
    for step in (-1, 1):
        k = i + step
        if not 0 <= k < len(words):
            continue
        glued = spans[k][0] == spans[i][1] if step == 1 else spans[i][0] == spans[k][1]
        if glued and LATIN.match(words[k]):
            return True
        beyond = k + step
        if words[k] in ("-", "/") and 0 <= beyond < len(words) and LATIN.match(words[beyond]):
            return True
    return False


def _digit_fact(i: int, words: list[str], spans: list[Span]) -> Fact | None:
    value = parse_digits(words[i])
    if value is None:
        return None
    prev = word_key(words[i - 1]) if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in IDENTIFIER_BEFORE or _in_identifier(i, words, spans):
        return None
    if i >= 2 and words[i - 1] in ("(", "و") and (word_key(words[i - 2]) in IDENTIFIER_BEFORE or (
            words[i - 1] == "و" and words[i - 2][:1].isdigit() and _digit_fact(i - 2, words, spans) is None)):
        return None  # «تعليق (0)», «اللجان التوجيهية 138 و1523»
    ascii_word = "".join(str(int(c)) if c.isdigit() else c for c in words[i])
    if _is_year(ascii_word) and not (nxt in PERCENT or multiplier(nxt)):
        return None
    if (nxt == ":" and i + 2 < len(words) and words[i + 2].isdigit()) or (prev == ":" and i >= 2 and words[i - 2].isdigit()):
        return None  # a clock time «23:30»
    if i + 1 < len(words) and word_key(nxt) in MONTHS:  # «31 مايو»
        return None
    if i and word_key(words[i - 1]) in MONTHS:
        return None
    fact = Fact(spans[i][0], spans[i][1], "count", value, i, i)
    j = i + 1
    if j < len(words) and words[j] in PERCENT and spans[j][0] - spans[i][1] <= 1:
        fact.type, fact.end, fact.last = "percent", spans[j][1], j
    elif i and words[i - 1] in PERCENT and spans[i][0] - spans[i - 1][1] <= 1:
        fact.type, fact.start = "percent", spans[i - 1][0]
    elif j < len(words) and multiplier(words[j]):
        fact.value *= multiplier(words[j])
        fact.end, fact.last = spans[j][1], j
    if fact.type == "count" and j + 1 < len(words) and words[j] == "/" and parse_digits(words[j + 1]) is not None \
            and spans[j][0] == spans[i][1] and spans[j + 1][0] == spans[j][1]:
        fact.type, fact.total, fact.end, fact.last = "ratio", parse_digits(words[j + 1]), spans[j + 1][1], j + 1
    k = fact.last + 1
    if fact.type == "count" and k + 2 < len(words) and word_key(words[k]) == "من" and word_key(words[k + 1]) == "اصل" \
            and parse_digits(words[k + 2]) is not None:
        fact.type, fact.total, fact.end, fact.last = "ratio", parse_digits(words[k + 2]), spans[k + 2][1], k + 2
    return fact


def is_feminine_dual(key: str, counts: dict[str, int]) -> bool:
    """«جماعتين» «قضيتان»: a -تين/-تان ending whose singular (stem + ة) is a common word."""
    if len(key) < 6 or not key.endswith(("تين", "تان")):
        return False
    singular = key[:-3] + "ة"
    return counts.get(singular, 0) >= 200 and counts.get(singular, 0) > 20 * counts.get(key, 0)


def find_facts(words: list[str], spans: list[Span], duals: dict[str, str] | None = None,
               counts: dict[str, int] | None = None) -> list[Fact]:
    """All numeric facts among `words` (the non-space tokens, with their character spans).

    `duals` maps known dual words to their type; `counts` (word-form frequencies) lets
    unseen feminine duals be recognized by their singular.
    """
    duals = {**DUAL_TIME, **(duals or {})}
    counts = counts or {}
    facts: list[Fact] = []
    i = 0
    while i < len(words):
        w = words[i]
        fact = None
        if w[:1].isdigit():
            fact = _digit_fact(i, words, spans)
        elif i and word_key(words[i - 1]) in RANK_WORDS and (o := parse_ordinal(words[i:i + 2])):
            value, used = o
            fact = Fact(spans[i][0], spans[i + used - 1][1], "rank", value, i, i + used - 1)
            k = i + used
            if k + 2 < len(words) and word_key(words[k]) == "من" and word_key(words[k + 1]) == "بين" and parse_digits(words[k + 2]):
                fact.total, fact.end, fact.last = parse_digits(words[k + 2]), spans[k + 2][1], k + 2
        elif (word_key(w) in duals or is_feminine_dual(word_key(w), counts) or is_feminine_dual(word_key(w)[2:], counts)) and not (
                facts and facts[-1].last == i - 1 and facts[-1].value == 2):  # «منطقتين نموذجيتين»: the adjective agrees
            kind = duals.get(word_key(w), "count")
            fact = Fact(spans[i][0], spans[i][1], kind, 2.0, i, i)
        elif i and word_key(w).startswith("ال") and word_key(words[i - 1]).startswith("ال") and \
                (p := parse_words([word_key(w)[2:]])) is not None and p[0] >= 2:
            fact = Fact(spans[i][0], spans[i][1], "count", p[0], i, i)  # «المعايير الثلاثة»
        elif (p := parse_words(words[i:i + 8])) is not None:
            value, used = p
            first_key = word_key(w)
            if not (used == 1 and first_key in STANDALONE_ONE):
                fact = Fact(spans[i][0], spans[i + used - 1][1], "count", value, i, i + used - 1)
                if i + used < len(words) and multiplier(words[i + used - 1]) is None and multiplier(words[i + used] or ""):
                    fact.value *= multiplier(words[i + used])
                    fact.end, fact.last = spans[i + used][1], i + used
        if fact is not None:
            nxt = word_key(words[fact.last + 1]) if fact.last + 1 < len(words) else ""
            if fact.type == "count" and nxt in TIME_UNITS and i and word_key(words[i - 1]) in {word_key(x) for x in ("لمدة", "مدة", "خلال", "طوال")}:
                fact.type = "duration"
            facts.append(fact)
            i = fact.last + 1
        else:
            i += 1
    return facts
