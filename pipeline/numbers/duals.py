"""Dual nouns: whether a word is a dual that counts two (GUIDELINES §6; decision 33: every dual with a real referent
is a count fact of value 2, a duration when its singular is a time unit; decision 113: «مرتين» counts occurrences).

A word is read as a dual from the dual lexicon (`numbers/data/duals.json`, passed in by the component), its vowel
(`vocalized_dual`), the frequency of its singular and plural forms in the news (`is_masculine_dual`,
`is_feminine_dual`, `rare_feminine_dual`, a glued proclitic: `_glued_dual`), or its sentence: agreement with a dual
verb, relative pronoun or nisba adjective, a construct dual before its genitive, «بين» before a named pair, a pair
enumerated after it («لسببين: الأول …، والثاني …»). The span is the dual word alone (decision 74), a glued
proclitic left outside (`dual_glue`, GUIDELINES §3). It counts nothing when it is a name or part of one, an adverbial
or idiomatic dual («في الاتجاهين», «الجنسين»: decision 129), a dual adjective or a head noun introducing named dates
(decision 186), a body's or object's own pair of parts (decision 290), a vague «one or two» (`_one_or_two`,
decision 130), a plural read as a pair, or a noun counted already by «اثنين» or a figure. `detect.find_facts` asks
`not_a_dual`, `looks_dual` and `counts_two`, in that order.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.numbers.parse import parse_digits, parse_ordinal, parse_words, word_key
from pipeline.numbers.words import (CLOSING, COPULAS, DEFINITE, DEFINITE_LONGEST_FIRST, DIRECTIONS, FIRST_DEFINITE,
                                    FUNCTION_AFTER, MONTH_KEYS, NOT_A_NOUN, OPENING, OR_WORDS, PREPOSITIONS,
                                    SECOND_DEFINITE, STANDALONE_ONE, TIME_STEMS, TWO_WORDS, Fact, article_key, is_punct,
                                    is_time_unit, noun_follows, unglued)
from pipeline.text.chars import SENTENCE_END, is_arabic_word, lookup_key
from pipeline.text.lexicon import OPENING_QUOTES, PROCLITIC_KEYS, THAT_CLAUSE, WEEKDAYS
from pipeline.text.lexicon import keys as _keys


DUAL_TIME = {word_key(w): "duration" for w in ("عامين", "العامين", "سنتين", "السنتين", "شهرين", "الشهرين", "يومين",
                                                 "اليومين", "أسبوعين", "الأسبوعين", "عامان", "سنتان", "شهران", "يومان",
                                                 "قرنين", "القرنين", "قرنان", "عقدين", "العقدين", "عقدان")}

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


def _construct(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """A noun follows, maybe inside quotes («صحيفتا "ذي تايمز"»): a -تي/-تا form there may be a construct dual.
    A preposition («برئاستي بعد») or a definite feminine adjective («حالتي الصحية», «فكرتي المسبقة»: its
    masculine is a common word) after it makes it a singular with «my»."""
    if i + 1 < len(words) and (keys[i + 1] in PREPOSITIONS or PRONOUN_PREPOSITION.match(keys[i + 1])
                               or (_feminine_adjective(i + 1, words, counts)
                                   and not _second_noun_genitive(i + 1, words, keys, counts))
                               or _clitic_led(words[i + 1], counts)):
        return False
    return noun_follows(i, words, keys) or (i + 1 < len(words) and words[i + 1] in OPENING and noun_follows(i + 1, words, keys))


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
    key = article_key(i, keys)
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


def _dual_agrees(i: int, words: list[str], keys: list[str], facts: list[Fact], counts: dict[str, int]) -> bool:
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
    if keys[i].startswith("ال") and prev.startswith("ال") and is_arabic_word(words[i - 1]) and prev not in WEEKDAYS \
            and prev not in PREPOSITIONS:  # («إلى الطرفين»: «إلى» is keyed «الى»)
        return True
    return len(prev) > 3 and is_arabic_word(words[i - 1]) and prev[-2:] == keys[i][-2:] and prev[-2:] in ("ين", "ان") \
        and prev not in DUAL_DEMONSTRATIVES and not _verbal_noun_in_n(i - 1, keys, counts)
    # («هذين الشرطيين»: the demonstrative agrees with the dual; «تكوين فريقين»: a verbal noun in -ين heads it)


def _after_construct_pair(fact: Fact, i: int, words: list[str], keys: list[str]) -> bool:
    """Word i follows a construct dual and the two genitives it names, joined by «و» with no punctuation or
    preposition between («بلدتي الوهط وصبر», «عمليتي متحف باردو وفندق سوسة»; not «… خلال اليومين»)."""
    between = [k for k in range(fact.last + 1, i) if words[k] not in ENCLOSING]  # («شركتي «X» و«Y» الهولنديتين»)
    return fact.value == 2 and fact.first == fact.last and keys[fact.last].endswith(("تي", "تا", "ي", "ا")) \
        and 2 <= len(between) <= PAIR_WINDOW and not any(is_punct(words[k]) for k in between) \
        and any(keys[k].startswith("و") for k in between) \
        and not any(keys[k] in PREPOSITIONS and keys[k] != "و" for k in between)


PAIR_WINDOW = 6
PAIR_BRACKETS = frozenset(CLOSING) | {")", "]"}  # the marks that close a named genitive («قناتا (العراق الآن) و(…)»)
# quotes and brackets around each named genitive («قناتا (X) و(Y) الفضائيتان»): they neither end the pair nor count
# as its words
ENCLOSING = frozenset(OPENING) | PAIR_BRACKETS


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
    singular = _alef_count(stem, counts)  # «اقليم»: the counts keep «إقليم»
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


def _alef_count(stem: str, counts: dict[str, int], definite: bool = False) -> int:
    """How often a stem is seen under any of its `_alef_forms` («اقليم»: the counts keep «إقليم»); with `definite`,
    bare or with the article (`_seen`)."""
    return sum(_seen(form, counts) if definite else counts.get(form, 0) for form in _alef_forms(stem))


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
            or _alef_count(key[:-2], counts) < MASC_DUAL_MIN:
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
            or keys[i + 1] in CONSTRUCT_IDIOMS or not noun_follows(i, words, keys) \
            or keys[i + 1] in PREPOSITIONS or parse_words([keys[i]]) is not None \
            or (i and (unglued(keys[i - 1]) in NAME_BEFORE or keys[i - 1] in NOT_A_NOUN_BEFORE)) \
            or _clitic_led(words[i + 1], counts) or _nisba_adjective(i + 1, words, counts):
        return False  # («مشاعري وأفكاري», «نصري الحقيقي»: «my X», and X described)
    stem = raw[:-1]
    singular = _alef_count(stem, counts)
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
    singular = _alef_count(stem, counts)
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
    return k is not None and (k >= len(keys) or is_punct(words[k]) or keys[k] in PREPOSITIONS)


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
        while k < len(keys) and k - start < PAIR_NAME_WORDS and (is_arabic_word(words[k]) or words[k] in OPENING_QUOTES
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
    if i + 2 >= len(keys) or not keys[i + 1].startswith("ال"):
        return False  # (the cheap test first: the first adjective is definite)
    if not is_arabic_word(words[i]) or parse_words([keys[i]]) is not None:
        return False
    raw = article_key(i, keys).removeprefix("ال")
    m = DUAL_ENDINGS.match(raw)
    first = keys[i + 1]
    second = keys[i + 3] if keys[i + 2] == "و" and i + 3 < len(keys) \
        else keys[i + 2][1:] if keys[i + 2][:1] == "و" else ""
    if m is None or not (first.startswith("ال") and second.startswith("ال")) \
            or not all(k.endswith(("ي", "ية")) and not k.endswith("يي") for k in (first, second)):
        return False
    stems = [m.group(1)] + ([m.group(1)[1:]] if m.group(1)[:1] in PROCLITIC_KEYS else [])  # («بقسميها»: «ب» glued)
    return any(_alef_count(stem[:-1] + "ة" if stem.endswith("ت") else stem, counts, definite=True) >= AGREEING_DUAL_MIN
               for stem in stems if len(stem) >= 3)


# a construct dual before two names of one kind joined by «و» (decision 179: «قريتي الفقعلي والمثلث», «حركتي فتح
# والجهاد الاسلامي»; decision 129: «موقعي تويتر وإنستغرام»): the names settle the -ي form as a dual head noun, which
# the word counts alone leave open («إقليمي» is mostly «regional», «حزبي» «partisan»); the names are those of
# detect.NAME_LABELS
PAIR_HEAD_MIN = 50  # the singular a common noun («قارة» 76, «نهر» 339)
# the stem of a defective broken plural in -ي (أفعُل, أفاعِل: «أيدي», «أراضي», «أهالي»), no dual before its genitive
DEFECTIVE_PLURAL_STEM = re.compile(r"^[اأإ](?:..|.ا.)$")


def _pair_head_form(raw: str, counts: dict[str, int]) -> int:
    """How common the singular under a construct -ي/-تي/-تى form is (0 when it looks like no dual head noun): the
    stem's -ين is no much commoner plural («ممثلي», «مجرمي»: sound plurals of participles, their -ون seen too), the
    word no defective broken plural («بأيدي الجيش والمقاومة»), and a -ى ending is a feminine -تى only («قتلى»,
    «قرى» are broken plurals, «على», «لدى» particles)."""
    if raw.endswith("ى") and not raw.endswith("تى"):
        return 0
    if not raw.endswith(("ي", "ى")) or raw.startswith("ال") or len(raw) < 4 or parse_words([raw]) is not None:
        return 0
    stem = raw[:-1]
    if DEFECTIVE_PLURAL_STEM.match(stem):
        return 0
    if stem.endswith("ت"):
        singular = _alef_count(stem[:-1] + "ة", counts)
    elif stem.endswith("ي"):  # «مستشفيي»: the singular «مستشفى»; a nisba noun's -يي («لاحتياطيي البحرية
        singular = _alef_count(stem[:-1] + "ى", counts)  # والمارينز») is its plural too, as -يين is (decision 363)
    else:
        singular = _alef_count(stem, counts)
    plural = _seen(stem + "ون", counts) + counts.get(stem + "و", 0)
    if singular < PAIR_HEAD_MIN or singular < MASC_DUAL_RATIO * _seen(stem + "ين", counts) \
            or NISBA_PLURAL_SHARE * plural >= singular:
        return 0
    return singular


def named_pair_head(i: int, words: list[str], spans: list[tuple[int, int]], keys: list[str], counts: dict[str, int],
                    names: dict[int, tuple[int, str]]) -> int | None:
    """The glued proclitic's length (0 or 1) when word `i` is a construct dual right before two names of one label
    joined by «و» («قارتي آسيا وإفريقيا», «بإقليمي فان واغري», «موقعي «تويتر» و«إنستغرام»»: decision 179, a count 2),
    else None. `names` maps an entity's start to its end and label."""
    if i + 2 >= len(words) or not is_arabic_word(words[i]):
        return None
    k = i + 1 + (words[i + 1] in OPENING)
    first = names.get(spans[k][0]) if k < len(spans) else None
    if first is None:
        return None  # (the cheap test first: most words open no name)
    raw = lookup_key(words[i])
    form = _pair_head_form(raw, counts)
    glued = _pair_head_form(raw[1:], counts) if raw[:1] in ("ب", "ل", "و") else 0
    glue = int(glued > form)
    if not (glued if glue else form):
        return None
    k = bisect_left(spans, (first[0], 0))  # the word after the first name
    while k < len(words) and words[k] in PAIR_BRACKETS:
        k += 1
    if k >= len(words) or not words[k].startswith("و"):
        return None
    if words[k] == "و":
        k += 1
        start = spans[k][0] if k < len(spans) else -1
    else:
        start = spans[k][0] + 1
    if k < len(words) and words[k] in OPENING and k + 1 < len(spans):
        start = spans[k + 1][0]
    second = names.get(start)
    return glue if second is not None and second[1] == first[1] else None


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
    key = article_key(i, keys)
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
    singular = _alef_count(stem, counts, definite=True)
    return singular >= MASC_DUAL_MIN and not _sound_plural_seen(stem, counts)


def _dual_by_cases(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """«الطرفين», «البلدين», «هدفين»: an -ين word whose stem, a common word of three letters or more, is seen in both
    cases of the dual: the nominative -ان at least a tenth as often as the -ين (a twentieth without the article; a
    sound plural «المصنعين» has no «المصنعان») and more often than a sound plural -ون. (An -ان word may be a broken
    plural, «البلدان»; a nisba -يين is `_nisba_dual`'s.)"""
    key = article_key(i, keys)
    definite = key.startswith("ال")
    key = key.removeprefix("ال")
    if not key.endswith("ين") or key.endswith(("تين", "يين")) or len(key) < 5 \
            or not is_arabic_word(words[i]) or parse_words([key]) is not None or "ال" + key in DUAL_RELATIVES:
        return False
    stem = key[:-2]
    nominative, oblique = _case_forms(stem, counts)
    plural = _seen(stem + "ون", counts)
    singular = _alef_count(stem, counts, definite=True)
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
            or article_key(i, keys).startswith("ال") or keys[i + 1].startswith("ال") or not raw.endswith("ين") \
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
    return any(_alef_count(stem[:-1] + "ة" if feminine else stem, counts, definite=True) >= AGREEING_DUAL_MIN
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
    key = article_key(i, keys)
    key = key[1:] if key.startswith("وال") else key
    if not key.startswith("ال") or not key.endswith("ان") or len(key) < 7 or not is_arabic_word(words[i]) \
            or key in OWN_AN_WORDS or parse_words([key[2:]]) is not None or key in TWO_WORDS:
        return False
    stem = key[2:-2]
    nominative, oblique = _case_forms(stem, counts)
    singular = _alef_count(_dual_singular(key[2:]), counts, definite=True)
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
    key = article_key(i, keys)
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
# («سالمين»: «safe», an adjective of state, «عادوا سالمين»; «الصحيحين»: the two Sahih collections, a name)
IDIOM_DUALS = _keys("الجنسين", "عليين", "أجمعين", "سالمين", "الصحيحين")
# «بر الوالدين», «عقوق الوالدين», «مجهولو الأبوين»: the definite dual of «parent» is parents in general, like
# «الزوجين» of any couple (decision 186); the real-train gold counts it once in 33 mentions (a couple the story names)
# (a glued «و/ب» is read off by `_no_count_dual`; «لل» + the article is not)
PARENT_DUALS = _keys("الوالدين", "الوالدان", "الأبوين", "الأبوان", "للوالدين", "للأبوين")
ADVERBIAL_DUALS = _keys("الجهتين", "الاتجاهين")  # after «على/في» only: «بين الجهتين» counts two bodies
# «الزوجين» of any couple is no count (decision 186), of a couple the story has just named is (decision 33): «يو
# عمره 43 عاما وزوجته شي … وتشير التقارير إلى أن الزوجين يشتريان»
COUPLE_DUALS, SPOUSE_MENTIONS = _keys("الزوجين", "الزوجان"), _keys("زوجته", "زوجها")
SPOUSE_WINDOW = 40
FACES = _keys("وجهان", "وجهين")  # «وجهان لعملة واحدة»: two sides of one coin, an idiom
# «حل الدولتين»: the two-state solution, the name of a peace plan, counts no two states (§3 names); the real-train
# gold marks it in none of its ten mentions
TWO_STATES, SOLUTION = _keys("الدولتين"), _keys("حل", "لحل", "بحل", "وحل")


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
    forms = {keys[i], key, article_key(i, keys)} | ({keys[i][1:]} if keys[i][:1] == "ب" else set())
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if forms & PAIRED_PART_CONSTRUCTS:
        return True
    after = nxt + keys[i + 2] if nxt == "ل" and i + 2 < len(keys) else nxt  # («ل» split off: «ل» + «عملة»)
    if forms & IDIOM_DUALS or forms & PARENT_DUALS or (forms & FACES and after.startswith(("لعمل", "عمل"))):
        return True
    if forms & TWO_STATES and i and keys[i - 1] in SOLUTION:
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
    if key == "يومي" and (nxt in WEEKDAYS or nxt == "امس"):
        return True
    if i and keys[i - 1] in PLACE_KIND_NOUNS and keys[i].startswith("ال") and keys[i].endswith(("ين", "ان")):
        return True  # «مدينة القريتين», «معسكر الصدرين», «مديرية العدين»: the name of the place (§3 names)
    article = article_key(i, keys)  # («للربعين» may come glued or as «ل» + «لربعين»)
    if article.startswith(("ال", "لل")) and article[2:] in PERIOD_DUALS and nxt.startswith("ال") \
            and parse_ordinal(words[i + 1:i + 3]) is not None:
        return True  # «للربعين الأول والثاني», «الفصلين الأول والثاني»: the ordinals name the pair (dec. 186)
    return key.startswith("ال") and key.endswith(("ين", "ان")) and is_time_unit(_dual_singular(key)) \
        and i + 1 < len(words) \
        and words[i + 1][:1].isdigit()


def _dual_singular(key: str) -> str:
    """«الدقيقتين» → «الدقيقة», «العامين» → «العام»: the singular of a dual key, for the time-unit test."""
    stem = key[:-2] if key.endswith(("ين", "ان")) else key
    return stem[:-1] + "ة" if stem.endswith("ت") else stem


DUAL_DEMONSTRATIVES = _keys("هذين", "هذان", "هاتين", "هاتان")
BOTH = _keys("كلا", "كلتا")

# the feminine -ية of a nisba adjective («مركزية») is common; of a noun's dual («ضابطي»), rare; a plural's
# nominative construct («مديرو التعليم») is seen at all
NISBA_SHARE, PLURAL_CONSTRUCT_MIN = 4, 3
CONSTRUCT_IDIOMS = _keys("الله")  # «حسبي الله»
NOT_A_NOUN_BEFORE = _keys("غير")  # «غير محددي الهوية», «المتطرفين غير الخطرين»: an adjective, no dual noun


def dual_type(key: str) -> str:
    key = key[2:] if key.startswith("ال") else key
    construct = key.endswith(("تي", "تا")) and key[:-2] + "ة" in TIME_STEMS  # («بعد اجتياز سنتي التجربة»)
    return "duration" if key[:-2] in TIME_STEMS or key[:-3] + "ة" in TIME_STEMS or construct else "count"


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
    return _seen(stem + "ة", counts) * NISBA_SHARE > _alef_count(stem, counts)


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
            or _alef_count(m.group(1), counts) < MASC_DUAL_MIN:
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
        _alef_count(m.group(1) + "ة", counts) >= POSSESSED_FEMININE_MIN


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

# words of a speaker who says «I»: beside them a -ي/-تي word is «my X» («لا تزال قناعتي راسخة … وأنا لا أملك»,
# «خزّنت في ذاكرتي»), the first person of columns, interviews and quotes, not a construct dual
FIRST_PERSON = _keys("أنا", "وأنا", "فأنا", "لي", "بي", "مني", "عني", "معي", "عندي", "لدي", "إنني", "أنني", "إني",
                     "أني", "لأنني", "لأني", "لكني", "لكنني", "كنت", "وكنت", "برأيي", "نفسي")
FIRST_PERSON_WINDOW = 15
TO_ME = word_key("لي")


def _first_person_possessive(i: int, words: list[str], keys: list[str]) -> bool:
    """«هاتفت أمي كعادتي كل يوم … فقالت لي», «وبقي من دراستي الشيء البسيط لكني متخوف»: an indefinite -ي word (a
    construct dual's shape, also «my X») in a sentence where the writer or speaker says «I» is «my X» (§3 duals
    count two things; a possessive counts nothing). «لي» split off «ولي» («و» + «لي» العهد) is no «to me»; a
    construct dual before two names («زيارة مدينتي إيزا ونيس») is listed by `named_pair_head` and never asked."""
    if not keys[i].endswith("ي") or keys[i].startswith("ال"):
        return False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(words) and abs(k - i) <= FIRST_PERSON_WINDOW and words[k] not in SENTENCE_END:
            if keys[k] in FIRST_PERSON and not (keys[k] == TO_ME and k and keys[k - 1] == "و"):
                return True
            k += step
    return False

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
    bare = article_key(i, keys)
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


# the endings every reading of a word as a dual (or as a dual that counts nothing) requires of its key: -ين/-ان
# (with -تين/-تان, -يين), the construct -ي/-ا (with -تي/-تا), «his/her/their two» -يه/-يها/-يهما/-اه/-اها/-اهما; the
# entry points below test it first, as about four words in five end otherwise (digits and punctuation among them)
DUAL_SHAPED = ("ين", "ان", "ي", "ا", "ه")


def not_a_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """Word `i` is shaped like a dual but counts nothing: a name («أبو قرنين»), a dual of an idiom, a named pair or a
    period (decisions 33, 186, 290), a verbal noun in -ين («مجال التعدين», «تعيين نائبين»)."""
    return keys[i].endswith(DUAL_SHAPED) and (_dual_shaped_name(i, words, keys) or _no_count_dual(i, words, keys)
                                              or _verbal_noun_in_n(i, keys, counts))


# the endings `_any_dual` requires of the word or its key (-تين/-تان, the construct -تي/-تا): tested before it, so
# the construct test its call needs is made for those words only
FEMININE_DUAL_SHAPED = ("تين", "تان", "تي", "تا")


def looks_dual(i: int, words: list[str], keys: list[str], counts: dict[str, int]) -> bool:
    """Word `i` reads as a dual noun outside the dual lexicon: by its vowel, its singular's frequency, the agreement
    of a dual verb, relative or adjective, its construct, its cases, a glued proclitic, or a pair enumerated after."""
    w, key = words[i], keys[i]
    if not key.endswith(DUAL_SHAPED):
        return False
    raw = lookup_key(w)
    return vocalized_dual(w) \
        or ((raw.endswith(FEMININE_DUAL_SHAPED) or key.endswith(FEMININE_DUAL_SHAPED))
            and _any_dual(raw, key, counts, _construct(i, words, keys, counts))) \
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
                   or (keys[i - 1] == "ل" and key.startswith("ل")))))  # («للآخرين»: a definite plural)


def counts_two(i: int, words: list[str], keys: list[str], counts: dict[str, int], facts: list[Fact],
               listed: bool) -> bool:
    """The dual noun at `i` is a figure «2» (decision 33): no number word or earlier figure counts it already, it is
    no plural read as a pair, no vague «one or two» (decision 130), no adjective or name part; `listed`: it is in the
    dual lexicon, so a form never seen elsewhere still counts."""
    w, key = words[i], keys[i]
    return not _dual_agrees(i, words, keys, facts, counts) and not (i + 1 < len(keys) and keys[i + 1] in TWO_WORDS) \
        and not _plural_pair(i, keys) and not _plural_adjective(i, words, keys, counts) \
        and not _one_or_two(i, words, keys) \
        and not (i and keys[i - 1] in NOT_A_NOUN_BEFORE) \
        and not (i and unglued(keys[i - 1]) in KIN_NAME_BEFORE) and not _plural_partitive(i, words, keys) \
        and not (key.endswith("ان") and i and unglued(keys[i - 1]) in GENITIVE_BEFORE) \
        and not (not listed and (_dual_never_seen(w, counts) or _first_person_possessive(i, words, keys)))


def dual_glue(word: str, key: str, dual_key: str, counts: dict[str, int]) -> int:
    """How many letters of a dual's word are a glued proclitic, left outside its span (GUIDELINES §3)."""
    glued = _glued_proclitic(word, counts) if dual_key == key else 0  # (not the article's «ل»: «ل» + «لعامين»)
    raw = lookup_key(word)  # «والهدفان»: a glued «و» before the article stays outside (§3), not «والداه»
    return glued or int(raw.startswith("وال") and counts.get(raw[1:], 0) > counts.get(raw, 0))
