"""Link each numeric fact to its context: qualifier, change, baseline, period and subject.

Rules over the tokenizer's words, following the conventions of GUIDELINES.md §3:
qualifier words before the number, a change only for the number that is the change
(«بنسبة»، «بزيادة»، «بمقدار» with a direction word in its clause), the baseline year
after «مقارنة ب…», the period from «في/خلال/طوال/على مدار عام YYYY» in the same sentence,
and the subject from the noun phrase the number counts or the metric it measures.

A sentence longer than `MAX_SENTENCE_WORDS` words (a text without sentence punctuation) is
read in pieces of that many words, so the work per fact stays bounded and a 20 MB line is
linear, not quadratic; no sentence of ordinary news is that long (the longest among 20,000
SaudiNewsNet articles has 790 words), so their output does not depend on it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.numbers.detect import (DENOMINATOR_HEADS, PASSIVE_AUXILIARIES, PERCENT_WORDS, RANK_SCOPES, RANK_WORDS,
                                     RELATIVES, SUPERLATIVE, YEAR_QUALIFIER_KEYS, definite_head, find_years,
                                     has_possessive, is_currency)
from pipeline.numbers.parse import multiplier, parse_words, word_key
from pipeline.numbers.words import TIME_UNITS as TIME_UNIT_KEYS
from pipeline.numbers.words import (CLOSING, COPULAS, FUNCTION_AFTER, MONTH_KEYS, MORE_LESS, PREPOSITIONS, TWO_WORDS, Fact,
                                    is_time_unit, unglued)
from pipeline.text.chars import lookup_key
from pipeline.text.lexicon import (ASIDE_ADVERBS, COMMAS, FUTURE, METRIC_VERBS, OPENING_QUOTES, PROCLITIC_TOKENS, QUOTES,
                                   THAT_CLAUSE, YEAR_NOUNS, keys)
from pipeline.text.sentences import MAX_SENTENCE_WORDS

QUALIFIERS = [  # (phrase as lookup keys, qualifier); longest first
    (("ما", "لا", "يقل", "عن"), "gte"), (("ما", "لا", "يزيد", "عن"), "lte"), (("ما", "لا", "يزيد", "على"), "lte"),
    (("ما", "لا", "تقل", "عن"), "gte"), (("ما", "لا", "تزيد", "عن"), "lte"), (("لا", "تقل", "عن"), "gte"),
    (("لا", "تزيد", "عن"), "lte"), (("لا", "يقل", "عن"), "gte"), (("لا", "يزيد", "عن"), "lte"), (("ما", "يقرب", "من"), "approx"),
    (("ما", "يقارب"), "approx"), (("ما", "يزيد", "عن"), "gt"), (("ما", "يزيد", "على"), "gt"),
    (("اكثر", "من"), "gt"), (("ازيد", "من"), "gt"), (("اقل", "من"), "lt"), (("يقرب", "من"), "approx"),
    (("حوالي",), "approx"), (("نحو",), "approx"), (("قرابة",), "approx"), (("زهاء",), "approx"),
    (("حوالى",), "approx"), (("يقارب",), "approx"),
    # real news (GUIDELINES §3 «تجاوز» → gt, §7): bounds written as verbs, glued «مالايقل»
    (("مالايقل", "عن"), "gte"), (("مالا", "يقل", "عن"), "gte"),
    (("لا", "يتجاوز"), "lte"), (("لا", "تتجاوز"), "lte"), (("لا", "يتخطى"), "lte"), (("لا", "تتخطى"), "lte"),
    (("لا", "تزيد", "على"), "lte"), (("لا", "يزيد", "على"), "lte"), (("لا", "تزيد"), "lte"), (("لا", "يزيد"), "lte"),
    (("قد", "تصل", "الى"), "lte"), (("قد", "يصل", "الى"), "lte"), (("ما", "يصل", "الى"), "lte"),
    (("يتجاوز",), "gt"), (("تتجاوز",), "gt"), (("تجاوز",), "gt"), (("تجاوزت",), "gt"), (("يتخطى",), "gt"),
    (("تتخطى",), "gt"), (("يفوق",), "gt"), (("تفوق",), "gt"), (("ما", "يفوق"), "gt"),
    (("تقارب",), "approx"), (("تناهز",), "approx"), (("يناهز",), "approx"), (("ما", "يناهز"), "approx"),
    (("ناهز",), "approx"),
    (("لا", "تتعدى"), "lte"), (("لا", "يتعدى"), "lte"), (("لم", "تتعد"), "lte"), (("لم", "يتعد"), "lte"),  # (dec. 93)
    (("بحدود",), "approx"), (("حدود",), "approx"), (("تقريبا",), "approx"), (("بحوالي",), "approx"),
    (("بنحو",), "approx"), (("لم", "يتجاوز"), "lte"), (("لم", "تتجاوز"), "lte"), (("لم", "يزد"), "lte"),
    (("تزيد", "على"), "gt"), (("يزيد", "على"), "gt"), (("تزيد", "عن"), "gt"), (("يزيد", "عن"), "gt"),
    (("فوق",), "gt"), (("فوق", "سن"), "gt"),  # «للأطفال فوق 12 عاما», «الرجال فوق سن 50»: above, like «أكثر من»
]
QUALIFIERS.sort(key=lambda pq: -len(pq[0]))  # the longest phrase decides («لا يزيد على» before «يزيد على»)
AT_LEAST_AFTER = ("على", "الاقل")  # «خمسة قتلى على الأقل»: after the number or its noun
APPROX_AFTER = {"تقريبا"}
OR_MORE_AFTER = {"فاكثر", "فمافوق"}  # «15 متراً فأكثر» (the tokenizer may part «ف» from «أكثر»)
# ranges and alternatives: two facts, the lower gte, the upper lte, one subject (GUIDELINES §7)
RANGE_JOINS = {"و", "-", "–", "الى", "إلى", "حتى", "او", "أو", "وحتى", "والى", "وإلى"}  # («من 18 وحتى 48 سنة», dec. 77)
SHIFT_VERBS = ("خفض", "رفع", "ارتفع", "انخفض", "تراجع", "زاد", "قلص", "نقل", "تحول")  # «خفض من 10 إلى 3»: a change
CHANGE_MARKERS = {"بنسبة", "بنسبه", "بمقدار", "قدرها", "مقدارها", "بـ", "ب", "نسبتها"}
INCREASE = ("ارتفع", "ارتفاع", "زياد", "بزياد", "زاد", "ازداد", "يزيد", "نمو", "تضاعف", "رفع", "بارتفاع", "تزايد",
            "ترتفع", "يرتفع", "تزداد", "يزداد", "نما", "نمت", "ينمو", "تنمو")  # «نما الناتج بمعدل 4%»
DECREASE = ("انخفض", "انخفاض", "بانخفاض", "خفض", "تراجع", "بتراجع", "تقلص", "نقص", "قل", "تناقص", "هبط",
            "تنخفض", "ينخفض", "تتراجع", "يتراجع")
# words that open a clause after its subject noun («الحجم الذي بلغ», «النسبة قد تصل», «ما يقرب»): the relative pronouns
# (detect.RELATIVES, one list) and the particles «قد/ما»
CLAUSE_WORDS = RELATIVES | {"قد", "ما"}
PARTICLES = FUNCTION_AFTER | PREPOSITIONS | CLAUSE_WORDS | {"ال"}  # words that are never a counted noun
NP_BEFORE_STOP = {"لكن", "ولكن", "بينها", "بينهم", "مع", "بعد", "ان", "أن", "إن", "..", "و",
                  "فيما", "بينما", "كما", "حيث", "اذ", "مقابل"}  # «فيما الحالات السلبية بلغت 36013»
PERIOD_MARKERS = {"في", "خلال", "طوال", "مدار"}
YEAR_WORDS = YEAR_NOUNS | keys("سنة")  # «في العام 2014»، «سنة 2014»: the noun before a baseline year
CLAUSE_END = {".", "؛", "!", "؟", "\n", ";"}
COMPARED_WINDOW = 6
COMPARED_NEAR = 10
PERIOD_RIGHT_AFTER = 6  # «بنسبة 9.8 في المائة في العام 2013»: the year right after a figure is its own
TARGET_WORDS = ("السعي", "سعي", "تسعى", "يسعى", "نسعى", "هدف", "يهدف", "تهدف", "بحلول", "حلول")  # a target's year is no period (§3)
EVENT_CLAUSE = {"الذي", "التي", "الذين", "،", ","}  # «… في الهجوم الذي …، التي تم تقسيمها في 1947»: another event's date
BASELINE_WINDOW = 8  # «مقارنة بالفترة نفسها من عام 2014»: the year within 8 words of «مقارنة»
PREDICATE_VERBS = ("البالغ", "بلغ", "يبلغ", "تبلغ", "وصل", "يصل", "تصل", "تجاوز", "يتجاوز", "تتجاوز", "تخطى", "يتخطى", "ناهز")
TO_WORDS = {"الى", "إلى"}
REACH_NOUNS = {"بلوغ"}  # «أعلنت بلوغ عدد المصابين (50) حالة»: the verbal noun of «بلغ», its metric after it (§3)
ARRIVE_VERBS = ("وصل", "يصل", "تصل")  # «وصل/يصل/تصل إلى N»: reaching verbs whose predicate follows «إلى»
REACH_VERBS = ("بلغ", "يبلغ", "تبلغ", "وصل", "يصل", "تصل", "البالغ")  # intransitive: the figure is their predicate
METRIC_NOUNS = ("عدد", "اجمالي", "مجموع")
THAT = THAT_CLAUSE | keys("لأن")  # «أن/إن/بأن/لأن …»: a clause opens
SUBJECT_AFTER_THAT = 14  # words between «أن» and the verb its subject comes before
NEGATIONS = {"لم", "لا", "لن", "ولم", "ولا"}
EXCEED_VERBS = ("تجاوز", "يتجاوز", "تتجاوز", "تخطى", "يتخطى", "تتخطى")  # «تجاوز عدد الزوار 8000»: gt (§3)
SUBJECT_STOP = {"في", "على", "الى", "إلى", "عن", "مع", "حتى", "مقارنة", "بنسبة", "منذ", "خلال", "اي", "أي", "،", ",",
                ".", "؛", ":", "(", ")", "-", "/", "«", "»", '"', "عبر", "لدى", "بعد", "قبل", "حسب", "منهم", "منها",
                "منهن", "منهما", "!", "؟", "...", "لكل"}
OF_PRONOUNS = {"منهم", "منها", "منهن", "منهما"}  # «سبعة منهم»: the counted noun is not stated again
NO_SUBJECT_AFTER = ("مبلغ", "بمبلغ", "بقيمة", "قيمتها", "قيمته", "بدفع")  # «بمبلغ 40 مليون جنيه»: null (§7)
# «بسعر 24 ريالا», «وسعر 31 ريالا», «عند سعر 36.5 ريال», «بقيمة تصل إلى …»: a price names no metric (decision 145)
PRICE_NOUNS = {"سعر", "قيمة", "مبلغ", "تكلفة"}  # («بتكلفة 59 مليون ريال»: null, decision 145)
YIELD_NOUNS = keys("فائدة", "عائد")  # «شهادات استثمار بفائدة 12%», «بعائد 6.5%»: the rate of the interest or yield
PRICE_BEFORE = {"ب", "بـ", "و", "عند"}
LEVEL_BEFORE = {"الى", "إلى", "عند"}  # «ارتفع المؤشر 0.5 % إلى 8699 نقطة»: the level of the metric


def _piece(i: int, s0: int, s1: int, max_words: int = MAX_SENTENCE_WORDS) -> tuple[int, int]:
    """The [start, end) words of the piece of sentence [s0, s1) that holds word i."""
    p0 = s0 + (i - s0) // max_words * max_words
    return p0, min(s1, p0 + max_words)


@lru_cache(maxsize=1 << 16)
def _bare(key: str) -> str:
    """The key without a glued proclitic; «ف» before «ي» stays («فيصل», «فيروس», «فيلم» are words, and
    «ف» + an imperfect verb is rare in news). Cached: asked of every word of a figure's clause, per figure."""
    for p in ("وب", "و", "ف", "ب", "ل"):
        if key.startswith(p) and len(key) > len(p) + 2 and not (p == "ف" and key[1] == "ي"):
            return key[len(p):]
    return key


def _direction(key: str) -> str | None:
    if _bare(key).startswith(("ارتفاع", "انخفاض")) and key.endswith(POSSESSIVE):
        return None  # «موجات ارتفاعها 15 مترا»: its height, not a rise
    for k in (key, _bare(key), _bare(key).removeprefix("ال")):  # («والزيادة في المصاريف بمبلغ …»)
        if k.startswith(INCREASE):
            return "increase"
        if k.startswith(DECREASE):
            return "decrease"
    return None


def _clause_start(words: list[str], i: int, sentence_start: int) -> int:
    k = i - 1
    while k > sentence_start and words[k] not in CLAUSE_END and words[k] != "؛":
        k -= 1
    return k + 1 if k >= sentence_start and words[k] in CLAUSE_END else max(k, sentence_start)


LEVEL_MARKERS = {"الى", "إلى", "عند", "نسبة", "بنسبة", "قدرها", "تبلغ", "يبلغ", "بلغت", "بلغ"}
CHANGE_VERBS_MAX_GAP = 8  # «وتراجع مؤشر سوق دبي 0.6 في المئة»: the verb, its subject, the figure


def _verb_change(keys: list[str], clause: int, i: int, verbs_only: bool = False) -> str | None:
    """A percent right after «direction verb + its subject» is the change: «وانخفض المؤشر 1.1 %»,
    «وصعد سهم X 2.9 %»; a figure after «إلى/عند» is the level reached, not the change."""
    for v in range(i - 1, max(clause, i - CHANGE_VERBS_MAX_GAP) - 1, -1):
        if keys[v] in CLAUSE_END or keys[v] in COMMAS:
            return None
        d = _verb_direction(keys[v])
        if d and not (verbs_only and _bare(keys[v]).startswith(DIRECTION_NOUNS)):
            return d
        if verbs_only and (keys[v] in SUBJECT_STOP or keys[v][:1].isdigit()):
            return None
    return None


ANTECEDENT_WORDS = 3  # «سهم بنك أبوظبي الوطني الذي»: the construct words before the definite ones
FEMININE_ENDS = ("ة", "ته", "تها", "تهم")  # «حصيلة», «سعته السريرية التي»
CENTS = {word_key(w) for w in ("سنت", "سنتا", "سنتاً", "سنتات")}
CENTS_WINDOW = 16  # «ونزلت اسعار عقود برنت لتسليم سبتمبر أيلول عند التسوية 40 سنتا»: the verb, the contract, the figure


def _cents_change(i: int, j: int, keys: list[str], clause: int, end: int) -> str | None:
    """«وانخفض سعر مزيج برنت في العقود الآجلة تسليم سبتمبر 49 سنتا», «… عند التسوية 59 سنتا أو 1.29 %»: a move of a
    price in cents, and the percent that restates it after «أو», is the change of the direction verb that opens the
    clause, past the contract's name however long (GUIDELINES §3 change; a level follows with «إلى»)."""
    if not ((j + 1 < end and keys[j + 1] in CENTS) or (i >= 2 and keys[i - 1] in ("او", "أو") and keys[i - 2] in CENTS)):
        return None
    for v in range(i - 1, max(clause, i - CENTS_WINDOW) - 1, -1):
        if keys[v] in CLAUSE_END or keys[v] in COMMAS:
            return None
        if (d := _verb_direction(keys[v])) is not None:
            return d
    return None


AMOUNT_MARKERS = {"ب", "بـ", "بمبلغ"}


def _noun_change(words, keys, clause: int, i: int) -> str | None:
    """«ارتفاع مصاريف الزكاة ب 81 مليون», «والزيادة في المصاريف الإدارية بمبلغ 200 مليون»: an amount after a
    direction noun of its own phrase (no comma between) is that change."""
    for k in range(i - 2, max(clause, i - CHANGE_VERBS_MAX_GAP) - 1, -1):
        if words[k] in COMMAS or words[k][:1].isdigit():
            return None
        if (noun := _direction_noun(keys[k])) is not None:
            return _direction(noun)
    return None


def _direction_noun(key: str) -> str | None:
    """«ارتفاع», «والزيادة» as a bare direction noun (not «ارتفاعها», its height), else None."""
    noun = _bare(key).removeprefix("ال")
    return noun if noun.startswith(DIRECTION_NOUNS) and not key.endswith(POSSESSIVE) else None


def _verb_direction(key: str) -> str | None:
    for k in (key, _bare(key)):
        if k.startswith(WEAR):
            return None
        if k.startswith(RISE_VERBS):
            return "increase"
        if k.startswith(FALL_VERBS):
            return "decrease"
    return None


DIRECTION_NOUNS = ("زيادة", "ارتفاع", "انخفاض")  # a count after these nouns is no change by itself
POSSESSIVE = ("ها", "ه", "هم", "هما")  # possessive suffixes («ارتفاعها»: its height, no rise)
RISE_VERBS = ("ارتفع", "زاد", "صعد", "قفز", "نما", "ارتد", "زيادة", "ارتفاع")
WEAR = ("ارتدا", "ارتدي", "ارتدى")  # «ارتداء الرداء» (wearing) is no «ارتد» (rebound)
FALL_VERBS = ("انخفض", "تراجع", "هبط", "نزل", "خسر", "تقلص", "انخفاض", "تراجع")


def qualifier(keys: list[str], first: int) -> str:
    before = [k for k in keys[max(0, first - 6):first] if k not in PROCLITIC_TOKENS and k not in QUOTES
              and k not in ("(", "ال")]  # «تقارب (80 كيلومترا)», «قرابة الـ 5 ساعات»
    for phrase, q in QUALIFIERS:
        if tuple(before[-len(phrase):]) == phrase:
            return q
    return "eq"


def qualifier_after(keys: list[str], last: int, end: int) -> str | None:
    """«على الأقل» right after the number or after its one-word noun; «تقريباً» right after either."""
    for k in (last + 1, last + 2, last + 3):  # («عشرة جنود أفغان على الأقل»: a noun and its adjective between)
        if k + 1 < end and (keys[k], keys[k + 1]) == AT_LEAST_AFTER:
            return "gte"
    if any("".join(keys[k:k + 2]) in OR_MORE_AFTER for k in range(last + 1, min(end, last + 3))):
        return "gte"  # «15 متراً فأكثر»
    if (q := _open_bound_after(keys, last, end)) is not None:
        return q  # «98 سفينة أو أكثر», «18 عامًا وما فوق», «5 سنوات أو أقل», «ستة مواطنين (على الأقل)»
    k = last + 1 + (last + 1 < end and keys[last + 1] in QUOTES)  # («بطول «10.5» كلم تقريبًا»: past the quote)
    if (k < end and keys[k] in APPROX_AFTER) or (k + 1 < end and keys[k].isalpha() and keys[k + 1] in APPROX_AFTER):
        return "approx"  # «26 مترا تقريبا», «بعد ثلاث سنوات تقريبا»: after the figure or its one-word noun (decision 149)
    return None


# a bound written after the figure and its noun (GUIDELINES §3 qualifier): «or more» is gte, «or less» lte
OPEN_BOUNDS_AFTER = {("او", "اكثر"): "gte", ("واكثر",): "gte", ("و", "اكثر"): "gte", ("وما", "فوق"): "gte",
                     ("و", "ما", "فوق"): "gte", ("ومافوق",): "gte", ("كحد", "ادنى"): "gte", ("على", "الاقل"): "gte",
                     ("او", "اقل"): "lte", ("او", "ادنى"): "lte", ("كحد", "اقصى"): "lte"}
BOUND_NOUN_WORDS = 2  # «ستة مواطنين فلسطينيين (على الاقل)»: the noun and its adjective before the bound


def _open_bound_after(keys: list[str], last: int, end: int) -> str | None:
    """«98 سفينة أو أكثر», «100 متر وأكثر», «18 عامًا وما فوق», «65 سنة كحد أدنى» → gte; «5 سنوات أو أقل», «%2 أو
    أدنى» → lte: the bound after the figure, past its noun and a bracket; not «وأكثر من 150 ألف» (the next figure's
    own bound)."""
    k, nouns = last + 1, 0
    while k < end and (keys[k] in ("(", ")") or (nouns < BOUND_NOUN_WORDS and keys[k].isalpha()
                                                 and not any(keys[k:k + len(p)] == list(p) for p in OPEN_BOUNDS_AFTER))):
        nouns += keys[k].isalpha()
        k += 1
    for phrase, q in OPEN_BOUNDS_AFTER.items():
        after = k + len(phrase)
        if tuple(keys[k:after]) == phrase and not (after < end and keys[after] == "من"):
            return q
    return None


EARLIER_WAS, EARLIER_ON = keys("كان", "كانت"), keys("عليه", "عليها")


def _earlier_level(keys: list[str], j: int, s1: int) -> bool:
    """«ضعف/أضعاف ما كان(ت) عليه»: the multiple compares with an earlier level of the same quantity (decision 169)."""
    return j + 3 < s1 and keys[j + 1] == "ما" and keys[j + 2] in EARLIER_WAS and keys[j + 3] in EARLIER_ON


def link(fact: Fact, words: list[str], keys: list[str], spans: list[tuple[int, int]], sent_of: list[int],
         sent_starts: list[int]) -> dict:
    """The linked fields of `fact` (character offsets for the subject); `keys` are the words' `word_key`s."""
    i, j = fact.first, fact.last
    s0 = sent_starts[sent_of[i]]
    s1 = sent_starts[sent_of[i] + 1] if sent_of[i] + 1 < len(sent_starts) else len(words)
    s0, s1 = _piece(i, s0, s1)
    clause = _clause_start(words, i, s0)
    q = qualifier(keys, i)
    if q == "eq" and fact.start > spans[i][0]:  # «يناهزالخامسة والخمسين»: a bound glued to the figure's word
        q = qualifier(keys[max(0, i - 6):i] + [word_key(words[i][:fact.start - spans[i][0]])], 6 + min(0, i - 6) + 1)
    if q == "eq":
        q = qualifier_after(keys, j, s1) or q
    if q == "eq" and (b := _split_bound(keys, clause, i)) is not None:
        q = b[0]  # «تزيد إجمالي أجرتها السنوية عن (300) ألف ريال»: the bound verb, its subject, then «عن»
    if q == "eq" and (v := _predicate_verb(keys, clause, i)) is not None and _bare(keys[v]).startswith(EXCEED_VERBS):
        q = "lte" if v and keys[v - 1] in NEGATIONS else "gt"  # «لم يتجاوز العدد 47»: at most
    prev = [k for k in keys[clause:i] if k not in PROCLITIC_TOKENS and k not in ("ما", "يقرب", "من", "حوالي", "نحو", "اكثر")]

    change = None
    marker = prev[-1] if prev else ""
    # «بارتفاع 136 م», «من ارتفاع 3700 متر»: a height, not a rise (decision 365)
    height = fact.type == "count" and _bare(marker) == "ارتفاع" and j + 1 < s1 and keys[j + 1] in SIZE_UNITS
    if height:
        change = None
    elif marker in CHANGE_MARKERS or _direction(marker):
        direction = _direction(marker)
        for k in reversed(keys[clause:i]):
            direction = direction or _direction(k)
        change = direction
    elif fact.type == "percent" and (rate := _rate_limit(keys, clause, i)) is not None:
        change = next((d for k in reversed(keys[clause:rate]) if (d := _direction(k))), None)  # «بنسبة تصل إلى 50%»
    elif fact.type in ("percent", "count") and marker not in LEVEL_MARKERS:
        change = _verb_change(keys, clause, i, verbs_only=fact.type == "count")
    if change is None and i and (keys[i - 1] in AMOUNT_MARKERS or (i >= 2 and keys[i - 1] in AMOUNT_WORDS
                                                                 and keys[i - 2] in AMOUNT_MARKERS)):
        change = _noun_change(words, keys, clause, i)  # «ارتفاع مصاريف الزكاة ب 81 مليون ريال»

    if change is None:
        change = _cents_change(i, j, keys, clause, s1)  # «وانخفض سعر مزيج برنت … 49 سنتا أو 0.9 %» (§3 change)
    if change is None and fact.type == "count" and (item := _market_item(i, j, words, keys, clause, s1)) is not None:
        change = _points_change(keys, clause, i, item)  # «بعد أن كسب نحو 136 نقطة», «وكسب المؤشر 50 نقطة» (146)
    if change and fact.type == "percent" and j + 2 < s1 and keys[j + 1] == "من" and keys[j + 2] in DENOMINATOR_HEADS:
        change = None  # «وحدة بنسبة 53% من إجمالي ما تم ضبطه»: a share of the total, not a change
    baseline = None
    earlier = change is None and fact.type == "ratio" and _earlier_level(keys, j, s1)
    if earlier:  # «وهو ضعف ما كانت عليه في العام 2010»: a multiple of an earlier level is a change (decision 169)
        change = "increase" if fact.value > 1 else "decrease"
        baseline = next((str(int(words[j + 4 + y])) for y in find_years(words[j + 4:min(s1, j + 4 + BASELINE_WINDOW)])),
                        None)
    if change and not earlier:
        k = j + 1
        while k < s1 and words[k] not in CLAUSE_END and k - j < 10:
            if keys[k].startswith(("مقارن", "بالمقارن")) or keys[k] == "عن":
                for y in find_years(words[k:min(s1, k + BASELINE_WINDOW)]):
                    baseline = str(int(words[k + y]))
                    break
                break
            k += 1

    period = None if earlier or any(_bare(k).startswith(TARGET_WORDS) for k in keys[clause:i]) else _period(i, j, words, keys, s0, s1)

    return {"qualifier": q, "change": change, "baseline": baseline, "period": period,
            "subject": subject(fact, words, keys, spans, clause, s1, bool(change))}




def _np_after(k: int, words: list[str], keys: list[str], end: int, max_words: int = 5) -> tuple[int, int] | None:
    while k < end and keys[k] in PROCLITIC_TOKENS:
        k += 1
    start = k
    while k < end and k - start < max_words and keys[k] not in SUBJECT_STOP and not words[k][:1].isdigit() \
            and not _alternative_figure(k, words, keys):
        k += 1
    while k > start and keys[k - 1] in PROCLITIC_TOKENS:
        k -= 1
    return (start, k - 1) if k > start else None


ALTERNATIVE_JOINS = keys("أو", "او")


def _alternative_figure(k: int, words: list[str], keys: list[str]) -> bool:
    """«أو» before a figure ends the noun phrase: «ثلاثة كيلومترات أو خمسة», «خمس سنوات أو عشر» (§7 ranges)."""
    return keys[k] in ALTERNATIVE_JOINS and k + 1 < len(words) \
        and (words[k + 1][:1].isdigit() or parse_words(words[k + 1:k + 2]) is not None)




# verbs of amount that work like «بلغ» (GUIDELINES, real-news adjudication 16): «عقوبة قدرها 150 يورو»,
# «مبالغ قدرت بحدود 35 ألف ريال», «باستثمارات تقترب من 45 مليار دولار» take the metric, not the currency
REACHING = {"قدرها", "قدره", "مقدارها", "مقداره", "قدرت", "قدر", "تقدر", "يقدر", "تقارب", "يقارب", "تقترب", "يقترب", "تناهز", "يناهز",
            "ناهز", "قاربت", "قارب"}
AMOUNT_OF = {"قدرها", "قدره", "مقدارها", "مقداره"}  # «its amount»: after the noun whose amount follows
BOUND_WORDS = {"الى", "إلى", "من", "بحدود", "حدود", "نحو", "بنحو", "حوالي", "بحوالي", "قرابة"}  # «تقترب من», «بحدود»
IMPERFECT_METRIC_VERBS = {"تزيد", "يزيد", "ترتفع", "يرتفع", "تنخفض", "ينخفض", "تتراجع", "يتراجع"}  # «وتزيد النسبة إلى 95%»
BETWEEN_VERB_AND_FIGURE = {"اكثر", "اقل", "(", "ال", '"', "«", "“"}  # «زادت بأكثر من ثلاثة أمثالها», «تقارب (80 كيلومترا)»
RANK_CRITERIA = ("مؤشر", "معدل", "ترتيب", "نتائج", "تصنيف")
VERB_TO_FIGURE = CHANGE_MARKERS | PROCLITIC_TOKENS | BOUND_WORDS | BETWEEN_VERB_AND_FIGURE
METRIC_TAIL = CHANGE_MARKERS | PROCLITIC_TOKENS | BOUND_WORDS | LEVEL_BEFORE | {"ما", "يقرب", "(", "بين"} | QUOTES


def _metric(words, keys, v0: int, i: int) -> tuple[int, int] | None:
    """The phrase between a metric verb (بلغ، وصل، انخفض …) in words[v0:i] and the number at i."""
    for v in range(i - 1, v0 - 1, -1):  # the verb nearest the number
        if _bare(keys[v]).startswith(METRIC_VERBS) or keys[v].startswith(METRIC_VERBS) or _bare(keys[v]) in REACHING \
                or keys[v] in REACH_NOUNS or _present(keys[v]).startswith(METRIC_VERBS) \
                or (_bare(keys[v]) in IMPERFECT_METRIC_VERBS and not any(k in ("على", "عن") for k in keys[v + 1:i])):
            if keys[v] in AMOUNT_OF and v > v0:  # «دعم قدره 4 ملايين», «عقوبة على المخالفات قدرها 150 يورو»
                head = v - 3 if v - 3 >= v0 and keys[v - 2] in ("على", "في", "من", "ل") else v - 1
                if head == v - 1 and head > v0 and _indefinite_adjective(head, words, keys):
                    head -= 1  # «غرامة مالية قدرها», «بطول إجمالي قدره»: the noun, not its adjective
                return (head, v - 1) if words[head].isalpha() else None
            if v == i - 1 or all(k in VERB_TO_FIGURE or k in TIME_ADVERBS for k in keys[v + 1:i]):
                return _np_before(words, keys, v, v0)  # «سهم X الذي انخفض 1%», «كما وصلت بالأمس 60 جثة»: the
                # subject before the verb (none there: the noun counted after the figure)
            stop = i
            while stop > v + 1 and keys[stop - 1] in METRIC_TAIL:
                stop -= 1  # («استقر المؤشر عند 1333»)
            start = v + 1
            while start < stop and (keys[start] in PROCLITIC_TOKENS or keys[start] in BOUND_WORDS
                                    or keys[start] in QUOTES or keys[start] == "(" or keys[start] in BY_RATE):
                start += 1  # («لتبلغ نحو 20 مليون بطاقة مقارنة بارتفاع بنسبة 8%»: no metric between; «ارتفع بنسبة 1%
                # مع ارتفاع الصناعات بنسبة 0.8%»: the rate marker of the figure before is none either)
            if start < stop and _time_phrase(start, stop, keys):
                return _np_before(words, keys, v, v0)  # «وصلت في مايو 2014 إلى 11.6%»: a time phrase is no metric
            if start < stop and _subject_first(words, keys, v, start, i) and (rng := _np_before(words, keys, v, v0)):
                return rng  # «إن الصادرات انخفضت 8.9% … إلى 1.19 تريليون», «انخفضت في يوليو إلى»: subject, then verb
            for k in range(start, stop):  # «انخفض المؤشر 1.4 % إلى 8011»: the metric ends before the change figure
                if words[k][:1].isdigit() and any(_direction_noun(keys[m]) for m in range(k + 1, i)):
                    return None  # («ارتفع الإنتاج بنسبة 2% مع ارتفاع الصادرات بنسبة 0.6%»: a change of its own)
                if words[k][:1].isdigit():
                    stop = k
                    while stop > start and keys[stop - 1] in PROCLITIC_TOKENS | {"بين"}:
                        stop -= 1  # («نسبة الإشغال بين 60 و75 في المائة»)
                    break
            return (start, stop - 1) if stop > start else None
    return None


# adverbs of time that may stand between a metric verb and its figure: «كما وصلت بالأمس 60 جثة», «بلغت آنذاك 24.57»
TIME_ADVERBS = ASIDE_ADVERBS | keys("مجددا", "بالأمس", "أمس")
TIME_PHRASE_HEADS = {"الربع", "النصف", "الفصل", "الفترة"}  # «في الربع الأول»: a part of a year


def _time_phrase(start: int, stop: int, keys: list[str]) -> bool:
    """«وصلت في مايو 2014 إلى», «سجلت في مايو من العام الماضي 10.3%»: the words between the verb and its figure are
    a time phrase (a month, a time unit, a part of a year) holding no metric noun, so the verb's subject stands before
    it (§3 subject: the grammatical subject of بلغ/وصل…)."""
    if keys[start] not in ADVERBIAL_OPENERS or start + 1 >= stop:
        return False
    head = keys[start + 1]
    return (head in MONTH_KEYS or is_time_unit(head) or head in TIME_PHRASE_HEADS) \
        and not any(k.removeprefix("ال") in METRIC_HEADS for k in keys[start:stop])


BY_RATE = {"بنسبة", "بنسبه"}  # «بنسبة» and its «ه» spelling: the rate of a change
ADVERBIAL_OPENERS = {"في", "خلال", "منذ", "حتى", "عبر", "لدى", "بعد", "قبل"}  # a time or place phrase, no subject
LEVEL_OR_RATE = {"بنسبة", "نسبته", "نسبتها", "بمقدار"}  # («ارتفع خلال الأشهر الثلاثة بما نسبته 21%»)


def _subject_first(words, keys, v: int, k: int, i: int) -> bool:
    """The verb at v has its subject before it (subject–verb order, §3 subject of انخفض/ارتفع/وصل) when the level at i
    follows «إلى» and the verb is followed right away by a time or place phrase or by its change figure, not by a
    noun: «إن الاحتياطات انخفضت في يوليو إلى 18 مليارا», «إن الصادرات انخفضت 8.9% إلى 1.19 تريليون»; not
    «وارتفع عدد الزوار إلى», «بلغت 17 قتيلا و121 جريحا», nor the noun «قفزة في مساحات … إلى»."""
    if keys[v] != unglued(keys[v]) or keys[v].endswith("ة"):
        return False
    if keys[k] in ADVERBIAL_OPENERS:
        return any(keys[m] in TO_WORDS or keys[m] in LEVEL_OR_RATE for m in range(k, i))
    return words[k][:1].isdigit() and _direction(keys[v]) is not None and any(keys[m] in TO_WORDS for m in range(k, i))


def _indefinite_adjective(k: int, words, keys) -> bool:
    """An indefinite nisba adjective («مالية», «إجمالي») right after an indefinite noun."""
    return keys[k].endswith(("ي", "ية")) and not keys[k].startswith("ال") and words[k - 1].isalpha() \
        and not keys[k - 1].startswith("ال") and keys[k - 1] not in SUBJECT_STOP and keys[k - 1] not in PARTICLES


def _plural_adjective(k: int, words, keys) -> bool:
    """An indefinite feminine adjective («عاجلة») right after an indefinite sound feminine plural («مساعدات»)."""
    return keys[k].endswith("ة") and keys[k - 1].endswith("ات") and not keys[k].startswith("ال") \
        and not keys[k - 1].startswith("ال") and words[k - 1].isalpha() and words[k].isalpha()


def _changed_np(words, keys, v0: int, i: int) -> tuple[int, int] | None:
    """What a change figure changes when a direction noun or verb names it: «ارتفاع عدد البطاقات المصدرة
    بنسبة 15%», «الأمر الذي رفع قيمة السحوبات بنسبة 12%» (the noun phrase after the nearest direction word)."""
    for v in range(i - 1, v0 - 1, -1):
        if _direction(keys[v]) and not keys[v] in CHANGE_MARKERS:
            rng = _np_after(v + 2 if v + 2 < i and keys[v + 1] == "في" else v + 1, words, keys, i, CHANGED_NP_WORDS)
            if rng is None or keys[rng[0]] in CHANGE_MARKERS or _direction(keys[rng[0]]):
                return _witnessed_np(v, words, keys, v0)  # («مقارنة بارتفاع بنسبة 8%»: the figure it follows tells)
            return rng
    return None


CHANGED_NP_WORDS = 8
WITNESS_VERB = re.compile(r"^[وف]?[يت]?(?:شهد|سجل|عرف)ت?$")  # «شهدت/سجلت/عرفت X انخفاضاً»: X saw a fall


def _witnessed_np(v: int, words, keys, v0: int, window: int = CHANGED_NP_WORDS) -> tuple[int, int] | None:
    """«شهدت أسعار الشقق انخفاضاً بنسبة 3.5%», «شهد معدل إيجارات المحلات ارتفاعاً بنسبة 6.4%»: a direction noun that
    is the object of «شهد/سجل/عرف», with the figure right after it, changes the verb's subject between them (§3
    subject of a change), up to a comma or a preposition."""
    w = next((w for w in range(v - 2, max(v0, v - window) - 1, -1) if WITNESS_VERB.match(keys[w])), None)
    if w is None:
        return None
    end = w + 1
    while end + 1 < v and words[end + 1].isalpha() and keys[end + 1] not in SUBJECT_STOP:
        end += 1
    return (w + 1, end) if words[w + 1].isalpha() and keys[w + 1] not in PARTICLES else None


def _bare_predicate(j: int, words, keys, end: int) -> bool:
    """Nothing counted follows the figure: the clause ends, or «و», «فقط» or «كان» come next."""
    return j + 1 >= end or (not any(ch.isalnum() for ch in words[j + 1]) and words[j + 1] not in ("%", "٪")) \
        or keys[j + 1] in ("و", "فقط") or _bare(keys[j + 1]).startswith("كان")


def _predicate_np(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """The subject of a nominal sentence whose predicate is the bare figure at i: from the metric noun of its
    phrase («عدد من تم الكشف عليهم من الأطفال 407», «كان عددهم 485»), else the definite noun right before it
    («بين الذكور 5635 والإناث 6067», «السليم منهم 3»)."""
    for k in range(i - 2, max(v0, i - SUBJECT_AFTER_THAT) - 1, -1):
        if words[k][:1].isdigit() or words[k] in CLAUSE_END:
            break
        if _bare(keys[k]).removeprefix("ال").startswith(METRIC_NOUNS):
            return k, i - 1
    k = i - 1
    if k > v0 and keys[k] in OF_PRONOUNS:
        k -= 1
    if k >= v0 and (_bare(keys[k]).startswith("ال") or keys[k].startswith(METRIC_NOUNS)) and words[k].isalpha() \
            and keys[k] not in SUBJECT_STOP:  # («إلى 54.0»: «إلى» is keyed «الى», no definite noun)
        return k, i - 1
    return None


def _noun_before(i: int, words, keys, clause: int) -> tuple[int, int]:
    """The noun phrase a number word follows, back over its adjectives of the same definiteness («موسم رياضي
    واحد», «النساء الشابات الثلاث»), at most three words."""
    k = i - 1
    while k - 1 >= max(clause, i - 3) and words[k - 1].isalpha() and keys[k - 1] not in SUBJECT_STOP \
            and keys[k - 1] not in NP_BEFORE_STOP and keys[k - 1] not in PROCLITIC_TOKENS and (
                keys[k].endswith(("ي", "ية", "يون", "يين", "ات")) and _definite(k, keys) == _definite(k - 1, keys)):
        k -= 1
    return k, i - 1


def _definite(k: int, keys) -> bool:
    """Definite by «ال», also behind a glued preposition or conjunction («باللغات الرسمية», «للأطراف»): an
    adjective agrees with it in definiteness (`definite_head`)."""
    return bool(definite_head(k, keys))


def _looks_plural(key: str, word: str) -> bool:
    """A plural by its shape (key without «ال» or a glued proclitic): -ات/-ين/-ون, «أفعال» («أحزاب», not the verbal
    noun «إحصاء» written with «إ»), «أفعلة» («أجهزة»), «مفاعل/فعائل» («معابر»), «فعول» («فصول»)."""
    return any(_plural_shape(stem, word) for stem in {key.removeprefix("ال"), _bare(key).removeprefix("ال")})


def _plural_shape(stem: str, word: str) -> bool:
    """The shape test of `_looks_plural` («يواجه», «تعاون»: a verb or a verbal noun of the «مفاعل» shape opens
    with «ي/ت»)."""
    if len(stem) >= 5 and stem.endswith(("ات", "ين", "ون")):
        return True
    if len(stem) == 5 and (stem[0] == "ا" and (stem[3] == "ا" or stem[4] == "ة") or stem.endswith("اء")):
        return "إ" not in word[:4]  # («الخلفاء», «أجهزة»; «الإحصاء», «إنشاء» are verbal nouns)
    return (len(stem) == 5 and stem[2] == "ا" and stem[0] not in "يت" and stem[-1] not in "ةه") \
        or (len(stem) == 4 and stem[2] == "و")  # (not the singular «فعالة»: «رواية», «زيارة»)


def _construct_head(rng: tuple[int, int], words, keys, clause: int) -> tuple[int, int]:
    """«أحزاب الائتلاف الحكومي الأربعة», «جلسات الاستماع السرية الأربع»: a number word after a definite singular
    noun counts the indefinite plural that heads it in a construct, not the singular (§3 subject: the noun phrase
    counted, GUIDELINES §7 dec. 57 for the noun before «الـ N»); «الأشخاص الخمسة» keeps its plural, and so does a
    three-letter stem, as often a plural as not («وزراء الدول الأربع», decision 34)."""
    k = rng[0]
    if k - 1 < clause or not keys[k].startswith("ال") or len(keys[k]) <= 5 or _looks_plural(keys[k], words[k]) \
            or not words[k - 1].isalpha() or _bare(keys[k - 1]).startswith("ال") \
            or not _looks_plural(keys[k - 1], words[k - 1]):
        return rng
    return k - 1, rng[1]


def _period(i: int, j: int, words: list[str], keys: list[str], s0: int, s1: int) -> str | None:
    """The year the figure at [i, j] belongs to: «في/خلال/طوال/على مدار عام YYYY», «في العام الماضي YYYY»,
    «في YYYY» in its sentence. A year stated right after the figure is its own («9.8% في العام 2013», even
    after «مقارنة»); else the nearest such year before it, else the first after it in the same clause (past a
    comma or a relative pronoun it dates another event: «قتل شرطيان …، التي تم تقسيمها في 1947»), never a
    compared year."""
    cands = []  # (year word, is a period phrase, follows «مقارنة»)
    for y in find_years(words[s0:s1], hijri=True):
        y += s0
        if y < 1:
            continue
        k = y - 1
        if keys[k] in YEAR_QUALIFIER_KEYS and k >= 1 and keys[k - 1] in YEAR_WORDS:
            k -= 1  # «في العام الماضي 2014»
        if keys[k] in YEAR_WORDS:
            if k < 1:
                continue
            k -= 1
        marker = keys[k]
        marker = marker[1:] if marker[:1] in ("و", "ف") and marker[1:] in PERIOD_MARKERS else marker
        compared = any(_bare(w).startswith("مقارن") for w in keys[max(s0, y - COMPARED_NEAR):y])
        near = any(_bare(w).startswith("مقارن") for w in keys[max(s0, y - COMPARED_WINDOW):y])
        valid = (marker in PERIOD_MARKERS and (k < y - 1 or marker == "في")) or (
            marker == "من" and k < y - 1 and not near and any(w in PERIOD_MARKERS for w in keys[max(s0, y - 6):k]))
        if valid:
            cands.append((y, compared))
    for y, _ in cands:
        if j < y <= j + PERIOD_RIGHT_AFTER and not any(words[w][:1].isdigit() or words[w] in ("،", ",", "؛")
                                                          for w in range(j + 1, y)):
            return str(int(words[y]))
    before = [y for y, compared in cands if y < i and not compared]
    if before:
        return str(int(words[before[-1]]))
    after = [y for y, compared in cands if y > j and not compared
             and not any(k in EVENT_CLAUSE for k in keys[j + 1:y])]
    return str(int(words[after[0]])) if after else None


def _predicate_verb(keys: list[str], v0: int, i: int) -> int | None:
    """The index of «بلغ/وصل/تجاوز …» whose predicate is the number at i (nothing but its subject between);
    not an age («يبلغ من العمر 58 عاماً»: the unit is the subject)."""
    for v in range(i - 1, max(v0, i - 8) - 1, -1):
        if keys[v].removeprefix("ال").startswith(AGE_NOUNS):
            return None
        if _bare(keys[v]).startswith(PREDICATE_VERBS) or keys[v].startswith(PREDICATE_VERBS) or keys[v] in REACH_NOUNS \
                or _present(keys[v]).startswith(PREDICATE_VERBS):
            return v
        if keys[v] in TO_WORDS and v > v0 and _present(keys[v - 1]).startswith(ARRIVE_VERBS) \
                and all(k in VERB_TO_FIGURE for k in keys[v + 1:i]):
            continue  # «عدد المساجد يصل إلى نحو 110 آلاف مسجد»: «إلى» belongs to the verb (§3, dec. 16)
        if (keys[v] in SUBJECT_STOP or keys[v] in CLAUSE_END) and not (keys[v] == "(" and v == i - 1):
            return None  # («يبلغ طوله (72 كلم)»: a bracket right before the figure)
    return None


def _present(key: str) -> str:
    """The imperfect verb without its glued «و/ف/ل» and future «س» («وسيصل» → «يصل», «ستبلغ» → «تبلغ»): the
    future of a reaching verb reaches its figure the same way (§3 subject: «عدد السفن سيصل إلى 97 سفينة»)."""
    key = key if key.startswith("في") else unglued(key)  # («فيصل» is a name, not «ف» + «يصل»)
    return key[1:] if key[:1] == "س" and key[1:2] in ("ي", "ت") and len(key) > 3 else key


GLUED_QAD = keys("فقد", "وقد", "لقد")  # «قد» with a glued «ف/و/ل» before a past verb
YEAR_PREPOSITIONS = keys("في", "خلال")


def _np_before(words, keys, v: int, v0: int, max_words: int = 8) -> tuple[int, int] | None:
    """The noun phrase before the verb at v (over «الذي/التي»): from the word after «أن/إن» when the clause
    has one (the subject may hold prepositional phrases: «أن حجم إنفاق السياح القادمين إلى المنطقة وصل»), else
    from the word after a stop, or a word with a glued «و» («وسهم بنك …»)."""
    end = v - 1
    while end >= v0 and (keys[end] in CLAUSE_WORDS or keys[end] in PROCLITIC_TOKENS or keys[end] in FUTURE
                         or keys[end] in GLUED_QAD):
        end -= 1  # («الطلب سوف يصل», «فقد بلغت»: the particles of the future and of the past are no part of the subject)
    if any(keys[m] in ANSWER_FA for m in range(end + 1, v)) and (topic := _topic(end, keys)) is not None:
        return topic  # «وبالنسبة للمدى الطويل للبطالة، فقد انخفضت», «بالنسبة لإصدارات قطر فبلغت»
    if end - 1 > v0 and keys[end - 1] in YEAR_PREPOSITIONS and words[end].isdigit() and len(words[end]) == 4:
        end -= 2  # «الناتج المحلي المتوقع في 2015 سيرتفع»: the year said inside the subject is no part of it
    if end >= v0 and unglued(keys[end]) in COPULAS and _opens_clause(end, keys, v0):
        return None  # «وكانت قد سجلت»: the copula alone, its subject said in an earlier sentence
    if end < v0 and v0 >= 2 and words[v0 - 1] in COMMAS and keys[v0] in CLAUSE_WORDS:
        end, v0 = v0 - 2, max(0, v0 - 1 - max_words)  # «درجة الحرارة، التي تصل إلى 49»: the antecedent
    if end >= v0 and (words[end][:1].isdigit() or keys[end] in PERCENT_WORDS or words[end] in ("%", "٪")):
        return None  # «بنسبة 12 في المائة لتبلغ 363.7 مليار»: the level after a change, the same metric
    for k in range(end, max(v0, v - SUBJECT_AFTER_THAT) - 1, -1):  # «أن حجم إنفاق السياح إلى المنطقة وصل إلى …»
        if keys[k] in CLAUSE_END or words[k] in COMMAS or (keys[k] in CLAUSE_WORDS and keys[k] != "ما"):
            break
        if keys[k] in THAT and k < end:
            return k + 1, end
    k = end
    while k >= v0 and end - k < max_words and keys[k] not in SUBJECT_STOP and keys[k] not in NP_BEFORE_STOP \
            and not words[k][:1].isdigit() and words[k] not in CLAUSE_END:
        if keys[k].startswith("و") and len(keys[k]) > 3 and k < end:
            break
        k -= 1
    start = k if k >= v0 and keys[k].startswith("و") and len(keys[k]) > 3 and keys[k] not in SUBJECT_STOP else k + 1
    while start < end and keys[start] in PROCLITIC_TOKENS:  # «و ب عدد قضايا بلغت»: the phrase starts at «عدد»
        start += 1
    if start < end and _change_verb(keys[start]):
        start += 1  # «وتضاعف الفائض التجاري ليصل إلى», «زادت مبيعات السيارات لتصل»: the verb's subject after it
    if start < end and (m := next((m for m in range(start + 1, end + 1) if keys[m] in METRIC_HEADS), None)) is not None:
        start = m  # «سجلت الشركة في الربع الثاني إجمالي أرباح تشغيلية بلغت»: the metric noun heads the subject
    elif start < end and keys[v][:1] in ("ت", "ي") and unglued(keys[v]).startswith(("تبلغ", "يبلغ", "تصل", "يصل")) \
            and not keys[end].startswith("ال") and keys[end].isalpha():
        start = _described_noun(start, end, keys)  # «لسداد متأخرات تبلغ نحو 328 مليون»
    if (b := next((m for m in (end - 1, end - 2) if start <= m and keys[m] in ("ب", "بـ")), None)) is not None \
            and not keys[b + 1].startswith("ال") and keys[b + 1] not in PARTICLES and keys[b + 1] != "نفس":
        start = b + 1  # «سهم جرير بكمية بلغت», «إيداعات بمبالغ ضخمة بلغت»: the indefinite noun after «ب» (§3 subject)
        # (not «بالعملة السعودية قدرت», «بنفس المعدل لتصل», «بما لا يتجاوز»)
    if keys[end].startswith("ال") and not any(keys[m] in METRIC_HEADS for m in range(start, end + 1)) \
            and (rel := next((keys[x] for x in range(end + 1, v) if keys[x] in ("الذي", "التي")), None)) is not None:
        k = end  # a relative pronoun follows a definite antecedent: its last run of definite words, and before them
        while k - 1 >= start and keys[k - 1].startswith("ال") and keys[k - 1].isalpha():  # the furthest head of
            k -= 1  # the construct chain that agrees in gender («توريد حصيلة المباراة التي بلغت», «وسهم بنك أبوظبي
        head = k  # الوطني الذي نزل»; not past a preposition: «لزيادة العائد اليومي، الذي يصل إلى»)
        for w in range(k - 1, max(start, k - ANTECEDENT_WORDS) - 1, -1):
            if not keys[w].isalpha() or keys[w].startswith("ال") or keys[w] in PARTICLES \
                    or (_bare(keys[w]) != keys[w] and not keys[w].startswith("و")):
                break
            if _bare(keys[w]).endswith(FEMININE_ENDS) == (rel == "التي"):
                head = w
            if keys[w].startswith("و"):
                break
        start = max(start, head)
    if start <= end and (m := _metric_head_before(start, words, keys, v0)) is not None:
        start = m  # «عدد العائلات المحتجزة من قبل (داعش) في الفلوجة يصل إلى»: the metric noun past its prepositions
    return (start, end) if start <= end else None


METRIC_HEAD_WORDS = 10  # «عدد الحوادث المرورية البسيطة التي وقعت في طريق الملك فهد خلال اليومين الماضيين بلغت»
METRIC_HEAD_STOPS = NP_BEFORE_STOP | CLAUSE_END | set(COMMAS) | CHANGE_MARKERS | LEVEL_BEFORE


def _metric_head_before(start: int, words, keys, v0: int) -> int | None:
    """A metric noun («عدد», «إجمالي», «مجموع») heading the subject that prepositions and relative clauses part from
    the verb: the phrase found before the verb started after a preposition («في الفلوجة»), but the subject of
    بلغ/وصل is the metric (§3 subject); none when a stop word, a figure or «عدد من» (several) stands between."""
    if start - 1 < v0 or keys[start - 1] not in SUBJECT_STOP or keys[start - 1] in COMMAS:
        return None
    for m in range(start - 2, max(v0, start - 1 - METRIC_HEAD_WORDS) - 1, -1):
        if words[m][:1].isdigit() or keys[m] in METRIC_HEAD_STOPS:
            return None
        if unglued(keys[m]).removeprefix("ال") in METRIC_HEADS:
            return m if m + 1 < start and keys[m + 1] != "من" and words[m + 1].isalpha() else None
    return None


def _change_verb(key: str) -> bool:
    """A verb of change («تضاعف», «وزادت», «يزيد»), not its verbal noun («ارتفاع», «الزيادة», «زيادة»)."""
    return _direction(key) is not None and _direction_noun(key) is None and not _bare(key).startswith("ال") \
        and not key.endswith(("ة", "ات"))


SHARE_VERBS = ("اضاف", "فقد", "خسر", "ربح", "كسب", "شكل", "تشكل", "يشكل")  # «أضاف/فقد/شكّل نسبة N%»
VERBAL_NOUN_ENDS = ("ة", "ان")  # «إضافة نسبة», «فقدان نسبة»: the verbal noun, no verb with a subject
SHARE_VERB_SUBJECT_WORDS = 3  # «فأضاف الأول نسبة», «وتشكل النساء نسبة»: the subject between the verb and «نسبة»


def _share_object_of(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """«تبعه قطاع الاتصالات الذي أضاف نسبة 0.9%», «فأضاف الأول نسبة 1.79%», «وتشكل النساء نسبة 10%»: an indefinite
    «نسبة» right before a percent that is the object of a verb of gain, loss or forming names no metric; the
    percent measures the verb's subject (§3 subject: the grammatical subject), said between the verb and «نسبة»
    or, with nothing between, before the verb."""
    n = i - 1
    if n <= v0 or keys[n] != "نسبة":
        return None
    for v in range(n - 1, max(v0, n - 1 - SHARE_VERB_SUBJECT_WORDS) - 1, -1):
        if not words[v].isalpha() or keys[v] in SUBJECT_STOP or keys[v] in GLUED_QAD:
            return None  # («فقد فقدت»: the particle «قد» is no verb of loss)
        if any(k.startswith(SHARE_VERBS) for k in (keys[v], unglued(keys[v]), _bare(keys[v]))) \
                and not keys[v].endswith(VERBAL_NOUN_ENDS):
            return (v + 1, n - 1) if v + 1 < n else _np_before(words, keys, v, v0)
    return None


ITS_RATE = keys("نسبته", "نسبتها")
WITNESSED_RATE_WORDS = 12  # «سجلت الصفقات الأسبوعية للسوق العقارية المحلية بنهاية الأسبوع الماضي ارتفاعا بلغت نسبته»
RATE_NOUN_GAP = 3  # «ارتفاعا لافتا بلغت نسبته», «تراجعا سنويا مقارنة … بلغت نسبته»: the adjective and the verb


def _rate_of_witnessed_change(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """«سجلت الصفقات ارتفاعا بلغت نسبته 10%», «سجل الاقتصاد نموا نسبته 7.4%»: «its rate» after an indefinite noun of
    change that «شهد/سجل/عرف» takes as object measures the verb's subject (`_witnessed_np`, §3 subject of a change)."""
    n = i - 1
    while n > v0 and keys[n] in LEVEL_OR_PROCLITIC | TO_WORDS:
        n -= 1
    if n <= v0 or keys[n] not in ITS_RATE:
        return None
    for d in range(n - 1, max(v0, n - 1 - RATE_NOUN_GAP) - 1, -1):
        if not words[d].isalpha() or keys[d] in SUBJECT_STOP:
            return None
        if _direction(keys[d]) is not None and not _bare(keys[d]).startswith("ال"):
            if d - 1 >= v0 and WITNESS_VERB.match(keys[d - 1]) and (rng := _np_before(words, keys, d - 1, v0)):
                start = rng[0] + (rng[0] < rng[1] and unglued(keys[rng[0]]) in COPULAS)  # («وكان الاقتصاد سجل»)
                return start, rng[1]  # («الاقتصاد سجل نموا»: the subject before the verb)
            return _witnessed_np(d, words, keys, v0, WITNESSED_RATE_WORDS)
    return None


ANSWER_FA = keys("ف", "فقد")  # the «ف» that answers «أما/بالنسبة ل X»
AS_FOR = keys("بالنسبة", "وبالنسبة", "أما", "وأما")
AS_FOR_WORDS = 10
AS_FOR_LINKS = keys("ل", "الى", "إلى")  # «بالنسبة ل/إلى X»
AS_FOR_LEVELS = {(word_key("على"), word_key(w)) for w in ("مستوى", "صعيد")}  # «أما على مستوى X»


def _topic(end: int, keys: list[str]) -> tuple[int, int] | None:
    """«(أما) بالنسبة ل X، فـ…», «أما X فـ…»: the topic X ending at `end` (or at the comma there) that the «ف» clause
    measures is the subject of its verb (§3 subject: the grammatical subject of بلغ/انخفض…); the topic may lie
    before the phrase of the figure, which a comma ends, but not before its sentence."""
    if end >= 0 and keys[end] in COMMAS:
        end -= 1
    for m in range(end, max(-1, end - AS_FOR_WORDS), -1):
        if keys[m] in CLAUSE_END or keys[m] in COMMAS:
            return None
        if keys[m] in AS_FOR:
            start = m + 1
            while start < end and (keys[start] in AS_FOR or keys[start] in AS_FOR_LINKS
                                   or tuple(keys[start:start + 2]) in AS_FOR_LEVELS):
                start += 1 + (tuple(keys[start:start + 2]) in AS_FOR_LEVELS)  # («أما بالنسبة للمعدلات», «أما على
                # مستوى الاستثمار …»)
            return (start, end) if start <= end and keys[start] not in PREPOSITIONS else None  # («أما في تعز»: a place)
    return None


def _opens_clause(k: int, keys: list[str], v0: int) -> bool:
    """Word k opens its clause: only proclitics («و») stand between it and the clause start or a sentence end."""
    p = k - 1
    while p >= v0 and keys[p] in PROCLITIC_TOKENS:
        p -= 1
    return p < v0 or keys[p] in CLAUSE_END


DESCRIBED_HEAD_WORDS = 3  # «تسديد قروض عملية الإنقاذ البالغة»: at most three construct nouns before the definite ones


def _described_head(n: int, v0: int, words, keys, feminine: bool) -> int:
    """First word of the noun phrase that ends at n and that «البالغ/البالغة» describes: back over its definite
    words («الشريحة الثانية», «النفط والغاز»), then over the construct nouns before them as far as one that agrees
    with the participle in gender («قروض عملية الإنقاذ البالغة», «مستحقات شركات النفط والغاز البالغة», «معدل إنتاج
    X البالغ»), not past a preposition, a glued proclitic or a definite word (§3 subject: the noun phrase measured;
    like the antecedent of «الذي/التي» in `_np_before`)."""
    definite = ("ال", "وال")
    k = n
    if keys[n].startswith(definite):
        while k - 1 >= v0 and keys[k - 1].startswith(definite) and words[k - 1].isalpha() and keys[k - 1] not in PARTICLES \
                and (keys[k].startswith("وال") or keys[k].endswith(("ي", "ية", "ة", "ى"))):
            k -= 1  # an adjective or a coordinated noun («الشريحة الثانية»), not an object («وأغلقت الفرق المداخل»)
    head = k
    for w in range(k - 1, max(v0, k - DESCRIBED_HEAD_WORDS) - 1, -1):
        if not words[w].isalpha() or keys[w].startswith(definite) or keys[w] in PARTICLES or keys[w] in SUBJECT_STOP \
                or keys[w] in NP_BEFORE_STOP or _bare(keys[w]) != keys[w] or keys[w].startswith("و") \
                or (w > 0 and keys[w - 1] in PASSIVE_AUXILIARIES):
            break  # («تم استخدام الباقي البالغ»: the verbal noun of a passive is no head)
        if (_bare(keys[w]).endswith(FEMININE_ENDS) or _looks_plural(keys[w], words[w])) == feminine:
            head = w
    return head


DESCRIBING = ("البالغ", "البالغة")


def _described_share(i: int, keys: list[str]) -> bool:
    """«لبيع حصتها البالغة 50 في المائة»: a percent right after «البالغ/البالغة» measures the noun the participle
    describes, as a count there does (§3 subject: the grammatical subject of «بلغ»); an age after it keeps its unit
    («الجنرال البالغ 61 عاما», decision 35)."""
    return i > 0 and unglued(keys[i - 1]) in DESCRIBING


def subject(fact: Fact, words, keys, spans, clause: int, end: int, is_change: bool = False) -> list[int] | None:
    """Word range of what the number counts or measures, as [start, end] characters.

    None for a change figure without a phrase of its own: the component then gives it the
    subject of the figure it follows (GUIDELINES §6).
    """
    i, j = fact.first, fact.last
    if fact.age:
        return None  # «شاب في العشرين»: an age without its unit (adjudication 35)
    if fact.head >= 0:
        return _span((fact.head, fact.head), spans)  # «الشهداء الـ15»: the plural noun counted (decision 57)
    if fact.type == "duration" and (u := next((k for k in range(i, j + 1) if keys[k].removeprefix("ال") in TIME_UNIT_KEYS),
                                              None)) is not None:
        return _span((u, u), spans)  # «ساعة ونصف», «عام ونصف العام», «أربع سنوات ونصف السنة»: the unit itself
    if fact.type == "count" and fact.value < 1 and i == j and keys[i].startswith("ال") and i > clause \
            and words[i - 1].isalpha() and keys[i - 1] not in SUBJECT_STOP:
        return _span((i - 1, i - 1), spans)  # «أغلبية الثلثين»: a number after its noun (adjudication 34)
    if fact.type == "duration" and j > i and not words[i][:1].isdigit() and keys[j] in ("نصف", "النصف", "ونصف", "والنصف"):
        return _span((i, i), spans)  # «سنتين ونصف»: the dual of the unit
    if fact.type == "ratio" and fact.total and keys[i].startswith("واحد") and i > clause and words[i - 1].isalpha():
        return _span((i - 1, i - 1), spans)  # «مباراة واحدة من أصل 11»: the noun before «one»
    if fact.type == "ratio" and fact.total and j > i + 3 and keys[i + 2] == "من" and keys[i + 3] in ("مجموع", "اجمالي") \
            and words[i + 1].isalpha():
        return _span((i + 1, i + 1), spans)  # «123 شخصا من مجموع 212»: the noun inside the span
    if _restatement(i, words, keys, clause, fact.type):  # a restatement («أي ما يعادل 54.4%», «أي 15 ألف طالب»)
        return _span(_np_after(j + 2, words, keys, end), spans) if j + 1 < end and keys[j + 1] == "من" else None
    if fact.type == "count" and (item := _market_item(i, j, words, keys, clause, end)) is not None:
        return _span(item, spans)  # «أغلق مؤشر السوق أمس، مرتفعا 43 نقطة»: the index or stock moved (decision 146)
    if fact.type != "duration" and (rng := _shifted_metric(i, j, words, keys, clause, end)) is not None:
        return _span(rng, spans)  # «تقليص سعة الملعب من 45 ألف مقعد إلى 35 ألف»: the metric moved (decision 208)
    phrase = _phrase_start(i, words, clause)
    nxt = _after_figure(i, j, words, keys, end)
    if fact.type == "count" and (heat := _temperature(i, nxt, keys, clause, end)) is not None:
        return _span(heat, spans)  # «درجات الحرارة التي لامست 50 درجة مئوية»: the temperature, not its degrees
    money = nxt < end and is_currency(keys[nxt])
    before = [k for k in keys[max(clause, i - 3):i] if k not in PROCLITIC_TOKENS and k not in OPENERS_BEFORE][-2:]
    if money and not is_change and (rng := _reached_value(i, keys, clause)) is not None:
        return _span(rng, spans)  # «التي تبلغ قيمتها 315 مليار يورو»: the predicate of «تبلغ» (§3, decision 293)
    if nxt + 1 < end and keys[nxt] in OF_PRONOUNS and keys[nxt + 1] == "من":
        nxt += 1  # «(5) منهم من رجال الأمن»: of them, men of the security forces
    elif (money and before and before[-1].startswith(NO_SUBJECT_AFTER) and not is_change
          and (amount := _amount_of_metric(words, keys, clause, i)) is None) or (nxt < end and keys[nxt] in OF_PRONOUNS) \
            or (money and not is_change and _price_noun(i, keys, clause)):
        return None  # («بقيمة إجمالية بلغت نحو 3.62 مليون ريال», «عند سعر 36.5 ريال»: a price, decision 145)
    elif money and before and before[-1].startswith(NO_SUBJECT_AFTER) and not is_change:
        return _span(amount, spans)  # «وبلغ صافي الخسارة …، مبلغ 901 مليون ريال»: the metric (§7)
    if fact.type == "percent" and not (nxt < end and keys[nxt] == "من") \
            and (rate := _rate_limit(keys, clause, i)) is not None:  # «زيادة عدد الزوار بنسبة تصل إلى 50%»
        at = rate + 1  # read as «بنسبة 50%»: the metric, the changed phrase or the measure before «بنسبة»
        v0 = _phrase_start(rate, words, clause)  # («بنسبة لا تتجاوز (10%)»: the phrase before the bracket)
        return _span(_metric(words, keys, v0, at) or (_changed_np(words, keys, v0, at) if is_change else None)
                     or _measured_np(at, words, keys, v0), spans)
    if (b := _split_bound(keys, clause, i)) is not None:
        k = b[1] + 1
        while k < i and keys[k] in PROCLITIC_TOKENS:
            k += 1
        stop = k
        while stop < i and keys[stop] not in ("عن", "على") and keys[stop].isalpha():
            stop += 1
        if stop > k and (_bare(keys[k]).removeprefix("ال").startswith(METRIC_NOUNS) or (
                money and keys[k].startswith(MEASURE_NOUNS) and keys[k].endswith(POSSESSIVE))):
            return _span((k, stop - 1), spans)  # «تزيد إجمالي أجرتها السنوية عن (300) ألف», «لا تقل قيمتهما عن 20
            # مليون دولار»: the value bounded, of money (not «يزيد طولها على 280 كيلومتراً»: the written gold's unit)
    if fact.type == "percent" and not (nxt < end and keys[nxt] == "من") \
            and (rng := _share_object_of(i, words, keys, phrase)) is not None:
        return _span(rng, spans)  # «فقدت نسبة 3%», «فأضاف الأول نسبة 1.79%»: what gained or lost the share
    if fact.type == "percent" and (rng := _rate_of_witnessed_change(i, words, keys, phrase)) is not None:
        return _span(rng, spans)  # «سجل الاقتصاد نموا نسبته 7.4%»: what saw the change, not «نسبته»
    if i > clause and not (nxt < end and keys[nxt] == "من") and (keys[i - 1] in ("نسبة", "النسبة") or (
            fact.type == "percent" and keys[i - 1] in YIELD_NOUNS) or (
            keys[i - 1].endswith(("ه", "ها", "هم")) and keys[i - 1].startswith(MEASURE_NOUNS)
            and (money or nxt >= end or not keys[nxt].isalpha()))):  # («ارتفاعها 15 مترا»: the unit, as §3)
        return _span((i - 1, i - 1), spans)  # «نسبة 7%», «شكلت النسبة 7%», «بفائدة 12%», «مشروع حجمه مليارا دولار»
    if (k := _count_pronoun(i, keys, clause)) is not None:
        return [spans[k][0] + keys[k].startswith("و"), spans[k][1]]  # «وعددهم 29 متهما»: «عددهم»
    unit_ahead = any(keys[k] in TIME_UNIT_KEYS for k in range(j + 1, min(end, j + RANGE_UNIT_WINDOW)))
    if fact.type != "duration" and not unit_ahead \
            and (metric := _range_metric(i, words, keys, spans, clause)) is not None:
        return metric  # (an age bracket keeps its unit, «من 18 وحتى 48 سنة», decision 94)
    if (rng := _metric_noun_phrase(i, words, keys, phrase)) is not None:
        return _span(rng, spans)  # «وعدد فحوصات الكيمياء 145611 فحصا», «ومجموعها تقريباً 11 ألف ريال»
    if (money or fact.type == "percent") and not (nxt < end and keys[nxt] == "من") \
            and (rng := _exceeded_np(i, words, keys, phrase)) is not None:
        return _span(rng, spans)  # «بغرامة مالية لا تزيد على ثلاثة ملايين ريال», «سقف سنوي لا يزيد عن 3%»
    if fact.type == "count" and (rng := _estimated_metric(i, words, keys, phrase)) is not None:
        return _span(rng, spans)  # «قُدّرت حصيلتهم الأولية بأكثر من 400», «عدد الأطباء يفوق الستين طبيباً» (55)
    if fact.type == "count" and (dim := _dimension_noun(i, words, keys, spans, clause,
                                                        nxt < end and keys[nxt] in SIZE_UNITS)) is not None:
        return dim  # «بئر عمقها ٢٥ مترا», «بطول يزيد عن 4 كلم»: the dimension measured (decision 185)
    if fact.type != "duration" and (rng := _reached_metric(i, words, keys, clause)) is not None:
        return _span(rng, spans)  # «فيما بلغ عدد الفحوصات التي أجريت في علم أبحاث الدم 12141 فحصا»
    if (money or fact.type == "count") and (rng := _coordinated_np(i, words, keys, clause, money)) is not None:
        return _span(rng, spans)  # «ويبلغ سعر البنزين 1.83 درهم والديزل 2.35 درهم», «مقابل صافي ربح 92 مليون ريال»
    if words[i][:1].isdigit() and nxt + 1 < end and _coordinated_figure(nxt, words, keys) \
            and (rng := _shared_partitive(nxt, words, keys, end)) is not None:
        return _span(rng, spans)  # «استشهاد (15) وإصابة (33) من رجال الأمن»: one «من NP» for both (decision 147)
    if words[i][:1].isdigit() and (nxt + 1 < end and _coordinated_figure(nxt, words, keys)
                                   or (nxt < end and _imperfect_plural(keys[nxt]))
                                   or (nxt + 1 < end and _imperfect_with_object(keys[nxt], keys[nxt + 1]))):
        return None  # «إصابة نحو 100 يعالجون», «لتدريب 2302 تشمل الأطباء»: a verb follows, no noun is counted
    if i == j and keys[i].startswith("ال") and not words[i][:1].isdigit() and nxt < end and keys[nxt].endswith("ون") \
            and not keys[nxt].startswith("ال") and (i == clause or not keys[i - 1].startswith("ال")):
        return None  # «إن الثلاثة ضالعون»: the number stands alone, a plural predicate follows (adjudication 34)
    if (level := _level_after_change(fact, words, keys, spans, clause, end)) is not None:
        return level
    rng = None
    after_noun = fact.first == fact.last and i > clause and not words[i][:1].isdigit() and (
        (keys[i].startswith("ال") and keys[i - 1].startswith("ال")) or keys[i].startswith("واحد"))
    if fact.type in ("count", "duration") and nxt + 1 < end and keys[nxt] == "من" and keys[nxt + 1] != "اصل" \
            and not words[nxt + 1][:1].isdigit() and not after_noun:
        if keys[nxt + 1] in GROUP_NOUNS:
            return None  # «قتل 6 من جماعة …», «أصيب 4 من عائلة»: members of one group, no counted noun
        rng = _np_after(nxt + 1, words, keys, end)  # «عشرة من رجال الشرطة»
    # a figure that opens a bracket («وقد وصل العدد إلى (148) مضربا», «ويبلغ عرضه (40 مترا)»): the phrase stops at
    # the bracket, but the words before it hold the verb and its metric (§3 subject, decision 320)
    outer = _phrase_start(i - 1, words, clause) if phrase == i and i > clause and words[i - 1] == "(" else phrase
    if rng is None and fact.type in ("count", "duration") and _up_to(i, keys, clause):
        rng = _np_after(nxt, words, keys, end)  # «بحياة ما يصل إلى 3976 شخصا»: «up to», the noun counted after it
    if rng is None and fact.type == "count" and before and (before[-1] in LEVEL_BEFORE or before[-1] in AMOUNT_OF):
        rng = _metric(words, keys, outer, i)
    if rng is None and fact.type == "count" and _after_to(i, keys, outer):
        rng = _raised_to(words, keys, outer, i)  # «ارتفاع عدد العاطلين … إلى 20 مليون عاطل»: the metric
    if fact.type in ("percent", "ratio") and nxt < end and keys[nxt] in ("من", "ممن") and not (i and words[i - 1] == "("):
        rng = _np_after(nxt + (keys[nxt] == "من"), words, keys, end)  # «"85%" من السكان» (a bracketed one restates:
        # «(12%) من الإجمالي»); «90% ممن يدخنون»: «ممن» (of those who) opens the phrase
    if rng is None and fact.type == "rank" and j + 1 < end and SUPERLATIVE.match(keys[j + 1]):
        rng = _np_after(j + 1, words, keys, end)  # «ثاني أكبر المدن الكردية»: the superlative phrase
    if rng is None and fact.type == "rank":
        for k in range(j + 1, end):
            if words[k] in CLAUSE_END:
                break
            if keys[k] == "حيث" or _bare(keys[k]).startswith(RANK_CRITERIA) or keys[k].startswith(RANK_CRITERIA):
                rng = _np_after(k + 1 if keys[k] == "حيث" else k - 1, words, keys, end, 8)
                break
    if rng is None and fact.type == "rank" and (k := _ranked_in(i, j, keys, clause, end)) is not None:
        rng = _np_after(k, words, keys, end)  # «احتلت المرتبة الخامسة عالميا في احتياطي النفط»: the criterion
    if rng is None and fact.type == "count" and (r := _reaching_before(i, keys, outer)) is not None \
            and r - 1 >= outer and words[r - 1].isalpha() and keys[r - 1] not in SUBJECT_STOP:
        cut = len(keys[r - 1]) - len(_bare(keys[r - 1])) if keys[r - 1][:1] == "ب" else 0  # («بأطوال»: ب outside)
        return [spans[r - 1][0] + cut, spans[r - 1][1]]  # «بأطوال تقارب (80 كيلومتراً)»: the noun before the verb
    described_share = fact.type == "percent" and _described_share(i, keys)
    v = _predicate_verb(keys, outer, i) if rng is None and (fact.type == "count" or described_share) else None
    if v is not None and v < i - 1:
        rng = _metric(words, keys, outer, i)  # «بلغ عدد الحوادث 120 حادثاً»: the metric (§3)
    elif v is not None and v == i - 1 and (verb := unglued(keys[v])).startswith(REACH_VERBS):
        if verb in DESCRIBING:  # «المسارات البالغة 34 كبينة»: the noun the participle describes
            n = v - 2 if v - 2 >= outer and keys[v - 1] in PROCLITIC_TOKENS else v - 1  # («المسارات والبالغة 34»)
            rng = (_described_head(n, outer, words, keys, verb == "البالغة"), n) if n >= outer and words[n].isalpha() \
                else None
        elif not verb.startswith("البالغ"):  # («من البالغين 403»: the adults)
            rng = _np_before(words, keys, v, outer)  # «وبعدد قضايا بلغت 1915 حالة»
    if rng is None and fact.type == "count" and words[i][:1].isdigit() and _bare_predicate(j, words, keys, end):
        rng = _predicate_np(i, words, keys, phrase)  # «أما عدد المراجعين من الأطفال 407 و…»
    if rng is None and (fact.type in ("percent", "ratio", "rank") or money or is_change):
        rng = _metric(words, keys, phrase, i)
    if rng is None and is_change:
        rng = _changed_np(words, keys, phrase, i)
    if rng is None and is_change:
        return None
    if rng is None and fact.type == "percent" and not (j + 1 < end and keys[j + 1] == "من"):
        # «تقليص احتياطات اليورانيوم في إيران بنسبة 98%»: what the change word moves; «تحصيل رسوم بنسبة 12 في المئة»:
        # the noun the rate is of
        rng = _shifted_np(i, words, keys, phrase) or _measured_np(i, words, keys, phrase)
    if rng is None and fact.type != "rank" and i and lookup_key(words[i]).startswith("ال") \
            and (definite_head(i - 1, keys) or has_possessive(i - 1, words, keys)) and not words[i][:1].isdigit():
        rng = _noun_before(i, words, keys, clause)  # «الأشهر الستة», «الأبيات الأحد عشر»: the noun before the number
        rng = _construct_head(rng, words, keys, clause)  # «فصول الكتيب الثلاثة»: the plural that heads a singular
    if rng is None and fact.first == fact.last and i > clause and fact.value == 1 and keys[i].startswith("واحد") \
            and words[i - 1].isalpha():
        rng = _noun_before(i, words, keys, clause)  # «سنة واحدة»: «واحد» follows the noun it counts
    two = keys[i].removeprefix("ال") in TWO_WORDS  # «اثنين من مواطنيها», «الاثنان»: a number word, not a dual noun
    if fact.first == fact.last and two and keys[i].startswith("ال") \
            and not (i > clause and keys[i - 1].startswith("ال") and keys[i - 1].endswith(("ين", "ان"))):
        return None  # «واتفق الاثنان»: «the two» stands for its noun (adjudication 34)
    if rng is None and fact.first == fact.last and two and i > clause \
            and keys[i - 1].endswith(("ين", "ان")) and words[i - 1].isalpha():
        k = i - 1  # «مسلحين اثنين», «مقتل عسكريين تركيين اثنين»: the dual noun and its adjectives
        while k - 1 >= clause and keys[k - 1].endswith(("ين", "ان")) and words[k - 1].isalpha() and i - k < 3:
            k -= 1
        rng = (k, i - 1)
    if rng is None and i == j and keys[i].startswith("ال") and parse_words([keys[i][2:]]) is not None and j + 1 < end \
            and keys[j + 1] in RELATIVES:
        k = i - 1 - (i - 1 > clause and words[i - 1] in ('"', "»", "”"))  # past a closing quote
        if k >= clause and keys[k].startswith("ال") and words[k].isalpha():
            first = k - 1 if k - 1 >= clause and keys[k - 1].startswith("ال") and words[k - 1].isalpha() else k
            return _span((first, k), spans)  # «"الخلفاء الراشدين" الثلاثة الذين»: the noun before (adjudication 34)
        return None  # «إن الأربعة الذين اعتقلوا»: the number stands for its noun
    if rng is None and fact.type in ("count", "duration", "ratio"):
        rng = _np_after(nxt, words, keys, end)  # «استشهاد (15) مصلياً», «ما يزيد على "600" شخص»
    if fact.first == fact.last and not words[i][:1].isdigit() and fact.value == 2 and fact.type in ("count", "duration") \
            and not two:
        rng = _np_after(i, words, keys, end, 2)  # a dual: the phrase starts with the dual word
    if rng is not None and rng[0] > j and (_clause_verb(keys[rng[0]]) or _prepositional(rng[0], keys, j)):
        return None  # «بينهم 250 ألف نزحوا من …», «وهناك 39 تلقوا العلاج»: no noun stated (adjudication 34)
    if rng is not None and rng[0] == rng[1] and PARTICLES & {keys[rng[0]], keys[rng[0]].removeprefix("و")}:
        return None  # «بين 20 وال25», «بين 20 أو 30»: a particle alone counts nothing (GUIDELINES §3 subject)
    while rng is not None and rng[0] < rng[1] and (keys[rng[0]] in THAT or keys[rng[0]] in QUOTES
                                                   or keys[rng[0]] in TOPIC_OPENERS or keys[rng[0]] in COPULAS
                                                   or (rng[0] > j and keys[rng[0]] in AMONG)
                                                   or keys[rng[0]] in TIME_ADVERBS):
        rng = (rng[0] + 1, rng[1])  # «أن انتحاريين اثنين», «أن ” عدد القتلى بلغ»: the subject starts after «أن»/a quote,
        # the topic particle «أما» or a copula («أما إصدارات السعودية فبلغت», «كانت المعدلات قد سجلت»), and after the
        # «بين» of a breakdown («استشهد (37) مابين رجال أمن ومواطنين»: the real-train gold in 5 of 5) or an adverb
        # («وبلغ بالأمس تبديله 408 ريالات», «ويبلغ أيضا عدد المتنافسين»)
    span = _glued_ratio(rng, i, words, keys, spans)
    if span is not None and span[0] == spans[i][0] < fact.start:
        span[0] = fact.start  # «لحدثين عالميين», «والهدفان اللذان»: a proclitic the number's span leaves out (§6)
    return span


AMONG = keys("بين", "مابين")  # «(37) مابين رجال أمن ومواطنين»: «among», no part of the noun counted
RESTATING = keys("يعادل", "تعادل", "يساوي", "يوازي", "توازي", "مجمله")
THAT_IS = keys("أي")


def _restatement(i: int, words: list[str], keys: list[str], clause: int, kind: str) -> bool:
    """The figure at i restates the one before it (§3: a restatement has subject null): after «يعادل/يوازي/ما
    مجمله» («أي ما يعادل 54.4%», «وهي تعادل 130 مليار دولار», «أي ما مجمله 29 مليار»), or a count or share right
    after «أي» or «أي ما» («أي 15 ألف طالب», «أي ربع قوات الشرطة», «أي ما يفوق 236 مليون ريال»); a duration keeps
    its unit («أي عشر سنوات»), and «أي من البلدين» (any of) and «تعادل الطرفين» (a draw) restate nothing."""
    if any(k in RESTATING for k in keys[max(clause, i - 2):i]) and (words[i][:1].isdigit() or keys[i - 1] != "تعادل"):
        return True
    k = i - 1
    while k > clause and (keys[k] in LEVEL_QUALIFIERS or keys[k] in BRACKET_OR_QUOTE):
        k -= 1
    if kind == "duration" or k < clause or (keys[k] in THAT_IS and keys[k + 1] == "من"):
        return False
    return keys[k] in THAT_IS or (k - 2 >= clause and keys[k - 1] == "ما" and keys[k - 2] in THAT_IS)


TOPIC_OPENERS = keys("أما", "وأما")
CLAUSE_VERBS = PASSIVE_AUXILIARIES | keys("سبق")  # «ثلاثة سبق إيقافهم», «أربعة آلاف تم التعرف عليهم»
PLURAL_VERB_STEM = 3  # «نزحوا», «نقلوا», «أطلقوا»: a past verb of three letters or more before «-وا» (not «عضوا»)


def _clause_verb(key: str) -> bool:
    """A verb that opens a clause right after a bare figure: a past plural («نزحوا», «تلقوا») or «تم/سبق». The figure
    then stands for a noun not stated and counts nothing after it (adjudication 34: no noun gives null)."""
    return key in CLAUSE_VERBS or (key.endswith("وا") and len(key) - 2 >= PLURAL_VERB_STEM and not key.startswith("ال")
                                   and key.isalpha())


WOUNDS = keys("بجروح", "بجراح")


def _prepositional(k: int, keys: list[str], j: int) -> bool:
    """The phrase at k after the figure ending at j opens with a preposition: «ل/ب» + the article, glued or parted
    by the tokenizer («منها 38 للبنين», «عوقب 269 بالسجن»), or «بجروح» («وأصيب نحو مائة بجروح»); a counted noun after
    a figure is indefinite and bare, so the figure counts a noun not stated (adjudication 34: null), not «بالغا»."""
    key = keys[k]
    if k - 1 > j and keys[k - 1] in ("ل", "ب"):
        return key.startswith(("ل", "ال"))  # («ل» + «لطلاب»: the article's alef dropped after «ل»)
    return key in WOUNDS or (key.startswith(("لل", "بال")) and len(key) > 4 and not key.startswith("بالغ"))


AMOUNT_WORDS = {"مبلغ"}  # «بلغ صافي الخسارة …، مبلغ 901 مليون»: the noun after the verb, not «بمبلغ»
REACH_WINDOW = 16
TRAILING_QUALIFIERS = {"تقريبا", "نحو", "حوالي", "قرابة", "ما", "يقارب", "يقرب", "من"}


SPLIT_BOUNDS = {"تزيد": "gt", "يزيد": "gt", "تقل": "lt", "يقل": "lt"}
SPLIT_BOUND_WINDOW = 7
FUTURE_NEGATIONS = NEGATIONS | {"لن", "ولن"}


ESTIMATE_VERBS = ("قدر", "تقدر", "يقدر")
EXCEED_REACHING = {"يفوق", "تفوق", "فاق", "فاقت", "يناهز", "تناهز", "ناهز", "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت"}
ESTIMATE_WINDOW = 12
BRACKET_OR_QUOTE = {"(", "ال"} | QUOTES
BOUND_BY = BOUND_WORDS | MORE_LESS  # «بأكثر من», «بنحو»: after a glued «ب»


def _estimated_metric(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """Decision 55: «قُدّرت حصيلتهم الأولية بأكثر من 400 قتيل» → the estimated phrase after the verb (from its metric
    noun when it has one: «قدرت السلطات عدد الأشخاص … بنحو مليون»); «عدد أطباء المحافظة يفوق الستين طبيباً» → the
    verb's subject when it is a metric; else nothing here (the counted noun after the figure)."""
    k = i - 1
    while k > v0 and keys[k] in BOUND_BEFORE_FIGURE:
        k -= 1
    if k >= v0 and _bare(keys[k]) in EXCEED_REACHING and k - 1 >= v0:
        rng = _np_before(words, keys, k, v0)
        if rng and keys[rng[0]].removeprefix("ال").startswith(METRIC_NOUNS):  # (not «بعدد يتجاوز 8000 زائر»)
            return rng
        return None
    by = next((m for m in range(i - 1, max(v0, i - 4) - 1, -1) if keys[m].startswith("ب") and (
        keys[m] in ("ب", "بـ") or keys[m][1:] in BOUND_BY)), None)
    if by is None:
        return None
    for v in range(by - 1, max(v0, by - ESTIMATE_WINDOW) - 1, -1):
        if keys[v] in CLAUSE_END or words[v][:1].isdigit():
            return None
        if _bare(keys[v]).startswith(ESTIMATE_VERBS) or keys[v].startswith(ESTIMATE_VERBS):
            start = next((m for m in range(v + 1, by) if _bare(keys[m]).removeprefix("ال").startswith(METRIC_NOUNS)
                          and not keys[m].endswith(("ية", "ة"))), v + 1)  # (not the adjective «الإجمالية»)
            return (start, by - 1) if start < by and keys[start].isalpha() else None
    return None


EXCEED_BY = {"تزيد", "يزيد", "تتعدى", "يتعدى"}  # «تزيد على/عن N», «لا تتعدى N» (decision 93)
EXCEEDING = EXCEED_REACHING | EXCEED_BY
EXCEED_BOUNDS = BOUND_WORDS | {"على", "عن"} | PROCLITIC_TOKENS | BRACKET_OR_QUOTE


def _exceeded_np(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """Money or a percent after «(لا) تزيد على/عن، تتجاوز، تفوق، تتعدى» is the predicate of a reaching verb (decisions
    16, 55, 93): its subject is the noun phrase before the verb, not the currency («بغرامة مالية لا تزيد على ثلاثة ملايين
    ريال» → «غرامة مالية», «استثمارات تزيد عن 100 مليار ريال» → «استثمارات», «سقف سنوي لا يزيد عن 3%»); None when no
    noun stands there («أي ما يفوق», «بما لا يتجاوز»: a restatement or a bound, left to the other rules)."""
    k = i - 1
    while k > v0 and keys[k] in EXCEED_BOUNDS:
        k -= 1
    if k <= v0 or _bare(keys[k]) not in EXCEEDING:
        return None
    v = k - 1 if keys[k - 1] in NEGATIONS else k
    while v > v0 and keys[v - 1] in PROCLITIC_TOKENS:
        v -= 1  # («و لا تزيد»: a detached «و»)
    if v <= v0 or not words[v - 1].isalpha() or keys[v - 1] in CLAUSE_WORDS or keys[v - 1] in SUBJECT_STOP \
            or keys[v - 1] in COPULAS or is_currency(keys[v - 1]) \
            or any(_bare(keys[m]) in PRICE_NOUNS for m in range(max(v0, v - PRICE_GAP), v)):
        return None  # («كانت لا تتجاوز 3%»: the subject is further back; «لا تقل عن 250 ألف درهم ولا تزيد على»;
        # «بقيمة تزيد على»: a price, §7)
    rng = _np_before(words, keys, v, v0)
    if rng is None or keys[rng[1]].startswith("ال") or not keys[rng[1]].isalpha():
        return rng
    return _described_noun(rng[0], rng[1], keys), rng[1]


def _described_noun(start: int, end: int, keys) -> int:
    """The start of the indefinite noun at `end` (back over one or two indefinite adjectives: «مبالغ مالية تصل إلى»,
    «سقف سنوي لا يزيد») that the verb after it describes."""
    m = end
    while m - 1 >= start and keys[m].endswith(("ية", "ي", "ة")) and not keys[m - 1].startswith("ال") \
            and keys[m - 1].isalpha() and keys[m - 1] not in PROCLITIC_TOKENS and end - m < 2:
        m -= 1
    return m


def _split_bound(keys: list[str], clause: int, i: int) -> tuple[str, int] | None:
    """(qualifier, verb index) for «يزيد/تقل + subject + عن/على + figure»; the subject must be there (two
    words or more), else the plain bound «تزيد على» of QUALIFIERS applies."""
    k = i - 1
    while k > clause and keys[k] in BRACKET_OR_QUOTE:
        k -= 1
    if keys[k] not in ("عن", "على", "الى", "إلى"):
        return None
    for v in range(k - 2, max(clause, k - SPLIT_BOUND_WINDOW) - 1, -1):
        if keys[v] in CLAUSE_END or keys[v] in COMMAS or keys[v][:1].isdigit():
            return None
        if keys[k] in ("الى", "إلى"):
            if v and keys[v - 1] in ("قد", "وقد") and _bare(keys[v]) in ("تصل", "يصل"):
                return "lte", v  # «قد تصل عقوباتها إلى 6 سنوات»: at most
            continue
        if _bare(keys[v]) in SPLIT_BOUNDS:
            q = SPLIT_BOUNDS[_bare(keys[v])]
            if v and keys[v - 1] in FUTURE_NEGATIONS:
                q = {"gt": "lte", "lt": "gte"}[q]  # «لن تزيد بأي حال عن 3%»: at most
            return q, v
    return None


LIMIT_VERBS = {"تصل", "يصل", "تزيد", "يزيد", "تفوق", "يفوق", "تتجاوز", "يتجاوز", "تقل", "يقل", "تتعدى", "يتعدى",
               "تقارب", "يقارب", "تناهز", "يناهز", "تتخطى", "يتخطى",
               "بلغت", "بلغ", "تبلغ", "يبلغ", "وصلت", "وصل"}  # «بنسبة تصل إلى/تزيد عن/لا تتجاوز/بلغت N%»
LIMIT_FILLERS = {"ما", "قد", "الى", "إلى", "عن", "على", "من", "نحو", "حوالي"} | NEGATIONS | BRACKET_OR_QUOTE
RATE_LIMIT_WORDS = 5


def _rate_limit(keys: list[str], clause: int, i: int) -> int | None:
    """Index of «بنسبة/بمعدل» when only a limit verb with its bound («تصل إلى», «تزيد عن», «لا تتجاوز (»)
    stands between it and the percent at i: the rate is read as if it followed «بنسبة» directly, so it keeps
    the direction and the measure named before «بنسبة» (§3 change, decision 96; the verb gives only the
    qualifier, decision 93)."""
    verb = None
    for k in range(i - 1, max(clause, i - RATE_LIMIT_WORDS) - 1, -1):
        key = keys[k]
        if key in ("بنسبة", "بنسبه", "بمعدل"):
            return k if verb is not None else None
        if verb is None and (_bare(key) in LIMIT_VERBS or key in LIMIT_VERBS):  # («بلغت»: no glued «ب»)
            verb = k
        elif key not in LIMIT_FILLERS and key not in PROCLITIC_TOKENS:
            return None
    return None


PRICE_GAP = 5  # «بقيمة إجمالية بلغت نحو»: an adjective, a reaching verb and a qualifier


def _price_noun(i: int, keys: list[str], clause: int) -> bool:
    """The figure at i is the value of a price or amount noun after «ب/و/عند» («بسعر», «وسعر», «بقيمة», «عند سعر»),
    right before it or past a reaching verb («تصل إلى», «بلغت نحو») and the noun's adjective («إجمالية»). A bare
    qualifier alone between («بقيمة حوالي 8.7 مليار دونغ») is left to the currency, as the written gold reads it."""
    k, verb = i - 1, False
    while k > clause and i - k <= PRICE_GAP and (
            keys[k] in BOUND_BEFORE_FIGURE or _bare(keys[k]) in REACHING or unglued(keys[k]).startswith(REACH_VERBS)
            or keys[k] in EXCEED_REACHING or keys[k].removeprefix("ال").startswith("اجمالي")):  # («بقيمة تجاوزت»)
        verb = verb or keys[k] not in BOUND_BEFORE_FIGURE
        k -= 1
    if k <= clause or not (verb or all(keys[m] in BRACKET_OR_QUOTE or keys[m] in PROCLITIC_TOKENS
                                       for m in range(k + 1, i))):
        return False
    return (keys[k] in PRICE_NOUNS and keys[k - 1] in PRICE_BEFORE) \
        or (keys[k][:1] in ("ب", "و") and keys[k][1:] in PRICE_NOUNS)


def _amount_of_metric(words, keys, clause: int, i: int) -> tuple[int, int] | None:
    """«وبلغ صافي الخسارة للربع الثاني، مبلغ 901 مليون ريال», «صافي القروض بلغ في 30 يونيو مبلغ 14,962 مليون»:
    «مبلغ» restating the predicate of a reaching verb earlier in the clause; its subject is that verb's metric."""
    if not (i and keys[i - 1] in AMOUNT_WORDS) or (i >= 2 and keys[i - 2] in ("ب", "بـ")):
        return None
    for v in range(i - 2, max(clause, i - REACH_WINDOW) - 1, -1):
        if keys[v] in CLAUSE_END:
            return None
        if unglued(keys[v]).startswith(REACH_VERBS) and not unglued(keys[v]).startswith("البالغ"):
            if v + 1 < i - 1 and keys[v + 1].isalpha() and keys[v + 1] not in SUBJECT_STOP:
                stop = v + 1
                while stop < i - 1 and keys[stop].isalpha() and keys[stop] not in SUBJECT_STOP and stop - v <= 5:
                    stop += 1
                return v + 1, stop - 1
            return _np_before(words, keys, v, clause)
    return None


VALUE_OF = keys("قيمته", "قيمتها", "قيمتهما", "قيمتهم")
TOTAL_OF = keys("إجمالي", "اجمالي")


def _reached_value(i: int, keys: list[str], clause: int) -> tuple[int, int] | None:
    """«التي تبلغ قيمتها 315 مليار يورو», «يبلغ إجمالي قيمتها 15.56 مليار», «التي تصل قيمتها إلى مائة ألف يورو»: «its
    value» as the subject of a reaching verb right before it is the metric (§3 predicate of بلغ/وصل, decision 293);
    after a bare noun («قرضا قيمته 100 مليون دولار») it stays null (decision 76)."""
    k = i - 1
    while k > clause and (keys[k] in LEVEL_OR_PROCLITIC or keys[k] in TO_WORDS or keys[k] in BRACKET_OR_QUOTE):
        k -= 1
    if k <= clause or keys[k] not in VALUE_OF:
        return None
    start = k - 1 if keys[k - 1] in TOTAL_OF else k
    verb = unglued(keys[start - 1]) if start > clause else ""
    return (start, k) if verb.startswith(REACH_VERBS) or start < k else None


RANK_IN = {"في", "على", "ضمن"}
RANK_WHERE = ("مجموع", "دوري", "بطول", "مسابق", "سباق", "ترتيب", "جدول", "مستوى", "عالم", "كاس", "منافس", "فئة")


def _ranked_in(i: int, j: int, keys: list[str], clause: int, end: int) -> int | None:
    """«احتلت المملكة المرتبة الخامسة (عالميا) في احتياطي النفط», «المركز الأول على مؤشر الإرهاب»: after a rank noun,
    the phrase opened by «في/على/ضمن» is the criterion ranked on (GUIDELINES §3 subject of a rank), unless it names
    where the placing happened («في المجموعة», «في الدوري», «على مستوى العالم»: no criterion, subject null)."""
    if i <= clause or _bare(keys[i - 1]) not in RANK_WORDS:
        return None
    k = j + 1 + (j + 1 < end and keys[j + 1] in RANK_SCOPES)
    if k + 1 >= end or keys[k] not in RANK_IN or _bare(keys[k + 1]).removeprefix("ال").startswith(RANK_WHERE):
        return None
    return k + 1


def _metric_noun_phrase(i: int, words, keys, phrase: int) -> tuple[int, int] | None:
    """A phrase that opens with a metric noun and ends at the figure, a nominal sentence: «وعدد فحوصات الكيمياء
    الحيوية 145611 فحصا», «ومجموعها تقريباً 11 ألف ريال» (the metric, not the unit after the figure); the metric
    noun may also open a clause inside the phrase, after «أن/إن», «كان», «حيث», a quote or a glued «و»: «وقال إن
    عدد المتطوعين 70 متطوعا», «6 آلاف مدرس وعدد المؤسسات 3 آلاف مؤسسة», and a rate noun opens one the same way:
    «وكانت نسبة الرجال 59.9%، ونسبة النساء 39.3%», «ومعدل تراكمي 96.73%» (GUIDELINES §3 subject, decision 16)."""
    while phrase < i and keys[phrase] in PROCLITIC_TOKENS:
        phrase += 1
    opener = next((k for k in range(i - 1, max(phrase, i - 8) - 1, -1)
                   if (unglued(keys[k]).removeprefix("ال").startswith(METRIC_NOUNS + RATE_NOUNS) and "مجموعة" not in keys[k]
                       and (k == phrase or (k < i - 1 and (keys[k][:1] == "و" or keys[k - 1] in METRIC_OPENERS))))
                   or (k < i - 1 and keys[k - 1] in CLAUSE_OPENERS and words[i][:1].isdigit()
                       and not SUPERLATIVE.match(keys[i - 1]) and keys[i - 1] not in MORE_LESS  # («من أكبر 20 بنكاً»)
                       and keys[k].removeprefix("ال").startswith(MEASURE_OPENERS))), None)
    if opener is None or (opener > 0 and keys[opener - 1] in AMOUNT_MARKERS) \
            or (opener == i - 1 and unglued(keys[opener]) == "عدد"):
        return None  # («، بمعدل 5 آلاف وجبة», «بعدد يتجاوز 8000 زائر»: «at a rate of»; «وعدد ثلاث كليات»: «a number
        # of», written before a count in official copy; the unit counted after the figure)
    opened = opener > 0 and keys[opener - 1] in CLAUSE_OPENERS and keys[i - 1] not in SUBJECT_STOP \
        and not keys[i].startswith("ال")  # «إن/أن/كان X …» opens a clause (not «كبيرة في المرحلتين»)
    phrase = opener
    if not all(keys[k].isalpha() and (keys[k] not in SUBJECT_STOP or (opened and keys[k] in PHRASE_PREPOSITIONS))
               and keys[k] not in RELATIVES
               and not _bare(keys[k]).startswith(PREDICATE_VERBS)
               and _bare(keys[k]) not in EXCEED_REACHING
               and not _bare(keys[k]).startswith(METRIC_VERB_STEMS) for k in range(phrase, i)):
        return None
    end = i - 1
    while end > phrase and keys[end] in TRAILING_QUALIFIERS:
        end -= 1
    return phrase, end


MEASURE_OPENERS = ("تكلفة", "تكاليف", "كلفة", "مبلغ", "اجر", "سعر", "اسعار", "قيم", "حجم", "طول", "عرض", "عمق", "مساح",
                   "متوسط", "كمي", "سرع", "الحد", "حد", "رصيد", "اجمالي", "مجموع", "عدد")  # «أن تكلفة الحفر 8 مليارات دولار» (dec. 143)
PHRASE_PREPOSITIONS = {"في", "على", "عن", "لكل", "لدى", "خلال", "مع"}  # «إن معدل الكلفة لكل مركز انتخابي 27 ألف ريال»


def _reached_metric(i: int, words, keys, clause: int) -> tuple[int, int] | None:
    """«بلغ عدد الفحوصات التي أجريت في علم أبحاث الدم 12141 فحصا», «حيث بلغت درجة الحرارة في عمان 41», «تجاوزت درجات
    الحرارة في مدينة العقبة 47 درجة»: a reaching or exceeding verb followed by a metric noun, a definite noun or a
    construct further back than the predicate window; its subject runs from that noun to the figure."""
    if keys[i - 1] in ADVERBIAL_OPENERS or keys[i - 1] in RATE_MARKERS:
        return None  # («بلغ صافي الخسارة في الستة أشهر الأولى»: the figure inside a time phrase is no predicate)
    for v in range(i - 2, max(clause, i - REACH_WINDOW) - 1, -1):
        if keys[v] in CLAUSE_END or keys[v] in COMMAS or words[v][:1].isdigit():
            return None
        if unglued(keys[v]).startswith(("بلغ", "يبلغ", "تبلغ") + EXCEED_VERBS) and v + 1 < i \
                and (keys[v + 1].removeprefix("ال").startswith(METRIC_NOUNS) or (keys[v + 1].startswith("ال") and keys[v + 1].isalpha())
                     or _construct(v + 1, i, keys)):
            return (v + 1, i - 1) if i - v > 8 or any(keys[k] in SUBJECT_STOP for k in range(v + 1, i)) else None
    return None


def _construct(k: int, i: int, keys: list[str]) -> bool:
    """Words k, k + 1 (before i) are an indefinite noun and the definite noun it is construct to («درجة الحرارة»,
    «إيرادات القناة»): a noun phrase, not a particle or a figure."""
    return k + 1 < i and keys[k].isalpha() and keys[k] not in PARTICLES and keys[k] not in SUBJECT_STOP \
        and not keys[k].startswith("ال") and keys[k + 1].startswith("ال") and keys[k + 1].isalpha()


def _coordinated_np(i: int, words, keys, clause: int, money: bool = True) -> tuple[int, int] | None:
    """A money figure right after the noun phrase it prices, in a list after a reaching verb or a comparison:
    «ويبلغ سعر البنزين 1.83 درهم والديزل 2.35 درهم», «مقابل صافي ربح 92 مليون ريال»."""
    last = i - 1 if i and words[i - 1] not in ("(", "“", '"', "«") else i - 2  # («والحبوب المخدرة “9.4” مليون»)
    while last > clause and keys[last] in LEVEL_QUALIFIERS:
        last -= 1  # («والسكر نحو 4 ريالات»)
    for k in range(last, max(clause, last - 2) - 1, -1):
        if not keys[k].isalpha() or keys[k] in SUBJECT_STOP:
            return None
        if k < last and keys[k] == "مقابل" and money:
            return k + 1, last
        glued = keys[k].startswith("و") and len(keys[k]) > 3 and not keys[k].startswith(("واحد", "وحد"))
        if not money and not (keys[k].startswith(("ال", "وال"))):
            continue  # («والحبوب المخدرة “9.4” مليون حبة»: a count's noun phrase is definite)
        if (glued or (k > clause and keys[k - 1] == "و")) and not _bare(keys[k]).startswith(METRIC_VERB_STEMS) \
                and any((keys[v].startswith(REACH_VERBS) or _bare(keys[v]).startswith(REACH_VERBS))
                        and any(words[m][:1].isdigit() for m in range(v, k)) for v in range(clause, k)):
            return k, last  # (an item after the verb's first figure: «ويبلغ سعر البنزين 1.83 درهم والديزل 2.35»)
    return None


def _coordinated_figure(k: int, words, keys) -> bool:
    """«15 وإصابة 33», «(15) وإصابة (33)»: what follows the figure is a second noun of the list, with its own figure."""
    if not (keys[k].startswith("و") and len(keys[k]) > 3 and keys[k].isalpha()):
        return False
    m = k + 1
    while m < len(words) and (words[m] == "(" or keys[m] in LEVEL_QUALIFIERS):
        m += 1
    return m < len(words) and words[m][:1].isdigit()


def _shared_partitive(k: int, words, keys, end: int) -> tuple[int, int] | None:
    """The «من NP» right after the next item's figure («(15) وإصابة (33) من رجال الأمن», «قتل 5 وأصيب 12 من
    المدنيين»): the partitive both figures share (decision 147); not a group («من عائلة»)."""
    m = k + 1
    while m < end and (words[m] == "(" or keys[m] in LEVEL_QUALIFIERS):
        m += 1
    m += 1 + (m + 1 < end and words[m + 1] == ")")
    if m + 1 >= end or keys[m] != "من" or keys[m + 1] in GROUP_NOUNS or keys[m + 1] == "اصل" \
            or words[m + 1][:1].isdigit():
        return None
    return _np_after(m + 1, words, keys, end)


def parse_ordinal_key(key: str) -> bool:
    return key.removeprefix("ال") in ORDINAL_KEYS


ORDINAL_KEYS = {"اول", "اولى", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة"}


OPENERS_BEFORE = {"(", "["} | QUOTES  # «إلى (148) مضربا», «إلى "600"»: a bracket or quote around the figure
PHRASE_BREAKS = frozenset(COMMAS) | {"(", ")", "-"}  # where the phrase before a figure starts


def _phrase_start(k: int, words: list[str], clause: int) -> int:
    """The first word of the phrase that ends before word `k`: back to a comma, bracket or dash, at most to `clause`;
    a month glossed in brackets («في يوليو (تموز) الماضي إلى 18.5 مليار») is no break."""
    while k > clause and (words[k - 1] not in PHRASE_BREAKS or _month_gloss(k - 1, words, clause)):
        k -= 1 if words[k - 1] not in PHRASE_BREAKS else 3
    return k


def _month_gloss(k: int, words: list[str], clause: int) -> bool:
    """Word k closes «(تموز)», the other name of the month before it («يوليو (تموز)», «آب (أغسطس)»)."""
    return words[k] == ")" and k - 3 >= clause and words[k - 2] == "(" and word_key(words[k - 1]) in MONTH_KEYS \
        and word_key(words[k - 3]) in MONTH_KEYS


def _after_to(i: int, keys: list[str], v0: int) -> bool:
    k = i - 1
    while k > v0 and keys[k] in LEVEL_OR_PROCLITIC:
        k -= 1
    return k >= v0 and keys[k] in ("الى", "إلى")


def _raised_to(words, keys, v0: int, i: int) -> tuple[int, int] | None:
    """«ارتفاع أعداد النازحين في العراق إلى نحو 3 ملايين»: the level a direction noun's phrase reaches; its subject
    is the noun phrase after the direction noun (up to a preposition)."""
    for v in range(i - 1, max(v0, i - CHANGED_NP_WORDS - 4) - 1, -1):
        if words[v][:1].isdigit():
            return None
        if _direction_noun(keys[v]) is not None:
            rng = _np_after(v + 1, words, keys, i, CHANGED_NP_WORDS)
            if rng is None or _direction(keys[rng[0]]) or keys[rng[0]] in CHANGE_MARKERS:
                return None
            return rng
    return None


SHIFT_MORE = re.compile(r"^[وف]?[لس]?[يت]?(?:قلل|زيد)")  # «يقلل من», «ستزيد», «تزيد» (SHIFT_WORD has the rest)


def _shifted_np(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """«تخفيض تكاليف بطارية السيارة بنسبة 50%», «يقلل من معدل التنويم بالمستشفيات بنسبة 40%», «ستزيد حركة العمران
    بنسبة 50%»: a rate after «بنسبة» whose verb or verbal noun of change has its object or subject right after it
    measures that whole noun phrase (its construct head first, up to a preposition), not the last noun before
    «بنسبة» (§3 subject: the metric changed)."""
    m = i - 1
    while m > v0 and keys[m] in LEVEL_QUALIFIERS_BUT_ABOUT:
        m -= 1
    if keys[m] not in BY_RATE:
        return None
    for v in range(m - 1, max(v0, m - 1 - CHANGED_NP_WORDS) - 1, -1):
        if words[v][:1].isdigit() or keys[v] in CLAUSE_END or words[v] in COMMAS:
            return None
        if SHIFT_WORD.match(keys[v]) or SHIFT_MORE.match(keys[v]):
            start = v + 1 + (v + 1 < m and keys[v + 1] in ("من", "في"))
            rng = _np_after(start, words, keys, m, CHANGED_NP_WORDS) if start < m else None
            return rng if rng is not None and rng[0] == start else None
    return None


RATE_MARKERS = BY_RATE | {"بواقع", "بمعدل", "نسبته", "نسبتها", "نحو", "بنحو"}


def _measured_np(i: int, words, keys, v0: int) -> tuple[int, int] | None:
    """A percent that is no change, after «بنسبة/بواقع/نحو»: the noun phrase right before the marker, its head
    and adjectives («تعرفة جمركية خليجية موحدة بواقع 5 في المئة», «رسومها الجمركية نحو 5 في المئة»)."""
    m = i - 1
    while m > v0 and keys[m] in LEVEL_QUALIFIERS_BUT_ABOUT:
        m -= 1
    if m <= v0 or keys[m] not in RATE_MARKERS:
        return None
    end = m - 1
    if _marked_verb(end, keys) and end > v0:
        return _np_before(words, keys, end, v0)  # «أن مؤشر شنغهاي قد انتعش بنسبة 13%»: the verb's subject
    if not keys[end].isalpha() or keys[end] in MEASURED_END_STOP or _direction(keys[end]):
        return None
    k = end
    while k - 1 >= v0 and end - k < 3 and keys[k].endswith(("ي", "ية", "ة", "يين", "ات")) and keys[k - 1].isalpha() \
            and keys[k - 1] not in SUBJECT_OR_NP_STOP and (keys[k].startswith("ال") == keys[k - 1].startswith(
                "ال") or (keys[k].startswith("ال") and keys[k - 1].endswith(("ها", "هم", "ي")))):
        k -= 1  # («رسومها الجمركية», «حالتي الصحية»: definite by a possessive)
    if any(_bare(keys[m]).removeprefix("ال").startswith(("مرتبة", "مركز")) or parse_ordinal_key(keys[m]) for m in range(k, end + 1)):
        return None  # «جاءت في المرتبة الثانية بنسبة 15%»: a share under a rank, no measured noun (decision 96)
    return k, end


def _marked_verb(k: int, keys: list[str]) -> bool:
    """Word k is a verb by its particle («قد انتعش», «فقد تراجعت») or its future «س» on a metric verb («ستنخفض»,
    «سيرتفع»), no noun the rate measures."""
    return (k > 0 and (keys[k - 1] == "قد" or keys[k - 1] in GLUED_QAD)) \
        or (keys[k][:1] == "س" and keys[k][1:] in IMPERFECT_METRIC_VERBS)


def _imperfect_with_object(key: str, after: str) -> bool:
    """«تهدف لتدريب», «تشمل الأطباء»: a four-letter imperfect verb with its object or «ل» phrase after it."""
    return len(key) == 4 and key[0] in ("ت", "ي") and not key.endswith(("ة", "ى", "ا", "ي", "و")) \
        and not is_currency(key) and after.startswith(("ال", "ل")) and after not in ("لا", "لم", "لن")


def _imperfect_plural(key: str) -> bool:
    """«يعالجون»: a verb in the imperfect plural is no counted noun."""
    return key.startswith("ي") and key.endswith("ون") and len(key) >= 5


def _reaching_before(i: int, keys: list[str], v0: int) -> int | None:
    """The index of «تقارب/تناهز/…» before the figure at i, past a bracket or a detached article."""
    k = i - 1
    while k > v0 and keys[k] in ("(", "ال"):
        k -= 1
    return k if v0 <= k < i - 1 and _bare(keys[k]) in REACHING and not (k and keys[k - 1] == "ما") else None


UP_TO_VERBS = {"يصل", "تصل"}
UP_TO_JOINS = TO_WORDS | {"ل"}


def _up_to(i: int, keys: list[str], clause: int) -> bool:
    """The figure at i follows «ما يصل/تصل إلى» (past a qualifier or bracket): «up to», a bound on the figure, not a
    verb whose subject is the metric before it («عبور ما يصل إلى 50 سفينة», «وجود ما يصل إلى عشرة ملايين برميل»)."""
    k = i - 1
    while k > clause and (keys[k] in LEVEL_QUALIFIERS or keys[k] in BRACKET_OR_QUOTE):
        k -= 1
    return k - 2 >= clause and keys[k] in UP_TO_JOINS and keys[k - 1] in UP_TO_VERBS and keys[k - 2] == "ما"


RANGE_VERBS = ("تراوح", "يتراوح", "تتراوح", "راوح", "يراوح")  # «تتراوح (ما) بين»: a reaching verb (decision 93)
RANGE_OPENING = {"ما", "بين", "من"}
RANGE_METRIC_WORDS = 8  # «وتراوحت الارتفاعات في القطاعات الأخرى ما بين»: the verb, its subject, then the range
AGE_NOUNS = ("عمر", "اعمار")  # an age is measured by its unit, or has no subject (decisions 35, 94)
RANGE_UNIT_WINDOW = 5  # «من 18 وحتى 48 سنة»: the join, the upper bound and its unit after the lower bound


def _range_opening(i: int, words: list[str], keys: list[str]) -> int | None:
    """The index of the word before «(ما) بين/من» that opens the range the figure at i bounds: right before the
    lower bound, or before the lower bound and its join for the upper («ما بين 7.35% إلى [3.35%]»)."""
    b = i - 1
    if b > 0 and keys[b] in RANGE_JOINS:
        b -= 1
        while b >= 0 and (words[b][:1].isdigit() or keys[b] in CHANGE_ENDS or keys[b] == "في"
                          or parse_words(words[b:b + 1]) is not None or multiplier(words[b]) is not None):
            b -= 1  # (the lower bound: «40», «30 في المائة», «ثلاثين», «3 آلاف»)
    top = b
    while b >= 0 and keys[b] in RANGE_OPENING:
        b -= 1
    return b if b < top else None


def _range_verb(b: int, keys: list[str]) -> int | None:
    """The index of «تراوح» at or before word b, within its clause."""
    for v in range(b, max(-1, b - RANGE_METRIC_WORDS), -1):
        if keys[v] in CLAUSE_END or keys[v] in COMMAS:
            return None
        if _bare(keys[v]).startswith(RANGE_VERBS):
            return v
    return None


def _range_metric(i: int, words: list[str], keys: list[str], spans, clause: int) -> list[int] | None:
    """«وتراوحت الارتفاعات ما بين 7.35% إلى 3.35%» → «الارتفاعات»; «بأسعار تتراوح ما بين 20 و50 ريالا» → «أسعار»,
    «والديات التي راوحت ما بين …» → «الديات»: the verb's subject after it, else the noun it follows (decision 93)."""
    if (b := _range_opening(i, words, keys)) is None or (v := _range_verb(b, keys)) is None or v < clause:
        return None
    if v < b:
        return None if _bare(keys[v + 1]).removeprefix("ال").startswith(AGE_NOUNS) else [spans[v + 1][0], spans[b][1]]
    k = v - 1 if v > clause and keys[v - 1] in RELATIVES else v
    if k < v and k >= 2 and words[k - 1] in COMMAS and words[k - 2].isalpha():
        k -= 1  # «الغرامات المالية، التي تتراوح بين»: the antecedent before the comma (decision 15)
        clause = min(clause, max(0, k - 3))
    if k - 3 >= clause and keys[k - 2] == "ل" and words[k - 3].isalpha() and keys[k - 3] not in SUBJECT_STOP \
            and keys[k - 3] not in PARTICLES:
        k -= 2  # «مساعدات عاجلة لليونان تتراوح»: the noun, not the party it goes to
    if k - 1 < clause or not keys[k - 1].isalpha() or keys[k - 1] in SUBJECT_STOP or keys[k - 1] in PARTICLES \
            or _bare(keys[k - 1]).removeprefix("ال").startswith(AGE_NOUNS):
        return None
    first = k - 1
    if first > clause and (_indefinite_adjective(first, words, keys) or _plural_adjective(first, words, keys) or (
            keys[first].startswith("ال") and keys[first].endswith(("ي", "ية"))
            and keys[first - 1].startswith(("ال", "وال", "بال")) and words[first - 1].isalpha()
            and keys[first - 1] not in PARTICLES)):
        first -= 1  # «مساعدات عاجلة», «مكافآت شهرية», «الغرامات المالية»: the noun and its adjective
    cut = len(keys[first]) - len(_bare(keys[first]))  # («بطول», «وبأسعار»: the proclitics outside)
    return [spans[first][0] + cut, spans[k - 1][1]]


def _dimension(key: str) -> tuple[bool, bool]:
    """Whether the key is a dimension noun («بطول», «المساحة», «عمقها»), and whether it has a possessive suffix."""
    found = _dimension_of(_bare(key).removeprefix("ال"))
    return found if found[0] or _bare(key) == key else _dimension_of(key.removeprefix("ال"))  # («وزني»: «و» is the noun's)


def _dimension_cut(key: str) -> int:
    """Length of the proclitic glued to the first word of a dimension's subject («بطول», «لمسافة»), none where the
    word is a dimension noun only with its «و» («وزني»: the «و» is the noun's)."""
    bare = _bare(key)
    own = not _dimension_of(bare.removeprefix("ال"))[0] and _dimension_of(key.removeprefix("ال"))[0]
    return 0 if own else len(key) - len(bare)


def _dimension_of(noun: str) -> tuple[bool, bool]:
    """`_dimension` on a key without proclitics."""
    for d in DIMENSIONS:
        stem = d[:-1] + "ت" if d.endswith("ة") else d  # «مساحته»: the ة written ت before the suffix
        if noun == d:
            return True, False
        if noun.startswith(stem) and noun[len(stem):] in POSSESSIVE + ("ي",):  # «ارتفاعها 15 مترا», «وزني 160 كغ»
            return True, True  # (decision 365: the gold writes «<<ارتفاعه>> {{ثلاثة}} أمتار»)
    return False, False


def _dimension_noun(i: int, words, keys, spans, clause: int, unit: bool = False) -> list[int] | None:
    """«محطة قدرتها 1200 ميجاواط» → «قدرتها»; «بطول يزيد عن 4 كلم», «لمسافة تقدر بـ 450 متراً» → «طول»/«مسافة»;
    «تبلغ مساحته الإجمالية نحو 350 ألف م2» → «مساحته الإجمالية»: a count after a dimension noun takes the dimension
    (decision 185), when the noun is possessed, a verb of reaching joins it to the figure, a «ب/ل/على» opens it, or
    (`unit`) a unit of length or area follows the figure («وعرض 74.5 متراً», decision 365)."""
    k = i - 1
    while k > clause and keys[k] in DIMENSION_GAP:
        k -= 1
    if k < clause or not words[k].isalpha():
        return None
    verb = any(_bare(x) in DIMENSION_VERBS for x in keys[k + 1:i])
    head, possessed = _dimension(keys[k])
    last = k
    if not head and k > clause and keys[k].startswith("ال") and _dimension(keys[k - 1])[0] \
            and (_dimension(keys[k - 1])[1] or keys[k - 1].startswith("ال") or verb):
        k -= 1  # «مساحته الإجمالية نحو», «الطول البالغ»: the noun and its adjective
        head, possessed = _dimension(keys[k])
    elif not head and k > clause and verb and _dimension(keys[k - 1]) == (True, False) and not keys[k].startswith("ال"):
        k -= 1  # «بطول إجمالي يصل إلى 383 متراً», «بمساحة إجمالية تقدر بـ»
        head = True
    if not head and keys[k] == "بعد" and k > clause and keys[k - 1] == "على":
        head = True  # «على بعد 20 كيلومترا»: the distance (decision 243)
    bare = (k > clause and keys[k - 1] in ("ب", "بـ", "ل", "على")) or keys[k][:1] in ("ب", "ل")
    if not head or not (possessed or verb or bare or unit) \
            or (k > clause and _bare(keys[k - 1]) in SPLIT_BOUNDS):
        # («وطول 95 كلم», «من ارتفاع 3700 متر», «تمتد مسافة 900 كيلومتر»: a bare dimension noun right before a
        # figure of length or area is the dimension too, decisions 185, 365)
        return None  # («يزيد طولها على 280 كيلومتراً»: the written gold keeps the unit after a split bound)
    joined = k - 1 if k > clause and keys[k - 1] == "و" else k if keys[k].startswith("و") else -1
    if joined > clause and _dimension(keys[joined - 1])[0]:
        k = joined - 1  # «بلغ طولها وعمقها نحو 72 كيلو متراً»: both dimensions («و» glued or apart)
    return [spans[k][0] + _dimension_cut(keys[k]), spans[last][1]]  # («بطول», «لمسافة»: the proclitic outside)


def _market_item(i: int, j: int, words, keys, clause: int, end: int) -> tuple[int, int] | None:
    """The index, stock or sector a figure of points belongs to: the nearest «مؤشر/سهم/قطاع» phrase before it in
    its sentence («مؤشر سوق الأسهم السعودية … مرتفعا 43 نقطة … ليصل إلى مستوى 9381.01 نقطة», «سهم «سدافكو» …
    بعد أن أضاف 7.5 نقطة»), when the figure follows that phrase or a word of gain, loss or level; None when no
    point unit follows or no such phrase is there (league points, a ranking's score «برصيد 89.24 نقطة»)."""
    if j + 1 >= end or keys[j + 1] not in POINT_UNITS:
        return None
    k = next((k for k in range(i - 1, clause - 1, -1) if _bare(keys[k]).removeprefix("ال") in MARKET_NOUNS), None)
    if k is None:
        return None
    if k + 1 < end and words[k + 1] in OPENING_QUOTES:  # «سهم «مدينة المعرفة»»: the quoted name ends the phrase
        close = next((m for m in range(k + 2, min(end, k + 2 + MARKET_NAME_WORDS)) if words[m] in CLOSING), None)
        last = close if close is not None else k
    else:
        last = k
        while last + 1 < i and last - k < MARKET_NAME_WORDS and words[last + 1].isalpha() \
                and keys[last + 1] not in SUBJECT_STOP and keys[last + 1] not in RELATIVES \
                and keys[last + 1] not in MARKET_TIME | MARKET_LEVEL and _direction(keys[last + 1]) is None:
            last += 1  # «مؤشر سوق الأسهم السعودية» (not «اليوم على ارتفاع»)
    cue = i - 1
    while cue > clause and (keys[cue] in LEVEL_QUALIFIERS or keys[cue] in PROCLITIC_TOKENS):
        cue -= 1
    if k <= cue <= last or keys[cue] in MARKET_LEVEL or _direction(keys[cue]) \
            or _bare(keys[cue]).startswith(POINTS_GAIN + POINTS_LOSS):
        return k, last
    return None


def _points_change(keys: list[str], clause: int, i: int, item: tuple[int, int]) -> str | None:
    """The direction of a move in points: the gain or loss word right before the figure, past a qualifier and
    the moved item («كسب نحو 136», «مرتفعا 43», «وخسارة 1.2», «وكسب المؤشر 50»)."""
    k = i - 1
    while k > clause and (keys[k] in LEVEL_QUALIFIERS or keys[k] in PROCLITIC_TOKENS):
        k -= 1
    if k == item[1] and item[0] > clause:
        k = item[0] - 1
    word = _bare(keys[k])
    return "increase" if word.startswith(POINTS_GAIN) else "decrease" if word.startswith(POINTS_LOSS) else None


# a verb or verbal noun of change that moves a metric «من X إلى Y» (decision 208): «ارتفع/سيرتفع/يرفع/رفع/تقليص/
# خفض/قفزة في …»; («صعد» and «نما» left out: «صعدة», «نماذج»)
SHIFT_WORD = re.compile(r"^[وف]?[لس]?(?:[يتا]?(?:رتفع|نخفض|تراجع|رفع|خفض|قلص|قفز|تضاعف|زداد|هبط)|ارتفاع|انخفاض|زاد|زيادة"
                        r"|ازداد|تقليص|تقليل|تخفيض|قفزة|مضاعفة)")
TO_KEYS = {"الى", "الي"}  # «إلى», and «إلي» as some copy spells it
SHIFT_NP_WORDS = 8
FIGURE_UNIT_WORDS = 4  # «من 8504 أسرّة إلى», «من 311 في الفصل الأول»: the lower figure's unit before «إلى»


def _figure_word(k: int, words: list[str]) -> bool:
    return words[k][:1].isdigit() or parse_words(words[k:k + 1]) is not None


def _shifted_metric(i: int, j: int, words, keys, clause: int, end: int) -> tuple[int, int] | None:
    """«وتم تقليص سعة الملعب من 45 ألف مقعد إلى 35 ألف», «سيرتفع عدد المراكز الصحية من 6951 إلى 10059 مركزا»: both
    figures of «من X إلى Y» after a word of change and the metric it moves take that metric as subject, whether or
    not a unit follows each (decision 208); so does the level «إلى Y» alone («رفع طاقة المطار الاستيعابية إلى 30
    مليون مسافر», «وارتفاع نسبة البطالة إلى 41%»: the metric reaches it, decision 215)."""
    k = i - 1
    while k > clause and (keys[k] in LEVEL_OR_PROCLITIC or keys[k] in BRACKET_OR_QUOTE) and keys[k] != "من":
        k -= 1
    if keys[k] in TO_KEYS:  # the upper figure or a level: back over a lower figure and its unit to «من»
        to = k
        stop = max(clause, k - FIGURE_UNIT_WORDS - 1)
        k -= 1
        while k > stop and not _figure_word(k, words):
            k -= 1
        if _figure_word(k, words):
            while k > clause and (_figure_word(k - 1, words) or keys[k - 1] in BRACKET_OR_QUOTE
                                  or keys[k - 1] in PROCLITIC_TOKENS or keys[k - 1] in (")", "و")):
                k -= 1
            k -= 1
            if keys[k] != "من":
                return None  # («ارتفع المؤشر 1.4% إلى 8011»: a change, then the level)
        else:
            k = to
    elif keys[k] != "من" or not any(keys[t] in TO_KEYS for t in range(j + 1, min(end, j + 2 + FIGURE_UNIT_WORDS))):
        return None  # a lower figure needs its «إلى»
    for v in range(k - 1, max(clause, k - SHIFT_NP_WORDS - 1) - 1, -1):
        if words[v][:1].isdigit() or words[v] in COMMAS or keys[v] in CLAUSE_END \
                or _bare(keys[v]).startswith(REACH_VERBS):
            return None  # («… بنسبة 5% ليصل إلى», «تضاعف العدد اليوم ليصل الرقم إلى»: the reaching verb tells)
        if SHIFT_WORD.match(keys[v]):
            start = v + 1
            if keys[start] == "في" and (_direction_noun(keys[v]) or keys[v].endswith("ة")):
                start += 1  # «قفزة في مساحات الأراضي …» (but «انخفضت في يوليو إلى»: the subject is before the verb)
            rng = _np_after(start, words, keys, k, SHIFT_NP_WORDS) if start < k else None
            return rng if rng is not None and rng[0] == start else None
    return None


COUNT_OF_PRONOUN = re.compile(r"^و?عدد(?:ه|ها|هم|هما|هن)$")


def _count_pronoun(i: int, keys: list[str], clause: int) -> int | None:
    """«وعددهم 29 متهما», «وعددهم ستة أشخاص»: «their number» right before the figure (past a qualifier) is the
    metric the figure gives (decisions 15, 143), not the noun after it."""
    k = i - 1
    while k > clause and keys[k] in LEVEL_QUALIFIERS:
        k -= 1
    return k if k >= clause and COUNT_OF_PRONOUN.match(keys[k]) else None


RATE_NOUNS = ("نسب", "معدل")  # «نسبة/نسبته/نسب», «معدل/معدلات» (keys) opening a nominal sentence with a percent
METRIC_OPENERS = THAT | {"و", "كان", "كانت", "حيث"} | QUOTES  # words after which a metric noun opens a clause
CLAUSE_OPENERS = METRIC_OPENERS - {"و"}  # the same without a glued «و»: «إن/أن/كان X …» opens a clause
METRIC_VERB_STEMS = ("بلغ", "وصل", "تجاوز", "سجل", "ارتفع", "انخفض")
METRIC_HEADS = {"عدد", "اجمالي", "مجموع"}
GROUP_NOUNS = {"جماعة", "عائلة", "اسرة", "تنظيم", "قبيلة", "حركة", "حزب", "عصابة", "خلية"}
MEASURE_NOUNS = ("حجم", "قيمت", "طول", "عرض", "عمق", "ارتفاع", "وزن", "مساحت", "سعر", "تكلفت", "عدد", "مجموع")
LEVEL_QUALIFIERS = {"نحو", "حوالي", "قرابة", "ما", "يقرب", "يقارب", "من", "اكثر", "اقل"}
LEVEL_OR_PROCLITIC = LEVEL_QUALIFIERS | PROCLITIC_TOKENS
LEVEL_QUALIFIERS_BUT_ABOUT = LEVEL_QUALIFIERS - {"نحو"}  # («رسومها الجمركية نحو 5 في المئة»: «نحو» is the marker)
SUBJECT_OR_NP_STOP = SUBJECT_STOP | NP_BEFORE_STOP
MEASURED_END_STOP = SUBJECT_OR_NP_STOP | PROCLITIC_TOKENS
BOUND_BEFORE_FIGURE = BOUND_WORDS | LEVEL_QUALIFIERS | PROCLITIC_TOKENS | MORE_LESS | BRACKET_OR_QUOTE
LEVEL_VERBS = ("تبلغ", "يبلغ", "تصل", "يصل", "لتبلغ", "ليبلغ", "لتصل", "ليصل")
CHANGE_ENDS = {"%", "٪", "المائة", "المئة", "بالمائة", "بالمئة"}
# dimension nouns (decision 185) and the words that may stand between one and its figure: a qualifier, a bracket,
# a copula, or a verb of reaching with its preposition («بطول يقدر بـ «3.5» كلم», «مسافته كانت 74 كيلومترا»)
DIMENSIONS = ("طول", "عرض", "عمق", "ارتفاع", "مساحة", "مسافة", "حجم", "قدرة", "سعة", "وزن", "علو", "سماكة", "قطر",
              "ثخانة", "سمك", "دقة", "قوام", "حمولة", "غاطس")  # thickness, resolution, strength, load, draught (decision 386)
# units of length, area and height (keys) after which a bare dimension noun before the figure names the metric
SIZE_UNITS = {"متر", "مترا", "امتار", "م", "م2", "كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كم2", "ميل", "ميلا",
              "اميال", "قدم", "اقدام", "سم", "سنتيمتر", "ملم", "هكتار", "هكتارا", "طابق", "طابقا", "طوابق", "بوصة"}
DIMENSION_VERBS = REACHING | set(EXCEED_REACHING) | set(LEVEL_VERBS) | {"البالغ", "البالغة", "بلغت"}
DIMENSION_GAP = LEVEL_QUALIFIERS | BOUND_BY | PROCLITIC_TOKENS | BRACKET_OR_QUOTE | NEGATIONS | DIMENSION_VERBS \
    | {"على", "عن", "كان", "كانت", "هو", "هي", "بمقدار", "بواقع"}
# market reports (decision 146): a figure in points moves or places the index, stock or sector named before it
POINT_UNITS = {"نقطة", "نقاط", "نقطات"}
MARKET_NOUNS = {"مؤشر", "سهم", "سهما", "قطاع"}
MARKET_NAME_WORDS = 5
MARKET_TIME = {"امس", "اليوم"}
MARKET_LEVEL = {"مستوى", "عند", "الى"}  # «ليصل إلى مستوى 9381.01 نقطة»: the level the index reached
POINTS_GAIN = ("كسب", "اضاف", "اضافة", "ربح", "مرتفع", "ارتفع", "زاد", "صعد")
POINTS_LOSS = ("خسر", "خسارة", "فقد", "فقدان", "منخفض", "انخفض", "تراجع", "هبط")


# «ارتفع عدد X 1%، وبلغ 4921»: a reaching verb glued to «و/ف/ل» right before the figure has no subject of its own
GLUED_LEVEL_VERBS = ("وبلغ", "ووصل", "فبلغ", "فوصل", "لتبلغ", "ليبلغ", "لتصل", "ليصل")
PAST_LEVEL_VERBS = ("بلغ", "وصل")
ELIDED_SUBJECT_AFTER = {"حيث", "اذ", "،", ","}  # «نموا بنسبة 133%، حيث وصلت إلى 21 قضية»


def level_verb_before(i: int, keys: list[str]) -> bool:
    """The figure at i is the level reached by a verb with no subject of its own, right before it over «إلى» and
    qualifiers: «لتبلغ», «ليصل إلى نحو», «، وبلغ», «حيث وصلت إلى». Its subject is the antecedent in the sentence,
    the metric of the change before (decision 15; GUIDELINES §3 predicate of بلغ/وصل)."""
    k = i - 1
    while k > 0 and (keys[k] in LEVEL_QUALIFIERS or keys[k] in TO_WORDS):
        k -= 1
    if k < 0:
        return False
    if k == i - 1 and keys[k].startswith(LEVEL_VERBS):
        return True  # «ارتفعت X بنسبة 12% لتبلغ 363 مليار»
    elided = k > 0 and (keys[k - 1] in ELIDED_SUBJECT_AFTER or keys[k - 1] in PROCLITIC_TOKENS)  # («ل يصل»: a
    # proclitic the tokenizer parts; not «العائد اليومي، الذي يصل إلى», «لفترة تصل إلى»: the verb's own subject)
    return keys[k].startswith(GLUED_LEVEL_VERBS) or (elided and keys[k].startswith(LEVEL_VERBS + PAST_LEVEL_VERBS))


SETTLE_VERBS = ("لتستقر", "ليستقر", "مستقرة", "مستقرا")  # «… بنسبة 8.1 في المائة، مستقرة عند 5293 عقارا»
LEVEL_LEADS = LEVEL_QUALIFIERS | TO_WORDS | {"عند"}  # «لتصل إلى 5.9 تريليون», «لتستقر عند 3.7 مليار»
COMPARED_ASIDE_WORDS = 8  # «بنسبة 16.6 في المائة، مقارنة بالشهر السابق، لتستقر عند …»


def _before_aside(m: int, keys: list[str], clause: int) -> int:
    """The word before a comma at m, and before a «، مقارنة ب…،» aside that the comma closes: the change figure's
    end that a level verb after the aside continues (else m itself)."""
    if m <= clause or keys[m] not in COMMAS:
        return m
    for c in range(m - 1, max(clause, m - COMPARED_ASIDE_WORDS) - 1, -1):
        if keys[c] in COMMAS:
            return c - 1 if _bare(keys[c + 1]).removeprefix("ال").startswith("مقارن") else m - 1
    return m - 1


def _level_after_change(fact: Fact, words, keys, spans, clause: int, end: int) -> list[int] | None:
    """«ارتفع عدد البطاقات بنسبة 15 في المائة لتبلغ نحو 20 مليون بطاقة»: a level reached right after a change
    takes the change's subject (GUIDELINES §7), also with a qualifier or «إلى/عند» between the verb and the level
    (the numbers component gives it when the verb is right before the level), or a comma («، مستقرة عند») or a
    comparison aside between the change and the verb (the real-train gold in 4 of 4 «لتستقر/مستقرة عند»)."""
    k = fact.first - 1
    while k > clause and keys[k] in LEVEL_LEADS:
        k -= 1
    if k == fact.first - 1 or not keys[k].startswith(LEVEL_VERBS + SETTLE_VERBS):
        return None
    m = k - 1 if k > clause and keys[k - 1] in PROCLITIC_TOKENS else k
    m = _before_aside(m - 1, keys, clause)
    if m <= clause or keys[m] not in CHANGE_ENDS:
        return None
    c = next((c for c in range(m - 1, max(clause, m - 3) - 1, -1) if words[c][:1].isdigit()), None)
    if c is None:
        return None
    rate = Fact(spans[c][0], spans[m][1], "percent", 0.0, c, m)  # its subject as a change, else its own («وانكمشت
    # الواردات بواقع 14.6 في المائة»: a verb of change the direction words miss)
    return subject(rate, words, keys, spans, clause, end, True) or subject(rate, words, keys, spans, clause, end)


DEGREE_WORDS = keys("درجة", "درجات", "ودرجة", "ودرجات")  # («ودرجات الحرارة»: the whole word opens the span)
CELSIUS = keys("مئوية", "مئويه")
HEAT_STEM = "حرار"  # «الحرارة», «حرارة», «حرارتها»
HEAT_EXTREMES = keys("الصغرى", "العظمى", "القصوى", "الدنيا")  # «درجات الحرارة الصغرى»
HEAT_WINDOW = 12


def _temperature(i: int, nxt: int, keys: list[str], clause: int, end: int) -> tuple[int, int] | None:
    """«ودرجات الحرارة مابين 18 إلى 21 مئوية», «عندما تكون درجة الحرارة 42 درجة مئوية»: a figure of degrees Celsius
    measures the temperature its clause names before it, «(درجة) الحرارة (الصغرى)», the metric (§3 subject; the
    real-train gold takes it in 17 of 20), not the unit."""
    celsius = nxt < end and (keys[nxt] in CELSIUS or (keys[nxt] in DEGREE_WORDS and nxt + 1 < end
                                                       and keys[nxt + 1] in CELSIUS))
    if not celsius:
        return None
    for h in range(i - 1, max(clause, i - HEAT_WINDOW) - 1, -1):
        if keys[h] in CLAUSE_END:
            return None
        if HEAT_STEM in keys[h] and len(_bare(keys[h])) <= len(HEAT_STEM) + 4:
            start = h - 1 if h - 1 >= clause and keys[h - 1] in DEGREE_WORDS else h
            last = h + 1 if h + 1 < i and keys[h + 1] in HEAT_EXTREMES else h
            return start, last
    return None


def _after_figure(i: int, j: int, words, keys, end: int) -> int:
    """The first word after the figure [i, j] that may say what it counts: past a quote or bracket closed
    right after it when one opened right before it («"600" شخص», «(4) من العاملين»)."""
    k = j + 1
    if i and k < end and (words[i - 1], words[k]) in (("(", ")"), ("[", "]"), ('"', '"'), ("«", "»"), ("“", "”")):
        k += 1
    return k


RATIO_NOUNS = ("نسب", "معدل")  # «بنسبة بلغت 13%», «بنسبة نجاح بلغت 100%»: the subject is «نسبة …»


def _glued_ratio(rng: tuple[int, int] | None, i: int, words, keys, spans) -> list[int] | None:
    """The span of `rng`, reaching back into a ratio noun glued to «ب» right before it, or, with no phrase,
    right before the reaching verb the figure follows; the «ب» is left out («بنسبة بلغت 13%» → «نسبة»)."""
    verb = i >= 2 and (keys[i - 1].startswith(PREDICATE_VERBS) or _bare(keys[i - 1]).startswith(PREDICATE_VERBS))
    g = rng[0] - 1 if rng is not None else i - 2 if verb else -1
    if g < 0 or not (keys[g].startswith("ب") and keys[g][1:].startswith(RATIO_NOUNS)):
        return _span(rng, spans)
    return [spans[g][0] + 1, spans[rng[1] if rng is not None else g][1]]


def _span(rng: tuple[int, int] | None, spans) -> list[int] | None:
    if rng is None or rng[0] > rng[1]:
        return None
    return [spans[rng[0]][0], spans[rng[1]][1]]


BETWEEN_KEYS = frozenset({"بين", "مابين", "ومابين", "وبين"})  # «مابين 200 و400 ألف»: «ما بين» written as one word


def _between_before(first: int, keys: list[str]) -> bool:
    """«بين» (or the glued «مابين») among the two words before the lower bound of a range."""
    return any(k in BETWEEN_KEYS for k in keys[max(0, first - 2):first])


def range_pairs(facts: list[Fact], keys: list[str], sent_of: list[int]) -> list[tuple[int, int]]:
    """Indices (a, b) of consecutive facts that are the bounds of one range or pair of alternatives:
    «بين 10 و15», «10-15», «من 3 إلى 5 سنوات», «بين 32 عاما و50 عاما», «أربعة أو خمسة أعيرة» (GUIDELINES §7).
    Not «خفض الوقت من 10 أيام إلى ثلاثة أيام», «سيرتفع عدد المراكز من 6951 إلى 10059» (a change from one figure to
    another, decision 208)."""
    out = []
    for n in range(len(facts) - 1):
        a, b = facts[n], facts[n + 1]
        if sent_of[a.first] != sent_of[b.first] or a.value == b.value \
                or (a.value > b.value and not _between_before(a.first, keys)):
            continue  # («تراوحت الارتفاعات ما بين 7.35% إلى 3.35%»: after «بين» the upper bound may come first)
        gap = keys[a.last + 1:b.first]
        if len(gap) == 2 and gap[1] in RANGE_JOINS and gap[0] not in RANGE_JOINS and gap[0].isalpha() \
                and b.last + 1 < len(keys) and keys[b.last + 1] == gap[0]:
            gap = gap[1:]  # «32 عاما و50 عاما»: the unit said twice (not «الأسواق الست الرئيسية إلى 1.8 تريليون»)
        elif len(gap) == 2 and gap[0] in ("،", ",", "و") and gap[1] in RANGE_JOINS:
            gap = gap[1:]  # «ما بين 80، و90 في المئة», «من 18 و حتى 48 سنة»
        if len(gap) != 1 or gap[0] not in RANGE_JOINS:
            continue
        if a.type != b.type and {a.type, b.type} != {"count", "duration"} and not (
                (a.type, b.type) == ("count", "percent") and _between_before(a.first, keys)):
            continue  # («أعمارهم بين 18 و25 عاماً»: an age and a duration may pair; «بين 30 و35 في المائة»)
        join = gap[0]
        if join == "و" and not _between_before(a.first, keys):
            continue
        if join in ("او", "أو") and b.value > 2 * a.value:
            continue
        if join in ("الى", "إلى", "حتى", "وحتى", "والى", "وإلى") and any(
                _bare(k).startswith(SHIFT_VERBS) or SHIFT_WORD.match(k) for k in keys[max(0, a.first - 8):a.first]):
            continue
        out.append((n, n + 1))
    return out
