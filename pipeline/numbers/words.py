"""The word lists and word-level helpers that the numeric-fact detector (`detect.py`) and the dual-noun rules
(`duals.py`) both read (function words, prepositions, months and time units; a word's key with its article restored,
punctuation, a following noun), and the `Fact` record that `detect.py` builds and `duals.py` reads. Kept apart so
that `duals.py` needs no import of `detect.py`.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.chars import is_arabic_word
from pipeline.text.lexicon import MONTHS, OPENING_QUOTES
from pipeline.text.lexicon import keys as _keys


# Hijri months: «26 شوال 1436 هـ» is a date (GUIDELINES §3, §7), never a fact
HIJRI_MONTHS = _keys("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة")

DIRECTIONS = _keys("شمال", "جنوب", "شرق", "غرب")  # «مخطط (505) شمال جدة»: a place follows, nothing counted

DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل")  # a definite noun, with its proclitic when the tokenizer kept it
DEFINITE_LONGEST_FIRST = tuple(sorted(DEFINITE, key=len, reverse=True))
# a bare number followed by one of these counts nothing («المنطقة 7 دون»، «الخط الساخن 113 أو»)
FUNCTION_AFTER = _keys("و", "أو", "ف", "ب", "ل", "ك", "في", "على", "عن", "مع", "إلى", "حتى", "منذ", "عبر", "لدى",
                       "دون", "لكن", "ولكن", "ثم", "الذي", "التي", "بتاريخ", "إلا")
ABOUT = _keys("نحو", "حوالي", "قرابة")
MORE_LESS = _keys("أكثر", "أقل")  # (keys: alef unified)
# a preposition before «الـ N» leaves N a count («خلال الـ24 ساعة»); another definite word makes it an ordinal label
# («المهرجان الـ 17», «التقرير الـ51»)
PREPOSITIONS = _keys("في", "خلال", "على", "إلى", "الى", "من", "عن", "مع", "منذ", "حتى", "بعد", "قبل", "طوال", "لمدة",
                     "مدة", "ب", "ل", "و", "ف") | ABOUT | MORE_LESS
OPENING = {"(", "["} | OPENING_QUOTES

CLOSING = {"»": "«", "”": "“", "″": "“", '"': '"'}  # («“بوينج 777″»: a double prime closes “ too)

TIME_UNITS = _keys("دقائق", "دقيقة", "سنوات", "سنة", "سنين", "أعوام", "عام", "أشهر", "شهر", "شهور", "أيام", "يوم",
                   "أسابيع", "أسبوع", "ساعات", "ساعة", "عاما", "يوما", "شهرا", "ثانية", "ثوان", "ثواني", "عقود")

STANDALONE_ONE = _keys("أحد", "إحدى", "واحد", "واحدة", "واحداً")

# «كانت أول بلدية» (the first commune to …: rank 1, GUIDELINES §6) follows a copula, not the noun of «الملازم أول»
COPULAS = _keys("كان", "كانت", "أصبح", "أصبحت", "صار", "صارت", "يكون", "تكون", "ليكون", "لتكون", "يعد", "تعد",
                "يعتبر", "تعتبر", "هو", "هي", "سيكون", "ستكون", "يصبح", "تصبح", "ليصبح", "لتصبح",
                "بصفته", "بصفتها", "وهو", "وهي")  # («بصفته أول رئيس»: «as»; «وهي أول سفينة تصل»)
NOT_A_NOUN = _keys("كل", "لكل", "أي", "هذا", "هذه", "ذلك", "تلك", "دفعة", "و", "في", "من", "على", "إلى", "عن", "مع",
                   "ب", "ل", "ك", "ف")


@dataclass
class Fact:
    start: int
    end: int
    type: str
    value: float
    first: int  # index of the first word
    last: int  # index of the last word
    total: float | None = None
    age: bool = False  # an age without its unit («شاب في العشرين»): no subject
    head: int = -1  # the plural noun a «الـ N» counts («الشهداء الـ15»)


def unglued(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف", "ل") and len(key) > 3 else key


def is_punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def article_key(k: int, keys: list[str]) -> str:
    """The key of word `k` with its article back: «للمشروع» is tokenized «ل» + «لمشروع» (GUIDELINES §4)."""
    if k and keys[k - 1] == "ل" and keys[k].startswith("ل") and not keys[k].startswith("ال"):
        return "ا" + keys[k]
    return keys[k]


MONTH_KEYS = MONTHS | HIJRI_MONTHS

# words that are no noun: after a -تي/-ي form they make it «my X» («رسالتي هذه», «حالتي تلك», «حياتي لن», «أسرتي لا»,
# «حالتي حيث»), as a construct dual's genitive is a noun (decision 33 counts duals, not possessives)
NOT_A_GENITIVE = _keys("هذه", "هذا", "تلك", "ذلك", "هنا", "هناك", "حيث", "لا", "لن", "لم", "ما", "قد", "كما", "هو", "هي")


def noun_follows(i: int, words: list[str], keys: list[str]) -> bool:
    return i + 1 < len(words) and is_arabic_word(words[i + 1]) and keys[i + 1] not in FUNCTION_AFTER \
        and keys[i + 1] not in NOT_A_GENITIVE


def is_time_unit(key: str) -> bool:
    return key in TIME_UNITS or (key.startswith("ال") and key[2:] in TIME_UNITS)


OR_WORDS = _keys("أو", "او")

FIRST_DEFINITE, SECOND_DEFINITE = _keys("الأول", "الأولى"), _keys("الثاني", "الثانية")

TWO_WORDS = _keys("اثنان", "اثنين", "اثنتان", "اثنتين")  # «مسلحين اثنين»: the number word counts the noun

TIME_STEMS = _keys("عام", "سنة", "شهر", "يوم", "أسبوع", "ساعة", "دقيقة", "قرن", "عقد", "موسم")
