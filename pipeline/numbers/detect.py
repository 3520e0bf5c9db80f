"""Find the numeric facts of a text and normalize them (span, type, value, total).

Works on the project tokenizer's words. Digits, percent signs on either side,
multipliers («11 ألف»), ratios («241/439», «3,106 من أصل 3,541»), ranges («10-15»: two
facts), number words, rank ordinals after «المرتبة», and dual nouns (`duals.py`). What GUIDELINES §3
and §6 exclude is not a fact: identifiers («رقم 15»، «مشروع 06»، «اللجنة 138»، «الخط
الساخن 113»), codes and dates glued into one string («15-NQ/TU»، «5/12/2024»، «23:30»),
list numbers, numbers inside a quoted name or slogan, years and dates. `find_years`
returns the years so the linker can use them as baselines and periods.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.numbers.parse import (FRACTION_DUALS, FRACTION_PLURALS, FRACTIONS, HALF, MULTIPLE_BARE, MULTIPLE_PLURALS,
                                    MULTIPLES, TENS, may_start_number, multiplier, parse_digits, parse_ordinal,
                                    parse_words, word_key)
from pipeline.numbers.duals import DUAL_TIME, counts_two, dual_glue, dual_type, looks_dual, named_pair_head, not_a_dual
from pipeline.numbers.words import (ABOUT, CLOSING, COPULAS, DEFINITE, DEFINITE_LONGEST_FIRST, DIRECTIONS,
                                    FIRST_DEFINITE, FUNCTION_AFTER, HIJRI_MONTHS, MONTH_KEYS, MORE_LESS, NOT_A_NOUN,
                                    OPENING, OR_WORDS, PREPOSITIONS, STANDALONE_ONE, TIME_STEMS, TIME_UNITS, TWO_WORDS,
                                    Fact, article_key, is_punct, is_time_unit, noun_follows, unglued)
from pipeline.text.chars import SENTENCE_END, is_arabic_word
from pipeline.text.lexicon import METRIC_VERBS_CLAUSE_END as METRIC_VERBS  # «بلغ عدد الحالات 120.»
from pipeline.text.lexicon import MONTHS, OPENING_QUOTES, PROCLITIC_KEYS, THAT, THAT_CLAUSE, TO, WEEKDAYS
from pipeline.text.lexicon import keys as _keys

Span = tuple[int, int]


PERCENT = {"%", "٪"}
RLM = "\u200f"  # the right-to-left mark some wire copy prints inside a decimal («75.\u200f49»)
DECIMAL_TAIL = {"ra_decimal": 2, "comma_decimal": 2, "rlm_decimal": 3}  # words of a two-part decimal after its first
# the Hijri era mark: «26 شوال 1436 هـ», «1437هـ» are dates (GUIDELINES §3, §7), never facts
HIJRI_MARK = _keys("هـ", "ه", "هجري", "هجرية", "للهجرة")
HIJRI_YEARS = (1300, 1500)
# («سنة 58», «حكم فاروق سنة 52»: a year after «سنة» too; the real-train gold makes none of 26 a fact)
YEAR_PAIR_HEADS = _keys("عامي", "سنتي")  # «بين عامي 1320 و1318»: the construct dual before two years
YEAR_HEADS = _keys("عام", "العام", "لعام", "بعام", "وعام", "سنة", "وسنة", "لسنة", "بسنة") | YEAR_PAIR_HEADS
BEFORE_CHRIST = (word_key("قبل"), word_key("الميلاد"))  # «589 قبل الميلاد»
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
    "سنابدراجون", "سنابدراغون",  # a processor model («معالج سنابدراجون 800»)
    # a weapon's calibre («مدفع هاون عيار 120», «مدفعا عيار 23 ملم»: decision 246)
    "عيار", "العيار", "بعيار",
    # a league round, an army division, resolutions, a road's kilometre marker and an aircraft model («الجولة 14»,
    # «الفرقة 30 مشاة», «القرارات 1696 و1737», «عند الكيلومتر 35», «بوينغ 777»: names, §3 not facts)
    "الجولة", "الفرقة", "القرارات", "الكيلومتر", "بوينغ", "بوينج")
NAME_HYPHENS = {"-", "–"}
KILO_MARKS = _keys("ك", "وك")  # «ك14»: «كيلو 14» abbreviated and glued to its figure
# heads after which a number word names a street or a number too («شارع المئة»)
WORD_NAME_HEADS = _keys("شارع", "الشارع", "رقم", "الرقم")
CLOSE_MARKS = {")", "]", "»", '"', "”", "″"}
MAX_NUMBER_WORDS = 24  # «تسعمائة و تسعة و تسعون مليوناً و …» fits
NAME_QUOTE_WORDS = 12  # a quote this short with no sentence end inside is a name, title or slogan, not speech
RANK_WORDS = _keys("المرتبة", "المركز", "مرتبة", "الترتيب")
PERCENT_WORDS = _keys("المائة", "المئة", "بالمائة", "بالمئة")  # «10 في المائة», «1.2 بالمائة»: a percent sign in words
PERCENT_POINTS = _keys("نقطة", "نقاط")  # «بارتفاع 3.1 نقطة مئوية» is a percent; the unit stays outside the span
ONE_AFTER_NOUN = _keys("واحد", "واحدة", "واحداً")  # «سنة واحدة»، «مرة واحدة»
# nouns before which «واحد» means «same/single» or speaks of no amount: «يدا واحدة», «أسرة واحدة», «وجهان لعملة
# واحدة», «لسبب واحد», «بكلمة واحدة», «طريق واحد», «اتجاه واحد» (decisions 14, 130); looked up without a glued «ب/ل»
# and without the accusative «ا» («سببا واحدا», «طريقا واحدا»)
ONE_IDIOMS = _keys("جانب", "صفا", "صف", "يدا", "يد", "وحدة", "قلب", "بلسان", "لسان", "بصوت", "صوت", "كرجل", "لمرة",
                   "سبب", "عائلة", "أسرة", "كلمة", "عملة", "طينة", "رأي", "اتجاه", "طريق",
                   "شيء", "أمر", "زاوية", "طرف", "منطق", "مجتمع", "دين", "لون", "لحظة", "قوة", "سعر",
                   "وقت", "آن", "مكان", "طريقة", "عنوان", "مضمون")
# («شيء/أمر واحد»: one thing; «من زاوية/طرف واحد», «مجتمعا/دينا/لونا واحدا», «قوة واحدة ويد واحدة»: the same, a
# whole; «لحظة واحدة»: emphatic; «في وقت/آن واحد», «في مكان واحد» (decision 14): at once, together; «بطريقة
# واحدة», «عنوان/مضمون واحد هو …»: the same way, a single theme)
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


def _ascii(word: str) -> str:
    return "".join(str(int(c)) if c.isdigit() else c for c in word)


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100


def _year_value(word: str) -> int | None:
    """The year a word of four digits names, Gregorian (1900-2100) or Hijri; None for any other word."""
    w = _ascii(word) if word.isdigit() else ""
    return int(w) if len(w) == 4 and (_is_year(w) or HIJRI_YEARS[0] <= int(w) <= HIJRI_YEARS[1]) else None


def _year_span(i: int, words: list[str]) -> bool:
    """«1436/1437ه», «(1434/1435)», «1436-1437هـ»: two consecutive years (Gregorian or Hijri) joined by «/» or a dash
    name one fiscal or school year, a date (GUIDELINES §3, §7: Hijri years are dates), not a ratio or a range."""
    for a in (i, i - 2):
        if 0 <= a and a + 2 < len(words) and (words[a + 1] == "/" or words[a + 1] in DATE_DASHES) \
                and (first := _year_value(words[a])) is not None and _year_value(words[a + 2]) == first + 1:
            return True
    return False


def find_years(words: list[str], hijri: bool = False) -> list[int]:
    """Indices of words that are years (4 digits, 1900-2100); with `hijri`, also a Hijri year marked as one
    («1435هـ», «1436 ه») or named by «عام» («خلال عام 1436», as `_is_date` reads it): GUIDELINES §7, the period
    as written."""
    return [i for i, w in enumerate(words) if _is_year(_ascii(w) if w.isdigit() else w) or (
        hijri and w.isdigit() and len(w) == 4 and HIJRI_YEARS[0] <= int(w) <= HIJRI_YEARS[1]
        and ((i + 1 < len(words) and word_key(words[i + 1]) in HIJRI_MARK)
             or (i and word_key(words[i - 1]) in YEAR_BEFORE)))]


def _year_head_before(i: int, words: list[str], keys: list[str]) -> bool:
    """The figure follows «عام/سنة», or is the second of the pair «عامي 1320 و1318» (the construct dual names two
    years, GUIDELINES §3 dates)."""
    if i and keys[i - 1] in YEAR_HEADS:
        return True
    return i >= 3 and keys[i - 1] == "و" and words[i - 2].isdigit() and keys[i - 3] in YEAR_PAIR_HEADS


def _before_christ(i: int, words: list[str], keys: list[str]) -> bool:
    """«1237 قبل الميلاد», and the first bound of «1567 - 1200 قبل الميلاد»: years of the era, dates (§3)."""
    k = i + 1
    if k + 1 < len(keys) and keys[k] in DAY_JOINS and words[k + 1].isdigit():
        k += 2  # («1567 - 1200 قبل الميلاد»: the era said once for both years)
    return tuple(keys[k:k + 2]) == BEFORE_CHRIST


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
    while a < i and (is_arabic_word(words[a]) or (is_punct(words[a]) and words[a] not in PERCENT)):
        a += 1
    while b > i and (is_arabic_word(words[b]) or (is_punct(words[b]) and words[b] not in PERCENT)
                     or (words[b] in EXPONENTS and b - 1 > i and word_key(words[b - 1]) in SQUARED_UNITS)):
        b -= 1  # («مساحة 4000م2،»: a unit of area with its exponent glued after the figure)
    core = words[a:b + 1]
    if len(core) == 1 or (len(core) == 2 and (core[0] in PERCENT or core[1] in PERCENT)):
        return "single"
    if len(core) == 3 and core[0][:1].isdigit() and core[2][:1].isdigit() and core[1] in ("/", "-", "–", "و"):
        return "ratio" if core[1] == "/" else "range"  # («بين 29و34 عاما»: «و» with its spaces dropped, two figures)
    if len(core) == 3 and core[0].isdigit() and core[2].isdigit() and core[1] == "ر" and a == i:
        return "ra_decimal"
    if len(core) == 4 and core[0].isdigit() and core[1] == "." and core[2] == RLM and core[3].isdigit() and a == i:
        return "rlm_decimal"
    if len(core) in (3, 4) and core[0].isdigit() and core[1] == "،" and core[2].isdigit() and a == i \
            and (len(core) == 3 or core[3] in PERCENT):
        return "comma_decimal"  # «٣٧،١٪»: the Arabic comma as a decimal mark between digits
    return "code"


# «تم توجيه 4 فرق», «يتم تعليق 5 رحلات»: after these the head word is the verbal noun of an action, its figure a count
PASSIVE_AUXILIARIES = _keys("تم", "وتم", "يتم", "ويتم", "سيتم", "ليتم", "وسيتم")


SECURITY_COUNCIL = (word_key("مجلس"), word_key("الأمن"))
RESOLUTION_HEADS = _keys("قرار", "القرار", "قراري", "القرارين", "قرارات", "القرارات", "بقرار", "لقرار", "وقرار")


def _after_identifier_head(i: int, keys: list[str]) -> bool:
    """«اللجنة 138», «للمشروع 06», and through its adjectives: «اللجنة التوجيهية الإقليمية 138»; not the verbal noun
    of «تم توجيه 4 فرق»."""
    k = i - 1
    while k > 0 and k >= i - 3 and keys[k].startswith("ال") and keys[k].endswith(("ية", "ي")) \
            and keys[k] not in IDENTIFIER_BEFORE:
        k -= 1
    if k >= 0 and article_key(k, keys) in IDENTIFIER_BEFORE:
        return not (k and keys[k - 1] in PASSIVE_AUXILIARIES and not keys[k].startswith("ال"))
    if i >= 2 and keys[i - 1] == "ال" and keys[i - 2] in IDENTIFIER_BEFORE:
        return True  # «شارع الـ100»
    if i >= 3 and tuple(keys[i - 2:i]) == SECURITY_COUNCIL and article_key(i - 3, keys) in RESOLUTION_HEADS:
        return True  # «وفق قراري مجلس الأمن 242 و338»: the council stands between the resolution and its number
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
    if i and not is_punct(words[i - 1]) and (not article_key(i - 1, keys).startswith(DEFINITE)
                                              or keys[i - 1] in PREPOSITIONS):  # («إلى» is keyed «الى»)
        return False
    k = i - 1
    while k >= max(0, i - PREDICATE_WINDOW) and (not is_punct(words[k]) or words[k] in OPENING_QUOTES
                                                 or words[k] in CLOSING):
        if unglued(keys[k]).startswith(METRIC_VERBS) or keys[k].startswith(METRIC_VERBS) \
                or unglued(keys[k]).removeprefix("ال").startswith(METRIC_NOUNS):
            return False
        k -= 1
    if 0 < i < len(words) - 1 and ((words[i - 1] == "(" and words[i + 1] == ")") or _reversed_quotes(i, i, words) or
                                   (words[i - 1] in OPENING_QUOTES and CLOSING.get(words[i + 1]) == words[i - 1])):
        i += 1  # «(121) برنامجاً», «يوفر «600» وظيفة»: what follows the bracket or quote is counted
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    if nxt in OPENING:  # «بناء ٨٩٠ "فريقاً …"»
        return i + 2 >= len(words) or is_punct(words[i + 2])
    if is_punct(nxt):
        return True
    if keys[i + 1] in ("و", "او") and i + 2 < len(words) and (
            words[i + 2][:1].isdigit() or parse_words(words[i + 2:i + 3]) is not None):
        return False  # «3 أو 4 أشخاص»
    return keys[i + 1] in FUNCTION_AFTER or keys[i + 1] in DIRECTIONS or unglued(keys[i + 1]).startswith(SAYING)


FESTIVAL_HEADS = ("مهرجان", "صيف", "مصيف", "عيد")  # («فعاليات عيد طيبة 36»)
FESTIVAL_NAME_WORDS = 4


def _festival_year(i: int, words: list[str], keys: list[str]) -> bool:
    """«مهرجان صيف طيبة 36»، «مصيف بلادي 36»، «(مهرجانحفرالباطن36)»، «عيد طيبة 36»: two digits 3x closing the name of a
    festival, feast or summer season within four words stand for the Hijri year 14xx; they count nothing (GUIDELINES §3: dates are no
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
    if shape == "single" and i and (keys[i - 1] == MINUTES or (
            i >= 3 and keys[i - 1] == "و" and words[i - 2][:1].isdigit() and keys[i - 3] == MINUTES)):
        return None  # «في الدقيقتين 78 و93»: the minutes of two goals name times, like «الدقيقة 74» (identifiers, §3)
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
    bracketed_mult = i and (words[i - 1] in OPENING or _reversed_quotes(i, tail, words)) and tail + 2 < len(words) \
        and nxt in CLOSE_MARKS and multiplier(words[tail + 2]) is not None
    closed_mult = bracketed_mult and value < multiplier(words[tail + 2])  # «“34” مليون», «(300) ألف», «(1200) مليون»
    # (decision 56); a bracketed figure as large as the scale word after it is whole, and the words restate it
    # («( 2000 ) ألفي ريال», «( 1500 ) ألف وخمسمائة ريال»: a figure of its own, not a multiplier)
    quantity_after = nxt in PERCENT or multiplier(nxt) is not None or bracketed_mult \
        or _percent_in_words(tail + 1, keys) is not None  # identifiers take none («وللحكومة 33 في المائة» counts)
    if not quantity_after and _after_identifier_head(i, keys) and not _subject_of_verb_counts(i, words, keys):
        return None
    if i >= 3 and keys[i - 1] in ("حتى", "الى", "-") and words[i - 2][:1].isdigit() and keys[i - 3] in IDENTIFIER_BEFORE:
        return None  # «من نموذج 101 حتى 119»: the end of a range of identifiers
    if i >= 2 and words[i - 1] in ("(", "و") and ((keys[i - 2] in IDENTIFIER_BEFORE and not _counted_after_and(i, words, keys)) or (
            words[i - 1] == "و" and words[i - 2][:1].isdigit() and _digit_fact(i - 2, words, spans, keys) is None
            and not noun_follows(i, words, keys))):
        return None  # «تعليق (0)», «اللجان التوجيهية 138 و1523» (but «جي اس اس 300 و5 سيارات» counts the cars)
    if shape == "single" and not quantity_after and _contact_number(i, words, keys):
        return None
    if i and keys[i - 1] in SQUARED_UNITS and words[i] in EXPONENTS and (spans[i - 1][1] == spans[i][0] or (
            i >= 2 and (words[i - 2][:1].isdigit() or multiplier(words[i - 2]) is not None))):
        return None  # «103 كم2», «115 م2», «40.5 مليون م 2»: the unit's exponent, glued to it or after a figure
    if _year_span(i, words):
        return None  # «العام الحالي 1436/1437ه», «(1434/1435)», «1436-1437هـ»: a (fiscal, school) year, a date (§3)
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
            and noun_follows(i, words, keys) and keys[i + 1] not in NOT_A_COUNTED_NOUN) \
            and not (i + 1 < len(keys) and (is_currency(keys[i + 1]) or keys[i + 1] in DECIMAL_UNITS)) \
            and not _counted_of(i, words, keys) and not _count_after_and_or_bracket(i, words, keys) \
            and not _lower_bound_of_counts(i, words, keys):
        return None  # (but «وبعدد قضايا بلغت 1915 حالة» counts, and so does money, «2000 جنيه», or a measure, «2100 متر»)
    if _year_head_before(i, words, keys) and words[i].isdigit() and 3 <= len(words[i]) <= 4 and not quantity_after \
            and not _figure_after_this_year(i, words, keys):
        return None  # «في عام 857 للهجرة», «عام 1876», «بين عامي 1878 و1843»: a year, not a count of years
    if not quantity_after and _before_christ(i, words, keys):
        return None  # «بين 219 - 217 قبل الميلاد»: a date (§3)
    if i and keys[i - 1] in YEAR_HEADS and words[i].isdigit() and len(words[i]) == 2 and not quantity_after \
            and (not noun_follows(i, words, keys) or keys[i + 1] in NOT_A_COUNTED_NOUN):
        return None  # «في عام 72م كتب», «حتى عام 97،»: a year cut to two digits, no noun counted after it (§3 dates)
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
    if _rate_base(i, tail, keys):
        return None  # «5 لكل 100 ألف نسمة»: a rate base (GUIDELINES §3)
    if shape == "single" and not quantity_after and _exchange_base(i, keys, value):
        return None  # «وصل تبديله إلى 408 ريالات مقابل 100 يورو»: the base of an exchange rate (§3 rate bases)
    if shape == "single" and not quantity_after and _index_name(i, words, keys):
        return None  # «وزاد مؤشر يوروفرست 300 لأسهم …»: the figure is part of the index's name (§3 names)
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
MINUTES = word_key("الدقيقتين")
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
        (is_punct(after) and after not in PERCENT) or keys[last + 1] in FUNCTION_AFTER)


SCORE_SEPARATORS = {"-", "–", "ـ", "/"}  # DATE_DASHES and a slash
# a word of winning, drawing, losing or ending before two small figures makes them a result: «ليفوز سيتي 5 - 4»،
# «انتهت 3 - 3»، «بخسارة الفريق 1-3»، «بفوز فريقه 4/ صفر»، «بركلات الترجيح 5 - 4» (dec. 188, 210)
RESULT_STEMS = tuple(_keys("فوز", "فاز", "يفوز", "تعادل", "خسار", "خسر", "تقدم", "انتهت", "انتهى", "نتيجة", "بنتيجة",
                           "هزيمة", "هزم", "تغلب", "الترجيح"))
RESULT_WORDS = 3  # «ليفوز سيتي 5 - 4»: the team's name may stand between
ZERO = word_key("صفر")
ZERO_FORMS = _keys("صفر", "صفرا", "صفراً")
ZERO_DEFINITE = word_key("الصفر")
LEVEL = word_key("مستوى")
POSSESSIVE_ENDINGS = ("ها", "هما", "هم", "ه")


def _zero(i: int, words: list[str], keys: list[str]) -> bool:
    """A zero that quantifies (a value 0, not «من الصفر» from scratch, «ساعة الصفر», the month «صفر» or a score):
    «تقليل نسبة الخطأ إلى صفر», «من صفر إلى 30 في المائة», «إلى مستوى الصفر», «نسبة الحيوانات المنوية (صفر)»,
    or `_zero_predicate`; §3 makes every number that quantifies a fact."""
    key = keys[i]
    prev = keys[i - 1] if i else ""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if key == ZERO_DEFINITE:
        return prev == LEVEL and i >= 2 and keys[i - 2] in TO
    return key in ZERO_FORMS and (prev in TO or (prev == "من" and nxt in TO) or _zero_predicate(i, words, keys) or (
        prev == "(" and nxt == ")" and i >= 2 and is_arabic_word(words[i - 2])))


def _zero_predicate(i: int, words: list[str], keys: list[str]) -> bool:
    """«خسائرها صفر.»: a zero that ends its sentence right after a noun with its pronoun is that noun's predicate,
    the noun its subject (§3, decision 143)."""
    return 0 < i and i + 1 < len(words) and words[i + 1] in SENTENCE_END and is_arabic_word(words[i - 1]) \
        and keys[i - 1].endswith(POSSESSIVE_ENDINGS) and len(keys[i - 1]) > 4


def _result(i: int, words: list[str], keys: list[str]) -> bool:
    """«بعد تعادلهما 2 - 2 في الوقت الأصلي»: two goal tallies (digits up to SCORE_MAX or «صفر») over a dash or
    slash, with a word of a match's outcome just before them, are a digit score, whatever follows (decision 188)."""
    first = i if i + 1 < len(words) and words[i + 1] in SCORE_SEPARATORS else i - 2
    last = first + 2
    if first < 1 or last >= len(words) or words[first + 1] not in SCORE_SEPARATORS:
        return False
    if not all(_tally(k, words, keys) for k in (first, last)):
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


def _rate_base(i: int, last: int, keys: list[str]) -> bool:
    """The figure from i to last follows «لكل/كل»: a rate base («5 لكل 100 ألف نسمة», «شخص من بين كل ثلاثة
    أشخاص», «من إنتاج كل مئة برميل»: GUIDELINES §3), unless «كل» + a time unit gives an interval («مرة كل 15 عاماً»,
    «نلتقي كل ستة أشهر»)."""
    return i > 0 and (keys[i - 1] in RATE_BASE or (i >= 2 and keys[i - 1] == "كل" and keys[i - 2] == "ل")) \
        and not (keys[i - 1] == "كل" and last + 1 < len(keys) and is_time_unit(keys[last + 1]))


THOUSANDS_DOT = re.compile(r"^\d{1,3}\.\d{3}$")
# units after which «2.500» is a decimal: weights, lengths, volumes (and multipliers: «1.500 مليون»)
DECIMAL_UNITS = _keys("كغم", "كغ", "كجم", "كيلو", "كيلوغرام", "كيلوجرام", "كيلوغراما", "غرام", "جرام", "طن", "أطنان",
                      "طنا", "كم", "كيلومتر", "كيلومترا", "متر", "مترا", "لتر", "لترا", "ملم", "سم", "درجة", "نقطة")


DAY_KEY = word_key("يوم")
NIGHT = _keys("ليلة", "ليل")  # «في يوم 27 ليلة 28 رمضان»: the night that opens the next day, not a counted noun
DAY_HEADS = _keys("يوم", "يومي")  # «في يوم 27», «يومي 14 و17»: the day of a date
CLOCK_AFTER = _keys("توقيت", "بتوقيت", "صباحا", "مساء", "مساءً", "ظهرا", "فجرا", "تغ")  # «(01,00 تغ)»: GMT in wire copy
GMT_LETTERS = _keys("غ", ".")  # «(06.14 ت غ)», «ت.غ»: the same abbreviation spaced or dotted


EXCHANGE_BASES = (1.0, 10.0, 100.0, 1000.0)
FOR = word_key("مقابل")


def _exchange_base(i: int, keys: list[str], value: float) -> bool:
    """«585 ريالا مقابل 100 جنيه إسترليني»: a round figure after «مقابل» between two currencies is the amount of the
    other currency the price is quoted for, a rate base like «لكل 100» (GUIDELINES §3), not an amount of its own."""
    return value in EXCHANGE_BASES and i >= 2 and keys[i - 1] == FOR and is_currency(keys[i - 2]) \
        and i + 1 < len(keys) and is_currency(keys[i + 1])


INDEX_HEADS = _keys("مؤشر", "ومؤشر", "لمؤشر", "بمؤشر")
INDEX_NAME_WORDS = 2  # «مؤشر ستوكس يوروب 600», «مؤشر نيكي 225»


def _index_name(i: int, words: list[str], keys: list[str]) -> bool:
    """«مؤشر يوروفرست 300», «مؤشر ستوكس يوروب 600»: a figure of at most three digits right after the one- or
    two-word name of an index («مؤشر» + name, no article) closes that name; a level or change needs a unit, a
    percent or «إلى/عند» before it («استقر المؤشر عند 1333 نقطة» stays a count, decision 111)."""
    if len(_ascii(words[i])) > 3 or not words[i].isdigit():
        return False
    if i + 1 < len(keys) and (keys[i + 1] in PERCENT_POINTS or _percent_in_words(i + 1, keys) is not None):
        return False
    for h in range(i - 1, max(-1, i - INDEX_NAME_WORDS - 2), -1):
        if keys[h] in INDEX_HEADS:
            return h < i - 1
        if not is_arabic_word(words[h]) or keys[h].startswith("ال") or keys[h] in FUNCTION_AFTER \
                or keys[h] in PREPOSITIONS or unglued(keys[h]) in PREPOSITIONS:
            return False
    return False


def _counted_after_and(i: int, words: list[str], keys: list[str]) -> bool:
    """«سيكون في داخله رئيس الحكومة و24 وزيراً»: after «و» a figure before an indefinite noun (not a year mark, month
    or article) opens a new count; the identifier head before «و» names only what it heads (§3)."""
    return words[i - 1] == "و" and noun_follows(i, words, keys) and not keys[i + 1].startswith("ال") \
        and keys[i + 1] not in NOT_A_COUNTED_NOUN and keys[i + 1] not in DIRECTIONS


THIS = _keys("هذا", "ذلك")  # «هذا العام»: the year is named already


def _figure_after_this_year(i: int, words: list[str], keys: list[str]) -> bool:
    """«بلغت الوفيات هذا العام 596 رجلا»: after «هذا/ذلك العام» a figure that is no year of the news (Gregorian or
    Hijri) and comes before a noun counts that noun; «this year» needs no year after it (§3 dates)."""
    value = int(_ascii(words[i]))
    return i >= 2 and keys[i - 2] in THIS and not (1900 <= value <= 2100 or HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1]) \
        and noun_follows(i, words, keys) and keys[i + 1] not in NOT_A_COUNTED_NOUN


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
        and nxt not in PLACE_ADVERBS and nxt not in PREPOSITIONS and nxt not in CLAUSE_OPENERS \
        and prev not in YEAR_BEFORE and prev not in MONTH_KEYS and not (i >= 2 and keys[i - 2] in MONTH_KEYS) \
        and is_arabic_word(nxt) and nxt[:1] not in PROCLITIC_KEYS and not nxt.startswith("ال") \
        and not nxt.endswith("ت")


def _lower_bound_of_counts(i: int, words: list[str], keys: list[str]) -> bool:
    """«ما بين 2000 و3000 ميغاواط», «من 2000 إلى 5000 زائر»: a year-shaped figure after «بين/من» whose upper bound is
    a larger figure no year could be counts what that bound counts (§3 ranges), unlike «بين 2009 و2010»."""
    if not (i and keys[i - 1] in RANGE_OPENERS and i + 2 < len(words) and keys[i + 1] in DAY_JOINS):
        return False
    upper = parse_digits(words[i + 2]) if words[i + 2][:1].isdigit() else None
    return upper is not None and upper > int(_ascii(words[i])) and not _is_year(_ascii(words[i + 2]))


def _count_after_and_or_bracket(i: int, words: list[str], keys: list[str]) -> bool:
    """«ضبط 4 شكاير لمواد المتفجرات و2000 طلقة», «ضمن (2000) فعالية»: a year-shaped figure after «و» that follows a
    word (not another year: «عامي 2009 و2010 مذكرات»), or alone in brackets, counts the bare indefinite noun after
    it; a year takes no such noun («(1904) وهي», «(2059 بتوقيت»)."""
    if i >= 2 and words[i - 1] == "و" and is_arabic_word(words[i - 2]) and keys[i - 2] not in MONTH_KEYS \
            and unglued(keys[i - 2]) not in YEAR_BEFORE and keys[i - 2] not in YEAR_QUALIFIER_KEYS:
        n = i + 1
    elif i >= 1 and words[i - 1] == "(" and i + 1 < len(words) and words[i + 1] == ")":
        n = i + 2
    else:
        return False
    if n >= len(words) or not is_arabic_word(words[n]):
        return False
    nxt = keys[n]
    return nxt not in FUNCTION_AFTER and nxt not in PREPOSITIONS and nxt not in NOT_A_COUNTED_NOUN \
        and nxt not in PLACE_ADVERBS and nxt not in DIRECTIONS and nxt not in CLAUSE_OPENERS \
        and not nxt.startswith(("و", "ال", "لل", "بال")) \
        and not nxt.endswith("ت") and multiplier(words[n]) is None


# adverbs of place a year is followed by, never a counted noun («نهائي مونديال البرازيل 2014 أمام المنتخب»)
PLACE_ADVERBS = _keys("أمام", "خلف", "عند", "ضد", "بين", "وسط")
# conjunctions that open a clause after a year, never a counted noun («ما حدث أواخر 1985 عندما هوت الأسعار», «يرى
# الباحثان (2010) أن الإعلان …»)
CLAUSE_OPENERS = THAT_CLAUSE | _keys("عندما", "حين", "حينما", "بينما", "حيث", "إذ", "لما", "كما")
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
    if nxt in MONTH_KEYS or (i and keys[i - 1] in MONTH_KEYS and not is_currency(nxt) and not (
            31 < value < 1000 and value == int(value) and noun_follows(i, words, keys))):
        return True  # (but «عقود سبتمبر 49 سنتا»: money after the month's name; «في يونيو 106 غارات»: no day)
    if nxt == "من" and i + 2 < len(keys) and (keys[i + 2] in MONTH_KEYS or (
            keys[i + 2] in ("شهر", "الشهر") and i + 3 < len(keys) and keys[i + 3] in MONTH_KEYS)):
        return True  # «الـ 26 من تموز», «حتى 16 من شهر رمضان»
    if nxt == CURRENT and value == int(value) and 1 <= value <= 31:
        return True  # «في 12 الجاري»: a day of the current month, no noun counted
    if nxt == "من" and i + 3 < len(keys) and keys[i + 2] in ("ذو", "ذي") and keys[i + 3] in HIJRI_MONTHS:
        return True  # «حتى 20 من ذي القعدة»: a day of a two-word Hijri month (GUIDELINES §3: dates are no facts)
    if nxt in HIJRI_MARK or (i and keys[i - 1] == DAY_KEY and nxt == "من"):
        return True  # «1437هـ», «في يوم 20 من الشهر»
    if i and keys[i - 1] in DAY_HEADS and value == int(value) and 1 <= value <= 31 and (
            not noun_follows(i, words, keys) or keys[i + 1] in NIGHT):
        return True  # «في يوم 27 ليلة 28 رمضان», «يومي 14 و17 من نفس الشهر»: a day of the month, not a count
    if nxt == "/" and i + 2 < len(keys) and words[i + 2].isdigit() and HIJRI_YEARS[0] <= int(_ascii(words[i + 2])) \
            <= HIJRI_YEARS[1] and value == int(value) and 1 <= value <= 12:
        return True  # «خلال الفترة من 3 /1436 هـ إلى 8 /1436 هـ»: a month of a Hijri year
    if nxt in ("ذو", "ذي") and i + 2 < len(keys) and keys[i + 2] in HIJRI_MONTHS:
        return True  # «الموافق 8 ذو القعدة»
    if nxt in DAY_JOINS and i + 2 < len(keys) and keys[i + 2][:1].isdigit() and _month_after(i + 2, words, keys):
        return True  # «3-9 يوليو», «في 12 و13 آب», «في 30 أو 31 يوليو», «13 و14 من شهر أغسطس», «من 8 إلى 29/11/1433هـ»
    if i and (keys[i - 1] == "في" or (keys[i - 1] in DAY_JOINS and i >= 2 and words[i - 2][:1].isdigit())) \
            and nxt == "من" and tuple(keys[i + 2:i + 4]) in MONTH_REFERENCES \
            and value == int(value) and 1 <= value <= 31:
        return True  # «في 14 من الشهر الحالي», «في 30 من ذلك الشهر», «في 28 من كل شهر»: a day of that month
    if nxt in CLOCK_AFTER or (nxt == "ت" and i + 2 < len(keys) and keys[i + 2] in GMT_LETTERS):
        return True  # «(1.30 توقيت غرينتش)», «(23,15 تغ)»: a clock time (§7)
    return value == int(value) and HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1] and i > 0 and keys[i - 1] in YEAR_BEFORE


# the joins of a pair or range of days or years («12 و13 آب», «30 أو 31 يوليو», «2 ــ 4/6/1436هـ»: the tatweel keys to "")
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
ITEM_MARKS = (".", ")")  # «1. الهلال», «1) الرياض»; «(1) الرياض» is read as the mark «()»; «2- …» see `_digit_fact`
ITEM_DIGITS = 2  # list items are numbered 1 to 99


def _item_mark(k: int, words: list[str]) -> str | None:
    """How the bare number at k marks a list item, if it does: the mark after it (or the brackets around it),
    then an Arabic word."""
    w = words[k]
    if not (w.isdigit() and len(w) <= ITEM_DIGITS) or k + 2 >= len(words) or not is_arabic_word(words[k + 2]):
        return None
    if k and words[k - 1] == "(" and words[k + 1] == ")":
        return "()"
    return words[k + 1] if words[k + 1] in ITEM_MARKS else None


def list_items(words: list[str]) -> set[int]:
    """«الترتيب: 1. الهلال … 2. النصر … 3. الأهلي»، «(1) الرياض (2) جدة (3) الدمام»: the numbers of a numbered list.
    Numbers marked the same way that rise one by one from 1 in reading order label items and count nothing
    (GUIDELINES §3: list numbering is no fact); one marked number alone («عددهم 45. وقال») and bracketed counts that
    do not start at 1 («(9) مباريات … (10) أندية … (11) ناديا», «(15) مصليا (5) منهم … و(6) … و(4)») stay figures."""
    runs: list[tuple[str, list[int]]] = []  # (mark, word indices), each run rising by one
    values: list[int] = []  # the last value of each run
    for k in range(len(words)):
        if (mark := _item_mark(k, words)) is None:
            continue
        n = int(_ascii(words[k]))
        r = next((r for r in range(len(runs) - 1, -1, -1) if runs[r][0] == mark and values[r] == n - 1), None)
        if r is None:
            runs.append((mark, [k]))
            values.append(n)
        else:
            runs[r][1].append(k)
            values[r] = n
    return {k for (_, at), last in zip(runs, values) if len(at) >= 2 and last == len(at) for k in at}


def scores_between_names(words: list[str], spans: list[Span], keys: list[str],
                         name_at: dict[int, tuple[int, str]]) -> set[int]:
    """«الرائد 1 - 0 الفيصلي، نجران 2-2 هجر»: two goal tallies over a dash between the names of the two sides are a
    result, no fact, with no word of winning or losing around them (GUIDELINES §3 and decision 283: a score written
    «X-Y» is no fact; `_score` and `_result` read the verbs and endings that make one elsewhere). `name_at` maps a
    name's start to its end and label, as `find_facts` builds it."""
    starts, ends = name_at.keys(), {end for end, _ in name_at.values()}
    out: set[int] = set()
    for k in range(1, len(words) - 3):
        if words[k + 1] in DATE_DASHES and all(_tally(j, words, keys) for j in (k, k + 2)) \
                and spans[k - 1][1] in ends and spans[k + 3][0] in starts:
            out.update((k, k + 2))
    return out


def _tally(k: int, words: list[str], keys: list[str]) -> bool:
    """Goals one side scored: digits up to SCORE_MAX or «صفر»."""
    return keys[k] == ZERO or (words[k].isdigit() and int(_ascii(words[k])) <= SCORE_MAX)


CENTURY = _keys("القرن", "قرن")
CENTURY_WORDS = 3  # «القرن الواحد والعشرين», «القرن الحادى عشر»


def _century_ordinals(words: list[str], keys: list[str]) -> set[int]:
    """The words of a century's ordinal: «في القرن 17», «القرن الحادى عشر», «القرن الواحد والعشرين» name a time,
    like a year or a date, and count nothing (GUIDELINES §3, decision 14: labelling ordinals are not facts)."""
    out: set[int] = set()
    for k in range(len(keys) - 1):
        if article_key(k, keys) not in CENTURY:
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
        if is_punct(words[k]) and words[k] not in OPENING_QUOTES and words[k] != ":":
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
                or sum(not is_punct(x) for x in body) > NAME_QUOTE_WORDS or _after_saying(start, words)
            emphasis = [x for x in body if not is_punct(x) or x in PERCENT]
            named = bool(start) and word_key(words[start - 1]) in NAME_HEADS  # «حملة "30 يوما من النظافة"»
            # «أكثر "من ألف محاولة"»: a phrase, no name
            phrase = bool(emphasis) and word_key(emphasis[0]) in PREPOSITIONS and not named
            counted = _counts_inside(body) and not named
            if not speech and not phrase and not counted and not (emphasis and emphasis[0][:1].isdigit() and (
                    len(emphasis) <= 2 or (len(emphasis) == 3 and multiplier(emphasis[1]) and is_currency(
                        word_key(emphasis[2]))))):
                inside.update(range(start + 1, k))  # (a figure alone in quotes, «يوفر "600" وظيفة», «"86 مليون
                # دولار"», is emphasis)
        elif w in OPENING_QUOTES:
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
    if i + 1 < len(words) and ((keys[i + 1] in ONE_OF and not is_time_unit(keys[i - 1])
                                and keys[i - 1] not in DISTANCE_FROM and not _from_before(i + 1, keys))
                               or (keys[i] == "واحد" and keys[i + 1].startswith("ال"))):
        return False  # («وأحد المتهمين» written «واحد المتهمين»: one of; but «بعد يوم واحد من …» is a day)
    if (i >= 2 and keys[i - 1] == "رجل" and keys[i - 2] in AS_ONE_MAN) or (i + 1 < len(keys) and keys[i + 1] == ONE_GOD):
        return False  # «وقفة رجل واحد», «بإذن واحد أحد»: idioms (decisions 14, 130)
    window = range(max(0, i - NEGATION_WINDOW), i)
    if any(keys[m] in NEGATED_ONE or (keys[m] == "لا" and m and keys[m - 1] == "و") or _plain_negation(m, keys)
           for m in window) and not any(keys[m] in ONLY for m in window):
        return False  # «ولا مركز شباب واحد», «ليست مجرد عملية واحدة», «ولو لمرة واحدة»: «not even one», emphatic
    if i >= 2 and keys[i - 2] == "في" and is_time_unit(keys[i - 1]):
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


WHAT = word_key("ما")


def _first_of_kind(i: int, words: list[str], keys: list[str]) -> bool:
    """«كانت أول بلدية»: «أول» heading an indefinite noun after a copula is rank 1; «هي أول ما يبحث عنه الناس» (the
    first thing that …) places nothing among others (decision 389: a generic order of priority)."""
    k = i + 1 + (i + 1 < len(words) and words[i + 1] in OPENING)  # («هي أول «دولة جهادية» حصلت»)
    nxt = keys[k] if k < len(words) else ""
    return i > 0 and keys[i - 1] in COPULAS and is_arabic_word(nxt) and not nxt.startswith("ال") and nxt not in ONE_OF \
        and nxt != WHAT


def _first_who(i: int, words: list[str], keys: list[str]) -> bool:
    """«كانت الصحيفة أول من كشف القرار»: «أول من» + a verb, the first to do something, is rank 1 (decision 79); not
    «أول من أمس» (the day before yesterday) nor «أول من يناير», nor «أول من» + an imperfect «يـ» verb, which says
    who would or should be first («أن يكونوا أول من يتصدى للتحديات»), a generic order (decision 389)."""
    return i + 2 < len(words) and keys[i + 1] == "من" and is_arabic_word(words[i + 2]) \
        and not keys[i + 2].startswith(("ال", "ي")) and keys[i + 2] not in MONTH_KEYS \
        and keys[i + 2] not in ("امس", "أمس")


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


# the place or field an ordinal ranks its noun in: «دولة الإرهاب الأولى في العالم», «الميناء الأول في البلاد»
RANK_SCOPE_PLACES = _keys("العالم", "البلاد", "المملكة", "المنطقة", "منطقة", "الخليج", "الوطن", "آسيا", "أوروبا")
SCOPE_OPENERS = ((word_key("في"),), (word_key("على"), word_key("مستوى")))


def _first_in_scope(i: int, keys: list[str]) -> bool:
    """«الميناء الأول في البلاد», «اللعبة الشعبية الأولى في المملكة», «المبادرة … الأولى على مستوى المملكة»: «the
    first X in the world/country/region» places one thing first among others there, a rank 1 (decisions 79, 132:
    «المعرض التاريخي المرئي الأول في منطقة عسير»); «الجولة الأولى في الدوري» (no place) stays a label."""
    for opener in SCOPE_OPENERS:
        k = i + 1 + len(opener)
        if k < len(keys) and tuple(keys[i + 1:k]) == opener and keys[k] in RANK_SCOPE_PLACES:
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
    «أول عملية عبور» (a label in a series) is not; «أول ما/من» is no noun (`_first_who`)."""
    return i + 2 < len(keys) and is_arabic_word(words[i + 1]) and not keys[i + 1].startswith("ال") \
        and keys[i + 1] not in FUNCTION_AFTER and keys[i + 1] not in ("مرة", "وهلة", WHAT, "من") \
        and keys[i + 2][:1] in ("ي", "ت") and len(keys[i + 2]) >= 4 \
        and is_arabic_word(words[i + 2]) and not keys[i + 2].endswith(("ة", "ات"))


def _noun_or_two(i: int, words: list[str], keys: list[str]) -> bool:
    """«مرشح أو اثنين», «قتيل أو اثنتين»: «two» offered after «أو» as the alternative to a singular noun is the vague
    «one or two», no figure (decision 130), like the dual of `_one_or_two`; not after a figure («ثلاثة أو اثنين»)."""
    return keys[i] in TWO_WORDS and i >= 2 and keys[i - 1] in OR_WORDS and is_arabic_word(words[i - 2]) \
        and keys[i - 2] not in FUNCTION_AFTER and (parse_words([keys[i - 2]]) is None or keys[i - 2] in ONE_AFTER_NOUN)


TWO_WORDS_DEFINITE = frozenset("ال" + k for k in TWO_WORDS)
TWO_NOMINATIVE = word_key("الاثنان")  # «واتفق الاثنان»: «the two», never the weekday («الاثنين»)
NOBODY_VERBS = _keys("يختلف", "يشك", "ينتطح", "يتناطح", "يجادل")  # «لا يختلف اثنان»: nobody
HALF_TIME_UNITS = TIME_UNITS | TIME_STEMS  # «ساعة ونصف», «عقد ونصف»: a time unit with a half (`_word_fact`)


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
# «على أساس ربع سنوي», «الأرباح ربع السنوية», «الدور نصف النهائي», «الدور (نصف الحكومي)»: a fraction before a nisba
# adjective makes one compound adjective (quarterly, semi-final, semi-governmental), a fraction of nothing
FRACTION_ADJECTIVES = frozenset(form for stem in ("سنوي", "نهائي", "حكومي", "رسمي", "شهري")
                                for form in _keys(stem, stem + "ة", "ال" + stem, "ال" + stem + "ة"))


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
            and nxt not in NAMED_FRACTION_NOUNS and nxt not in FRACTION_ADJECTIVES:
        if m := multiplier(words[i + 1]):
            return Fact(spans[i][0], spans[i + 1][1], "count", FRACTIONS[key] * m, i, i + 1)  # «نصف مليار»
        return Fact(spans[i][0], spans[i][1], "count", FRACTIONS[key], i, i)
    if key in MULTIPLES or (key in MULTIPLE_BARE and (
            prev in MULTIPLE_BEFORE or (prev == "من" and i >= 2 and keys[i - 2] in MORE_LESS))):  # «أكثر من الضعف»
        return Fact(spans[i][0], spans[i][1], "ratio", MULTIPLES.get(key) or MULTIPLE_BARE[key], i, i)
    if key.removeprefix("ال") in HALF_TIME_UNITS and (h := _half_after(i + 1, keys)) and prev != "الساعة" \
            and not (i + h + 1 < len(words) and multiplier(words[i + h + 1])):  # «عقد ونصف» (not «… ونصف مليون»)
        # («الساعة الثانية والنصف»: half past two, a clock time, not a second and a half)
        return _one_and_a_half(i, h, spans, keys, "duration")
    if key in ONE_MEASURE and (h := _half_after(i + 1, keys)):  # «متر ونصف المتر», «طن ونصف»: 1.5 of the unit
        return _one_and_a_half(i, h, spans, keys, "count")
    if key[:1] == "و" and key[1:] in FRACTIONS and prev not in ("و",) and i + 1 < len(words) \
            and (m := multiplier(words[i + 1])) and not keys[i + 1].startswith("ال"):
        return Fact(spans[i][0] + 1, spans[i + 1][1], "count", FRACTIONS[key[1:]] * m, i, i + 1)  # «ونصف مليون»
    if key.startswith("ال") and (key not in WEEKDAYS or nxt in TEENS) and may_start_number(key[2:]):  # («الأحد عشر»: 11)
        bare = [key[2:]] + [k if multiplier(k.removeprefix("و")) else k[:1] + k[3:] if k.startswith("وال") else k.removeprefix("ال")
                            for k in keys[i + 1:i + MAX_NUMBER_WORDS]]  # («السبعين الف»: «الف» is «ألف», no article)
        p = parse_words(bare)
        after = keys[i + p[1]] if p and i + p[1] < len(keys) else ""
        after_noun = i and (keys[i - 1].startswith("ال") or _numbered_idiom(keys[i - 1], key))  # «جهاتها الأربع ولو»
        single_ok = not after_noun and (after.removeprefix("ال") in TIME_UNITS or (
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
    return i > 0 and keys[i - 1] == "في" and (not nxt or is_punct(words[i + 1]) or nxt in ("هو", "هي"))


MULTIPLE_BEFORE = _keys("إلى", "الى", "ل", "ب", "بلغ", "وصل", "يبلغ", "يعادل", "تبلغ", "بمقدار", "مقدار") | ABOUT
# «الذكرى السبعين», «القرن العشرين»: a number word after these is an ordinal label
ORDINAL_HEADS = _keys("الذكرى", "الدورة", "النسخة", "المرة", "الطبعة", "العيد", "المؤتمر", "الجولة", "القرن")
# a set phrase that names a whole, counting nothing (decision 14: «الجهات الأربع» is an idiom, no fact)
NUMBERED_IDIOMS = {(word_key(a), word_key(b)) for a, b in (
    ("الجهات", "الأربع"), ("الضروريات", "الخمس"), ("الضرورات", "الخمس"), ("الأخوات", "السبع"))}
# each idiom's number word → its head without the article, for a head with a possessive or preposition on it
IDIOM_BARE_HEADS: dict[str, tuple[str, ...]] = {
    b: tuple(a.removeprefix("ال") for a, b2 in NUMBERED_IDIOMS if b2 == b) for _, b in NUMBERED_IDIOMS}


def _numbered_idiom(head: str, key: str) -> bool:
    """«الجهات الأربع», and with a possessive or a preposition on the head: «من جهاتها الأربع», «بجهاته الأربع»."""
    return (head, key) in NUMBERED_IDIOMS or (
        not head.startswith("ال") and any(a in head for a in IDIOM_BARE_HEADS.get(key, ())))


WHOLE = 100.0  # «100 في المائة», «مائة في المائة»


def _adjective(word: str, key: str) -> bool:
    """A word shaped like an adjective an intensifier qualifies: an active participle or «فعيل» adjective, with or
    without «ة» («آمنة», «سليم», «كامل»). Relative adjectives in «-ي/-ية» are left out: the gold is split on them
    («بكوادر وطنية 100 %» a percent, «السودانية 100%» none)."""
    bare = key.removeprefix("ال")
    if bare[:1] in ("ت", "ي") or bare.endswith(("ي", "ية", "ت")):  # (a verb: «قامت 100% من الأسر»)
        return False
    stem = bare.removesuffix("ة")
    if word.removeprefix("ال").startswith("آ"):
        stem = "ا" + stem  # «آمنة»: the «آ» of «فاعل» stands for two letters
    return len(stem) == 4 and (stem[1] == "ا" or stem[2] == "ي")


def _intensifier(fact: Fact, words: list[str], keys: list[str]) -> bool:
    """«آمنة مائة في المائة», «سليم 100 في المائة»: a whole percent right after an adjective says
    «completely» and measures nothing (decision 187); after «بنسبة/بلغت» or a noun it stays a percent."""
    i = fact.first
    return fact.type == "percent" and fact.value == WHOLE and i > 0 and is_arabic_word(words[i - 1]) \
        and _adjective(words[i - 1], keys[i - 1])


DENOMINATION = _keys("فئة", "فئه")  # «ورقة نقدية من فئة الألف ليرة»
STARS = _keys("نجوم", "نجمة", "نجمات")
ROUND_HEADS = _keys("دور", "لدور", "بدور")
STAR_RATED = _keys("فندق", "فنادق", "الفندق", "الفنادق", "مستوى", "بمستوى", "تصنيف", "بتصنيف", "درجة", "بدرجة")


def _class_label(fact: Fact, keys: list[str]) -> bool:
    """«من فئة الألف ليرة», «من فئة خمسة جنيهات»: the denomination of a banknote; «دور الثمانية»: a cup round;
    «فندق خمس نجوم», «بمستوى أربع نجوم»: the class of a hotel. All name a kind of thing, as a model number does, and
    count nothing (§3 names, decision 14 labels)."""
    i = fact.first
    if fact.type != "count" or i == 0:
        return False
    if keys[i - 1] in DENOMINATION or (keys[i - 1] in ROUND_HEADS and keys[i].startswith("ال")):
        return True  # («دور الأربعة»، «دور الثمانية»: a knockout round named by its number of teams)
    return fact.last + 1 < len(keys) and keys[fact.last + 1] in STARS and keys[i - 1] in STAR_RATED


NINE = word_key("تسع")


def _verb_nine(fact: Fact, keys: list[str]) -> bool:
    """«لم تسع المملكة لحرب», «المواقف تسع للمئات»: «تسع» is also the verb «to seek / to hold»; after a plain
    negator (which takes a verb) or before «لل…» (split «ل» + «لمئات» too) it is the verb, no nine."""
    i = fact.first
    after = keys[i + 1] if i + 1 < len(keys) else ""
    return fact.first == fact.last and keys[i] == NINE and (
        (i > 0 and keys[i - 1] in PLAIN_NEGATORS) or after.startswith("لل") or after == "ل")


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
    name_at = {e["start"]: (e["end"], e["label"]) for e in entities or () if e["label"] in NAME_LABELS}
    named = quoted_names(words) | _slash_dates(words) | _century_ordinals(words, keys) | list_items(words) \
        | scores_between_names(words, spans, keys, name_at)  # word indices that are no fact
    facts: list[Fact] = []
    i = 0
    while i < len(words):
        w, key = words[i], keys[i]
        fact = None
        paired = None  # the glue of a construct dual before two names (duals.named_pair_head)
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
        elif key.endswith("ا") and _placed(i, words, keys) and (o := parse_ordinal([key[:-1]])) and o[0] >= 2:
            fact = Fact(spans[i][0], spans[i][1], "rank", float(o[0]), i, i)  # «حل تاسعا»: a placing (decision 79)
        elif not key.startswith("ال") and (o := parse_ordinal(words[i:i + 1])) and o[0] >= 2 and i + 1 < len(keys) \
                and ((SUPERLATIVE.match(keys[i + 1]) and keys[i + 1] not in FUNCTION_AFTER)
                     or _ranked_among(i, words, keys)):
            fact = Fact(spans[i][0], spans[i][1], "rank", float(o[0]), i, i)  # «ثاني أكبر المدن»: rank 2
        elif key in FIRST_DEFINITE and (_first_since(i, words, keys) or _first_in_scope(i, keys)):
            fact = Fact(spans[i][0], spans[i][1], "rank", 1.0, i, i)  # «هي الأولى منذ …» (decision 213)
        elif key in MULTIPLE_WORD and _multiple_of(i, words, keys):
            fact = Fact(spans[i][0] + (len(key) > 3), spans[i][1], "ratio", 2.0, i, i)  # «وهو ضعف ما كانت عليه»
        elif (fact := _ordinal_age(i, words, spans, keys)) is not None or (fact := _age_ordinal(i, words, spans, keys)):
            pass
        elif key in ("شهري", "شهرا") and i + 1 < len(keys) and keys[i + 1] in MONTH_KEYS:
            pass  # «خلال شهري رجب وشعبان الماضيين»: a named pair of months is part of the date, no fact (dec. 186)
        elif is_time_unit(key) and not key.startswith("ال") and i and keys[i - 1] == "من" and i + 2 < len(keys) \
                and keys[i + 1] in ("إلى", "الى", "حتى") and (words[i + 2][:1].isdigit() or parse_words(words[i + 2:i + 3])):
            fact = Fact(spans[i][0], spans[i][1], "duration", 1.0, i, i)  # «من ساعة إلى ثلاث ساعات»: one hour
        elif i >= 3 and keys[i - 1] == "و" and parse_words(words[i:i + 1]) and any(
                keys[h] == "الساعة" and (o := parse_ordinal(words[h + 1:i - 1])) and h + 1 + o[1] == i - 1
                for h in (i - 3, i - 4)):
            pass  # «الساعة العاشرة وعشرين دقيقة»: a clock time
        elif _zero(i, words, keys):
            fact = Fact(spans[i][0], spans[i][1], "count", 0.0, i, i)  # «إلى صفر», «خسائرها صفر.»
            if _zero_predicate(i, words, keys):
                fact.head = i - 1
        elif (fact := _word_fact(i, words, spans, keys)) is not None:
            pass
        elif (fact := _one_out_of(i, words, spans, keys)) is not None:
            pass
        elif not_a_dual(i, words, keys, counts):
            pass  # a name, an idiom or a verbal noun shaped like a dual (decisions 33, 186, 290)
        elif (dual_key := article_key(i, keys)) in duals or looks_dual(i, words, keys, counts) \
                or (paired := named_pair_head(i, words, spans, keys, counts, name_at)) is not None:
            if paired is None and keys[i].endswith("ي"):  # (a construct dual before two names is listed: dec. 179)
                paired = named_pair_head(i, words, spans, keys, counts, name_at)
            if counts_two(i, words, keys, counts, facts, dual_key in duals or paired is not None):
                kind = duals.get(dual_key) or dual_type(key)
                glue = paired if paired is not None else dual_glue(w, key, dual_key, counts)
                fact = Fact(spans[i][0] + glue, spans[i][1], kind, 2.0, i, i)
        elif i and key.startswith("ال") and (head := definite_head(i - 1, keys) or (
                    keys[i - 1] if has_possessive(i - 1, words, keys) else "")) and head != "اليوم" and \
                (key not in WEEKDAYS or _two_after_dual(i, keys)) and head not in ORDINAL_HEADS and \
                not _numbered_idiom(head, key) and \
                key[2:] not in CONSTRUCT_TWO and (p := parse_words([key[2:]])) is not None and p[0] >= 2:  # («اليوم الاثنين» is Monday)
            fact = Fact(spans[i][0], spans[i][1], "count", p[0], i, i)  # «المعايير الثلاثة»
        elif may_start_number(key) and (p := parse_words(words[i:i + MAX_NUMBER_WORDS])) is not None \
                and not (multiplier(w) and i and words[i - 1][:1].isdigit()):
            value, used = p  # (a multiplier after digits that are no fact is no fact either)
            if _noun_or_two(i, words, keys):
                pass  # «مرشح أو اثنين»: a vague «one or two», no figure (decision 130)
            elif _rate_base(i, i + used - 1, keys):
                pass  # «من بين كل ثلاثة أشخاص»: a rate base in words (GUIDELINES §3)
            elif not (used == 1 and key in STANDALONE_ONE) or _one_counts(i, words, keys):
                fact = Fact(spans[i][0], spans[i + used - 1][1], "count", value, i, i + used - 1)
                if used == 1 and key in DUAL_MULTIPLIERS and _counted_noun_after(i, words, keys):
                    fact.value *= 2  # «مليارا يورو», «ألفا رجل»: the construct dual of a multiplier before its noun
        elif key[:1] in GLUED_BEFORE_NUMBER and is_arabic_word(w) and may_start_number(key[1:]) \
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
            if not _inside_name(fact, names) and not _intensifier(fact, words, keys) \
                    and not _class_label(fact, keys) and not _verb_nine(fact, keys):
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
    if "ال" not in w:
        return None  # (the cheap test first: the ordinal needs its article)
    at = next((a for a in range(len(w) - 1) if w.startswith("ال", a) and parse_ordinal([w[a:]]) is not None), -1)
    if at < 0 or (o := parse_ordinal([w[at:]])) is None or o[0] >= 10 or i + 1 >= len(keys):
        return None
    k = i + 2 if keys[i + 1] == "و" else i + 1
    tens = keys[k].removeprefix("و") if k < len(keys) else ""
    if (k == i + 1 and not keys[k].startswith("و")) or not tens.startswith("ال") or tens[2:] not in TENS_KEYS:
        return None
    after = keys[k + 1] if k + 1 < len(keys) else ""
    if not (is_time_unit(after) or (after == "من" and k + 2 < len(keys) and unglued(keys[k + 2]).startswith(AGE_WORDS))
            or (i and keys[i - 1] == AGE_NOUN)):  # «في سن التاسعة والأربعين»: «سن» names the age before it
        return None
    value = o[0] + parse_words([tens[2:]])[0]
    return Fact(spans[i][0] + at, spans[k][1], "duration", value, i, k, age=not is_time_unit(after))


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
    restored = article_key(k, keys)  # («ل» + «لأطراف»: the article's «ل» after the split preposition)
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


def _unit_and_half(fact: Fact, words: list[str], spans: list[Span], keys: list[str]) -> None:
    """«أربع سنوات ونصف السنة» (4.5), «سنتين ونصف» (2.5): a half after the time unit joins the duration."""
    k = fact.last + 1
    if not (fact.first == fact.last and fact.type == "duration" and not words[fact.first][:1].isdigit()
            and _half_after(k, keys)):  # (a dual of a time unit: «سنتين ونصف»)
        if not (k < len(keys) and is_time_unit(keys[k]) and _half_after(k + 1, keys)):
            return
        k += 1
    h = _half_after(k, keys)
    last = k + h - 1
    if last + 1 < len(keys) and multiplier(words[last + 1]):
        return  # «عشر سنوات ونصف مليون درهم»: the half counts the next scale, not the years
    if last + 1 < len(keys) and is_time_unit(keys[last + 1]) and keys[last + 1].startswith("ال"):
        last += 1  # «ونصف السنة»
    fact.value += 0.5
    fact.type, fact.end, fact.last = "duration", spans[last][1], last


DUAL_MULTIPLIERS = _keys("مليارا", "بليونا", "مليونا", "ألفا", "تريليونا", "ترليونا")


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
    after = j + 1 < len(keys) and (keys[j + 1] in TIME_UNITS or (keys[i].startswith("ال") and is_time_unit(keys[j + 1])))
    before = i > 0 and is_time_unit(keys[i - 1]) and (keys[i].startswith("ال") or keys[i] in ONE_AFTER_NOUN)
    before = before or (i > 0 and keys[i].startswith("ال") and is_time_unit(definite_head(i - 1, keys)))  # «للأعوام الخمسة»
    before = before or (fact.head >= 0 and is_time_unit(keys[fact.head]))  # «في الساعات الـ24 الأخيرة»
    return after or before
