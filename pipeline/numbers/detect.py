"""Find the numeric facts of a text and normalize them (span, type, value, total).

Works on the project tokenizer's words. Digits, percent signs on either side,
multipliers («11 ألف»), ratios («241/439», «3,106 من أصل 3,541»), ranges («10-15»: two
facts), number words, rank ordinals after «المرتبة», and dual nouns. What GUIDELINES §3
and §6 exclude is not a fact: identifiers («رقم 15»، «مشروع 06»، «اللجنة 138»، «الخط
الساخن 113»), codes and dates glued into one string («15-NQ/TU»، «5/12/2024»، «23:30»),
list numbers, numbers inside a quoted name or slogan, years and dates. `find_years`
returns the years so the linker can use them as baselines and periods.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pipeline.numbers.parse import (FRACTION_DUALS, FRACTION_PLURALS, FRACTIONS, HALF, MULTIPLE_BARE, MULTIPLE_PLURALS,
                                    MULTIPLES, TENS, multiplier, parse_digits, parse_ordinal, parse_words, word_key)
from pipeline.text.chars import SENTENCE_END, is_arabic_word, lookup_key
from pipeline.text.lexicon import METRIC_VERBS_CLAUSE_END as METRIC_VERBS  # «بلغ عدد الحالات 120.»
from pipeline.text.lexicon import MONTHS, PROCLITIC_KEYS, THAT, THAT_CLAUSE
from pipeline.text.lexicon import keys as _keys
from pipeline.text.lexicon import OPENING_QUOTES as QUOTES  # «“" before a quoted name or speech

Span = tuple[int, int]


PERCENT = {"%", "٪"}
RLM = "\u200f"  # the right-to-left mark some wire copy prints inside a decimal («75.\u200f49»)
DECIMAL_TAIL = {"ra_decimal": 2, "comma_decimal": 2, "rlm_decimal": 3}  # words of a two-part decimal after its first
# Hijri months and the era mark: «26 شوال 1436 هـ», «1437هـ» are dates (GUIDELINES §3, §7), never facts
HIJRI_MONTHS = _keys("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة")
HIJRI_MARK = _keys("هـ", "ه", "هجري", "هجرية", "للهجرة")
HIJRI_YEARS = (1300, 1500)
YEAR_HEADS = _keys("عام", "العام", "لعام", "بعام", "وعام")
# «لعام 1436», «في صيف 1434»: a year, Gregorian or Hijri
YEAR_BEFORE = _keys("عام", "العام", "لعام", "سنة", "مواليد", "موسم", "صيف", "شتاء", "خريف")
# words after which a number names something (or tells the time) instead of counting it
IDENTIFIER_BEFORE = _keys(
    "رقم", "الرقم", "الساعة", "مشروع", "المشروع", "القرار", "قرار", "العاصفة", "عاصفة", "الخطة", "خطة", "اللجنة",
    "التوجيهية", "المرسوم", "مرسوم", "التعميم", "تعميم", "الاستنتاج", "إعلان", "الإعلان", "تعليق", "المادة", "مادة",
    "البند", "الفقرة", "الطريق", "طريق", "الوثيقة", "وثيقة", "التوجيه", "توجيه", "القانون", "النسخة", "الحكومة", "حركة",
    "المؤتمر", "الدورة", "الجناح", "جناح", "حي", "الحي", "الكتيبة", "كتيبة", "الفريق", "الرمز", "بالرمز", "رمز",
    # real news: a match minute («في الدقيقة 74»), a street («شارع الـ100»), a form («نموذج 101»), a prison wing
    # («أقسام 1 و4»)
    "الدقيقة", "شارع", "الشارع", "نموذج", "النموذج", "أقسام", "قسم", "القسم", "كيلو", "كليو",  # («محطة في كيلو 3»: a km marker)
    # a race, a lap, a paragraph, a verse, a page, a size, a phone extension
    "فورمولا", "الفورمولا", "اللفة", "لفة", "فقرة", "الآية", "آية", "ص", "صفحة", "الصفحة", "مقاس", "تحويلة", "تحويله",
    # a standard, a fuel grade, a nutrient («الأيزو 26000», «بنزين 91», «أوميجا 3»)
    "الأيزو", "أيزو", "آيزو", "بنزين", "أوميجا", "أوميغا",
    # a military unit («اللواء 15 مشاة», «معسكر 15 مشاة»: GUIDELINES §3 «اللجنة 138»), a news site («وفقا لموقع 24
    # الإماراتي») and a product model («آيفون 7», «جالكسي نوت 5», «نيكسوس 6», «امبراير 505 فانوم 300»: a name, no amount)
    "اللواء", "لواء", "معسكر", "موقع", "آيفون", "ايفون", "أيفون", "نوت", "نيكسوس", "امبراير", "إمبراير", "فانوم", "فينوم",
    # a weapon's calibre («مدفع هاون عيار 120», «مدفعا عيار 23 ملم»: decision 246)
    "عيار", "العيار", "بعيار",
    # a league round, an army division, resolutions, a road's kilometre marker and an aircraft model («الجولة 14»,
    # «الفرقة 30 مشاة», «القرارات 1696 و1737», «عند الكيلومتر 35», «بوينغ 777»: names, §3 not facts)
    "الجولة", "الفرقة", "القرارات", "الكيلومتر", "بوينغ", "بوينج")
DIRECTIONS = _keys("شمال", "جنوب", "شرق", "غرب")  # «مخطط (505) شمال جدة»: a place follows, nothing counted
NAME_HYPHENS = {"-", "–"}
KILO_MARKS = _keys("ك", "وك")  # «ك14»: «كيلو 14» abbreviated and glued to its figure
# heads after which a number word names a street or a number too («شارع المئة»)
WORD_NAME_HEADS = _keys("شارع", "الشارع", "رقم", "الرقم")
DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل")  # a definite noun, with its proclitic when the tokenizer kept it
DEFINITE_LONGEST_FIRST = tuple(sorted(DEFINITE, key=len, reverse=True))
# a bare number followed by one of these counts nothing («المنطقة 7 دون»، «الخط الساخن 113 أو»)
FUNCTION_AFTER = _keys("و", "أو", "ف", "ب", "ل", "ك", "في", "على", "عن", "مع", "إلى", "حتى", "منذ", "عبر", "لدى",
                       "دون", "لكن", "ولكن", "ثم", "الذي", "التي", "بتاريخ", "إلا")
# a word before «الـ N» that makes N an ordinal label («المهرجان الـ 17», «التقرير الـ51»), unlike a
# preposition («خلال الـ24 ساعة»)
ABOUT = _keys("نحو", "حوالي", "قرابة")
MORE_LESS = _keys("أكثر", "أقل")  # (keys: alef unified)
PREPOSITIONS = _keys("في", "خلال", "على", "إلى", "الى", "من", "عن", "مع", "منذ", "حتى", "بعد", "قبل", "طوال", "لمدة",
                     "مدة", "ب", "ل", "و", "ف") | ABOUT | MORE_LESS
OPENING = {"(", "[", "«", '"', "“"}
CLOSE_MARKS = {")", "]", "»", '"', "”", "″"}
CLOSING = {"»": "«", "”": "“", "″": "“", '"': '"'}  # («“بوينج 777″»: a double prime closes “ too)
MAX_NUMBER_WORDS = 24  # «تسعمائة و تسعة و تسعون مليوناً و …» fits
NAME_QUOTE_WORDS = 12  # a quote this short with no sentence end inside is a name, title or slogan, not speech
TIME_UNITS = _keys("دقائق", "دقيقة", "سنوات", "سنة", "سنين", "أعوام", "عام", "أشهر", "شهر", "شهور", "أيام", "يوم",
                   "أسابيع", "أسبوع", "ساعات", "ساعة", "عاما", "يوما", "شهرا", "ثانية", "ثوان", "ثواني", "عقود")
RANK_WORDS = _keys("المرتبة", "المركز", "مرتبة", "الترتيب")
PERCENT_WORDS = _keys("المائة", "المئة", "بالمائة", "بالمئة")  # «10 في المائة», «1.2 بالمائة»: a percent sign in words
PERCENT_POINTS = _keys("نقطة", "نقاط")  # «بارتفاع 3.1 نقطة مئوية» is a percent; the unit stays outside the span
DUAL_TIME = {word_key(w): "duration" for w in ("عامين", "العامين", "سنتين", "السنتين", "شهرين", "الشهرين", "يومين",
                                                 "اليومين", "أسبوعين", "الأسبوعين", "عامان", "سنتان", "شهران", "يومان",
                                                 "قرنين", "القرنين", "قرنان", "عقدين", "العقدين", "عقدان")}
STANDALONE_ONE = _keys("أحد", "إحدى", "واحد", "واحدة", "واحداً")
ONE_AFTER_NOUN = _keys("واحد", "واحدة", "واحداً")  # «سنة واحدة»، «مرة واحدة»
# nouns before which «واحد» means «same/single» or speaks of no amount: «يدا واحدة», «أسرة واحدة», «وجهان لعملة
# واحدة», «لسبب واحد», «بكلمة واحدة», «طريق واحد», «اتجاه واحد» (decisions 14, 130); looked up without a glued «ب/ل»
# and without the accusative «ا» («سببا واحدا», «طريقا واحدا»)
ONE_IDIOMS = _keys("جانب", "صفا", "صف", "يدا", "يد", "وحدة", "قلب", "بلسان", "لسان", "بصوت", "صوت", "كرجل", "لمرة",
                   "سبب", "عائلة", "أسرة", "كلمة", "عملة", "طينة", "رأي", "اتجاه", "طريق",
                   "شيء", "أمر", "زاوية", "طرف", "منطق", "مجتمع", "دين", "لون", "لحظة", "قوة", "سعر")
# («شيء/أمر واحد»: one thing; «من زاوية/طرف واحد», «مجتمعا/دينا/لونا واحدا», «قوة واحدة ويد واحدة»: the same, a
# whole; «لحظة واحدة»: emphatic)
# «not even one», «if only one», «as long as one», «without one step»: a negated or hypothetical «one» (decision 130)
# (the tokenizer splits «ولو» into «و» + «لو»; a plain «لا/لم/لن» is PLAIN_NEGATORS below)
NEGATED_ONE = _keys("ولا", "ليس", "ليست", "ولو", "لو", "مجرد", "دام", "دون")
# a plain negator before «X واحد» is «not a single X» too: «لا يوجد شخص واحد»، «لم يسجل ضربة واحدة»، «لن يعزف على
# أداة واحدة» (decision 130; real news never marks one); but «لم يتجاوز … واحدا» bounds a figure (decision 93)
PLAIN_NEGATORS = _keys("لا", "لم", "لن", "ولم", "ولن", "فلا", "فلم", "فلن")
BOUND_AFTER_NEGATOR = tuple(_keys("يتجاوز", "تتجاوز", "يزد", "تزد", "يتعد", "تتعد", "يتخط", "تتخط"))
ONLY = _keys("سوى", "إلا")  # «لا يملك سوى مهاجم واحد»: «only one» is a figure (decision 114)
NEGATION_WINDOW = 6
ONE_OF = _keys("من", "منهم", "منها", "منهما", "منهن")
# «على بعد كيلومتر واحد من وسط المدينة»: after a unit of distance «من» is «from», not «one of»
DISTANCE_FROM = _keys("كلم", "كم", "كيلومتر", "كيلو", "متر", "ميل")
BEFORE = word_key("قبل")  # «لم يعتقل سوى مرة واحدة من قبل»: «before», not «one of»
# «وقفوا وقفة رجل واحد» (as one man) and «واحد أحد» (God, the One): idioms, no amount (decisions 14, 130)
AS_ONE_MAN = _keys("وقفة", "كوقفة")
ONE_GOD = word_key("أحد")
# «في وقت واحد» (at once), «في خندق واحد», «على مستوى واحد», «تحت سقف واحد» (the same): واحد means «same»
SAME_BEFORE = _keys("في", "على", "تحت")
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


def _ascii(word: str) -> str:
    return "".join(str(int(c)) if c.isdigit() else c for c in word)


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100


def find_years(words: list[str], hijri: bool = False) -> list[int]:
    """Indices of words that are years (4 digits, 1900-2100); with `hijri`, also a Hijri year marked as one
    («1435هـ», «1436 ه») or named by «عام» («خلال عام 1436», as `_is_date` reads it): GUIDELINES §7, the period
    as written."""
    return [i for i, w in enumerate(words) if _is_year(_ascii(w) if w.isdigit() else w) or (
        hijri and w.isdigit() and len(w) == 4 and HIJRI_YEARS[0] <= int(w) <= HIJRI_YEARS[1]
        and ((i + 1 < len(words) and word_key(words[i + 1]) in HIJRI_MARK)
             or (i and word_key(words[i - 1]) in YEAR_BEFORE)))]


def _is_punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def _is_latin(word: str) -> bool:
    return word.isalpha() and not is_arabic_word(word)


def _shape(i: int, words: list[str], spans: list[Span]) -> str:
    """What the string of characters glued to the digits at `i` is: «single» («١٠٠٪», «و265», «الـ400», «(0)»),
    «ratio» («241/439»), «range» («10-15»), or «code» («15-NQ/TU», «BCĐ389», «5/12/2024», «23:30»).

    «ra_decimal» is the wire services' decimal written with «ر» and the fraction first: «50ر11» is 11.50;
    «rlm_decimal» the same order around a dot and a right-to-left mark: «75.\u200f49» is 49.75.
    An Arabic word glued on is a proclitic, the article or a missing space («نحو13 ألف»), not part of
    the number; Latin letters anywhere in the string, or a code written with spaces («88591 - Stc»), make it a code.
    """
    a = b = i
    while a > 0 and spans[a - 1][1] == spans[a][0]:
        a -= 1
    while b + 1 < len(spans) and spans[b][1] == spans[b + 1][0]:
        b += 1
    if any(_is_latin(w) for w in words[a:b + 1]) or any(
            0 <= k + step < len(words) and words[k] in ("-", "/") and _is_latin(words[k + step])
            for k, step in ((a - 1, -1), (b + 1, 1)) if 0 <= k < len(words)):
        return "code"
    while a < i and (is_arabic_word(words[a]) or (_is_punct(words[a]) and words[a] not in PERCENT)):
        a += 1
    while b > i and (is_arabic_word(words[b]) or (_is_punct(words[b]) and words[b] not in PERCENT)
                     or (words[b] in EXPONENTS and b - 1 > i and word_key(words[b - 1]) in SQUARED_UNITS)):
        b -= 1  # («مساحة 4000م2،»: a unit of area with its exponent glued after the figure)
    core = words[a:b + 1]
    if len(core) == 1 or (len(core) == 2 and (core[0] in PERCENT or core[1] in PERCENT)):
        return "single"
    if len(core) == 3 and core[0][:1].isdigit() and core[2][:1].isdigit() and core[1] in ("/", "-", "–"):
        return "ratio" if core[1] == "/" else "range"
    if len(core) == 3 and core[0].isdigit() and core[2].isdigit() and core[1] == "ر" and a == i:
        return "ra_decimal"
    if len(core) == 4 and core[0].isdigit() and core[1] == "." and core[2] == RLM and core[3].isdigit() and a == i:
        return "rlm_decimal"
    if len(core) in (3, 4) and core[0].isdigit() and core[1] == "،" and core[2].isdigit() and a == i \
            and (len(core) == 3 or core[3] in PERCENT):
        return "comma_decimal"  # «٣٧،١٪»: the Arabic comma as a decimal mark between digits
    return "code"


def _article_key(k: int, keys: list[str]) -> str:
    """The key of word `k` with its article back: «للمشروع» is tokenized «ل» + «لمشروع» (GUIDELINES §4)."""
    if k and keys[k - 1] == "ل" and keys[k].startswith("ل") and not keys[k].startswith("ال"):
        return "ا" + keys[k]
    return keys[k]


# «تم توجيه 4 فرق», «يتم تعليق 5 رحلات»: after these the head word is the verbal noun of an action, its figure a count
PASSIVE_AUXILIARIES = _keys("تم", "وتم", "يتم", "ويتم", "سيتم", "ليتم", "وسيتم")


def _after_identifier_head(i: int, keys: list[str]) -> bool:
    """«اللجنة 138», «للمشروع 06», and through its adjectives: «اللجنة التوجيهية الإقليمية 138»; not the verbal noun
    of «تم توجيه 4 فرق»."""
    k = i - 1
    while k > 0 and k >= i - 3 and keys[k].startswith("ال") and keys[k].endswith(("ية", "ي")) \
            and keys[k] not in IDENTIFIER_BEFORE:
        k -= 1
    if k >= 0 and _article_key(k, keys) in IDENTIFIER_BEFORE:
        return not (k and keys[k - 1] in PASSIVE_AUXILIARIES and not keys[k].startswith("ال"))
    if i >= 2 and keys[i - 1] == "ال" and keys[i - 2] in IDENTIFIER_BEFORE:
        return True  # «شارع الـ100»
    return i >= 2 and keys[i - 2] in NUMBER_HEADS  # «رقم الطوارئ 994», «رقم الهاتف 920»


def _subject_of_verb_counts(i: int, words: list[str], keys: list[str]) -> bool:
    """«تعقد اللجنة 12 دورة»: the head is the subject of the imperfect verb before it and an indefinite noun
    follows the figure, so the figure is the verb's object, counted, not the head's number."""
    return i >= 2 and keys[i - 1] in ACTING_HEADS and i + 1 < len(keys) \
        and keys[i - 2][:1] in ("ت", "ي") and len(keys[i - 2]) == 4 and is_arabic_word(words[i - 2]) \
        and is_arabic_word(words[i + 1]) and keys[i + 1][:1] not in ("ا", "ل", "ب", "و", "ف", "ك") \
        and keys[i + 1] not in FUNCTION_AFTER


ACTING_HEADS = _keys("اللجنة", "الحكومة", "الكتيبة", "الفريق")  # identifier heads that act as a verb's subject
PREDICATE_WINDOW = 20  # «بلغ عدد مراجعي العيادات … للنصف الأول من هذا العام " 11702 "»
# nouns and verbs that state a metric whose value a later bare figure is: «عدد», «إجمالي», «توزعت»
METRIC_NOUNS = ("عدد", "اجمالي", "مجموع", "توزع")
NUMBER_HEADS = _keys("رقم", "الرقم", "برقم", "هاتف", "الهاتف", "جوال")


# Latin letters spelt in Arabic: the figure after them is a model name («جي اس اس 300», «إف 16», «بي 52»);
# letters that are also common words («في», «أو», «إن», «أم») are left out
LETTER_NAMES = _keys("جي", "جيه", "اس", "إس", "إف", "بي", "دي", "سي", "تي", "إيه", "كيو", "إكس", "واي", "إتش", "آر",
                     "كي", "دبليو", "زد")


def _counts_nothing(i: int, words: list[str], keys: list[str]) -> bool:
    """A bare number right after a definite noun (or opening a line) and before no noun it could count:
    a name («المنطقة 7 دون»، «لواء المشاة 316 و…»، «الخط الساخن 113.») or a list number («2.1.»);
    the gold never counts these, nor one before a direction or a verb of saying («مستشفى (57357) مضيفاً»). After a
    verb or a particle («أصيب 15 في», «إلى 120 في») it stays a figure, and so does the predicate of a metric stated
    earlier in the clause («أما عدد المراجعين من الأطفال 407 و…», «توزعت بين الذكور 5635 والإناث 6067»)."""
    if i and not _is_punct(words[i - 1]) and (not _article_key(i - 1, keys).startswith(DEFINITE)
                                              or keys[i - 1] in PREPOSITIONS):  # («إلى» is keyed «الى»)
        return False
    k = i - 1
    while k >= max(0, i - PREDICATE_WINDOW) and (not _is_punct(words[k]) or words[k] in QUOTES or words[k] in CLOSING):
        if unglued(keys[k]).startswith(METRIC_VERBS) or keys[k].startswith(METRIC_VERBS) \
                or unglued(keys[k]).removeprefix("ال").startswith(METRIC_NOUNS):
            return False
        k -= 1
    if 0 < i < len(words) - 1 and ((words[i - 1] == "(" and words[i + 1] == ")") or _reversed_quotes(i, i, words) or
                                   (words[i - 1] in QUOTES and CLOSING.get(words[i + 1]) == words[i - 1])):
        i += 1  # «(121) برنامجاً», «يوفر «600» وظيفة»: what follows the bracket or quote is counted
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    if nxt in OPENING:  # «بناء ٨٩٠ "فريقاً …"»
        return i + 2 >= len(words) or _is_punct(words[i + 2])
    if _is_punct(nxt):
        return True
    if keys[i + 1] in ("و", "او") and i + 2 < len(words) and (
            words[i + 2][:1].isdigit() or parse_words(words[i + 2:i + 3]) is not None):
        return False  # «3 أو 4 أشخاص»
    return keys[i + 1] in FUNCTION_AFTER or keys[i + 1] in DIRECTIONS or unglued(keys[i + 1]).startswith(SAYING)


FESTIVAL_HEADS = ("مهرجان", "صيف", "مصيف")
FESTIVAL_NAME_WORDS = 4


def _festival_year(i: int, words: list[str], keys: list[str]) -> bool:
    """«مهرجان صيف طيبة 36»، «مصيف بلادي 36»، «(مهرجانحفرالباطن36)»: two digits 3x closing the name of a festival or
    summer season within four words stand for the Hijri year 14xx; they count nothing (GUIDELINES §3: dates are no
    facts) unless a noun they could count follows («مهرجان الصيف 35 فعالية»)."""
    digits = _ascii(words[i])
    if len(digits) != 2 or digits[0] != "3":
        return False
    if i + 1 < len(words) and is_arabic_word(words[i + 1]) and keys[i + 1] not in FUNCTION_AFTER \
            and keys[i + 1] not in THAT and not keys[i + 1].startswith("و"):  # «… 36 أن يقدم»: a clause follows
        return False
    return any(unglued(keys[k]).startswith(FESTIVAL_HEADS) for k in range(max(0, i - FESTIVAL_NAME_WORDS), i)
               if is_arabic_word(words[k]))


def _reversed_quotes(i: int, tail: int, words: list[str]) -> bool:
    """«بطول يقدر بـ»3.5» كلم», «قدرت بـ»37» مليون ريال»: wire copy that opens the quote of emphasis with «»»
    too; what follows the closing one is counted, as after «“34” مليون» (decision 56)."""
    return i > 0 and tail + 1 < len(words) and words[i - 1] == words[tail + 1] == "»"


def _digit_fact(i: int, words: list[str], spans: list[Span], keys: list[str], free: int = 0) -> Fact | None:
    """The fact of the digits at `i`; words before `free` belong to an earlier fact («3٪ 4»: the sign is taken)."""
    value = parse_digits(words[i])
    shape = _shape(i, words, spans)
    if value is None or shape == "code" or (shape == "ratio" and i and words[i - 1] == "/"):
        return None  # a code, or the denominator of a ratio whose numerator is no fact («رقم 15/7»)
    if shape == "single" and _minute_in_list(i, words, keys):
        return None  # «سجلها سيلفا في الدقيقة 27، كوستا 72»: the minute of each goal in the list
    if (shape == "range" and _score(i, words, keys)) or (shape in ("range", "single") and _result(i, words, keys)):
        return None  # «خسارته امام سلوفاكيا 1-2.», «بعد تعادلهما 2 - 2 في»: a result (GUIDELINES §Numbers, dec. 188)
    if shape == "single" and i + 2 < len(words) and words[i + 1] in DATE_DASHES and words[i + 2][:1].isalpha():
        return None  # «2- أتليتيكو مدريد: 32 نقطة», «فوز يونايتد 3- صفر»: a list number or a score, never a fact
    tail = i + DECIMAL_TAIL.get(shape, 0)  # the last word of the digits
    if shape in ("ra_decimal", "rlm_decimal"):
        value = float(f"{_ascii(words[tail])}.{_ascii(words[i])}")
    elif shape == "comma_decimal":
        value = float(f"{_ascii(words[i])}.{_ascii(words[tail])}")
    nxt = words[tail + 1] if tail + 1 < len(words) else ""
    closed_mult = i and (words[i - 1] in OPENING or _reversed_quotes(i, tail, words)) and tail + 2 < len(words) \
        and nxt in CLOSE_MARKS and multiplier(words[tail + 2]) is not None  # «“34” مليون», «(300) ألف» (decision 56)
    quantity_after = nxt in PERCENT or multiplier(nxt) is not None or closed_mult  # identifiers take neither
    if not quantity_after and _after_identifier_head(i, keys) and not _subject_of_verb_counts(i, words, keys):
        return None
    if i >= 3 and keys[i - 1] in ("حتى", "الى", "-") and words[i - 2][:1].isdigit() and keys[i - 3] in IDENTIFIER_BEFORE:
        return None  # «من نموذج 101 حتى 119»: the end of a range of identifiers
    if i >= 2 and words[i - 1] in ("(", "و") and ((keys[i - 2] in IDENTIFIER_BEFORE and not _counted_after_and(i, words, keys)) or (
            words[i - 1] == "و" and words[i - 2][:1].isdigit() and _digit_fact(i - 2, words, spans, keys) is None
            and not _noun_follows(i, words, keys))):
        return None  # «تعليق (0)», «اللجان التوجيهية 138 و1523» (but «جي اس اس 300 و5 سيارات» counts the cars)
    if shape == "single" and not quantity_after and _contact_number(i, words, keys):
        return None
    if i and keys[i - 1] in SQUARED_UNITS and spans[i - 1][1] == spans[i][0] and words[i] in EXPONENTS:
        return None  # «103 كم2», «115 م2»: the unit's exponent, glued to it
    if i >= 2 and words[i - 1] in NAME_HYPHENS and spans[i - 2][1] == spans[i - 1][0] and spans[i - 1][1] == spans[i][0] \
            and words[i - 2].isalpha() and not quantity_after:
        return None  # «بولونيوم-210», «إف-16»: a figure glued to a word by a hyphen is part of a name or model (§3)
    if i and keys[i - 1] in KILO_MARKS and spans[i - 1][1] == spans[i][0] and not quantity_after:
        return None  # «أحياء السنابل وك14 الجنوبي»: «ك» glued to a figure is «كيلو», a km marker naming a district
    if i and (keys[i - 1] in LETTER_NAMES or (i >= 2 and words[i - 1] == "-" and keys[i - 2] in LETTER_NAMES)) \
            and not quantity_after:
        return None  # «صواريخ جي اس اس 300»: a model name  # «أرسل رسالة نصية إلى 88548»: a phone or SMS number (GUIDELINES §7)
    if _is_year(_ascii(words[i])) and not quantity_after and not (
            i and (unglued(keys[i - 1]).startswith(METRIC_VERBS) or _bound_before_year(i, words, keys)
                   or _between_noun_and_counted(i, words, keys))
            and _noun_follows(i, words, keys) and keys[i + 1] not in NOT_A_COUNTED_NOUN) \
            and not (i + 1 < len(keys) and (is_currency(keys[i + 1]) or keys[i + 1] in DECIMAL_UNITS)) \
            and not _counted_of(i, words, keys):
        return None  # (but «وبعدد قضايا بلغت 1915 حالة» counts, and so does money, «2000 جنيه», or a measure, «2100 متر»)
    if i and keys[i - 1] in YEAR_HEADS and words[i].isdigit() and 3 <= len(words[i]) <= 4 and not quantity_after \
            and not _figure_after_this_year(i, words, keys):
        return None  # «في عام 857 للهجرة», «عام 1876»: a year, not a count of years
    if shape == "single" and not quantity_after and _festival_year(i, words, keys):
        return None  # «مهرجان صيف طيبة 36»: the year 1436 cut to two digits in a festival's name (§3 dates)
    if _is_date(i, words, keys, value):
        return None  # «31 مايو», «26 شوال», «1436 هـ», «لعام 1436», «الـ 26 من تموز»
    head = _plural_head(i - 2, keys) if i >= 2 and keys[i - 1] == "ال" else None
    if i >= 2 and keys[i - 1] == "ال" and keys[i - 2].startswith(DEFINITE) and keys[i - 2] not in PREPOSITIONS \
            and not quantity_after and head is None:
        return None  # «المهرجان الـ 17»: an ordinal label (but «الشهداء الـ15» counts, decision 57)
    if i >= 2 and keys[i - 1] in DENOMINATOR_HEADS and keys[i - 2] == "من":
        return None  # «مقتل 123 شخصاً من مجموع 212»: the denominator is no fact of its own (§3)
    if i and (keys[i - 1] in RATE_BASE or (i >= 2 and keys[i - 1] == "كل" and keys[i - 2] == "ل")) \
            and not (keys[i - 1] == "كل" and i + 1 < len(keys) and _is_time_unit(keys[i + 1])):  # («مرة كل 15 عاماً»)
        return None  # «5 لكل 100 ألف نسمة»: a rate base (GUIDELINES §3)
    if THOUSANDS_DOT.match(_ascii(words[i])) and not quantity_after and not (
            i + 1 < len(keys) and (keys[i + 1] in DECIMAL_UNITS or keys[i + 1] in PERCENT_WORDS)):
        value = float(_ascii(words[i]).replace(".", ""))  # «12.430 حبة»: a thousands dot in a count (§3)
    fact = Fact(spans[i][0], spans[tail][1], "count", value, i, tail)
    if head is not None:
        fact.head = head
    if tail + 2 < len(keys) and keys[tail + 1] == "من" and unglued(keys[tail + 2]).startswith(AGE_WORDS):
        fact.type, fact.age = "duration", True  # «فتى في الـ13 من العمر»: an age without its unit (35)
        fact.head = -1
    j = tail + 1
    if j < len(words) and words[j] in PERCENT and spans[j][0] - spans[tail][1] <= 1:
        fact.type, fact.end, fact.last = "percent", spans[j][1], j
    elif i > free and words[i - 1] in PERCENT and spans[i][0] - spans[i - 1][1] <= 1:
        fact.type, fact.start = "percent", spans[i - 1][0]
    elif j < len(words) and multiplier(words[j]):
        fact.value *= multiplier(words[j])
        fact.end, fact.last = spans[j][1], j
    elif closed_mult:
        fact.value *= multiplier(words[j + 1])
        fact.end, fact.last = spans[j + 1][1], j + 1  # (the opening mark stays outside the span)
    elif shape == "ratio" and (total := parse_digits(words[j + 1])) is not None:
        fact.type, fact.total, fact.end, fact.last = "ratio", total, spans[j + 1][1], j + 1
    elif j + 1 < len(words) and keys[j] in DECIMAL_WORDS and words[j + 1].isdigit() and words[i].isdigit():
        fact.value = float(f"{int(words[i])}.{_ascii(words[j + 1])}")  # «1 فاصلة 5»: the decimal comma in words
        fact.end, fact.last = spans[j + 1][1], j + 1
    k = fact.last + 1
    if fact.type == "count" and k + 2 < len(words) and keys[k] == "من" and keys[k + 1] == "اصل" \
            and (total := parse_digits(words[k + 2])) is not None:
        fact.type, fact.total, fact.end, fact.last = "ratio", total, spans[k + 2][1], k + 2
    elif fact.type == "count" and k + 3 < len(words) and is_arabic_word(words[k]) and keys[k + 1] == "من" \
            and keys[k + 2] in DENOMINATOR_HEADS and (total := parse_digits(words[k + 3])) is not None:
        fact.type, fact.total, fact.end, fact.last = "ratio", total, spans[k + 3][1], k + 3  # «123 شخصا من مجموع 212»
    if fact.type == "count" and i and keys[i - 1] in RANK_WORDS:  # «في المرتبة 34»
        fact.type = "rank"
        _rank_total(fact, words, spans, keys)
    elif fact.type == "count" and fact.last == i and shape == "single" and _percent_in_words(i + 1, keys) is None \
            and ((i and _is_latin(words[i - 1])) or (head is None and _counts_nothing(i, words, keys))):
        return None  # «Mobily 737221», «المنطقة 7 دون»
    if fact.type == "count" and (n := _percent_in_words(fact.last + 1, keys)) is not None:
        fact.type = "percent"
        if n:
            fact.end, fact.last = spans[fact.last + n][1], fact.last + n
    elif fact.type == "count" and (n := _per_mille(fact.last + 1, keys)):
        fact.type, fact.total, fact.end, fact.last = "ratio", 1000.0, spans[fact.last + n][1], fact.last + n
    return fact


MINUTE = word_key("الدقيقة")
SCORER_NAME_WORDS = 3  # «خوان بيرنات 87»: a scorer's name before his goal's minute


def _minute_in_list(i: int, words: list[str], keys: list[str]) -> bool:
    """«في الدقيقة 27، باكو الكاسير 43، ديغو كوستا 72»: a figure after a short name that follows, over a comma, the
    minute of the goal before it («الدقيقة 27» or a minute of the same list) is a match minute, no fact."""
    k = i - 1
    while k > 0 and i - k <= SCORER_NAME_WORDS and is_arabic_word(words[k]) and keys[k] not in FUNCTION_AFTER:
        k -= 1
    if k == i - 1 or k < 2 or words[k] not in (",", "،") or not words[k - 1].isdigit():
        return False
    return keys[k - 2] == MINUTE or _minute_in_list(k - 1, words, keys)


RANGE_OPENERS = _keys("بين", "من") | ABOUT
SCORE_MAX = 9  # goals in a result; «10-15» is a range


def _score(i: int, words: list[str], keys: list[str]) -> bool:
    """«امام سلوفاكيا 1-2.», «فاز 2-1 على»: two small figures over a dash with no noun after them and no «بين/من/نحو»
    before them are a sports result, not a range of counts."""
    first = i if i + 1 < len(words) and words[i + 1] in DATE_DASHES else i - 2
    last = first + 2
    if first < 1 or last >= len(words) or not all(words[k].isdigit() and int(_ascii(words[k])) <= SCORE_MAX
                                                   for k in (first, last)):
        return False
    after = words[last + 1] if last + 1 < len(words) else "."
    return keys[first - 1] not in RANGE_OPENERS and (
        (_is_punct(after) and after not in PERCENT) or keys[last + 1] in FUNCTION_AFTER)


SCORE_SEPARATORS = {"-", "–", "ـ", "/"}  # DATE_DASHES and a slash
# a word of winning, drawing, losing or ending before two small figures makes them a result: «ليفوز سيتي 5 - 4»،
# «انتهت 3 - 3»، «بخسارة الفريق 1-3»، «بفوز فريقه 4/ صفر»، «بركلات الترجيح 5 - 4» (dec. 188, 210)
RESULT_STEMS = tuple(_keys("فوز", "فاز", "يفوز", "تعادل", "خسار", "خسر", "تقدم", "انتهت", "انتهى", "نتيجة", "بنتيجة",
                           "هزيمة", "هزم", "تغلب", "الترجيح"))
RESULT_WORDS = 3  # «ليفوز سيتي 5 - 4»: the team's name may stand between
ZERO = word_key("صفر")


def _result(i: int, words: list[str], keys: list[str]) -> bool:
    """«بعد تعادلهما 2 - 2 في الوقت الأصلي»: two goal tallies (digits up to SCORE_MAX or «صفر») over a dash or
    slash, with a word of a match's outcome just before them, are a digit score, whatever follows (decision 188)."""
    first = i if i + 1 < len(words) and words[i + 1] in SCORE_SEPARATORS else i - 2
    last = first + 2
    if first < 1 or last >= len(words) or words[first + 1] not in SCORE_SEPARATORS:
        return False
    if not all(keys[k] == ZERO or (words[k].isdigit() and int(_ascii(words[k])) <= SCORE_MAX) for k in (first, last)):
        return False
    return any(unglued(keys[k]).startswith(RESULT_STEMS) for k in range(max(0, first - RESULT_WORDS), first))


def _contact_number(i: int, words: list[str], keys: list[str]) -> bool:
    """A bare string of five digits or more in a clause that gives a way to get in touch («للتواصل أرسل رسالة
    نصية إلى 88548 أو 636250»): a phone, SMS or fax number, which counts nothing."""
    if not (words[i].isdigit() and len(words[i]) >= CONTACT_DIGITS):
        return False
    return any(unglued(k).removeprefix("ال").startswith(CONTACT_WORDS) or k.lower() in CONTACT_LATIN
               for k in keys[max(0, i - CONTACT_WINDOW):i])


SQUARED_UNITS = _keys("م", "كم", "سم", "ملم")  # square and cubic metres written «م2», «م3»
EXPONENTS = {"2", "3", "٢", "٣"}
CONTACT_DIGITS, CONTACT_WINDOW = 5, 12
CONTACT_WORDS = ("رسال", "نصي", "تواصل", "اتصال", "هاتف", "جوال", "واتس", "فاكس", "رمز")
CONTACT_LATIN = frozenset({"sms", "whatsapp", "fax", "tel"})


def _per_mille(k: int, keys: list[str]) -> int:
    """«3 في الألف», «3 بالألف»: per mille, a ratio with total 1000 (GUIDELINES §7); how many words join."""
    if k < len(keys) and keys[k] in PER_MILLE:
        return 1
    if k + 1 < len(keys) and keys[k] in ("في", "ب") and keys[k + 1] in PER_MILLE:
        return 2
    return 0


DENOMINATOR_HEADS = _keys("مجموع", "إجمالي")  # («من أصل 412 سفينة» after a noun is a count of its own)
RANK_TOTAL_HEADS = _keys("بين", "مجموع", "أصل")  # «الثامنة من بين 63», «من مجموع عشر دول»
# the أفعل form of a superlative after an ordinal: «ثاني أكبر», «ثالث أعلى», «رابع أفضل»
SUPERLATIVE = re.compile(r"^ا[^\W\d_][^\W\d_اوي][^\W\d_ة]?$")  # (not «أيام»)
DECIMAL_WORDS = _keys("فاصلة", "فاصل")
PER_MILLE = _keys("الألف", "بالألف")
RATE_BASE = _keys("لكل", "كل")
THOUSANDS_DOT = re.compile(r"^\d{1,3}\.\d{3}$")
# units after which «2.500» is a decimal: weights, lengths, volumes (and multipliers: «1.500 مليون»)
DECIMAL_UNITS = _keys("كغم", "كغ", "كجم", "كيلو", "كيلوغرام", "كيلوجرام", "كيلوغراما", "غرام", "جرام", "طن", "أطنان",
                      "طنا", "كم", "كيلومتر", "كيلومترا", "متر", "مترا", "لتر", "لترا", "ملم", "سم", "درجة", "نقطة")


MONTH_KEYS = MONTHS | HIJRI_MONTHS
DAY_KEY = word_key("يوم")
CLOCK_AFTER = _keys("توقيت", "بتوقيت", "صباحا", "مساء", "مساءً", "ظهرا", "فجرا", "تغ")  # «(01,00 تغ)»: GMT in wire copy
GMT_LETTERS = _keys("غ", ".")  # «(06.14 ت غ)», «ت.غ»: the same abbreviation spaced or dotted


def _counted_after_and(i: int, words: list[str], keys: list[str]) -> bool:
    """«سيكون في داخله رئيس الحكومة و24 وزيراً»: after «و» a figure before an indefinite noun (not a year mark, month
    or article) opens a new count; the identifier head before «و» names only what it heads (§3)."""
    return words[i - 1] == "و" and _noun_follows(i, words, keys) and not keys[i + 1].startswith("ال") \
        and keys[i + 1] not in NOT_A_COUNTED_NOUN and keys[i + 1] not in DIRECTIONS


THIS = _keys("هذا", "ذلك")  # «هذا العام»: the year is named already


def _figure_after_this_year(i: int, words: list[str], keys: list[str]) -> bool:
    """«بلغت الوفيات هذا العام 596 رجلا»: after «هذا/ذلك العام» a figure that is no year of the news (Gregorian or
    Hijri) and comes before a noun counts that noun; «this year» needs no year after it (§3 dates)."""
    value = int(_ascii(words[i]))
    return i >= 2 and keys[i - 2] in THIS and not (1900 <= value <= 2100 or HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1]) \
        and _noun_follows(i, words, keys) and keys[i + 1] not in NOT_A_COUNTED_NOUN


def _bound_before_year(i: int, words: list[str], keys: list[str]) -> bool:
    """«سيصل الى 1920 عينة», «أكثر من 1900 شخص», «نحو 2000 زائر»: a bound before a year-shaped figure makes it a
    count (not «من 2018 إلى 2020 ضبطت», a span of years)."""
    prev = keys[i - 1]
    if prev in ABOUT:
        return True
    if prev == "من":
        return i >= 2 and (keys[i - 2] in MORE_LESS or keys[i - 2] == "يقرب")  # («ما يقرب من 2000 زائر»)
    return prev in ("الى", "إلى") and i >= 2 and not words[i - 2][:1].isdigit() and not (
        i >= 3 and keys[i - 2] in ("عام", "العام"))


def _between_noun_and_counted(i: int, words: list[str], keys: list[str]) -> bool:
    """«ألقى الطيران المروحي 2041 قنبلة», «لجلوس ٢٠٠٠ شخص»: a year-shaped figure between a plain word (no preposition,
    month or «عام» before it) and a bare noun (no clitic, not a past verb in «-ت») counts that noun; a year stands
    after «في/عام/مارس» or before a clause («وفي 1998 أعلنت», «بغداد 1990 وهي»)."""
    prev, nxt = unglued(keys[i - 1]), keys[i + 1] if i + 1 < len(keys) else ""
    if prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS:
        prev = prev[1:]  # «وفي 2001 افتتح»: `unglued` keeps three-letter words whole
    return is_arabic_word(words[i - 1]) and prev not in PREPOSITIONS and prev not in FUNCTION_AFTER \
        and nxt not in PLACE_ADVERBS and nxt not in PREPOSITIONS \
        and prev not in YEAR_BEFORE and prev not in MONTH_KEYS and not (i >= 2 and keys[i - 2] in MONTH_KEYS) \
        and is_arabic_word(nxt) and nxt[:1] not in PROCLITIC_KEYS and not nxt.startswith("ال") \
        and not nxt.endswith("ت")


# adverbs of place a year is followed by, never a counted noun («نهائي مونديال البرازيل 2014 أمام المنتخب»)
PLACE_ADVERBS = _keys("أمام", "خلف", "عند", "ضد", "بين", "وسط")
# after «من» these open an adverbial phrase or a time, not the group a figure counts («في 2014 من خلال», «2015 من شهر»)
NOT_A_PARTITIVE = _keys("خلال", "قبل", "أجل", "حيث", "جهة", "بين", "شهر", "الشهر", "عام", "العام") | MONTHS


def _counted_of(i: int, words: list[str], keys: list[str]) -> bool:
    """«أعدم بدم بارد 2070 من مواطني نينوى»: a year-shaped figure after a plain word (as `_between_noun_and_counted`
    reads it) and before a partitive «من + noun» counts the members of that group; a year takes no «من» group."""
    return i + 2 < len(keys) and keys[i + 1] == "من" and is_arabic_word(words[i + 2]) \
        and keys[i + 2] not in NOT_A_PARTITIVE and keys[i + 2] not in FUNCTION_AFTER and keys[i + 2] not in ABOUT \
        and i >= 1 and is_arabic_word(words[i - 1]) and unglued(keys[i - 1]) not in PREPOSITIONS \
        and keys[i - 1] not in FUNCTION_AFTER and unglued(keys[i - 1]) not in YEAR_BEFORE \
        and keys[i - 1] not in MONTH_KEYS and keys[i - 1] not in YEAR_QUALIFIER_KEYS \
        and not (i >= 2 and (keys[i - 2] in MONTH_KEYS or keys[i - 2] in YEAR_HEADS))


YEAR_QUALIFIER_KEYS = _keys("الماضي", "الحالي", "المنصرم", "الجاري", "المقبل")  # «العام الماضي 2014»


CURRENT = word_key("الجاري")
NOT_A_COUNTED_NOUN = _keys("م", "هـ", "ه", "ميلادي", "ميلادية", "للميلاد", "للهجرة", "قبل", "بعد") | MONTHS


def _is_date(i: int, words: list[str], keys: list[str], value: float) -> bool:
    """Day numbers next to a month, Hijri years (after «عام/لعام/مواليد» or before «هـ»), «الـ 26 من تموز»."""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if nxt in MONTH_KEYS or (i and keys[i - 1] in MONTH_KEYS and not is_currency(nxt)):
        return True  # (but «عقود سبتمبر 49 سنتا»: money after the month's name)
    if nxt == "من" and i + 2 < len(keys) and (keys[i + 2] in MONTH_KEYS or (
            keys[i + 2] in ("شهر", "الشهر") and i + 3 < len(keys) and keys[i + 3] in MONTH_KEYS)):
        return True  # «الـ 26 من تموز», «حتى 16 من شهر رمضان»
    if nxt == CURRENT and value == int(value) and 1 <= value <= 31:
        return True  # «في 12 الجاري»: a day of the current month, no noun counted
    if nxt == "من" and i + 3 < len(keys) and keys[i + 2] in ("ذو", "ذي") and keys[i + 3] in HIJRI_MONTHS:
        return True  # «حتى 20 من ذي القعدة»: a day of a two-word Hijri month (GUIDELINES §3: dates are no facts)
    if nxt in HIJRI_MARK or (i and keys[i - 1] == DAY_KEY and nxt == "من"):
        return True  # «1437هـ», «في يوم 20 من الشهر»
    if nxt in ("ذو", "ذي") and i + 2 < len(keys) and keys[i + 2] in HIJRI_MONTHS:
        return True  # «الموافق 8 ذو القعدة»
    if nxt in DAY_JOINS and i + 2 < len(keys) and keys[i + 2][:1].isdigit() and _month_after(i + 2, words, keys):
        return True  # «3-9 يوليو», «في 12 و13 آب», «في 30 أو 31 يوليو», «13 و14 من شهر أغسطس», «من 8 إلى 29/11/1433هـ»
    if i and keys[i - 1] == "في" and nxt == "من" and tuple(keys[i + 2:i + 4]) in MONTH_REFERENCES \
            and value == int(value) and 1 <= value <= 31:
        return True  # «في 14 من الشهر الحالي», «في 30 من ذلك الشهر», «في 28 من كل شهر»: a day of that month
    if nxt in CLOCK_AFTER or (nxt == "ت" and i + 2 < len(keys) and keys[i + 2] in GMT_LETTERS):
        return True  # «(1.30 توقيت غرينتش)», «(23,15 تغ)»: a clock time (§7)
    return value == int(value) and HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1] and i > 0 and keys[i - 1] in YEAR_BEFORE


# the upper day of a pair or range of days («12 و13 آب», «30 أو 31 يوليو», «2 ــ 4/6/1436هـ»: the tatweel keys to "")
DAY_JOINS = _keys("-", "–", "و", "الى", "إلى", "حتى", "وحتى", "أو") | {""}
# a month named by reference after «في N من»: «الشهر الحالي», «نفس الشهر», «ذلك الشهر», «كل شهر»
MONTH_REFERENCES = {tuple(word_key(w) for w in ref.split()) for ref in (
    "الشهر الحالي", "الشهر الجاري", "الشهر الماضي", "الشهر المقبل", "الشهر نفسه", "نفس الشهر", "ذات الشهر", "ذلك الشهر",
    "هذا الشهر", "كل شهر")}


def _month_after(k: int, words: list[str], keys: list[str]) -> bool:
    """The day at `k` is followed by its month: a month's name, «من (شهر) أغسطس», or the rest of a date written
    with slashes («29/11/1433هـ»), so the days before it are dates too (GUIDELINES §3: dates are no facts)."""
    if k + 1 < len(keys) and keys[k + 1] in MONTH_KEYS:
        return True
    if k + 2 < len(keys) and keys[k + 1] == "من" and (keys[k + 2] in MONTH_KEYS or (
            keys[k + 2] in ("شهر", "الشهر") and k + 3 < len(keys) and keys[k + 3] in MONTH_KEYS)):
        return True
    return len(keys[k]) <= 2 and k + 3 < len(words) and words[k + 1] == "/" and words[k + 2][:1].isdigit() \
        and words[k + 3] == "/"


def _slash_dates(words: list[str]) -> set[int]:
    """The numbers of «4/ 11/ 1426» and «18/10/1436»: day, month and year of a date written with slashes
    (spaces allowed around them)."""
    out: set[int] = set()
    for i in range(len(words) - 4):
        if words[i][:1].isdigit() and words[i + 1] == "/" and words[i + 2][:1].isdigit() and words[i + 3] == "/" \
                and words[i + 4][:1].isdigit():
            out.update((i, i + 2, i + 4))
        elif words[i][:1].isdigit() and words[i + 1] in DATE_DASHES and words[i + 2][:1].isdigit() \
                and words[i + 3] in DATE_DASHES and words[i + 4].isdigit() and len(words[i + 4]) == 4 \
                and len(words[i]) <= 2 and len(words[i + 2]) <= 2:
            out.update((i, i + 2, i + 4))  # «24 ـ 6 ـ 1431», «14 -9- 1431»: day, month and year
    return out


DATE_DASHES = {"-", "–", "ـ"}
CENTURY = _keys("القرن", "قرن")
CENTURY_WORDS = 3  # «القرن الواحد والعشرين», «القرن الحادى عشر»


def _century_ordinals(words: list[str], keys: list[str]) -> set[int]:
    """The words of a century's ordinal: «في القرن 17», «القرن الحادى عشر», «القرن الواحد والعشرين» name a time,
    like a year or a date, and count nothing (GUIDELINES §3, decision 14: labelling ordinals are not facts)."""
    out: set[int] = set()
    for k in range(len(keys) - 1):
        if _article_key(k, keys) not in CENTURY:
            continue
        m = k + 1
        while m < len(keys) and m <= k + CENTURY_WORDS and _number_word(words[m], keys[m]):
            out.add(m)
            m += 1
    return out


def _number_word(word: str, key: str) -> bool:
    """Digits, or a number or ordinal word with its «و», article or a final «ى» for «ي» («الثانى», «والعشرين»)."""
    bare = key.removeprefix("و").removeprefix("ال").replace("ى", "ي")
    return word[:1].isdigit() or parse_ordinal(["ال" + bare]) is not None or parse_words([bare]) is not None


def _percent_in_words(k: int, keys: list[str]) -> int | None:
    """How many words from `k` say «percent» and join the span: «في المائة» 2, «بالمائة» 1,
    «نقطة مئوية» 0 (the unit stays outside); None when they do not."""
    nxt = keys[k:k + 2]
    if nxt[:1] and nxt[0] in PERCENT_WORDS:
        return 1
    if len(nxt) == 2 and nxt[0] in ("في", "ب") and (nxt[1] in PERCENT_WORDS or nxt[1] in PERCENT):  # «0.6 في %»
        return 2
    if len(nxt) == 2 and nxt[0] in PERCENT_POINTS and nxt[1] == "مئوية":
        return 0
    return None


def _rank_total(fact: Fact, words: list[str], spans: list[Span], keys: list[str]) -> None:
    """«الثامنة من بين 63», «الأولى من بين خمس وحدات»: the total joins the rank's span."""
    k = fact.last + 1
    if k + 2 < len(words) and keys[k] == "من" and keys[k + 1] in RANK_TOTAL_HEADS:  # («من مجموع عشر دول»)
        if (total := parse_digits(words[k + 2])) is not None and _shape(k + 2, words, spans) == "single":
            fact.total, fact.end, fact.last = total, spans[k + 2][1], k + 2
        elif (p := parse_words(words[k + 2:k + 10])) is not None:
            fact.total, fact.end, fact.last = p[0], spans[k + 2 + p[1] - 1][1], k + 2 + p[1] - 1


# a -تين/-تان form this much rarer than its singular is its dual: set on real-train, where true duals reach a fifth of
# their singular («فتاة» 5 × «فتاتين», «مرة» 9 × «مرتين»), while the plural is -ات; a singular seen 100 times is
# a noun of the news («عربة» 122, «قبيلة» 152: «على عربتين», «بين قبيلتين»), at 50 names and verbs creep in
FEM_DUAL_MIN, FEM_DUAL_RATIO = 100, 5
# an indefinite -تين/-تان noun whose singular is rarer (20 to 100: «بندقية» 31 × «بندقيتين», «رصاصة» 42) is a dual too
# when nothing else reads it: not a participle or nisba adjective in agreement («مقيدتان», «مستهدفتين», «البلجيكيتين»),
# not a definite idiom («أولى القبلتين»), not the construct -تي that is mostly «my» («خاتمتي», «رفقتي»)
RARE_FEM_DUAL_MIN = 20


def is_feminine_dual(key: str, counts: dict[str, int], construct: bool = False) -> bool:
    """«جماعتين» «قضيتان»: a -تين/-تان ending whose singular (stem + ة) is a common word; with
    `construct` (a noun follows) also the construct dual -تي/-تا of «وجهتي نظر» (GUIDELINES §6)."""
    if len(key) >= 5 and key.endswith(("تين", "تان")):
        singular = key[:-3] + "ة"
    elif construct and (len(key) >= 5 and key.endswith(("تي", "تا")) or len(key) == 4 and key.endswith("تي")):
        # («جثتي عنصرين»: a four-letter construct -تي; a four-letter -تا is mostly an accusative, «سنتا واحدا»)
        singular = key[:-2] + "ة"
    else:
        return False
    return counts.get(singular, 0) >= FEM_DUAL_MIN and counts.get(singular, 0) > FEM_DUAL_RATIO * counts.get(key, 0)


def rare_feminine_dual(key: str, counts: dict[str, int]) -> bool:
    """«بندقيتين», «رصاصتين», «بنايتين»: an indefinite -تين/-تان noun whose singular is a less common noun
    (RARE_FEM_DUAL_MIN..FEM_DUAL_MIN); participles («م…», «مست…») and nisba adjectives (-يتين) are left out, since
    beside a dual they agree with it and count nothing (decision 74)."""
    if len(key) < 6 or not key.endswith(("تين", "تان")) or key.startswith(("ال", "م")):
        return False
    singular = counts.get(key[:-3] + "ة", 0)
    return singular >= RARE_FEM_DUAL_MIN and singular > FEM_DUAL_RATIO * counts.get(key, 0)


def _any_dual(raw: str, key: str, counts: dict[str, int], construct: bool) -> bool:
    """A feminine dual under the word as written (the counts keep hamza forms: «إصابتين») or its lookup key; not a
    number word («مئتان و واحد» is 201, left to the number-word reading)."""
    if parse_words([key]) is not None:
        return False
    return any(is_feminine_dual(k, counts, construct) or is_feminine_dual(k[2:], counts) or rare_feminine_dual(k, counts)
               for k in {raw, key} if k)


SAYING = ("قال", "اضاف", "تابع", "اعلن", "اكد", "اوضح", "صرح", "افاد", "يقول", "تقول", "مضيف", "مؤكد", "موضح",
          "قائل", "لاحقا")  # «وأضاف "سيتم …"», «وأعلن X لاحقا «مقتل 10 …»»
NAME_HEADS = _keys("حملة", "شعار", "عنوان", "بعنوان", "برنامج", "مبادرة", "مسابقة", "فيلم", "كتاب", "مشروع", "اسم", "باسم",
                   "وسم", "لقب", "مهرجان", "عملية", "تحت", "فعالية", "معرض", "مسلسل", "أغنية", "قصيدة")
SAYING_WINDOW = 5


def _after_saying(start: int, words: list[str]) -> bool:
    """A quote that a verb of saying opens (within a few words, no name head right before it) is speech."""
    if start and word_key(words[start - 1]) in NAME_HEADS:
        return False
    for k in range(start - 1, max(-1, start - 1 - SAYING_WINDOW), -1):
        if _is_punct(words[k]) and words[k] not in QUOTES and words[k] != ":":
            return False  # («وقال: إن المحققين «…»»: the colon after the verb opens the speech)
        key = unglued(word_key(words[k]))
        if (key.startswith(SAYING) and key != "ذكرى") or word_key(words[k]) in THAT_CLAUSE:
            return True  # («وقال الوزير إن التنظيم “أعدم 20 …”»: the quote is the reported clause)
    return False


def _counts_inside(body: list[str]) -> bool:
    """«"550 شرطيا ودركيا"», «“بلغ 694 شخصاً”»: a figure followed by an indefinite accusative noun (its tamyiz) counts
    that noun; a name ends on its figure or puts a name word after it («اللواء 35 مدرع», «سي 4»), never a tamyiz
    (a campaign's title after «حملة» stays a name: the caller checks the head)."""
    for k in range(len(body) - 1):
        nxt = word_key(body[k + 1])
        if body[k][:1].isdigit() and is_arabic_word(body[k + 1]) and len(nxt) >= 4 and nxt.endswith("ا") \
                and not nxt.startswith("ال") and nxt not in FUNCTION_AFTER:
            return True
    return False


def quoted_names(words: list[str]) -> set[int]:
    """Indices of the words inside short quotes: a quoted name, title or slogan («حملة "100 يوم
    وليلة"»), whose numbers are not facts (GUIDELINES §6). Reported speech (long, after «:» or a verb of
    saying) keeps its facts."""
    inside: set[int] = set()
    open_at: dict[str, int] = {}  # opening quote -> index
    for k, w in enumerate(words):
        opener = CLOSING.get(w)
        if opener is not None and opener in open_at:
            start = open_at.pop(opener)
            body = words[start + 1:k]
            speech = (start and words[start - 1] == ":") or any(x in SENTENCE_END for x in body) \
                or sum(not _is_punct(x) for x in body) > NAME_QUOTE_WORDS or _after_saying(start, words)
            emphasis = [x for x in body if not _is_punct(x) or x in PERCENT]
            named = bool(start) and word_key(words[start - 1]) in NAME_HEADS  # «حملة "30 يوما من النظافة"»
            # «أكثر "من ألف محاولة"»: a phrase, no name
            phrase = bool(emphasis) and word_key(emphasis[0]) in PREPOSITIONS and not named
            counted = _counts_inside(body) and not named
            if not speech and not phrase and not counted and not (emphasis and emphasis[0][:1].isdigit() and (
                    len(emphasis) <= 2 or (len(emphasis) == 3 and multiplier(emphasis[1]) and is_currency(
                        word_key(emphasis[2]))))):
                inside.update(range(start + 1, k))  # (a figure alone in quotes, «يوفر "600" وظيفة», «"86 مليون
                # دولار"», is emphasis)
        elif w in QUOTES:
            open_at[w] = k
    return inside


def _one_counts(i: int, words: list[str], keys: list[str]) -> bool:
    """«سنة واحدة»، «نموذج شبابي واحد»: واحد after its noun counts it; «واحدة من» (one of),
    «في وقت واحد» (at once), «دفعة واحدة» (all at once), «هذه واحدة» and «أحد المتهمين» do not (GUIDELINES §6), nor
    an idiom noun with its adjective between («وحدة تاريخية واحدة», «صف متراص واحد»: decision 14)."""
    if keys[i] not in ONE_AFTER_NOUN or i == 0 or not is_arabic_word(words[i - 1]) or keys[i - 1] in NOT_A_NOUN \
            or _one_idiom(keys[i - 1]) or keys[i - 1] in COPULAS \
            or (i >= 2 and _one_idiom(keys[i - 2])) \
            or keys[i - 1].startswith("ال"):  # «يعد المهرجان واحداً من»: a predicate, not an adjective
        return False
    if i + 1 < len(words) and ((keys[i + 1] in ONE_OF and not _is_time_unit(keys[i - 1])
                                and keys[i - 1] not in DISTANCE_FROM and not _from_before(i + 1, keys))
                               or (keys[i] == "واحد" and keys[i + 1].startswith("ال"))):
        return False  # («وأحد المتهمين» written «واحد المتهمين»: one of; but «بعد يوم واحد من …» is a day)
    if (i >= 2 and keys[i - 1] == "رجل" and keys[i - 2] in AS_ONE_MAN) or (i + 1 < len(keys) and keys[i + 1] == ONE_GOD):
        return False  # «وقفة رجل واحد», «بإذن واحد أحد»: idioms (decisions 14, 130)
    window = range(max(0, i - NEGATION_WINDOW), i)
    if any(keys[m] in NEGATED_ONE or (keys[m] == "لا" and m and keys[m - 1] == "و") or _plain_negation(m, keys)
           for m in window) and not any(keys[m] in ONLY for m in window):
        return False  # «ولا مركز شباب واحد», «ليست مجرد عملية واحدة», «ولو لمرة واحدة»: «not even one», emphatic
    if i >= 2 and keys[i - 2] == "في" and _is_time_unit(keys[i - 1]):
        return True  # «في عام واحد بدلا من ثلاثة», «في سنة واحدة»: a length of time, duration 1 (decision 188)
    return not (i >= 2 and keys[i - 2] in SAME_BEFORE)


def _from_before(k: int, keys: list[str]) -> bool:
    """«من قبل» at k: «before/by», not the partitive «one of»."""
    return keys[k] == "من" and k + 1 < len(keys) and keys[k + 1] == BEFORE


def _plain_negation(m: int, keys: list[str]) -> bool:
    """«لا/لم/لن» at m negates the clause of a following «X واحد» (decision 130), unless it negates a verb of
    exceeding, which bounds the figure instead («لم يتجاوز عددهم شخصا واحدا», decision 93)."""
    return keys[m] in PLAIN_NEGATORS and not (m + 1 < len(keys) and keys[m + 1].startswith(BOUND_AFTER_NEGATOR))


def _one_idiom(key: str) -> bool:
    """The noun before «واحد» is one of ONE_IDIOMS, maybe with a glued «و/ب/ل» or the accusative «ا»."""
    bare = key[1:] if key[:1] in ("و", "ب", "ل") and len(key) > 2 else key  # («ويد واحدة»)
    return any(k in ONE_IDIOMS or (k.endswith("ا") and k[:-1] in ONE_IDIOMS) for k in (key, bare))


def _first_of_kind(i: int, words: list[str], keys: list[str]) -> bool:
    """«كانت أول بلدية»: «أول» heading an indefinite noun after a copula is rank 1."""
    k = i + 1 + (i + 1 < len(words) and words[i + 1] in OPENING)  # («هي أول «دولة جهادية» حصلت»)
    nxt = keys[k] if k < len(words) else ""
    return i > 0 and keys[i - 1] in COPULAS and is_arabic_word(nxt) and not nxt.startswith("ال") and nxt not in ONE_OF


def _first_who(i: int, words: list[str], keys: list[str]) -> bool:
    """«كانت الصحيفة أول من كشف القرار»: «أول من» + a verb, the first to do something, is rank 1 (decision 79); not
    «أول من أمس» (the day before yesterday) nor «أول من يناير»."""
    return i + 2 < len(words) and keys[i + 1] == "من" and is_arabic_word(words[i + 2]) \
        and not keys[i + 2].startswith("ال") and keys[i + 2] not in MONTH_KEYS and keys[i + 2] not in ("امس", "أمس")


# «الثاني عالمياً», «الأول عربياً»: an ordinal placed on a scale is a rank (decision 79 placings)
RANK_SCOPES = _keys("عالمياً", "عربياً", "محلياً", "خليجياً", "إقليمياً", "آسيوياً", "أفريقياً", "دولياً")  # (tanwin dropped)
PLACING_VERBS = _keys("حل", "حلت", "جاء", "جاءت", "احتل", "احتلت")


def _placing(key: str) -> bool:
    return key in PLACING_VERBS or (key[:1] in ("و", "ف") and key[1:] in PLACING_VERBS)


PLACING_SUBJECT_WORDS = 3  # «وحل الشباب السعودي خامساً», «حل ب روسيا مونشنغلادباخ ثالثا»: a name (a split «ب» counts)


def _placed(i: int, words: list[str], keys: list[str]) -> bool:
    """A placing verb before the ordinal at i, past its subject: «حل تاسعا», «وحل السائق خامسا», «فيما حل بروسيا
    مونشنغلادباخ ثالثا» (decision 79)."""
    for k in range(i - 1, max(-1, i - PLACING_SUBJECT_WORDS - 2), -1):
        if _placing(keys[k]):
            return True
        if not is_arabic_word(words[k]):
            return False
    return False


# broken plurals an ordinal ranks one item among («ثاني مدن اليمن», «ثاني أسباب الوفاة», «ثاني دول العالم»: decision 14)
RANKED_PLURALS = _keys("مدن", "دول", "بلدان", "أسباب", "عواصم", "موانئ", "اقتصادات")


def _ranked_among(i: int, words: list[str], keys: list[str]) -> bool:
    """A bare ordinal before a ranked plural with its genitive («ثاني مدن اليمن», decision 14) or before «و» and a
    second ordinal heading a superlative («ثاني وثالث أكبر شريك», decision 168): a rank, not a label in a series."""
    if i + 2 < len(keys) and keys[i + 1] in RANKED_PLURALS:
        return is_arabic_word(words[i + 2]) and keys[i + 2] not in FUNCTION_AFTER
    return i + 3 < len(keys) and keys[i + 1] == "و" and parse_ordinal(words[i + 2:i + 3]) is not None \
        and bool(SUPERLATIVE.match(keys[i + 3])) and keys[i + 3] not in FUNCTION_AFTER


FIRST_SINCE_WINDOW = 12  # «هي الأولى لوزير الخارجية السوري إلى دولة خليجية منذ بدء الأزمة»
SINCE = word_key("منذ")


def _first_since(i: int, words: list[str], keys: list[str]) -> bool:
    """«هي الأولى (التي …) منذ + date or event», «الذي سيكون الأول له … منذ 11 عاماً»: the first since …, a rank 1
    (decision 213); «للمرة الأولى منذ», «زيارته الأولى منذ» (no copula) stay labels (decisions 14, 132)."""
    if not i or keys[i - 1] not in COPULAS:
        return False
    for k in range(i + 1, min(len(keys), i + 1 + FIRST_SINCE_WINDOW)):
        if words[k] in SENTENCE_END or keys[k] in ("مرة", "المرة"):
            return False
        if keys[k] == SINCE:
            return True
    return False


MULTIPLE_WORD = _keys("ضعف", "وضعف")
# «ما يعادل ضعف الوفيات», «توازي ضعف …»: a verb of equality makes «ضعف» «twice», not «weakness»
EQUALS = _keys("يعادل", "تعادل", "يساوي", "تساوي", "يوازي", "توازي")


def _multiple_of(i: int, words: list[str], keys: list[str]) -> bool:
    """Bare «ضعف» is «twice» (a ratio 2, decision 169) before «ما» («وهو ضعف ما كانت عليه») or after a verb of
    equality («ما يعادل ضعف الوفيات»); elsewhere it is mostly «weakness» («ضعف الرقابة»)."""
    return (i + 1 < len(keys) and keys[i + 1] == "ما") or (i > 0 and keys[i - 1] in EQUALS)


def _first_to_do(i: int, words: list[str], keys: list[str]) -> bool:
    """«أول سائق يلقى حتفه», «أول سفينة تعبر المجرى»: the first of a kind to do something is rank 1 (decision 79);
    «أول عملية عبور» (a label in a series) is not."""
    return i + 2 < len(keys) and is_arabic_word(words[i + 1]) and not keys[i + 1].startswith("ال") \
        and keys[i + 1] not in FUNCTION_AFTER and keys[i + 1] not in ("مرة", "وهلة") \
        and keys[i + 2][:1] in ("ي", "ت") and len(keys[i + 2]) >= 4 \
        and is_arabic_word(words[i + 2]) and not keys[i + 2].endswith(("ة", "ات"))


# words that are no noun: after a -تي/-ي form they make it «my X» («رسالتي هذه», «حالتي تلك», «حياتي لن», «أسرتي لا»,
# «حالتي حيث»), as a construct dual's genitive is a noun (decision 33 counts duals, not possessives)
NOT_A_GENITIVE = _keys("هذه", "هذا", "تلك", "ذلك", "هنا", "هناك", "حيث", "لا", "لن", "لم", "ما", "قد", "كما", "هو", "هي")


def _noun_follows(i: int, words: list[str], keys: list[str]) -> bool:
    return i + 1 < len(words) and is_arabic_word(words[i + 1]) and keys[i + 1] not in FUNCTION_AFTER \
        and keys[i + 1] not in NOT_A_GENITIVE


def _construct(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """A noun follows, maybe inside quotes («صحيفتا "ذي تايمز"»): a -تي/-تا form there may be a construct dual.
    A preposition («برئاستي بعد») or a definite feminine adjective («حالتي الصحية», «فكرتي المسبقة»: its
    masculine is a common word) after it makes it a singular with «my»."""
    if i + 1 < len(words) and (keys[i + 1] in PREPOSITIONS or PRONOUN_PREPOSITION.match(keys[i + 1])
                               or (_feminine_adjective(i + 1, words, counts)
                                   and not _second_noun_genitive(i + 1, words, keys, counts))
                               or _clitic_led(words[i + 1], counts)):
        return False
    return _noun_follows(i, words, keys) or (i + 1 < len(words) and words[i + 1] in OPENING and _noun_follows(i + 1, words, keys))


def _second_noun_genitive(k: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«وزارتي الداخلية والعمل»: a definite noun (no adjective) joined by «و» right after word k makes k the first
    of two genitives of a construct dual, however adjective-like it looks; «حالتي الصحية والنفسية» joins two
    adjectives of «my state»."""
    j = k + 1 + (k + 1 < len(keys) and keys[k + 1] == "و")
    if j >= len(keys) or j == k + 1 and not keys[j].startswith("وال") or not is_arabic_word(words[j]):
        return False
    second = keys[j].removeprefix("و")
    raw = lookup_key(words[j]).removeprefix("و")
    return second.startswith("ال") and len(second) > 4 and not (raw.endswith("ة") and counts.get(raw[:-1], 0) >= ADJECTIVE_MIN) \
        and not (raw.endswith("ي") and counts.get(raw + "ة", 0) >= ADJECTIVE_MIN)


GLUED_LEADS = ("و", "ف", "ب", "ل")
PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن", "نا", "كم")


def _clitic_led(word: str, counts: dict[str, int]) -> bool:
    """«حياتي وحياتكم», «كفاءتي وعدم», «رسالتي لعلمائنا», «حياتي بأكملها»: a word that opens with a glued «و/ف/ب/ل»
    (the word under it more common than the whole, or a «ب/ل» word ending in a pronoun) starts a new phrase; a
    construct dual's genitive follows it bare («حالتي وفاة», «محافظتي لحج»)."""
    raw = lookup_key(word)
    if raw[:1] not in GLUED_LEADS or len(raw) < 4 or not is_arabic_word(word):
        return False
    return counts.get(raw[1:], 0) > counts.get(raw, 0) or (raw[:1] in ("ب", "ل") and raw.endswith(PRONOUN_ENDINGS))


# a preposition with its pronoun («إليه», «بهن», «منها»): after a -تي form it makes «my X» («رسالتي إليه»), as no
# construct dual ends before one
PRONOUN_PREPOSITION = re.compile(r"^(الي|علي|من|عن|في|ل|ب)(ه|ها|هم|هما|هن|ك|كم|نا)$")


def _feminine_adjective(k: int, words: list[str], counts: dict[str, int]) -> bool:
    """«الصحية», «المسبقة»: a definite word in -ة whose masculine («الصحي») is itself a common word."""
    raw = lookup_key(words[k])
    return raw.startswith("ال") and raw.endswith("ة") and counts.get(raw[:-1], 0) >= ADJECTIVE_MIN


def _nisba_adjective(k: int, words: list[str], counts: dict[str, int]) -> bool:
    """«الحقيقي», «الشخصي»: a definite word in -ي whose feminine -ية is itself a common word: an adjective, which
    describes the word before it and is no genitive of a construct dual."""
    raw = lookup_key(words[k])
    return raw.startswith("ال") and raw.endswith("ي") and counts.get(raw + "ة", 0) >= ADJECTIVE_MIN


ADJECTIVE_MIN = 40  # «الصحي» 1202, «المسبق» 44 × a name «الحامضية» («الحامضي» 4)


# words that put the next noun in the genitive, where a dual ends in -ين: an -ان form after them is a name or a
# singular («إلى صوران», «بلدة صوران», «صاحب القربان»), never a nominative dual («قتل شرطيان»)
GENITIVE_BEFORE = _keys("من", "إلى", "الى", "في", "على", "عن", "مع", "حتى", "منذ", "عبر", "لدى", "بين", "وسط", "قرب",
                        "بلدة", "مدينة", "قرية", "صاحب") | DIRECTIONS


DUAL_RELATIVES = _keys("اللذان", "اللذين", "اللتان", "اللتين")


def _dual_by_agreement(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«إن المحتجزين اعترفا …», «الرئيسان اللذان فازا»: a -ين/-ان noun whose next word is a dual relative or a
    past verb in the dual (its plural «اعترفوا» at least as common in the word counts, so not «دعا», «عاما»)."""
    key = keys[i][1:] if keys[i].startswith("وال") else keys[i]  # («والهدفان اللذان»: «و» left glued)
    if len(key) < 7 or not key.startswith("ال") or not key.endswith(("ين", "ان")) or i + 1 >= len(keys) \
            or not is_arabic_word(words[i]) \
            or parse_words([key.removeprefix("ال")]) is not None or key in TWO_WORDS:
        return False
    nxt = keys[i + 1]
    if nxt in DUAL_RELATIVES or nxt in PAIR_PRONOUNS:
        return True
    return bool(i and keys[i - 1] in SUBJECT_OPENERS) and _dual_past_verb(nxt, counts)


def _dual_past_verb(key: str, counts: dict[str, int]) -> bool:
    """«اعترفا», «هاجمتا»: a past verb in the dual, its plural «اعترفوا» at least as common (not «دعا», «عاما»)."""
    if len(key) < 4 or not key.endswith("ا") or key.endswith("وا"):
        return False
    stem = key[:-2] if key.endswith("تا") else key[:-1]  # («هاجمتا»: the feminine dual)
    plural = counts.get(stem + "وا", 0)
    return plural >= DUAL_VERB_MIN and counts.get(key, 0) <= plural


def _dual_imperfect_verb(key: str, counts: dict[str, int]) -> bool:
    """«يقيمان», «تؤرقان»: an imperfect verb in the dual, its plural «يقيمون» at least as common."""
    if len(key) < 5 or key[:1] not in ("ي", "ت") or not key.endswith("ان"):
        return False
    plural = counts.get(key[:-2] + "ون", 0)
    return plural >= DUAL_VERB_MIN and counts.get(key, 0) <= plural


def _indefinite_by_agreement(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«رجلين كانا في المكان», «فوجين يضمان 500 متطوع», «عنصرين وهما …», «زوجان يقودان», «قاطرتين تقلان»,
    «عاملين آسيويين وهما»: an indefinite -ين/-ان noun, past one agreeing adjective of its ending, followed by a verb in
    the dual or the pair's pronoun «هما», which no plural takes (decision 33: each real pair counts)."""
    key = _article_key(i, keys)
    if i + 1 >= len(keys) or key.startswith("ال") or not key.endswith(("ين", "ان")) or len(key) < 5 \
            or not is_arabic_word(words[i]) or parse_words([key]) is not None or key in TWO_WORDS \
            or _dual_imperfect_verb(key, counts) or _dual_imperfect_by_singular(key, counts):
        return False  # («لا تزالان تسجلان»: a dual verb before another)
    if _agreeing_dual_word(key, keys[i + 1], counts):
        return True
    k = i + 1  # («عاملين آسيويين وهما يهمان»: the pair's adjective stands between)
    return k + 1 < len(keys) and keys[k].endswith(key[-2:]) and len(keys[k]) >= 5 \
        and not keys[k].startswith(("ال", "و")) and is_arabic_word(words[k]) and keys[k] not in TWO_WORDS \
        and _agreeing_dual_word(key, keys[k + 1], counts)


def _agreeing_dual_word(key: str, nxt: str, counts: dict[str, int]) -> bool:
    """The word after an indefinite -ين/-ان noun `key` agrees with it as a dual: the pair's pronoun or a dual verb."""
    # (a verb after «و» opens a clause of its own: «مهرجان برلين واعتبرا»)
    if nxt in PAIR_PRONOUNS:
        return key.endswith("ين")  # («بناء وعمران هما قطر …»: an -ان word of its own before the pronoun)
    if nxt[:1] in ("و", "ف"):
        return False
    if key.endswith("ان"):  # (a nominative -ان is mostly a name or a word of its own: only an imperfect dual verb)
        return _dual_imperfect_verb(nxt, counts) or _dual_imperfect_by_singular(nxt, counts)
    return _dual_past_verb(nxt, counts) or _dual_imperfect_verb(nxt, counts) \
        or _dual_imperfect_by_singular(nxt, counts)


def _dual_imperfect_by_singular(key: str, counts: dict[str, int]) -> bool:
    """«تقلان», «يؤرقان», «يقودان»: an imperfect verb in the dual whose masculine singular («يقل», «يؤرق») is a word
    of the counts and commoner than this form; the plural -ون may be rare («يؤرقون» unseen)."""
    if len(key) < 5 or key[:1] not in ("ي", "ت") or not key.endswith("ان"):
        return False
    singular = counts.get("ي" + key[1:-2], 0)
    return singular >= DUAL_VERB_MIN and counts.get(key, 0) < singular


DUAL_VERB_MIN = 5
PAIR_PRONOUNS = _keys("هما", "وهما")  # «المكرمين وهما العقيد …»: the pronoun of a pair
# the particles before a clause's subject (the dual verb then agrees with it, «إن المحتجزين اعترفا»), not «أكثر
# اللاعبين تعرضا» (a partitive plural and an accusative noun)
SUBJECT_OPENERS = THAT_CLAUSE | _keys("لأن", "لكن", "ولكن", "هما", "وهما")


def _pair_adjective(i: int, words: list[str], keys: list[str]) -> bool:
    """«عمل وجهد كبيرين», «بجودة وسرعة عاليتين»: a dual right after two indefinite nouns joined by «و», of its
    gender (-تين after two nouns in -ة, -ين after two without), is their adjective, not a count."""
    if not keys[i].endswith("ين"):
        return False  # (the adjective of a pair in the accusative or genitive; «وانقلب قاربان» is a subject)
    if i >= 2 and keys[i - 1].startswith("و") and len(keys[i - 1]) > 3:
        second, first = keys[i - 1][1:], i - 2
    elif i >= 3 and keys[i - 2] == "و":
        second, first = keys[i - 1], i - 3  # («و» split off: «عمل» «و» «جهد» «كبيرين»)
    else:
        return False
    nouns = (keys[first], second)
    if not is_arabic_word(words[first]) or any(n.startswith("ال") or n in NOT_A_NOUN or n in FUNCTION_AFTER
                                               for n in nouns):
        return False
    feminine = keys[i].endswith(("تين", "تان"))
    return all(n.endswith("ة") == feminine for n in nouns)


GENERAL_HEADS = _keys("مدراء", "مديرين", "مدعين", "امناء", "مفتشين", "منسقين", "مستشارين")


def _is_time_unit(key: str) -> bool:
    return key in TIME_UNITS or (key.startswith("ال") and key[2:] in TIME_UNITS)


def _dual_agrees(i: int, words: list[str], keys: list[str], facts: list[Fact]) -> bool:
    """«منطقتين نموذجيتين», «مدعين عامين»: a dual or -ين form right after a noun of the same
    ending is its agreeing adjective, not a second count; so is a definite one right after a definite noun
    («الأطباء النفسيين», «الرجال المرافقين»: a dual noun after a definite word would head no construct)."""
    if facts and facts[-1].last == i - 1 and facts[-1].value == 2 \
            and not (keys[i - 1].endswith(("ي", "ا")) and not keys[i].endswith("ان")):
        return True  # (after a construct dual the word is its genitive, «جثتي شرطيين»: two bodies of two policemen;
        # a genitive never ends in the nominative -ان, «قريتي حريتان» is a name)
    if facts and facts[-1].last == i - 2 and facts[-1].value == 2 and keys[i - 2].endswith(("تي", "تا")):
        return True  # «نقطتي تفتيش مشتركتين»: the adjective of a construct dual, after its genitive
    if facts and keys[i].startswith("ال") and _after_construct_pair(facts[-1], i, words, keys):
        return True  # «بلدتي الفوعة وكفريا المحاصرتين»: the adjective of a construct dual after its two genitives
    prev = keys[i - 1] if i else ""
    head = unglued(prev)
    head = head[1:] if head.startswith(("بال", "كال")) else head
    if keys[i].removeprefix("ال") == "عامين" and head.removeprefix("ال") in GENERAL_HEADS:
        return True  # «المدراء العامين», «ومدراء عامين»: general, not two years
    if _pair_adjective(i, words, keys) or prev == "شبه":
        return True  # («شبه ممتازين»: an adjective)
    if keys[i].startswith("ال") and prev.startswith("ال") and is_arabic_word(words[i - 1]) and prev not in DAY_NAMES \
            and prev not in PREPOSITIONS:  # («إلى الطرفين»: «إلى» is keyed «الى»)
        return True
    return len(prev) > 3 and is_arabic_word(words[i - 1]) and prev[-2:] == keys[i][-2:] and prev[-2:] in ("ين", "ان") \
        and prev not in DUAL_DEMONSTRATIVES  # («هذين الشرطيين»: the demonstrative agrees with the dual)


def _after_construct_pair(fact: Fact, i: int, words: list[str], keys: list[str]) -> bool:
    """Word i follows a construct dual and the two genitives it names, joined by «و» with no punctuation or
    preposition between («بلدتي الوهط وصبر», «عمليتي متحف باردو وفندق سوسة»; not «… خلال اليومين»)."""
    between = range(fact.last + 1, i)
    return fact.value == 2 and fact.first == fact.last and keys[fact.last].endswith(("تي", "تا", "ي", "ا")) \
        and 2 <= len(between) <= PAIR_WINDOW and not any(_is_punct(words[k]) for k in between) \
        and any(keys[k].startswith("و") for k in between) \
        and not any(keys[k] in PREPOSITIONS and keys[k] != "و" for k in between)


PAIR_WINDOW = 6


def is_masculine_dual(key: str, counts: dict[str, int]) -> bool:
    """«تفجيرين» «شخصان» «جنديين»: a -ين/-ان ending whose singular (the stem) is a common word, much more
    common than this form; for -ين, the sound plural -ون must be rare (else «مسلحين» is a plural).
    Imperfect verbs of the dual («يرتديان») are left out."""
    definite = key.startswith("ال")
    key = key[2:] if definite else key
    if len(key) < 5 or not key.endswith(("ين", "ان")):
        return False
    stem = key[:-2]
    if len(stem) < 3 or stem.startswith("ي") or key.endswith("تين") or key.endswith("تان") \
            or (key.endswith("ان") and (stem.startswith("ت") or (stem[:2] in ("سي", "ست") and len(stem) >= 5))):
        return False  # «يرتديان», «تزالان», «سيسهمان» (the future «س»): verbs
    if len(key) == 5 and key.startswith("ت") and key.endswith("ين"):
        return False  # «تضمين», «التأمين»: a verbal noun of the تفعيل shape, not the dual of «تضم»
    singular = sum(counts.get(form, 0) for form in _alef_forms(stem))  # «اقليم»: the counts keep «إقليم»
    dual = _seen(key, counts)
    if parse_words([key]) is not None or singular < MASC_DUAL_MIN or singular < MASC_DUAL_RATIO * dual:
        return False  # («عشرين» is twenty)
    nominative, oblique = _case_forms(stem, counts)
    if key.endswith("ان") and nominative > OWN_WORD_RATIO * oblique:
        return False  # «العمران», «فقدان», «الدوران», «عدنان»: a noun or name of its own, not a dual
    if definite and stem.startswith("م") and key.endswith("ين") and nominative < CASES_MIN:
        return False  # «المصنعين», «المستشارين», «المحيطين»: a participle's sound plural, its dual -ان never seen
    plural = _seen(stem + "ون", counts)
    return not key.endswith("ين") or plural < MASC_PLURAL_SHARE * max(dual, 1)  # (an unseen form: no plural either)


def _seen(form: str, counts: dict[str, int]) -> int:
    """How often a form is seen in the word counts, bare or with the article."""
    return counts.get(form, 0) + counts.get("ال" + form, 0)


def _case_forms(stem: str, counts: dict[str, int]) -> tuple[int, int]:
    """How often the stem's -ان and -ين forms are seen, bare or definite: a dual has both cases («الطرفان» 122,
    «الطرفين» 515), a word of the فعلان shape or a name only its -ان («العمران» 134, «عمرين» 0)."""
    return _seen(stem + "ان", counts), _seen(stem + "ين", counts)


# an -ان form this much commoner than its -ين form is no dual (true duals stay under 1.7: «طفلان» 76, «طفلين» 45)
OWN_WORD_RATIO = 2


def _alef_forms(stem: str) -> set[str]:
    """The spellings of a stem with its initial bare alef written with hamza or madda (word counts keep them)."""
    return {stem} | ({a + stem[1:] for a in "أإآ"} if stem[:1] == "ا" else set())


# set on real-train: true duals are rare next to their singular («تفجير» 33 × «تفجيرين»), plurals in -ين are not
# («لاعب» 0.5 × «لاعبين»)
MASC_DUAL_MIN, MASC_DUAL_RATIO, MASC_PLURAL_SHARE = 100, 8, 0.1
NISBA_PLURAL_SHARE = 20


def _nisba_dual_form(key: str, counts: dict[str, int]) -> bool:
    """«أجنبيين», «تركيين»: a nisba -يين whose -يون plural is rare next to it (the real plural is broken: «أجانب»),
    so the form is a dual. `key` is without the article."""
    if not key.endswith("يين") or len(key) < 6:
        return False
    dual = _seen(key, counts)
    return dual > 0 and _seen(key[:-2] + "ون", counts) * NISBA_PLURAL_SHARE < dual


def _nisba_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«جنديين», «الشرطيين»: a nisba noun («جندي», «شرطي») has a broken plural, so its -يين form is a dual even when
    common; an adjective's -يين is also its plural, and then «-يون» is common too. Not in a list of plurals
    («والفنيين والمتخصصين») nor after a plural noun it would describe («دائنيها الرئيسيين»)."""
    key = unglued(keys[i]).removeprefix("ال")
    if not is_arabic_word(words[i]) or not _nisba_dual_form(key, counts) or parse_words([key]) is not None \
            or sum(counts.get(form, 0) for form in _alef_forms(key[:-2])) < MASC_DUAL_MIN:
        return False
    prev = keys[i - 1] if i else ""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if i and (words[i - 1][:1].isdigit() or parse_words([words[i - 1]]) is not None):
        return False  # («أربعة شرطيين»: a counted plural)
    return not (prev.endswith(("ات", "ين", "ها", "هم", "ون")) or (nxt.startswith("و") and nxt.endswith("ين"))
                or (keys[i].startswith("و") and nxt.startswith("و")))


def _construct_masculine_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«ضابطي الأمن», «على جانبي الطريق», «في موسمي الحج», «ضابطي شرطة»: a masculine dual in construct (-ي)
    before its genitive. The -ي form is also a sound plural in construct («مديري التعليم»), a nisba adjective
    («مركزي»), a possessive «my» («بيتي») or a name, so the singular must be common and much more common than this
    form, the adjective's feminine -ية rare next to it, and the plural's nominative construct -و («مديرو») unseen."""
    raw = lookup_key(words[i])
    if raw.startswith("ال") or not raw.endswith("ي") or i + 1 >= len(keys) or not is_arabic_word(words[i]) \
            or keys[i + 1] in CONSTRUCT_IDIOMS or not _noun_follows(i, words, keys) \
            or keys[i + 1] in PREPOSITIONS or parse_words([keys[i]]) is not None \
            or (i and (unglued(keys[i - 1]) in NAME_BEFORE or keys[i - 1] in NOT_A_NOUN_BEFORE)) \
            or _clitic_led(words[i + 1], counts) or _nisba_adjective(i + 1, words, counts):
        return False  # («مشاعري وأفكاري», «نصري الحقيقي»: «my X», and X described)
    stem = raw[:-1]
    singular = sum(counts.get(form, 0) for form in _alef_forms(stem))
    pair = bool(i) and ((keys[i - 1] in PAIR_PREPOSITIONS and _pair_follows(i, words, keys))
                        or (keys[i - 1] in SUBJECT_OPENERS and _pair_agrees(i, words, keys, counts)))
    if len(stem) < 3 - pair or singular < MASC_DUAL_MIN or MASC_DUAL_RATIO * counts.get(raw, 0) > singular \
            or (stem.endswith("ت") and counts.get(stem[:-1] + "ة", 0) >= MASC_DUAL_MIN):
        return False  # (a feminine noun's -تي, «قدرتي المالية», is the feminine rule's to judge; «في حيي X وY»)
    if pair and not _sound_plural_seen(stem, counts):
        return True  # «في مركزي صمخ ووادي بن هشبل», «في جيبي مليلية وسبتة»: the two named after it
    nisba = _seen(stem + "ية", counts)
    if not keys[i + 1].startswith("ال") and (counts.get("ال" + raw, 0) or not counts.get(stem + "ين", 0)
                                             or keys[i + 1].endswith("ا")):
        return False  # an indefinite genitive («ضابطي شرطة»): the -ي form never takes the article (no adjective
        # «مركزي/المركزي»), the dual -ين is seen, and the next word is no accusative («زاد ضعفي ضعفا»)
    return nisba * NISBA_SHARE <= singular and not _sound_plural_seen(stem, counts)


def _construct_nominative_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«شقيقا الشهيد», «وزيرا التعليم», «ضابطا شرطة», «فريقا برشلونة»: the nominative construct dual (-ا, its «ن»
    dropped) before its genitive, a definite noun or an indefinite one in -ة, is a count 2 (decision 33, GUIDELINES §6
    «وجهتي نظر»). The -ا form is mostly an accusative singular («قتل رجلا»), so: no tanwin written, not after a
    number or a copula, a common singular more common than this form, and the stem's dual seen in both cases
    («شقيقان», «شقيقين») with the -ان no word of its own («طالبان»)."""
    raw = lookup_key(words[i])
    if i + 1 >= len(words) or "\u064b" in words[i] or not is_arabic_word(words[i]) or raw.startswith("ال") \
            or not raw.endswith("ا") or raw.endswith(("وا", "تا")) or len(raw) < 4 or not is_arabic_word(words[i + 1]) \
            or (i and (words[i - 1][:1].isdigit() or parse_words([keys[i - 1]]) is not None
                       or keys[i - 1].startswith("ال") or keys[i - 1] in COPULAS)):
        return False  # («الثمانية عشر شهرا», «المنطقة الشرقية سابقا»: a counted noun, an adverb after a definite word)
    if keys[i] in ADVERBS_IN_A:
        return False  # «منزل قايد محور عتق سابقا اللواء …»: an adverb, no construct dual
    nxt, stem = keys[i + 1], raw[:-1]
    indefinite = nxt.endswith("ة") and not nxt.startswith(DEFINITE) and nxt not in FUNCTION_AFTER
    if not ((nxt.startswith("ال") and len(nxt) > 3) or indefinite) \
            or (indefinite and OWN_WORD_RATIO * _seen(stem + "ة", counts) > _seen(stem, counts)):
        return False  # («شهدت ارتفاعا كبيرا مقارنة»: an adjective, its feminine «كبيرة» common)
    singular = sum(counts.get(form, 0) for form in _alef_forms(stem))
    nominative, oblique = _case_forms(stem, counts)
    return singular >= MASC_DUAL_MIN and counts.get(raw, 0) < singular and min(nominative, oblique) >= CASES_MIN \
        and nominative <= OWN_WORD_RATIO * oblique and parse_words([keys[i]]) is None


ADVERBS_IN_A = _keys("سابقا", "حاليا", "لاحقا", "مؤخرا", "أيضا", "دائما", "تماما", "معا", "فورا", "جدا")
PAIR_NAME_WORDS = 3  # «وادي بن هشبل»: a name of up to three words on each side of «و»
# «في/على/ب مركزي X وY»: after a preposition the -ي word is a place or object, not an adjective
PAIR_PREPOSITIONS = _keys("في", "على", "من", "إلى", "عن", "ب", "ل", "بين")


def _pair_follows(i: int, words: list[str], keys: list[str]) -> bool:
    """Two names joined by «و» follow the word and end its phrase: «X وY» then punctuation or a preposition."""
    k = _pair_end(i, words, keys)
    return k is not None and (k >= len(keys) or _is_punct(words[k]) or keys[k] in PREPOSITIONS)


def _pair_agrees(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """Two names joined by «و» follow the word, then the pair's pronoun or a verb in the dual: «بأن هجومي هيروشيما
    وناجازاكي هما», «أن محوري الليثي ومنطقة بوعطني يشهدان»."""
    k = _pair_end(i, words, keys, counts)
    return k is not None and k < len(keys) and _pair_agreement(keys[k], counts)


def _pair_agreement(key: str, counts: dict[str, int]) -> bool:
    """The pair's pronoun or a verb in the dual: «هما», «يشهدان», «اعترفا»."""
    return key in PAIR_PRONOUNS or _dual_past_verb(key, counts) or _dual_imperfect_verb(key, counts)


def _pair_end(i: int, words: list[str], keys: list[str], counts: dict[str, int] | None = None) -> int | None:
    """The index right after two names of up to PAIR_NAME_WORDS words joined by «و» that follow word i, or None; with
    `counts`, a name stops before the pair's pronoun or a dual verb."""
    k = i + 1
    for side in (0, 1):
        if side:
            if k >= len(keys) or not keys[k].startswith("و"):
                return None
            k += keys[k] == "و"  # («و» split off or glued to the second name)
        start = k
        while k < len(keys) and k - start < PAIR_NAME_WORDS and (is_arabic_word(words[k]) or words[k] in QUOTES
                                                                 or words[k] in CLOSING) \
                and keys[k] not in FUNCTION_AFTER and not (k > start and keys[k].startswith("و")) \
                and not (k > start and counts is not None and _pair_agreement(keys[k], counts)):
            k += 1
        if k == start:
            return None
    return k


def _before_two_adjectives(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«للقطاعين المائي والبيئي», «نظيريه السعودي والأميركي», «بقسميها الرجالي والنسائي»: an -ين/-ان noun, or its
    -يه/-يها form, followed by two singular nisba adjectives joined by «و» names two things, one each (decision 74
    «المستويين المحلي والدولي»); a plural would take a plural adjective."""
    if i + 2 >= len(keys) or not is_arabic_word(words[i]) or parse_words([keys[i]]) is not None:
        return False
    raw = _article_key(i, keys).removeprefix("ال")
    m = DUAL_ENDINGS.match(raw)
    first = keys[i + 1]
    second = keys[i + 3] if keys[i + 2] == "و" and i + 3 < len(keys) \
        else keys[i + 2][1:] if keys[i + 2][:1] == "و" else ""
    if m is None or not (first.startswith("ال") and second.startswith("ال")) \
            or not all(k.endswith(("ي", "ية")) and not k.endswith("يي") for k in (first, second)):
        return False
    stems = [m.group(1)] + ([m.group(1)[1:]] if m.group(1)[:1] in PROCLITIC_KEYS else [])  # («بقسميها»: «ب» glued)
    return any(sum(_seen(f, counts)
                   for f in _alef_forms(stem[:-1] + "ة" if stem.endswith("ت") else stem)) >= AGREEING_DUAL_MIN
               for stem in stems if len(stem) >= 3)


DUAL_ENDINGS = re.compile(r"^(.{3,}?)(ين|ان|يه|يها)$")  # a dual, bare or with «his/her» («نظيريه», «قسميها»)


# the dual's vowel written out: a fatha before «ين» or a sukun on its «ي» («مصابَين», «القاصريْن»); the sound plural
# has a kasra there («مصابِين»), and the lookup key drops both
VOCALIZED_DUAL = re.compile(r"(\u064e\u0651?ي\u0652?|ي\u0652)ن[\u064b-\u0652]*$")
VOCALIZED_STEM_MIN = 3  # (not «بَيْنَ», «حُسَيْن»)


def vocalized_dual(word: str) -> bool:
    """«نقل مصابَين», «بلوغ القاصريْن», «للفتاتَيْن»: an -ين word whose written vowel marks the dual, which the bare
    form leaves ambiguous with the sound plural (§3 duals); not a number word («اثنَيْن», «الاثنَيْن»)."""
    if not VOCALIZED_DUAL.search(word):
        return False
    key = word_key(word)
    stem = next((key[len(p):] for p in DEFINITE_LONGEST_FIRST if key.startswith(p)), key)[:-2]
    return len(stem) >= VOCALIZED_STEM_MIN and parse_words([key.removeprefix("ال")]) is None \
        and parse_words([stem + "ين"]) is None


def _sound_plural_seen(stem: str, counts: dict[str, int]) -> bool:
    """The nominative of a sound plural («المدنيون», «مديرو التعليم») is in the word counts: its -ين/-ي forms may
    be that plural; a dual's nominative -ان/-ا is never mistaken for it."""
    return sum(counts.get(form, 0) for form in (stem + "ون", "ال" + stem + "ون", stem + "و")) >= PLURAL_CONSTRUCT_MIN


GENERAL = word_key("العام")


def _definite_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«هاتين المنطقتين», «كلا الطرفين», «الهدفين الأول والثاني», «بين البلدين»: a definite dual after a dual
    demonstrative or «كلا/كلتا», before «الأول والثاني», or alone after «بين» (a plural there is coordinated, «بين
    المواطنين والمقيمين»). A definite dual is common next to its singular («البلدين»), so the counts only rule out a
    sound plural («بين المدنيين»: «المدنيون»)."""
    key = _article_key(i, keys)
    if not key.startswith("ال") or not key.endswith(("ين", "ان")) or len(key) < 6 or not is_arabic_word(words[i]) \
            or not i or parse_words([key[2:]]) is not None:
        return False
    if keys[i - 1] in DUAL_DEMONSTRATIVES or keys[i - 1] in BOTH or (i >= 2 and keys[i - 2] + keys[i - 1] in BOTH):
        return True  # («كلا الطرفين», tokenized «ك» + «لا»)
    if i + 3 < len(keys) and keys[i + 1] in FIRST_DEFINITE and keys[i + 2] == "و" and keys[i + 3] in SECOND_DEFINITE:
        return True  # «الهدفين الأول والثاني»: two items numbered one by one
    if keys[i - 1] != "بين" or not key.endswith("ين") or (i + 1 < len(keys) and keys[i + 1] == "و"):
        return False
    raw = lookup_key(words[i])
    stem = raw[len(raw) - len(key) + 2:-2]  # (as written: the counts keep hamza forms)
    if i + 1 < len(keys) and keys[i + 1] == GENERAL:
        return False  # «وبين الأمين العام»: the verb «بيّن» before a title; a dual takes «العامين», not «العام»
    if stem.endswith("ت") and _seen(stem[:-1] + "ة", counts) >= MASC_DUAL_MIN:
        return True  # «بين الدولتين»: a feminine dual, whose plural is -ات
    singular = sum(_seen(form, counts) for form in _alef_forms(stem))
    return singular >= MASC_DUAL_MIN and not _sound_plural_seen(stem, counts)


def _dual_by_cases(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«الطرفين», «البلدين», «هدفين»: an -ين word whose stem, a common word of three letters or more, is seen in both
    cases of the dual: the nominative -ان at least a tenth as often as the -ين (a twentieth without the article; a
    sound plural «المصنعين» has no «المصنعان») and more often than a sound plural -ون. (An -ان word may be a broken
    plural, «البلدان»; a nisba -يين is `_nisba_dual`'s.)"""
    key = _article_key(i, keys)
    definite = key.startswith("ال")
    key = key.removeprefix("ال")
    if not key.endswith("ين") or key.endswith(("تين", "يين")) or len(key) < 5 \
            or not is_arabic_word(words[i]) or parse_words([key]) is not None or "ال" + key in DUAL_RELATIVES:
        return False
    stem = key[:-2]
    nominative, oblique = _case_forms(stem, counts)
    plural = _seen(stem + "ون", counts)
    singular = sum(_seen(form, counts) for form in _alef_forms(stem))
    return singular >= MASC_DUAL_MIN and nominative >= CASES_MIN \
        and nominative * (CASES_SHARE if definite else CASES_SHARE_INDEFINITE) >= oblique \
        and plural < nominative and nominative <= OWN_WORD_RATIO * oblique


CASES_MIN, CASES_SHARE, CASES_SHARE_INDEFINITE = 3, 10, 20


def _dual_with_adjective(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«عبوتين ناسفتين», «مروحيتين أميركيتين», «عنصرين متورطين»: an indefinite -ين noun with an agreeing -ين
    adjective. A feminine -تين pair is a dual (the plural is -ات); a masculine one only when the noun has no sound
    plural in the word counts («مسلحين مجهولين»: «مسلحون»), so that its -ين is the dual's."""
    raw = lookup_key(words[i])
    if i + 1 >= len(words) or not is_arabic_word(words[i]) or not is_arabic_word(words[i + 1]) \
            or _article_key(i, keys).startswith("ال") or keys[i + 1].startswith("ال") or not raw.endswith("ين") \
            or parse_words([keys[i]]) is not None:
        return False  # (indefinite both: «للحرمين الشريفين» is «ل» + the definite «لحرمين»)
    feminine = raw.endswith("تين") and keys[i + 1].endswith("تين")
    if not feminine and (raw.endswith("تين") or not keys[i + 1].endswith("ين") or keys[i + 1].endswith("تين")):
        return False
    stems = [stem for stem in (raw[:-2], raw[1:-2] if raw[:1] in PROCLITIC_KEYS else "") if len(stem) >= 3]
    after = keys[i + 2] if i + 2 < len(keys) else ""
    nisba_pair = _nisba_dual_form(lookup_key(words[i + 1]).removeprefix("ال"), counts) and after not in TWO_WORDS \
        and not after.endswith("وا")  # («عسكريين تركيين اثنين»: the numeral counts; «مسؤولين سودانيين قالوا»: plural)
    if keys[i + 1].startswith("و") or (not feminine and not nisba_pair
                                       and any(_sound_plural_seen(stem, counts) for stem in stems)):
        return False  # («مغيبين ومؤدلجين»: coordinated; «لمواطنين»: «مواطنون» under the glued «ل»; but «لاعبين
        # أجنبيين»: a nisba adjective whose -يون plural is rare is itself a dual, so the noun is one too)
    if feminine and keys[i + 1].endswith("يتين") and not raw.endswith("يتين") and len(raw) >= 5:
        return True  # «بزتين نازيتين», «أنشوطتين معدنيتين»: a feminine noun's plural and its nisba's are -ات, so the
        # pair is a dual however rare the noun (decision 33)
    return any(sum(_seen(form, counts)
                   for form in _alef_forms(stem[:-1] + "ة" if feminine else stem)) >= AGREEING_DUAL_MIN
               for stem in stems)  # («باتحادين قاريين»: the singular under the glued «ب»)


def _glued_proclitic(word: str, counts: dict[str, int]) -> int:
    """1 when the dual word starts with a glued «ب/ك/ل/و» («باتحادين», «بعيارين», «بقسميها», «ورجلين»), which stays
    outside its span (§3, like «لسبع» → «سبع»): the singular under it is the more common word («اتحاد», not «باتحاد»;
    not «وزيرين»: «وزير»)."""
    raw = lookup_key(word)
    if raw[:1] not in ("ب", "ك", "ل", "و") or not raw.endswith(("ين", "ان", "يه", "يها")):
        return 0
    cut, ending = (3, "ة") if raw.endswith(("تين", "تان")) else (3, "") if raw.endswith("يها") else (2, "")
    return int(counts.get(raw[1:-cut] + ending, 0) > counts.get(raw[:-cut] + ending, 0))


def _glued_dual(word: str, counts: dict[str, int]) -> bool:
    """«ومعهدين», «وشرطيان», «ببرلمانين», «لسببين»: a dual under a glued «و/ب/ل» (the stripped singular the more
    common word, `_glued_proclitic`), which the counts of the glued form miss (decision 33: each real pair counts)."""
    if lookup_key(word)[:1] == "ك" or not _glued_proclitic(word, counts):
        return False  # («كحيلان»: a name; «ك» + dual is rare)
    rest = lookup_key(word)[1:]
    return parse_words([rest]) is None and (is_masculine_dual(rest, counts) or is_feminine_dual(rest, counts)
                                            or rare_feminine_dual(rest, counts))


OR_WORDS = _keys("أو", "او")


def _noun_or_two(i: int, words: list[str], keys: list[str]) -> bool:
    """«مرشح أو اثنين», «قتيل أو اثنتين»: «two» offered after «أو» as the alternative to a singular noun is the vague
    «one or two», no figure (decision 130), like the dual of `_one_or_two`; not after a figure («ثلاثة أو اثنين»)."""
    return keys[i] in TWO_WORDS and i >= 2 and keys[i - 1] in OR_WORDS and is_arabic_word(words[i - 2]) \
        and keys[i - 2] not in FUNCTION_AFTER and (parse_words([keys[i - 2]]) is None or keys[i - 2] in ONE_AFTER_NOUN)


def _one_or_two(i: int, words: list[str], keys: list[str]) -> bool:
    """«عائلة أو عائلتان», «في شهر أو في شهرين», «قنبلة أو قنبلتين»: a dual offered after «أو» as the alternative to its
    own singular (or glued by «و»: «من لمسة ولمستين») is a vague «one or two», no figure (decision 130; on real-train the
    gold marks none of them)."""
    j = i - 1
    if i >= 4 and keys[i - 2] in OR_WORDS and keys[i - 1] == keys[i - 4]:
        j = i - 2  # «في شهر أو في شهرين»: the repeated preposition
    dual = keys[i][2:] if keys[i].startswith("ال") else keys[i]
    if keys[i].startswith("و") and i >= 1 and keys[i - 1] not in OR_WORDS:
        j, dual = i, dual[1:]  # «من لمسة ولمستين»: the alternative glued by «و»
    elif j < 1 or keys[j] not in OR_WORDS | {"و"}:
        return False
    for single in {keys[j - 1], unglued(keys[j - 1])}:  # («لمسة» as written, «وعائلة» without its «و»)
        stem = single[:-1] if single.endswith("ة") else single
        if len(stem) >= 2 and dual.endswith(("ين", "ان")) and dual[:-3 if single.endswith("ة") else -2] == stem:
            return True
    return False


AGREEING_DUAL_MIN = 20  # (the adjective's agreement says dual; the count only says the singular is a word)


def _parents(i: int, words: list[str], keys: list[str]) -> bool:
    """«أصيب والداه», «والدي الطفل», «أبويهما»: the dual of «والد/أب» for the parents of someone named or meant,
    a real referent (decision 33); the generic «الوالدين» and «بار بوالديه» are left alone."""
    key = keys[i][1:] if keys[i].startswith("و") and keys[i][1:] in PARENTS else keys[i]
    return key in PARENTS or (key in PARENTS_CONSTRUCT and i + 1 < len(keys) and keys[i + 1].startswith("ال")
                              and is_arabic_word(words[i + 1]))


PARENTS = _keys("والداه", "والديه", "والداها", "والديها", "والداهما", "والديهما", "أبواه", "أبويه", "أبواها", "أبويها",
                "أبواهما", "أبويهما")
PARENTS_CONSTRUCT = _keys("والدا", "والدي")  # «والدي الطفل»


# -ان words that are words of their own although their stem's -ين is common: a broken plural («البلدان», countries;
# its -ين is the dual «البلدين»), a verbal noun («الحرمان»; «الحرمين» is the holy mosques) or a people («الألبان»)
OWN_AN_WORDS = _keys("البلدان", "الحرمان", "الألبان")
# the singular of a stem whose definite -ان is read as the dual: a noun of the news, not a rare word
NOMINATIVE_DUAL_MIN = 20


def _definite_nominative_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«وأكد الطرفان», «كشف المصممان», «حتى يبلغ القاصران»: a definite -ان word whose stem is a noun and whose
    oblique «ال…ين» is seen too is the nominative dual (decision 33); a sound plural never ends in -ان, and a word
    of the فعلان shape or a name has no -ين form («العمران», «الجيران»). Common duals («الطرفان» 122 × «طرف» 360)
    fail the singular-to-dual ratio of `is_masculine_dual`, which the oblique form makes unnecessary here."""
    key = _article_key(i, keys)
    key = key[1:] if key.startswith("وال") else key
    if not key.startswith("ال") or not key.endswith("ان") or len(key) < 7 or not is_arabic_word(words[i]) \
            or key in OWN_AN_WORDS or parse_words([key[2:]]) is not None or key in TWO_WORDS:
        return False
    stem = key[2:-2]
    nominative, oblique = _case_forms(stem, counts)
    singular = sum(_seen(form, counts) for form in _alef_forms(_dual_singular(key[2:])))
    return singular >= NOMINATIVE_DUAL_MIN and oblique >= CASES_MIN and nominative <= OWN_WORD_RATIO * oblique


# the pronoun of one of a pair, right after the pair is named: «نزيفين أحدهما عنكبوتي», «عقدتين إحداهما فنية»
ONE_OF_PAIR = _keys("أحدهما", "إحداهما", "أولاهما", "وأحدهما", "وإحداهما")
# the items of «لسببين: الأول …، والثاني …» after the first (FIRST_DEFINITE); a third makes the list no pair
SECOND_ITEM = _keys("الثاني", "الثانية", "والثاني", "والثانية", "الآخر", "والآخر", "الأخرى", "والأخرى")
THIRD_ITEM = _keys("الثالث", "الثالثة", "والثالث", "والثالثة")
SECOND_ITEM_WINDOW = 40  # words from «الأول» to «والثاني» in «لسببين: الأول …، والثاني …»


def _pair_enumerated(i: int, words: list[str], keys: list[str]) -> bool:
    """«نزيفين أحدهما عنكبوتي», «لسببين الأول صدوره … والثاني …», «باستخدام معيارين: الأول …»: an indefinite -ين word
    (maybe after one agreeing adjective or a colon) followed by «one of the two» or by a first item that a second
    one follows counts two things (decision 33); a plural would take «أحدهم» or list more items."""
    key = _article_key(i, keys)
    if key.startswith("ال") or not key.endswith("ين") or len(key) < 5 or not is_arabic_word(words[i]) \
            or parse_words([key]) is not None or key in TWO_WORDS or key in MONTH_KEYS:
        return False  # («تشرين الأول»: a month)
    k = i + 1
    if k < len(keys) and keys[k].endswith("ين") and is_arabic_word(words[k]) and not keys[k].startswith("ال"):
        k += 1  # («فريقين قويين أحدهما»: the agreeing adjective)
    if k < len(keys) and words[k] in (":", "،", ","):
        k += 1
    if k >= len(keys):
        return False
    if keys[k] in ONE_OF_PAIR:
        return True
    if keys[k] not in FIRST_DEFINITE and not (keys[k].startswith("ال") and k + 1 < len(keys)
                                              and keys[k + 1] in FIRST_DEFINITE and keys[k][2:4] == key[:2]):
        return False  # («شقين، الشق الأول»: the noun repeated before «الأول»)
    end = min(len(keys), k + SECOND_ITEM_WINDOW)
    return any(keys[j] in SECOND_ITEM for j in range(k + 1, end)) and not any(
        keys[j] in THIRD_ITEM for j in range(k + 1, end))


# a thing's own pair of parts, not a quantity the story states (decision 290): «على جانبي الطريق», «أحد جانبي القارب»
PAIRED_PART_CONSTRUCTS = _keys("جانبي", "ضفتي")
# body parts, counted by no one (decision 33 «عينيه», decision 290 «قدميه»): their dual and possessed forms
BODY_PAIR_STEMS = _keys("عين", "قدم", "يد", "ساق", "أذن", "كتف", "ركبت", "ذراع", "كف", "حاجب", "رئت", "كليت", "خد",
                        "جفن", "شفت", "ساعد")
BODY_PAIR_ENDINGS = ("ين", "ان", "يه", "يها", "يهما", "اه", "اها", "اهما")
LIMB_ADJECTIVES = _keys("السفليين", "العلويين", "السفليان", "العلويان")  # «الطرفين السفليين»: the legs
# idioms with a dual form (decision 33 «الجنسين»; decision 186: «الزوجين» of any couple)
# («عليين»: the Quranic heaven, «في عليين»; «أجمعين»: «all», an emphasis; -ين words that count nothing, dec. 150)
IDIOM_DUALS = _keys("الجنسين", "عليين", "أجمعين")
ADVERBIAL_DUALS = _keys("الجهتين", "الاتجاهين")  # after «على/في» only: «بين الجهتين» counts two bodies
# «الزوجين» of any couple is no count (decision 186), of a couple the story has just named is (decision 33): «يو
# عمره 43 عاما وزوجته شي … وتشير التقارير إلى أن الزوجين يشتريان»
COUPLE_DUALS, SPOUSE_MENTIONS = _keys("الزوجين", "الزوجان"), _keys("زوجته", "زوجها")
SPOUSE_WINDOW = 40
FACES = _keys("وجهان", "وجهين")  # «وجهان لعملة واحدة»: two sides of one coin, an idiom


# a kind of place in construct before a definite -ين/-ان word: the word is that place's name, never a dual
# («مدينة القريتين», «معسكر الصدرين», «قضاء العدين», «منطقة الزنتان»; §3: names and identifiers are no facts)
PLACE_KIND_NOUNS = _keys("مدينة", "معسكر", "ولاية", "محافظة", "بلدة", "قرية", "منطقة", "مخيم", "قاعدة", "جبل",
                         "مطار", "ميناء", "قضاء", "مديرية", "وادي")
# the dual of a part of a year, which two ordinals after it name: «للربعين الأول والثاني», «الفصلين الأول والثاني
# من السنة»: a calendar reference, no fact (decision 186); (centuries left out: the gold counts «القرنين الخامس عشر
# والسادس عشر»)
PERIOD_DUALS = _keys("ربعين", "فصلين", "نصفين", "شهرين", "عامين", "ربعان", "فصلان")


def _no_count_dual(i: int, words: list[str], keys: list[str]) -> bool:
    """A dual form that counts nothing: a thing's own pair of parts or the body's (decisions 33, 290), an idiom
    (decisions 33, 186), «يومي الخميس والجمعة» or a time unit's dual before the figures naming its two members
    («في الدقيقتين 78 و93», «خلال العامين 2002-2003»: part of the date, decision 186)."""
    key = unglued(keys[i])
    # the word as keyed, without a glued «و/ف/ل/ب», and with the article that a split «ل» took («ل» + «لجنسين»)
    forms = {keys[i], key, _article_key(i, keys)} | ({keys[i][1:]} if keys[i][:1] == "ب" else set())
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if forms & PAIRED_PART_CONSTRUCTS:
        return True
    after = nxt + keys[i + 2] if nxt == "ل" and i + 2 < len(keys) else nxt  # («ل» split off: «ل» + «عملة»)
    if forms & IDIOM_DUALS or (forms & FACES and after.startswith(("لعمل", "عمل"))):
        return True
    if forms & ADVERBIAL_DUALS and i and keys[i - 1] in ("على", "في"):
        return True  # «ممر للمشاة على الجهتين», «في الاتجاهين»: on both sides, both ways (decision 129)
    if key in COUPLE_DUALS:
        return not any(unglued(keys[j]) in SPOUSE_MENTIONS for j in range(max(0, i - SPOUSE_WINDOW), i))
    bare = key.removeprefix("ال")
    forms = {bare} | ({bare[1:].removeprefix("ال")} if bare[:1] in ("ب", "ل", "و") else set())  # («بعينيه», «بالقدمين»)
    if any(f.endswith(e) and f[:-len(e)] in BODY_PAIR_STEMS for f in forms for e in BODY_PAIR_ENDINGS):
        return True
    if bare in ("طرفين", "طرفان") and nxt in LIMB_ADJECTIVES:
        return True
    if key == "يومي" and (nxt in DAY_NAMES or nxt == "امس"):
        return True
    if i and keys[i - 1] in PLACE_KIND_NOUNS and keys[i].startswith("ال") and keys[i].endswith(("ين", "ان")):
        return True  # «مدينة القريتين», «معسكر الصدرين», «مديرية العدين»: the name of the place (§3 names)
    article = _article_key(i, keys)  # («للربعين» may come glued or as «ل» + «لربعين»)
    if article.startswith(("ال", "لل")) and article[2:] in PERIOD_DUALS and nxt.startswith("ال") \
            and parse_ordinal(words[i + 1:i + 3]) is not None:
        return True  # «للربعين الأول والثاني», «الفصلين الأول والثاني»: the ordinals name the pair (dec. 186)
    return key.startswith("ال") and key.endswith(("ين", "ان")) and _is_time_unit(_dual_singular(key)) \
        and i + 1 < len(words) \
        and words[i + 1][:1].isdigit()


def _dual_singular(key: str) -> str:
    """«الدقيقتين» → «الدقيقة», «العامين» → «العام»: the singular of a dual key, for the time-unit test."""
    stem = key[:-2] if key.endswith(("ين", "ان")) else key
    return stem[:-1] + "ة" if stem.endswith("ت") else stem


DUAL_DEMONSTRATIVES = _keys("هذين", "هذان", "هاتين", "هاتان")
BOTH = _keys("كلا", "كلتا")
FIRST_DEFINITE, SECOND_DEFINITE = _keys("الأول", "الأولى"), _keys("الثاني", "الثانية")


# the feminine -ية of a nisba adjective («مركزية») is common; of a noun's dual («ضابطي»), rare; a plural's
# nominative construct («مديرو التعليم») is seen at all
NISBA_SHARE, PLURAL_CONSTRUCT_MIN = 4, 3
CONSTRUCT_IDIOMS = _keys("الله")  # «حسبي الله»
NOT_A_NOUN_BEFORE = _keys("غير")  # «غير محددي الهوية», «المتطرفين غير الخطرين»: an adjective, no dual noun


TWO_WORDS = _keys("اثنان", "اثنين", "اثنتان", "اثنتين")  # «مسلحين اثنين»: the number word counts the noun
TWO_WORDS_DEFINITE = frozenset("ال" + k for k in TWO_WORDS)
TWO_NOMINATIVE = word_key("الاثنان")  # «واتفق الاثنان»: «the two», never the weekday («الاثنين»)
NOBODY_VERBS = _keys("يختلف", "يشك", "ينتطح", "يتناطح", "يجادل")  # «لا يختلف اثنان»: nobody
TIME_STEMS = _keys("عام", "سنة", "شهر", "يوم", "أسبوع", "ساعة", "دقيقة", "قرن", "عقد", "موسم")
HALF_TIME_UNITS = TIME_UNITS | TIME_STEMS  # «ساعة ونصف», «عقد ونصف»: a time unit with a half (`_word_fact`)


def _dual_type(key: str) -> str:
    key = key[2:] if key.startswith("ال") else key
    construct = key.endswith(("تي", "تا")) and key[:-2] + "ة" in TIME_STEMS  # («بعد اجتياز سنتي التجربة»)
    return "duration" if key[:-2] in TIME_STEMS or key[:-3] + "ة" in TIME_STEMS or construct else "count"


def _chain(fact: Fact, words: list[str], spans: list[Span], keys: list[str]) -> None:
    """A compound across scales joined by «و» is one fact: «5 ملايين و312 ألفا و608» (5312608), «مليون و200
    ألف», «7 ملايين و48 ألف و19» (GUIDELINES §3); each part, digits or words, is below the scale before it."""
    while fact.type == "count" and (factor := multiplier(words[fact.last])) and fact.last + 2 < len(words) \
            and keys[fact.last + 1] == "و":
        k = fact.last + 2
        if words[k][:1].isdigit():
            v = parse_digits(words[k])
            if v is None or not _shape(k, words, spans) == "single":
                return
            last = k
            if k + 1 < len(words) and (m := multiplier(words[k + 1])):
                v, last = v * m, k + 1
        elif (p := parse_words(words[k:k + MAX_NUMBER_WORDS])) is not None:
            v, last = p[0], k + p[1] - 1
        else:
            return
        if not v < factor or (multiplier(words[last]) or 1) >= factor:
            return
        fact.value += v
        fact.end, fact.last = spans[last][1], last


def _half_after(k: int, keys: list[str]) -> int:
    """How many words from `k` say «and a half»: «ونصف» 1, «و نصف» 2, else 0."""
    return _and_fraction_after(k, keys, HALF, ("نصف", "النصف"))


def _quarter_after(k: int, keys: list[str]) -> int:
    """How many words from `k` say «and a quarter»: «وربع» 1, «و ربع» 2, else 0 (read after a scale only)."""
    return _and_fraction_after(k, keys, QUARTER_AFTER, ("ربع", "الربع"))


def _and_fraction_after(k: int, keys: list[str], glued, bare: tuple[str, str]) -> int:
    """1 for a fraction glued to its «و» at k (a key in `glued`), 2 for «و» and a fraction in `bare`, else 0."""
    if k < len(keys) and keys[k] in glued:
        return 1
    if k + 1 < len(keys) and keys[k] == "و" and keys[k + 1] in bare:
        return 2
    return 0


def _extend(fact: Fact, words: list[str], spans: list[Span], keys: list[str]) -> None:
    """What may follow a number: «ونصف» (+ half of its last unit: «مليون ونصف» 1.5 M), a fraction plural
    («ثلاثة أرباع» 3/4) or a multiple («ثلاثة أضعاف», «ثلاثة أمثالها»: a ratio)."""
    k = fact.last + 1
    scale = multiplier(words[fact.last].removeprefix("ال"))  # («المليون ونصف المليون»: the definite scale too)
    if (h := _half_after(k, keys)) and fact.type == "count":
        unit = scale or 1
        fact.value += 0.5 * unit
        fact.end, fact.last = spans[k + h - 1][1], k + h - 1
        _repeated_scale(fact, scale, words, spans)
    elif scale and (q := _quarter_after(k, keys)) and fact.type == "count":
        fact.value += 0.25 * scale  # «نحو مليون وربع من النساء»: 1.25 M (§3 compounds)
        fact.end, fact.last = spans[k + q - 1][1], k + q - 1
        _repeated_scale(fact, scale, words, spans)
    elif k < len(words) and keys[k] in FRACTION_PLURALS:
        fact.value /= FRACTION_PLURALS[keys[k]]
        fact.end, fact.last = spans[k][1], k
    elif k < len(words) and keys[k] in MULTIPLE_PLURALS:
        fact.type = "ratio"
        fact.end, fact.last = spans[k][1], k


ONE_MEASURE = _keys("متر", "كيلومتر", "كيلو", "كيلوغرام", "كيلوجرام", "طن", "لتر", "ميل")  # a unit standing for one
QUARTER_AFTER = _keys("وربع", "والربع")  # after a scale only: «الثالثة وربع» is a clock time


def _repeated_scale(fact: Fact, scale: float | None, words: list[str], spans: list[Span]) -> None:
    """«مليون ونصف مليون», «المليون ونصف المليون» (1.5 M): the scale repeated after the fraction is part of it."""
    k = fact.last + 1
    if scale and k < len(words) and multiplier(words[k].removeprefix("ال")) == scale:
        fact.end, fact.last = spans[k][1], k


def _one_and_a_half(i: int, h: int, spans: list[Span], keys: list[str], kind: str) -> Fact:
    """The unit at i and the `h` words of «ونصف» after it, 1.5 of it, with the unit repeated after the half
    («عام ونصف العام», «متر ونصف المتر»)."""
    last = i + h
    if last + 1 < len(keys) and keys[last + 1].removeprefix("ال") == keys[i].removeprefix("ال"):
        last += 1
    return Fact(spans[i][0], spans[last][1], kind, 1.5, i, last)


NAMED_FRACTION_NOUNS = _keys("القمر")  # «شاطئ نصف القمر»: Half Moon beach, a place's name (GUIDELINES §3 names)


def _word_fact(i: int, words: list[str], spans: list[Span], keys: list[str]) -> Fact | None:
    """Fractions, multiples, a unit with a half, and definite number phrases: «نصف كيلوغرام» (0.5), «ثلثي
    المساحة» (count 2/3), «الضعف» (ratio 2), «ساعة ونصف» / «عام ونصف العام» (duration 1.5), «الثمانية عشر
    مليونا», «الأربعمائة والواحد والثلاثين» (GUIDELINES §7)."""
    key = keys[i]
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    prev = keys[i - 1] if i else ""
    if key[:1] in PROCLITIC_KEYS and key[1:] in CONSTRUCT_TWO and nxt in ("عشر", "عشرة"):
        return Fact(spans[i][0] + 1, spans[i + 1][1], "count", 12.0, i, i + 1)  # «باثنتي عشرة طعنة» (glued)
    if key in FRACTION_DUALS:  # «ثلثي المساحة»، «أغلبية الثلثين»: the fraction 2/3 (decision 34)
        return Fact(spans[i][0], spans[i][1], "count", FRACTION_DUALS[key], i, i)
    if key.startswith("ال") and key[2:] in TENS_KEYS and _age_in_tens(i, words, keys):
        return Fact(spans[i][0], spans[i][1], "duration", float(parse_words([key[2:]])[0]), i, i, age=True)
    if key in FRACTIONS and is_arabic_word(nxt) and nxt not in FUNCTION_AFTER and prev not in ("و",) \
            and nxt not in NAMED_FRACTION_NOUNS:
        if m := multiplier(words[i + 1]):
            return Fact(spans[i][0], spans[i + 1][1], "count", FRACTIONS[key] * m, i, i + 1)  # «نصف مليار»
        return Fact(spans[i][0], spans[i][1], "count", FRACTIONS[key], i, i)
    if key in MULTIPLES or (key in MULTIPLE_BARE and (
            prev in MULTIPLE_BEFORE or (prev == "من" and i >= 2 and keys[i - 2] in MORE_LESS))):  # «أكثر من الضعف»
        return Fact(spans[i][0], spans[i][1], "ratio", MULTIPLES.get(key) or MULTIPLE_BARE[key], i, i)
    if key.removeprefix("ال") in HALF_TIME_UNITS and (h := _half_after(i + 1, keys)) \
            and not (i + h + 1 < len(words) and multiplier(words[i + h + 1])):  # «عقد ونصف» (not «… ونصف مليون»)
        return _one_and_a_half(i, h, spans, keys, "duration")
    if key in ONE_MEASURE and (h := _half_after(i + 1, keys)):  # «متر ونصف المتر», «طن ونصف»: 1.5 of the unit
        return _one_and_a_half(i, h, spans, keys, "count")
    if key[:1] == "و" and key[1:] in FRACTIONS and prev not in ("و",) and i + 1 < len(words) \
            and (m := multiplier(words[i + 1])) and not keys[i + 1].startswith("ال"):
        return Fact(spans[i][0] + 1, spans[i + 1][1], "count", FRACTIONS[key[1:]] * m, i, i + 1)  # «ونصف مليون»
    if key.startswith("ال") and (key not in DAY_NAMES or nxt in TEENS):  # («الأبيات الأحد عشر»: eleven)
        bare = [key[2:]] + [k if multiplier(k.removeprefix("و")) else k[:1] + k[3:] if k.startswith("وال") else k.removeprefix("ال")
                            for k in keys[i + 1:i + MAX_NUMBER_WORDS]]  # («السبعين الف»: «الف» is «ألف», no article)
        p = parse_words(bare)
        after = keys[i + p[1]] if p and i + p[1] < len(keys) else ""
        single_ok = not (i and keys[i - 1].startswith("ال")) and (after.removeprefix("ال") in TIME_UNITS or (
            is_arabic_word(after) and not after.startswith("ال") and after not in FUNCTION_AFTER)
            or after in OTHERS_AFTER or after in RELATIVES or key == TWO_NOMINATIVE  # «الستة الآخرين», «الأربعة الذين»
            or (i and keys[i - 1] == LEVEL))  # «فوق مستوى الخمسين»: an index level (decision 111)
        if p and p[0] >= 2 and (p[1] > 1 or single_ok):
            return Fact(spans[i][0], spans[i + p[1] - 1][1], "count", p[0], i, i + p[1] - 1)
    return None


TEENS = _keys("عشر", "عشرة")  # the ten of «أحد عشر», «الأحد عشر»
TENS_KEYS = frozenset(TENS)  # «عشرين», «ثلاثون» … «تسعين» as lookup keys
LEVEL = word_key("مستوى")
# after a definite number word standing for its noun: «أوراق الستة الآخرين», «الأربعة الذين اعتقلوا»
OTHERS_AFTER = _keys("الآخرين", "الآخرون", "الأخريات", "الأخرى")
RELATIVES = _keys("الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي", "التي", "الذي")
AGE_WORDS = ("عمر", "العمر")
AGE_NOUN = word_key("سن")  # «في سن العاشرة», «دون سن الخمسين»: the word for an age


def _age_in_tens(i: int, words: list[str], keys: list[str]) -> bool:
    """«شاب في العشرين.», «لا يتجاوز العشرين من عمره»: an age without its unit, a duration with no subject
    (real-news adjudication 35); the decades «العشرينات» are vague and are no fact."""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if nxt == "من" and i + 2 < len(keys) and unglued(keys[i + 2]).startswith(AGE_WORDS):
        return True
    return i > 0 and keys[i - 1] == "في" and (not nxt or _is_punct(words[i + 1]) or nxt in ("هو", "هي"))


MULTIPLE_BEFORE = _keys("إلى", "الى", "ل", "ب", "بلغ", "وصل", "يبلغ", "يعادل", "تبلغ", "بمقدار", "مقدار") | ABOUT
# «الذكرى السبعين», «القرن العشرين»: a number word after these is an ordinal label
ORDINAL_HEADS = _keys("الذكرى", "الدورة", "النسخة", "المرة", "الطبعة", "العيد", "المؤتمر", "الجولة", "القرن")
# a set phrase that names a whole, counting nothing (decision 14: «الجهات الأربع» is an idiom, no fact)
NUMBERED_IDIOMS = {(word_key(a), word_key(b)) for a, b in (
    ("الجهات", "الأربع"), ("الضروريات", "الخمس"), ("الضرورات", "الخمس"), ("الأخوات", "السبع"))}
DAY_NAMES = _keys("الاثنين", "الأحد", "الخميس", "الجمعة", "السبت", "الثلاثاء", "الأربعاء")


def find_facts(words: list[str], spans: list[Span], duals: dict[str, str] | None = None,
               counts: dict[str, int] | None = None, entities: list[dict] | None = None) -> list[Fact]:
    """All numeric facts among `words` (the non-space tokens, with their character spans).

    `duals` maps known dual words to their type; `counts` (word-form frequencies) lets
    unseen duals be recognized by their singular; `entities` (JSONL entity records, gold or
    the NER stage's) mark the names a number word or figure inside is part of.
    """
    names = _name_spans(entities, words, spans)
    # an ordinal the dual list picked up from the gold («الثانية») is a rank only after «المرتبة»
    duals = {**DUAL_TIME, **{k: v for k, v in (duals or {}).items() if v in ("count", "duration")}}
    counts = counts or {}
    keys = [word_key(w) for w in words]
    named = quoted_names(words) | _slash_dates(words) | _century_ordinals(words, keys)
    facts: list[Fact] = []
    i = 0
    while i < len(words):
        w, key = words[i], keys[i]
        fact = None
        if i in named:
            pass
        elif key in ("عشر", "عشرة") and i and not facts_end_at(facts, i - 1) and parse_ordinal(words[i - 1:i]) is not None:
            pass  # «الجولة الخامسة عشرة»: the rest of an ordinal label, no ten
        elif not w[:1].isdigit() and i and keys[i - 1] in WORD_NAME_HEADS:
            pass  # «شارع المئة»: a street named by a number
        elif _job_grade(i, words, keys):
            pass  # «(مستشار أمني) بالمرتبة 15»: a civil-service grade, a label (decision 204)
        elif key.startswith("و") and len(key) > 2 and i and keys[i - 1] in ("ب", "ل", "ك") and not w[:1].isdigit() \
                and key not in ONE_AFTER_NOUN:  # («ب» + «واحد وخمسين»: the «و» of «واحد» is its own)
            pass  # «موسى بوخمسين» split as «ب» + «وخمسين»: a preposition never precedes «و», a name
        elif key in TWO_WORDS and i and (keys[i - 1].removeprefix("لا") in NOBODY_VERBS or keys[i - 1] in NOBODY_VERBS):
            pass  # «لا يختلف اثنان», «لايشك اثنان»: nobody, an idiom
        elif w[:1].isdigit():
            fact = _digit_fact(i, words, spans, keys, facts[-1].last + 1 if facts else 0)
        elif i and keys[i - 1] in RANK_WORDS and (o := parse_ordinal(words[i:i + 2])):
            value, used = o
            fact = Fact(spans[i][0], spans[i + used - 1][1], "rank", value, i, i + used - 1)
            _rank_total(fact, words, spans, keys)
        elif key.removeprefix("و").startswith("ال") and (o := parse_ordinal([key.removeprefix("و")])) \
                and i + 1 < len(keys) and keys[i + 1] in RANK_SCOPES:
            fact = Fact(spans[i][0] + key.startswith("و"), spans[i][1], "rank", float(o[0]), i, i)  # «الثاني عالميا»
        elif key == "اول" and (_first_of_kind(i, words, keys) or _first_to_do(i, words, keys)
                                or _first_who(i, words, keys)):
            fact = Fact(spans[i][0], spans[i][1], "rank", 1.0, i, i)
        elif _placed(i, words, keys) and key.endswith("ا") and (o := parse_ordinal([key[:-1]])) and o[0] >= 2:
            fact = Fact(spans[i][0], spans[i][1], "rank", float(o[0]), i, i)  # «حل تاسعا»: a placing (decision 79)
        elif not key.startswith("ال") and (o := parse_ordinal(words[i:i + 1])) and o[0] >= 2 and i + 1 < len(keys) \
                and ((SUPERLATIVE.match(keys[i + 1]) and keys[i + 1] not in FUNCTION_AFTER)
                     or _ranked_among(i, words, keys)):
            fact = Fact(spans[i][0], spans[i][1], "rank", float(o[0]), i, i)  # «ثاني أكبر المدن»: rank 2
        elif key in FIRST_DEFINITE and _first_since(i, words, keys):
            fact = Fact(spans[i][0], spans[i][1], "rank", 1.0, i, i)  # «هي الأولى منذ …» (decision 213)
        elif key in MULTIPLE_WORD and _multiple_of(i, words, keys):
            fact = Fact(spans[i][0] + (len(key) > 3), spans[i][1], "ratio", 2.0, i, i)  # «وهو ضعف ما كانت عليه»
        elif (fact := _ordinal_age(i, words, spans, keys)) is not None or (fact := _age_ordinal(i, words, spans, keys)):
            pass
        elif key in ("شهري", "شهرا") and i + 1 < len(keys) and keys[i + 1] in MONTH_KEYS:
            pass  # «خلال شهري رجب وشعبان الماضيين»: a named pair of months is part of the date, no fact (dec. 186)
        elif _is_time_unit(key) and not key.startswith("ال") and i and keys[i - 1] == "من" and i + 2 < len(keys) \
                and keys[i + 1] in ("إلى", "الى", "حتى") and (words[i + 2][:1].isdigit() or parse_words(words[i + 2:i + 3])):
            fact = Fact(spans[i][0], spans[i][1], "duration", 1.0, i, i)  # «من ساعة إلى ثلاث ساعات»: one hour
        elif i >= 3 and keys[i - 1] == "و" and parse_words(words[i:i + 1]) and any(
                keys[h] == "الساعة" and (o := parse_ordinal(words[h + 1:i - 1])) and h + 1 + o[1] == i - 1
                for h in (i - 3, i - 4)):
            pass  # «الساعة العاشرة وعشرين دقيقة»: a clock time
        elif (fact := _word_fact(i, words, spans, keys)) is not None:
            pass
        elif (fact := _one_out_of(i, words, spans, keys)) is not None:
            pass
        elif _dual_shaped_name(i, words, keys):
            pass
        elif _no_count_dual(i, words, keys):
            pass  # (decisions 33, 186, 290)
        elif _verbal_noun_in_n(i, keys, counts):
            pass  # «مجال التعدين», «تعيين نائبين»: a verbal noun, not a dual
        elif (dual_key := _article_key(i, keys)) in duals or vocalized_dual(w) \
                or _any_dual(lookup_key(w), key, counts, _construct(i, words, keys, counts)) \
                or _dual_by_agreement(i, words, keys, counts) or _indefinite_by_agreement(i, words, keys, counts) \
                or _nisba_dual(i, words, keys, counts) \
                or _construct_masculine_dual(i, words, keys, counts) or _construct_nominative_dual(i, words, keys, counts) \
                or _before_two_adjectives(i, words, keys, counts) \
                or _definite_dual(i, words, keys, counts) or _dual_by_cases(i, words, keys, counts) \
                or _dual_with_adjective(i, words, keys, counts) \
                or _parents(i, words, keys) or _possessed_dual(i, words, keys, counts) \
                or _possessed_feminine_dual(words[i], counts) or _glued_dual(w, counts) \
                or _definite_nominative_dual(i, words, keys, counts) or _pair_enumerated(i, words, keys) \
                or (is_masculine_dual(lookup_key(w), counts) and not _participle_with_object(i, words, keys) and not (
                    i and (words[i - 1][:1].isdigit() or (parse_words([words[i - 1]]) is not None
                                                          and keys[i - 1] not in STANDALONE_ONE)
                           or (keys[i - 1] == "ل" and key.startswith("ل"))))):  # («للآخرين»: a definite plural)
            if not _dual_agrees(i, words, keys, facts) and not (i + 1 < len(keys) and keys[i + 1] in TWO_WORDS) \
                    and not _plural_pair(i, keys) and not _plural_adjective(i, words, keys, counts) \
                    and not _one_or_two(i, words, keys) \
                    and not (i and keys[i - 1] in NOT_A_NOUN_BEFORE) \
                    and not (i and unglued(keys[i - 1]) in KIN_NAME_BEFORE) and not _plural_partitive(i, words, keys) \
                    and not (key.endswith("ان") and i and unglued(keys[i - 1]) in GENITIVE_BEFORE) \
                    and not (dual_key not in duals and _dual_never_seen(w, counts)):
                kind = duals.get(dual_key) or _dual_type(key)
                glued = _glued_proclitic(w, counts) if dual_key == key else 0  # (not the article's «ل»: «ل» + «لعامين»)
                raw = lookup_key(w)  # «والهدفان»: a glued «و» before the article stays outside (§3), not «والداه»
                glued = glued or int(raw.startswith("وال") and counts.get(raw[1:], 0) > counts.get(raw, 0))
                fact = Fact(spans[i][0] + glued, spans[i][1], kind, 2.0, i, i)
        elif i and key.startswith("ال") and (head := definite_head(i - 1, keys) or (
                    keys[i - 1] if has_possessive(i - 1, words, keys) else "")) and head != "اليوم" and \
                (key not in DAY_NAMES or _two_after_dual(i, keys)) and head not in ORDINAL_HEADS and \
                (head, key) not in NUMBERED_IDIOMS and \
                key[2:] not in CONSTRUCT_TWO and (p := parse_words([key[2:]])) is not None and p[0] >= 2:  # («اليوم الاثنين» is Monday)
            fact = Fact(spans[i][0], spans[i][1], "count", p[0], i, i)  # «المعايير الثلاثة»
        elif (p := parse_words(words[i:i + MAX_NUMBER_WORDS])) is not None \
                and not (multiplier(w) and i and words[i - 1][:1].isdigit()):
            value, used = p  # (a multiplier after digits that are no fact is no fact either)
            if _noun_or_two(i, words, keys):
                pass  # «مرشح أو اثنين»: a vague «one or two», no figure (decision 130)
            elif not (used == 1 and key in STANDALONE_ONE) or _one_counts(i, words, keys):
                fact = Fact(spans[i][0], spans[i + used - 1][1], "count", value, i, i + used - 1)
                if used == 1 and key in DUAL_MULTIPLIERS and _counted_noun_after(i, words, keys):
                    fact.value *= 2  # «مليارا يورو», «ألفا رجل»: the construct dual of a multiplier before its noun
        elif key[:1] in GLUED_BEFORE_NUMBER and is_arabic_word(w) \
                and (p := parse_words([key[1:]] + words[i + 1:i + MAX_NUMBER_WORDS])) is not None and p[1] >= 2:
            fact = Fact(spans[i][0] + 1, spans[i + p[1] - 1][1], "count", p[0], i, i + p[1] - 1)
            # «والفائز بواحد وخمسين في المائة», «أو لست وثلاثين ساعة»: a compound after a glued «ب/ل» (the
            # preposition outside, §3); a single word («لست» «I am not») is left alone
        if fact is not None and not words[fact.first][:1].isdigit() and fact.type == "count" \
                and _day_of_month(fact.last, keys) and not (i and keys[i - 1].startswith("ال")):  # («الأشهر الثلاثة من أبريل»)
            fact = None  # «في الثلاثين من شهر سبتمبر»: a date
        if fact is not None:
            if fact.type == "count":
                _chain(fact, words, spans, keys)
                _extend(fact, words, spans, keys)
            if fact.type == "count" and not words[fact.first][:1].isdigit() and fact.last + 2 < len(keys) \
                    and keys[fact.last + 1] in DECIMAL_WORDS and (p := parse_words(words[fact.last + 2:fact.last + 3])) \
                    and p[0] < 10:
                fact.value += p[0] / 10  # «ثلاثة وأربعين فاصلة ثمانية كيلوجرام»: 43.8
                fact.end, fact.last = spans[fact.last + 2][1], fact.last + 2
            if fact.type == "count" and not words[fact.first][:1].isdigit() \
                    and (n := _percent_in_words(fact.last + 1, keys)):
                fact.type, fact.end, fact.last = "percent", spans[fact.last + n][1], fact.last + n  # «أربعة في المائة»
            if fact.type == "count" and _is_duration(fact, keys):
                fact.type = "duration"
            if fact.type in ("count", "duration"):
                _unit_and_half(fact, words, spans, keys)
            if not _inside_name(fact, names):
                facts.append(fact)
            i = fact.last + 1
        else:
            i += 1
    return _rank_totals(_noun_repeated_after_and(facts, words, spans, keys), words, keys)


GLUED_BEFORE_NUMBER = ("ب", "ل")
NOUN_ENDINGS = ("ات", "ين", "ون", "ة", "ا")  # «ليرة/ليرات», «دولارا/دولارات»: one noun, singular and plural


def _noun_stem(key: str) -> str:
    for end in NOUN_ENDINGS:
        if key.endswith(end) and len(key) - len(end) >= 3:
            return key[:-len(end)]
    return key


def _noun_repeated_after_and(facts: list[Fact], words: list[str], spans: list[Span], keys: list[str]) -> list[Fact]:
    """«الثلاثمائة ليرة وأربع ليرات»: a round number word, its noun, «و» and a smaller number word with the same noun
    again is one compound (304, decision 261), the span running to the second number (its noun outside, §3)."""
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if prev is not None and prev.type == fact.type == "count" and not words[prev.first][:1].isdigit() \
                and not words[fact.first][:1].isdigit() and fact.last + 1 < len(keys) \
                and _and_after_noun(prev.last + 1, fact.first, keys) and is_arabic_word(words[prev.last + 1]) \
                and parse_words([keys[prev.last + 1]]) is None and len(_noun_stem(keys[prev.last + 1])) >= 3 \
                and _noun_stem(keys[prev.last + 1]) == _noun_stem(keys[fact.last + 1]) \
                and prev.value == int(prev.value) and fact.value < _round_place(int(prev.value)):
            prev.value += fact.value
            prev.end, prev.last = fact.end, fact.last
            continue
        out.append(fact)
    return out


def _and_after_noun(noun: int, first: int, keys: list[str]) -> bool:
    """The number at `first` follows the noun at `noun` over «و», glued («وأربع») or apart («و أربع»)."""
    return (first == noun + 1 and keys[first].startswith("و")) or (first == noun + 2 and keys[noun + 1] == "و")


def _round_place(value: int) -> int:
    """300 → 100, 2000 → 1000, 25 → 1: the place of the lowest non-zero digit."""
    place = 1
    while value and value % (place * 10) == 0:
        place *= 10
    return place


# entity labels of names: a number word or figure inside one is part of the name, no fact (decisions 33, 199: «شرفان
# درويش», «القصرين», «وست بروميتش», «مجموعة فيانت 21»; on real-train the gold keeps none). A TITLE is no name: its
# dual head counts (decision 161, «عضوي اللجنة»), and a dual head outside a name does too (decision 179).
NAME_LABELS = frozenset({"PER", "LOC", "ORG"})


def _name_spans(entities: list[dict] | None, words: list[str], spans: list[Span]) -> list[Span]:
    """The character spans of the names among the entity records that hold more than one word, and of the one-word
    names whose word is also a word of a longer name in the document («أشرف سالمان» … «وقال سالمان»). Other one-word
    names are left to the word rules: the NER stage reads common duals and number words as names («عن جهازي
    المخابرات» ORG «جهازي», «البلدتان» LOC, «بينهم ستون مسيحيا» PER «ستون»)."""
    names = sorted((e["start"], e["end"]) for e in entities or () if e["label"] in NAME_LABELS)
    if not names:
        return []
    at = {span: k for k, span in enumerate(spans)}
    one_word = {name: at[name] for name in names if name in at}
    if not one_word:
        return names
    starts = [s for s, _ in spans]
    longer_words = {words[k] for s, e in names if (s, e) not in one_word
                    for k in range(bisect_left(starts, s), bisect_left(starts, e)) if spans[k][1] <= e}
    return [name for name in names if name not in one_word or words[one_word[name]] in longer_words]


def _inside_name(fact: Fact, names: list[Span]) -> bool:
    """The fact lies wholly inside one name span."""
    return any(s <= fact.start and fact.end <= e for s, e in names)


PARTITIVE_HEADS = _keys("عدد", "لعدد", "بعض", "عشرات", "مئات", "آلاف")


def _plural_partitive(i: int, words: list[str], keys: list[str]) -> bool:
    """«خمسة من مرافقي العفري», «جرح عدد من الشرطيين»: a construct -ي or a nisba -يين after «من» that follows a
    figure or number word of three or more, or «عدد/بعض/عشرات», names the group counted from: a plural (decision
    363: the agreement decides), not two; «العشرات من الطرفين» keeps its dual, which is neither shape."""
    key = unglued(keys[i]).removeprefix("ال")
    if not (i >= 2 and keys[i - 1] == "من" and (key.endswith("يين") or (keys[i].endswith("ي") and not
                                                                        keys[i].startswith("ال")))):
        return False
    prev = keys[i - 2]
    if prev in PARTITIVE_HEADS:
        return True
    value = parse_digits(words[i - 2]) if words[i - 2][:1].isdigit() else (p[0] if (p := parse_words(words[i - 2:i - 1]))
                                                                        else None)
    return value is not None and value >= 3


def _plural_pair(i: int, keys: list[str]) -> bool:
    """«الحافظين والحافظات», «مواطنين ومواطنات»: an -ين word before «و» and its own stem in -ات is the masculine
    plural of a masculine and feminine pair, not a dual."""
    if not keys[i].endswith("ين") or i + 1 >= len(keys):
        return False
    nxt = keys[i + 2] if keys[i + 1] == "و" and i + 2 < len(keys) else keys[i + 1][1:] if keys[i + 1][:1] == "و" else ""
    return nxt.endswith("ات") and nxt[:-2] == keys[i][:-2]


def _plural_adjective(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«مرضى نفسيين», «جنودا شماليين»: an indefinite nisba adjective in -يين (its feminine -ية common next to its -ي,
    unlike the nouns «جندي», «شرطي») right after an indefinite noun that is no dual agrees with a broken plural; a
    dual noun would take it as «شرطيين تركيين», and a dual verb after it makes it a dual noun itself."""
    key = keys[i]
    if not key.endswith("يين") or key.startswith(("ال", "و")) or not i or not is_arabic_word(words[i - 1]):
        return False
    prev = keys[i - 1]
    if prev.startswith("ال") or prev.endswith(("ين", "ان", "ي", "ة")) or prev in FUNCTION_AFTER or prev in NOT_A_NOUN \
            or parse_words([prev]) is not None or (i + 1 < len(keys) and _pair_agreement(keys[i + 1], counts)):
        return False  # («باختطاف أفغانيين يقيمان»: the dual verb agrees with a dual noun)
    stem = key[:-2]
    return _seen(stem + "ة", counts) * NISBA_SHARE > sum(counts.get(form, 0) for form in _alef_forms(stem))


OBJECTS_AFTER = _keys("ذلك", "هذا", "هذه", "معهم", "معها", "معه")  # an object or «with them» after a participle


def _participle_with_object(i: int, words: list[str], keys: list[str]) -> bool:
    """«عادّين ذلك خطوة», «حاملين معهم الأعلام», «هاتفين “…”»: an indefinite -ين word that takes an object, «with
    them» or a quote is an active participle in the accusative (a plural of state), not a dual noun (§3 duals)."""
    return not keys[i].startswith("ال") and keys[i].endswith("ين") and i + 1 < len(words) \
        and (keys[i + 1] in OBJECTS_AFTER or words[i + 1] in OPENING)


POSSESSED_PLURAL = re.compile(r"^(.{3,}?)(يه|يها)$")  # «لاعبيه», «مدافعيها»: -ي(ن) + «his/her»


def _possessed_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«بلاعبيه اللذان تعاقد معهما», «على لاعبيه الجديدين»: «his players» is mostly a plural; it is two only when
    a dual relative or a definite dual adjective («الجديدين», read a dual by `is_masculine_dual`) agrees with it."""
    m = POSSESSED_PLURAL.match(keys[i])
    if not m or i + 1 >= len(keys) or not is_arabic_word(words[i]) \
            or sum(counts.get(form, 0) for form in _alef_forms(m.group(1))) < MASC_DUAL_MIN:
        return False
    nxt = keys[i + 1]
    return nxt in DUAL_RELATIVES or (nxt.startswith("ال") and nxt.endswith("ين") and is_masculine_dual(nxt, counts))


# a feminine dual with «his/her» («ابنتيها», «سابقتيها»): the plural would be -اته/-اتها, so the form is a dual
# whenever its singular is a word; with «their two» («هويتيهما», «أسرتيهما») each of a pair already counted has one,
# a dual suffix that restates the pair (decision 186)
POSSESSED_FEMININE_DUAL = re.compile(r"^(?:[بلو])?(.{2,}?)تي(?:ه|ها)$")
POSSESSED_FEMININE_MIN = 50


def _possessed_feminine_dual(word: str, counts: dict[str, int]) -> bool:
    """«بعد خطفها لابنتيها», «بذات سيناريو سابقتيها»: a feminine dual before «his/her» counts two (decision 33);
    the singular («جثة», «ابنة») must be a common word, so that a misspelt adjective («ذاتيه») is left out."""
    m = POSSESSED_FEMININE_DUAL.match(lookup_key(word))
    return bool(m) and is_arabic_word(word) and \
        sum(counts.get(form, 0) for form in _alef_forms(m.group(1) + "ة")) >= POSSESSED_FEMININE_MIN


def _two_after_dual(i: int, keys: list[str]) -> bool:
    """«المستوطنين الاثنين»: «الاثنين» after a definite -ين/-ان noun is «the two» (decision 33), not Monday."""
    return keys[i] in TWO_WORDS_DEFINITE and keys[i - 1].startswith("ال") and keys[i - 1].endswith(("ين", "ان"))


def _job_grade(i: int, words: list[str], keys: list[str]) -> bool:
    """«نبيل الطويل (مستشار أمني) بالمرتبة 15 بإمارة منطقة الرياض», «على وظيفة (مدير عام الحقوق) بالمرتبة الرابعة
    عشرة»: the grade of an appointment after the bracketed post names a pay grade, no place among others (decision
    204: «بالمرتبة 15» → nothing, a label as in decision 14)."""
    return i >= 3 and keys[i - 1] == "المرتبة" and keys[i - 2] == "ب" and words[i - 3] == ")"


def _ordinal_age(i: int, words: list[str], spans: list[Span], keys: list[str]) -> Fact | None:
    """«في الخامسة والخمسين من عمره», «عن عمر يناهز الخامسة والخمسين عاماً» (even glued to the verb): an age said
    with an ordinal and its tens is the number 55 (a duration, adjudication 35); other ordinals stay labels."""
    w = words[i]
    at = next((a for a in range(len(w) - 1) if w.startswith("ال", a) and parse_ordinal([w[a:]]) is not None), -1)
    if at < 0 or (o := parse_ordinal([w[at:]])) is None or o[0] >= 10 or i + 1 >= len(keys):
        return None
    k = i + 2 if keys[i + 1] == "و" else i + 1
    tens = keys[k].removeprefix("و") if k < len(keys) else ""
    if (k == i + 1 and not keys[k].startswith("و")) or not tens.startswith("ال") or tens[2:] not in TENS_KEYS:
        return None
    after = keys[k + 1] if k + 1 < len(keys) else ""
    if not (_is_time_unit(after) or (after == "من" and k + 2 < len(keys) and unglued(keys[k + 2]).startswith(AGE_WORDS))
            or (i and keys[i - 1] == AGE_NOUN)):  # «في سن التاسعة والأربعين»: «سن» names the age before it
        return None
    value = o[0] + parse_words([tens[2:]])[0]
    return Fact(spans[i][0] + at, spans[k][1], "duration", value, i, k, age=not _is_time_unit(after))


def _age_ordinal(i: int, words: list[str], spans: list[Span], keys: list[str]) -> Fact | None:
    """«في سن العاشرة», «سن الثامنة عشرة», «وهو في العاشرة من عمره»: an age said with a definite ordinal after «سن»
    or before «من عمره/من العمر» is that number of years, a duration without subject (adjudication 35)."""
    if i and keys[i - 1] == AGE_NOUN and keys[i][2:] in TENS_KEYS and keys[i].startswith("ال") \
            and not (i + 1 < len(keys) and keys[i + 1] in TIME_UNITS):
        return Fact(spans[i][0], spans[i][1], "duration", parse_words([keys[i][2:]])[0], i, i, age=True)  # «سن الخمسين»
    if not keys[i].startswith("ال") or (o := parse_ordinal(words[i:i + 2])) is None or o[0] < 2:
        return None
    after = i + o[1]
    if not ((i and keys[i - 1] == AGE_NOUN) or (after + 1 < len(keys) and keys[after] == "من"
                                            and unglued(keys[after + 1]).startswith(AGE_WORDS)
                                            and not (i and keys[i - 1].startswith("ال")))):
        return None  # («في العقد الثالث من العمر»: a decade of age, vague)
    return Fact(spans[i][0], spans[after - 1][1], "duration", float(o[0]), i, after - 1, age=True)


def _day_of_month(last: int, keys: list[str]) -> bool:
    """«الثلاثين من شهر سبتمبر», «العاشر من رمضان»: a day of a named month."""
    k = last + 1
    if k >= len(keys) or keys[k] != "من":
        return False
    k += 1 + (k + 1 < len(keys) and keys[k + 1] in ("شهر", "الشهر"))
    return k < len(keys) and keys[k] in MONTH_KEYS


def _plural_head(k: int, keys: list[str]) -> int | None:
    """The index of the definite plural noun at k, or right before its adjective at k: «الشهداء الـ15», «في الساعات
    الـ24», «الأسواق الناشئة ال 25», «الأشهر الـ6», «الحرائق الـ21» (a sound plural, «-اء», «-ايا», or the «أفعال»,
    «أفعل» or «مفاعل/فعائل» patterns); None for a singular."""
    for m in (k, k - 1):
        if m < 0 or not keys[m].startswith(DEFINITE):
            return None
        stem = keys[m][len(next(p for p in DEFINITE_LONGEST_FIRST if keys[m].startswith(p))):]
        if stem.endswith(("ات", "ين", "ون")) or (stem.endswith(("اء", "ايا")) and len(stem) >= 5) \
                or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا") \
                or (len(stem) == 5 and stem[2] == "ا") or (len(stem) == 4 and stem[0] == "ا"):
            return m  # (also «مفاعل/فعائل» «الحرائق», «المناطق» and «أفعل» «الأشهر»)
        if not stem.endswith(("ة", "ي", "ية")):
            return None  # (only an adjective may stand between the noun and «الـ N»)
    return None


def _dual_never_seen(word: str, counts: dict[str, int]) -> bool:
    """«إعجابي الشديد», «خطابي», «حديثي السن», «ولكني»: a masculine -ي word common in the word counts whose stem is
    never seen as a dual (no -ين or -ان form, bare or definite) is a possessive «my X», a nisba adjective or a
    plural in construct, not a construct dual (decision 33 counts duals only); feminine -تي forms are left to
    `is_feminine_dual`, whose duals are rarer."""
    raw = lookup_key(word)
    if not raw.endswith("ي") or raw.endswith("تي") or raw.startswith("ال") or counts.get(raw, 0) < POSSESSIVE_MIN:
        return False
    stem = raw[:-1]
    return not any(_seen(stem + ending, counts) for ending in ("ين", "ان"))


POSSESSIVE_MIN = 9  # (true construct duals whose dual is unseen elsewhere are rare words: «جيبي» 6, «ميناءي» 5)


def definite_head(k: int, keys: list[str]) -> str:
    """The definite noun at k as «ال…», its glued preposition or conjunction dropped: «المعايير», «باللغات» and
    «للأطراف» (which the tokenizer splits «ل» + «لأطراف») all head a definite numeral after them («للأطراف الثلاثة»,
    «باللغات الثلاث»: the count of the noun, decision 33's «المعايير الثلاثة» with a proclitic); "" for no such noun."""
    key = keys[k]
    if key.startswith("ال"):
        return key
    if not is_arabic_word(key) or len(key) < 5:
        return ""
    if key.startswith(("بال", "وال", "فال", "كال")):
        return key[1:]
    if key.startswith("لل"):
        return "ا" + key[1:]
    restored = _article_key(k, keys)  # («ل» + «لأطراف»: the article's «ل» after the split preposition)
    return restored if restored != key else ""


def has_possessive(k: int, words: list[str], keys: list[str]) -> bool:
    """«بمراحلها الخمسة»: a noun made definite by a possessive suffix."""
    return len(keys[k]) > 5 and keys[k].endswith(("ها", "هم", "هما", "ه")) and is_arabic_word(words[k])


def _rank_totals(facts: list[Fact], words: list[str], keys: list[str]) -> list[Fact]:
    """«حصل على الترتيب الخامس في البرنامج … من أصل 120 مختبرا»: a total after «من أصل/من بين» later in the
    rank's sentence is the rank's total, no fact of its own."""
    out: list[Fact] = []
    for fact in facts:
        i = fact.first
        rank = out[-1] if out else None
        if rank is not None and rank.type == "rank" and rank.total is None and fact.type == "count" \
                and words[i][:1].isdigit() and i >= 2 and keys[i - 2] == "من" and keys[i - 1] in ("اصل", "بين") \
                and i - rank.last <= RANK_TOTAL_WINDOW and not any(w in SENTENCE_END for w in words[rank.last:i]):
            rank.total = fact.value
            continue
        out.append(fact)
    return out


RANK_TOTAL_WINDOW = 25


def facts_end_at(facts: list[Fact], k: int) -> bool:
    return bool(facts) and facts[-1].last == k


def _one_out_of(i: int, words: list[str], spans: list[Span], keys: list[str]) -> Fact | None:
    """«مباراة واحدة من أصل 11 مواجهة», «نجمة واحدة فقط من أصل سبع نجوم»: one out of a total is a ratio
    (GUIDELINES §3 «من أصل»), though «واحدة من» alone is «one of» (§6)."""
    if keys[i] not in ONE_AFTER_NOUN:
        return None
    k = i + 1 + (i + 1 < len(keys) and keys[i + 1] == "فقط")
    if k + 2 >= len(words) or keys[k] != "من" or keys[k + 1] != "اصل":
        return None
    if (total := parse_digits(words[k + 2])) is not None and _shape(k + 2, words, spans) == "single":
        last = k + 2
    elif (p := parse_words(words[k + 2:k + 2 + MAX_NUMBER_WORDS])) is not None:
        total, last = p[0], k + 2 + p[1] - 1
    else:
        return None
    return Fact(spans[i][0], spans[last][1], "ratio", 1.0, i, last, total)


KIN_NAME_BEFORE = _keys("بن", "ابن", "أبو", "ابو", "آل", "أم", "بنت")  # «محمد أبو قرنين»: a name, whatever its form
# a word of the dual's shape that is a name: after «بن/أبو/آل» or a title, or before a definite family name
# («اللواء عدنان الضميري», «بن سعيدان»); a construct dual never takes the article on the next word
NAME_BEFORE = KIN_NAME_BEFORE | _keys("اللواء", "الدكتور", "د", "الشيخ", "المهندس", "الأستاذ", "السيد", "العميد",
                                     "العقيد", "الأمير", "الفريق", "الرئيس", "الملك", "النائب", "الكاتب", "الزميل")


OWN_PLURAL_MIN = 3  # «تعيينات»: seen this often, the -ين is the word's own


def _verbal_noun_in_n(i: int, keys: list[str], counts: dict[str, int]) -> bool:
    """«التعدين», «تعيين», «تحسين»: a verbal noun (تفعيل) of a root ending in «ن», whose -ين is its own, not a
    dual's. Its would-be singular is «ت» + two letters, an imperfect verb («تعد», «تعي», «تحس»: the same verb with
    «ي» is at least as common), or the word takes a plural -ات of its own («تعيينات»), which a dual never does."""
    bare = _article_key(i, keys)
    if bare[:1] in ("و", "ب", "ل") and counts.get(bare[1:], 0) > counts.get(bare, 0):
        bare = bare[1:]  # «وتحسين», «لتعيين» (not «فتاتين»: the dual of «فتاة»)
    bare = bare.removeprefix("ال")
    if not bare.endswith("ين") or len(bare) < 5 or parse_words([bare]) is not None:
        return False
    stem = bare[:-2]
    if len(stem) == 3 and stem[0] == "ت" and counts.get("ي" + stem[1:], 0) >= max(counts.get(stem, 0), 1):
        return True
    return _seen(bare + "ات", counts) >= OWN_PLURAL_MIN


def _dual_shaped_name(i: int, words: list[str], keys: list[str]) -> bool:
    key = keys[i]
    if key.startswith("ال") or not key.endswith("ان") or key.endswith("تان") or not is_arabic_word(words[i]):
        return False
    if i and unglued(keys[i - 1]) in NAME_BEFORE:
        return True
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    return nxt.startswith("ال") and len(nxt) > 4 and nxt.endswith("ي") and is_arabic_word(words[i + 1])


def _unit_and_half(fact: Fact, words: list[str], spans: list[Span], keys: list[str]) -> None:
    """«أربع سنوات ونصف السنة» (4.5), «سنتين ونصف» (2.5): a half after the time unit joins the duration."""
    k = fact.last + 1
    if not (fact.first == fact.last and fact.type == "duration" and not words[fact.first][:1].isdigit()
            and _half_after(k, keys)):  # (a dual of a time unit: «سنتين ونصف»)
        if not (k < len(keys) and _is_time_unit(keys[k]) and _half_after(k + 1, keys)):
            return
        k += 1
    h = _half_after(k, keys)
    last = k + h - 1
    if last + 1 < len(keys) and multiplier(words[last + 1]):
        return  # «عشر سنوات ونصف مليون درهم»: the half counts the next scale, not the years
    if last + 1 < len(keys) and _is_time_unit(keys[last + 1]) and keys[last + 1].startswith("ال"):
        last += 1  # «ونصف السنة»
    fact.value += 0.5
    fact.type, fact.end, fact.last = "duration", spans[last][1], last


DUAL_MULTIPLIERS = _keys("مليارا", "مليونا", "ألفا", "تريليونا", "ترليونا")


def _counted_noun_after(i: int, words: list[str], keys: list[str]) -> bool:
    """«مليارا يورو», «ألفا رجل إطفاء»: a currency or an indefinite noun right after a lone «ألفا/مليونا/مليارا» makes
    it the construct dual (two thousand), not the accusative of one («أنفق مليارا من …», «ألفا ونصف»)."""
    if i + 1 >= len(keys):
        return False
    nxt = keys[i + 1]
    return is_currency(nxt) or (is_arabic_word(words[i + 1]) and not nxt.startswith(("ال", "و"))
                                and nxt not in FUNCTION_AFTER and nxt not in PREPOSITIONS)
CONSTRUCT_TWO = _keys("اثني", "اثنا", "اثنتي", "اثنتا")  # «الأصل الإثني» (ethnic): «two» only before «عشر»
CURRENCY = ("يورو", "دولار", "ريال", "جنيه", "درهم", "دينار", "ليرة", "روبل", "شيقل", "دونغ", "دونج", "يوان", "روبية",
            "فرنك", "سنت")
SHORT_CURRENCY = frozenset({"ين", "الين"})  # (a prefix test would take «يناير»)


def is_currency(key: str) -> bool:
    return key.startswith(CURRENCY) or key in SHORT_CURRENCY


def _is_duration(fact: Fact, keys: list[str]) -> bool:
    """A number of time units: «ثلاث سنوات», «الأشهر الستة», «شهر واحد»; a stated age too («من العمر ست سنوات»,
    «أعمارهم 14 عاماً», «(18 عاماً)», «يبلغ من العمر (7) سنوات»: GUIDELINES §7 and real-news adjudication 35; a
    bracket closed between the figure and its unit changes nothing)."""
    i, j = fact.first, fact.last
    j += j + 2 < len(keys) and keys[j + 1] == ")" and "(" in keys[max(0, i - 4):i]  # «(7) سنوات», «( من 10 إلى 15 ) دقيقة»
    after = j + 1 < len(keys) and (keys[j + 1] in TIME_UNITS or (keys[i].startswith("ال") and _is_time_unit(keys[j + 1])))
    before = i > 0 and _is_time_unit(keys[i - 1]) and (keys[i].startswith("ال") or keys[i] in ONE_AFTER_NOUN)
    before = before or (i > 0 and keys[i].startswith("ال") and _is_time_unit(definite_head(i - 1, keys)))  # «للأعوام الخمسة»
    before = before or (fact.head >= 0 and _is_time_unit(keys[fact.head]))  # «في الساعات الـ24 الأخيرة»
    return after or before
