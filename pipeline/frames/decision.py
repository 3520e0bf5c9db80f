"""decision: «(أصدر ISSUER) القرار/الخطة رقم ID (بتاريخ DATE)» with its id, issuing body, signer and date;
on real news also «قرار ISSUER»، «قرار من ISSUER»، «القرار الذي اتخذه ISSUER»، «أصدر ISSUER مرسوما/حكما»،
«أصدر ISSUER قانون/تعميما»، «أن يصدر تعميما» and «القرار الأممي 2216» (GUIDELINES §4, §7 decisions 19, 22, 80).

The issuer is the body attached to the id («… رقم 15-NQ/TU للجنة الدائمة …») or named right after the
instrument («قرار مجلس الوزراء رقم 19»), else the subject of «أصدر» before it (the body; a person or an
office when no body issues it: «أصدر الرئيس اليمني X قرارا» → X), else the body after «نيابة عن»; a person
before the instrument is its signer unless they are the issuer. The date follows «بتاريخ/في» («31 مايو
2023»، «4/ 11/ 1426 هـ») or precedes the verb («في 31 مايو 2023، وقع وأصدر …»). A draft («مشروع القرار»)
opens no frame.
"""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.relations import HONORIFICS, TYPE_NOUNS, holder, title_gap
from pipeline.frames.triggers import (clause, date_near, entry_date, find, find_in, mentions_in, numeric_date,
                                     relative_date, time_ago, unclitic)
from pipeline.text.chars import word_key
from pipeline.text.lexicon import OPENING_QUOTES, PRONOUN_THAT, QUOTES, RELATIVE_AUX, THAT, YEAR_NOUNS, keys  # THAT: what is said after «قال X إن/أن …» is not signed by the speaker

TRIGGERS = ("القرار", "قرار", "الخطة", "مرسوم", "المرسوم")
PLAN = keys("الخطة")
# instruments that name their issuer right after them («قرار مجلس الوزراء»); «الخطة X» names none
NAMED_BY_ISSUER = ("القرار", "قرار", "مرسوم", "المرسوم")
ROYAL_ORDER = keys("أمر", "أمرا", "أمراً", "الأمر")  # «أمر ملكي»، «الأمر الملكي»
# «أمر ملكي»، «الأمر السامي»، «بأمر سام»: the king's order, by either adjective (GUIDELINES §7 decisions 121, 153)
ROYAL = keys("ملكي", "سامي", "سام")
RULING = ("حكم", "الحكم", "أحكام", "الأحكام", "مذكر", "المذكر", "تعليمات", "التعليمات", "أمر", "الأمر", "أوامر",
          "الأوامر")  # instruments only as the object of «أصدر» («أصدرت المحكمة … حكماً», GUIDELINES §7 decision 38)
# «أمر» whole, not «أمريكا»، «امرأة»; «أصدر الملك … أمره الكريم»: the order with its pronoun (decision 217)
# «وأصدر الفريق X أوامره بإعداد …»: the plural with its pronoun too
ORDERS = ROYAL_ORDER | keys("أوامر", "الأوامر", "أمره", "أمرها", "أوامره", "أوامرها")
ROYAL_TITLES = keys("خادم الحرمين الشريفين", "الملك", "خادم الحرمين")  # «لأمر خادم الحرمين الشريفين»: the king's order
# «أصدر الرئيس … قانون»، «أن يصدر تعميما»: a law or circular issued (GUIDELINES §7 decision 80); whole words
# only («قانونية» is an adjective), and never a statement («بيانا»)
LAWS = keys("قانون", "قانونا", "تعميم", "تعميما", "لائحة", "منشور", "منشورا")  # «أصدر … منشورا» (decision 262)
# «اللائحة التنفيذية للنظام الصادرة من وزارة المالية»، «القواعد … الصادرة عن بورصة البحرين»، «تعميم صدر من قيادة
# الجماعة»: a regulation, circular or rule set reported passive with its issuer (GUIDELINES §7 decisions 80, 191,
# 262); a law passed («قانون العفو الذي صدر عن مجلس النواب») is legislation, not an issued instrument, on real news
PASSIVE_LAW_STEMS = ("لائح", "اللائح", "لوائح", "اللوائح", "تعميم", "التعميم", "قواعد", "القواعد", "منشور")
PASSIVE_LAWS = keys("لائحة", "اللائحة", "اللوائح", "لوائح", "تعميم", "التعميم", "القواعد", "قواعد", "منشور")
# «أن يصدر تعميما»: a present form issues only with its instrument right after it («ما يصدر عن اللجان» comes out)
# «أن لجنة الاحتراف ستصدر قراراً»: a scheduled issuance by a named issuer (GUIDELINES §7 decision 273)
ISSUE_NOW = ("يصدر", "تصدر", "سيصدر", "ستصدر")
# words between a subject and its «أصدر» («وكان X، قد أصدر»، «اضطرار X أن يصدر»)
BEFORE_VERB = keys("قد", "لقد", "أن", "،", ",")
ISSUE = ("اصدر",)  # word keys: alef unified («أصدر»)
# «منها إصدار المحكمة العامة حكما»: the verbal noun with its subject named right after it issues like «أصدر»
MASDAR = ("اصدار",)
GENERIC_ISSUE = keys("يصدر", "تصدر")  # plain present, no «س» of a scheduled issuance
GENERIC_GAP = 3  # words from that «يصدر» to its instrument («يصدر بتحديدها قرار»)
ISSUED_AFTER = ISSUE_NOW + ISSUE  # «تعليمات يصدرها رئيس مجلس الوزراء»: the issue verb after the instrument
# «واتخذ X قراره»: the subject of «اتخذ» issues the instrument it takes, like that of «أصدر» (GUIDELINES §7 decision 38)
# «وتبنى مجلس الأمن … القرار 2166»: a council adopting a resolution issues it like «أصدر» (decision 38)
TAKE = ("اتخذ", "تبنى", "تبنت")
ISSUE_VERBS = (*ISSUE, *TAKE, "وقع")
# «قرارا قويا صاغه مجلس حقوق الإنسان»: the body that drafted and adopted it issues it (GUIDELINES §7 decision 59)
TAKEN = ("اتخذ", "اقر", "صاغ", *ISSUE)  # «القرار الذي اتخذه/أصدره X»، «قرار أقره البرلمان»
MAX_INDEFINITE_ADJ = 2  # indefinite adjectives of an indefinite instrument («قرارا قويا»)
RELATIVE = keys("الذي", "التي")
# «السفن التي أمر خادم الحرمين بإرسالها»، «كما أمر الملك»: «أمر» after a relative word or a particle is the verb
# «ordered», not an order
VERB_BEFORE = RELATIVE | keys("قد", "كما", "ثم")
# «قرارات الشيخ X»، «القرارات التي تم اتخاذها»: a plural names a set of decisions, not one instrument (GUIDELINES §7
# decision 38), unless issued («أصدر … قرارات»)
PLURALS = ("قرارات", "القرارات")
# «قرارات مجلس الأمن ذات الصلة»: the relevant resolutions in general, no instrument reported
RELEVANT = keys("ذات")
RESTATE = keys("وهي", "وهو", "هي", "هو")  # «… وهي القرارات 1696 و1737»: the instruments named again with their ids
DESCRIBED_AT = keys("لدى", "في", "منذ")  # «المعتقل لدى/في X»: the place in a holder's description
YEAR_WINDOW = 5  # words from an instrument (or its issuer) to a bare «عام 1956» that dates it
MAX_APPOSITION = 5  # words from an office to the comma before its holder («زعيمه المعتقل لدى أنقرة، X»)
ID_PUNCT = "،,.؛:()"
MAX_UNREAD_BODY = 4  # words of an issuing body the entities missed, between the instrument and «رقم»
MAX_ISSUE_GAP = 16  # words between «أصدر» and its instrument
AGO_WINDOW = 5  # words from «قبل أربع سنوات» to the verb it dates
# «بتاريخ 4/ 11/ 1426 هـ»، «رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ»: the words a date of the instrument follows
DATED = keys("بتاريخ", "وتاريخ", "تاريخ", "في")
# «الأوامر الصادرة من وزارة الداخلية»، «الحكم الصادر عما يعرف بمحكمة …»، «أمر القبض الصادرة ضده من المحكمة»: a
# passive instrument whose mention names an entity issuer opens a decision (GUIDELINES §7 decisions 191, 262)
ISSUED_PASSIVE = keys("الصادر", "الصادرة", "الصادرين", "الصادرتين")
ISSUED_FROM = keys("من", "عن", "عما", "عمن")
SPLIT_OF = ("ل", "لـ")  # the «ل» the tokenizer splits off a genitive («للنظام» → «ل لنظام»)
MAX_FROM_GAP = 2  # words between «الصادرة» and its «من» («الصادرة ضده من»)
MAX_NAME_GAP = 3  # words between «عما» and the issuer («عما يعرف بـ»، «عن ما يعرف ب»)
# «منفذة بأمر وزير الداخلية»، «تأتي مذكرة وزير العمل X»: an order or memo reported with its issuer named right after it
# opens a decision (GUIDELINES §7 decision 262); the verb «وأمر وزير الداخلية» does not (decision 153)
BY_ORDER = keys("بأمر", "وبأمر")
MEMOS = keys("مذكرة", "ومذكرة")
OBEY = tuple(word_key(w) for w in ("يأتمر", "تأتمر", "ائتمر"))  # «يأتمر بأمر X»، «يأتمرون بأمره»: to obey X
# «وصدر قرار في عام 2013»، «القرار الملكي الذي صدر الأسبوع الماضي»: the passive verb after the instrument
ISSUED_INTRANS = keys("صدر", "صدرت", "وصدر", "وصدرت")
# «تعميما تم إصداره أمس»، «تم اتخاذ القرار قبل شهر»: a periphrastic passive of issuing (GUIDELINES §7 decision 362)
DONE = keys("إصدار", "اتخاذ")
DONE_PRONOUN = keys("إصداره", "إصدارها", "اتخاذه", "اتخاذها")
# «مرسوم العفو عن المتخلفين … الذي أصدره أول من أمس»، «لمرسوم كان أصدره قبل أكثر من عام»، «القرار الذي أقر أمس»: a
# relative clause whose verb issues the instrument (its object pronoun, or passive) dates it right after the verb
# (GUIDELINES §7 decisions 21, 95)
ISSUED_PRONOUNS = ("", "ه", "ها", "ت", "ته", "تها")
MAX_RELATIVE_GAP = 8  # words from the instrument to the «الذي» of such a clause («مرسوم العفو عن … الذي أصدره»)
MAX_BRACKETED_ID = 6  # words of an id written in brackets after «رقم» («رقم ( 4 / 2 )»)
BODY_TYPES = TYPE_NOUNS | keys("منظمة")  # descriptor nouns before a body's short name (decision 46)
TOPIC = keys("أما", "وأما")  # «أما X فأعلنت أنها أصدرت …»: the topic the pronoun stands for follows it
# «في بيان أصدرته يونيو الماضي وصفت فيه قرار X»، «الخطوات التي اتخذتها الملحقية … القرار»: a verb with an object
# pronoun issues what its pronoun stands for, not a later instrument (GUIDELINES §7 decision 19: the instrument is the
# verb's object)
OBJECT_PRONOUNS = ("ه", "ها", "هم", "ته", "تها", "تهم")
# «أصدرت وزارة الداخلية اليوم بيانًا بشأن تنفيذ حكم القتل»: a statement or report the verb issues before the
# instrument is its object; a statement decides nothing (GUIDELINES §7 decision 80)
STATEMENTS = keys("بيان", "بيانا", "بيانات", "تقرير", "تقريرا", "تقارير")
# every instrument word a trigger starts with, as a key («أحكام» → «احكام»): its proclitics come off before it
INSTRUMENTS = tuple(keys(*TRIGGERS, *RULING, *LAWS, *PASSIVE_LAW_STEMS, "مذكرة"))


def _definite(key: str) -> bool:
    """Is the instrument word `key` definite after its proclitics («القرار»، «للقرار»، «وبالقرار»)?"""
    return unclitic(key, ("ال",)).startswith("ال")


def _named_by_issuer(key: str) -> bool:
    """Is `key` «قرار/مرسوم», an instrument that names its issuer right after it, after its proclitics?"""
    return unclitic(key, NAMED_BY_ISSUER).startswith(NAMED_BY_ISSUER)


def _stem(key: str) -> str:
    """The instrument noun of word `key` without proclitics, article and endings («أمر»، «مذكر»، «قرا»): a later
    word of that stem names the same kind of instrument."""
    return unclitic(key, INSTRUMENTS).removeprefix("ال")[:3]


def _date_after(ctx: Context, k: int, b: int, years: bool = False) -> list[int] | None:
    """The date after «بتاريخ/في» within a few words from k; a year phrase («في عام 2013») only for an instrument
    that is issued (`years`): after a bare «القرار» it dates another act («إلغاء القرار في العام 2011»)."""
    for j in range(k, min(b, k + 4)):
        if ctx.key(j) in DATED and j + 1 <= b:
            d = numeric_date(ctx, j + 1) or _hijri_year(ctx, j + 1) or (_year_phrase(ctx, j + 1) if years else None)
            if d:
                return d
            d = date_near(ctx, j + 1)
            # the month right after «في» («في شهر مارس» at most one word on); «أعمال عنف في تركيا … في أكتوبر» dates
            # another event (GUIDELINES §7 decision 21: the date of the instrument)
            if d and ctx.spans[j][1] <= d[0] <= ctx.spans[min(j + 2, len(ctx.spans) - 1)][0]:
                return d
    return None


def _year_phrase(ctx: Context, j: int) -> list[int] | None:
    """«في عام 2013»، «في العام 1388 هـ»: a year after its noun dates the instrument, its era mark kept."""
    year = ctx.words[j + 1] if j + 1 < len(ctx.words) else ""
    if ctx.key(j) not in YEAR_NOUNS or not (year.isdigit() and _year(year)):
        return None
    return ctx.span(j, j + 1 + (ctx.key(j + 2) in ("ه", "هـ")))


def _year_after(ctx: Context, j: int, b: int) -> list[int] | None:
    """«قرار الرئيس X بتأميم القناة عام 1956»، «بقرار غاية في الأهمية عام 1435هـ»: a bare «عام + year» a few words after
    an instrument and its issuer, what it decides between, dates it (GUIDELINES §7 decision 21); after «في» the year
    may date another act («إلغاء القرار في العام 2011»)."""
    for k in range(j, min(b, j + YEAR_WINDOW) + 1):
        if ctx.key(k) in YEAR_NOUNS and ctx.key(k - 1) not in ("في", "ل"):
            year = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
            if year[:4].isdigit() and _year(year[:4]) and (len(year) == 4 or year[4:] in ("ه", "هـ")):
                return ctx.span(k, k + 1 + (len(year) == 4 and ctx.key(k + 2) in ("ه", "هـ")))
            return None
        if ctx.words[k] in ID_PUNCT:
            return None
    return None


def _described(ctx: Context, j: int, b: int) -> int:
    """The first word from j that is not an indefinite adjective of an indefinite instrument («قراراً نهائياً
    وحاسماً اليوم»: the day after its adjectives, GUIDELINES §7 decision 273)."""
    while j <= b and (ctx.words[j].endswith(("اً", "ًا")) or ctx.words[j] == "و" and j + 1 <= b and
                      ctx.words[j + 1].endswith(("اً", "ًا"))) and not ctx.starting_in(j, j):
        j += 1
    return j


def _years_in(ctx: Context, j: int) -> list[int] | None:
    """«أصدرت المحكمة … في 2009 و2010 مذكرات»: «في» + a year (or two joined by «و») between the verb and its
    instrument dates the issuance, as written (GUIDELINES §7 decision 21)."""
    if ctx.key(j) != "في" or not (ctx.words[j + 1:j + 2] and ctx.words[j + 1].isdigit() and _year(ctx.words[j + 1])):
        return None
    two = ctx.words[j + 2:j + 4]
    return ctx.span(j + 1, j + 3 if len(two) == 2 and two[0] == "و" and two[1].isdigit() and _year(two[1]) else j + 1)


def _issued_by(ctx: Context, i: int, b: int) -> Mention | None:
    """The entity after «الصادر(ة) من/عن» that follows instrument i over its adjectives, or None
    (GUIDELINES §7 decisions 191, 262: a passive instrument opens only with an issuer that is an entity)."""
    j = i + 1
    # «اللائحة التنفيذية للنظام الصادرة من …»: definite adjectives, and the instrument's genitive after «ل» (split off)
    while j <= b and ctx.key(j) not in ISSUED_PASSIVE | RELATIVE and not ctx.starting_in(j, j) \
            and (ctx.words[j].startswith("ال") or ctx.words[j] in SPLIT_OF or ctx.words[j - 1] in SPLIT_OF):
        j += 1
    if ctx.key(j) in RELATIVE and ctx.key(j + 1) in ISSUED_INTRANS:
        j += 1  # «القرار السابق الذي صدر في حقه من قبل لجنة X»: the relative passive reads like «الصادر»
    elif j == i + 1 and ctx.key(j) in ISSUED_INTRANS and not _definite(ctx.key(i)):
        pass  # «تعميم صدر من قيادة X»: an indefinite instrument's relative clause needs no relative word
    elif j > b or ctx.key(j) not in ISSUED_PASSIVE:
        return None
    k = next((k for k in range(j + 1, min(b, j + 1 + MAX_FROM_GAP) + 1) if ctx.key(k) in ISSUED_FROM), None)
    if k is None:
        return None
    k += ctx.key(k) == "من" and ctx.key(k + 1) == "قبل"  # «من قبل X»: the agent of a passive (decision 191)
    return next((m for m in ctx.starting_in(k + 1, min(b, k + 1 + MAX_NAME_GAP))
                 if m.label in ("ORG", "TITLE", "PER")), None)


def _reported(ctx: Context, i: int) -> bool:
    """«بأمر وزير الداخلية»، «مذكرة وزير العمل»: an order or memo whose issuer is named right after it
    (decision 262)."""
    split = ctx.key(i) in ROYAL_ORDER and i > 0 and ctx.words[i - 1] in ("ب", "بـ", "وب")  # «ب أمر»: split off
    if not (split or ctx.key(i) in BY_ORDER | MEMOS):
        return False
    if ctx.key(i - 1 - split).lstrip("و").startswith(OBEY):
        return False  # «حشد يأتمر بأمر X»: takes orders from X, no order reported
    return any(m.label in ("ORG", "TITLE", "PER") and not m.lead for m in ctx.starting_in(i + 1, i + 1))


def _hijri_year(ctx: Context, j: int) -> list[int] | None:
    """«صدر في 1419ه»، «في 1436 هـ»: a Hijri year is the date of the instrument."""
    word = ctx.words[j] if j < len(ctx.words) else ""
    if len(word) == 5 and word[:4].isdigit() and word[4] == "ه":
        return ctx.span(j, j)
    if word.isdigit() and len(word) == 4 and ctx.key(j + 1) in ("ه", "هـ"):
        return ctx.span(j, j + 1)
    return None


def _adjectives(ctx: Context, j: int, b: int) -> int:
    """The first word from j that is not a definite adjective of the instrument («المرسوم الملكي الكريم»)."""
    while j <= b and ctx.words[j].startswith("ال") and not ctx.starting_in(j, j) and ctx.key(j) not in RELATIVE:
        j += 1
    return j


def _number_word(ctx: Context, i: int, b: int) -> int | None:
    """The «رقم» of the instrument at i, over its adjectives and an issuer named right after it."""
    j = _adjectives(ctx, i + 1, b)
    named = [m for m in ctx.starting_in(j, j) if m.label in ("ORG", "TITLE", "PER")]
    if named:
        if ctx.key(named[0].last) == "رقم":
            return named[0].last  # a body read with its «رقم» («قرار [مجلس الوزراء رقم] 19»): the id still follows
        j = _adjectives(ctx, named[0].last + 1, b)  # «بقرار مجلس الوزراء الموقر رقم (14)»: the body's style
    elif _named_by_issuer(ctx.key(i)):
        # «قرار مجلس الوزراء رقم 19» with the body not read as an entity: its words up to «رقم»
        for k in range(j, min(b, j + MAX_UNREAD_BODY) + 1):
            if ctx.key(k) == "رقم":
                return k
            if ctx.words[k] in ID_PUNCT or ctx.words[k] in QUOTES or ctx.starting_in(k, k) or \
                    ctx.words[k][:1].isdigit():
                break
    return j if j <= b and ctx.key(j) == "رقم" else None


def _id_end(ctx: Context, j: int) -> int:
    """Last word of the id that starts at j: glued pieces («15-NQ/TU») and slashes with spaces («م/ 59»)."""
    k = j
    while k + 1 < len(ctx.words) and ctx.words[k + 1] not in ID_PUNCT and (
            ctx.spans[k + 1][0] == ctx.spans[k][1] or "/" in (ctx.words[k], ctx.words[k + 1])):
        k += 1
    return k


def _bracketed_id(ctx: Context, num: int) -> int | None:
    """The closing bracket of an id written in brackets right after «رقم» («رقم (84 / 44)»، «رقم ( 4 / 2 )»), or None."""
    if ctx.words[num + 1:num + 2] != ["("]:
        return None
    close = next((k for k in range(num + 2, min(len(ctx.words), num + 2 + MAX_BRACKETED_ID))
                  if ctx.words[k] == ")"), None)
    return close if close is not None and close > num + 2 else None


def _bare_id(ctx: Context, i: int, b: int) -> int | None:
    """A resolution number right after the instrument and its adjectives («القرار الأممي "2216"»); years are dates."""
    j = _adjectives(ctx, i + 1, b)
    body = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None)
    if body is not None:
        # «قرار مجلس الأمن 2216»: the number right after the issuing body, ending the phrase (GUIDELINES §4 id)
        after = ctx.words[body.last + 2] if body.last + 2 < len(ctx.words) else "."
        j = body.last + 1 if after in ID_PUNCT or after in QUOTES or after.startswith("و") else b + 1
    # «القرار الأممي "2216"»، «القرار (2216) الصادر …»: the number quoted or in brackets
    close = {"(": ")"}.get(ctx.words[j], ctx.words[j]) if j <= b and ctx.words[j] in QUOTES | {"("} else None
    j += close is not None
    if j <= b and ctx.words[j].isdigit() and not _year(ctx.words[j]) \
            and (close is None or ctx.words[j + 1:j + 2] == [close] or close in QUOTES):
        return j
    return None


def _restated_ids(ctx: Context, i: int, b: int) -> list[list[int]]:
    """«القرارات السبعة التي اتخذتها X … وهي القرارات 1696 و1737 و2224»: the instrument restated later in its clause
    after «وهي/وهو» with its numbers gives every id (GUIDELINES §7 decision 282: one frame, every id)."""
    stem = _stem(ctx.key(i))
    for j in range(i + 1, b):
        if ctx.key(j) not in RESTATE or not ctx.key(j + 1).removeprefix("ال").startswith(stem):
            continue
        k, ids = j + 2, []
        while k <= b and ctx.words[k].isdigit() and not _year(ctx.words[k]) or \
                ids and k + 1 <= b and ctx.words[k] == "و" and ctx.words[k + 1].isdigit():
            k += ctx.words[k] == "و"
            ids.append(ctx.span(k, k))
            k += 1
        return ids
    return []


def _year(word: str) -> bool:
    return len(word) == 4 and (1300 <= int(word) <= 1500 or 1900 <= int(word) <= 2100)


def _person_first(pool: list[Mention]) -> Mention | None:
    """The named person of a subject (its title chain included), else its office, else its body."""
    for label in ("PER", "TITLE", "ORG"):
        pick = [m for m in pool if m.label == label]
        if pick:
            return pick[0]
    return None


def _named_after(ctx: Context, i: int, b: int) -> Mention | None:
    """The issuer named right after the instrument: «قرار ORG/TITLE»، «قرار من ORG»، «القرار الذي اتخذه X»، «قرار
    المجلس» (the body named before, decision 22)."""
    definite = _definite(ctx.key(i))
    if not definite and i < b and _decree(ctx, i) and (body := _antecedent(ctx, i + 1)) is not None:
        return body
    # «قرار الاستعانة بـX»، «قرار الزام المديرية …»: an indefinite instrument takes no definite adjective, so the
    # definite word after it is its genitive (what it decides), and an entity after that is no issuer
    adjectives = _adjectives(ctx, i + 1, b) if definite else i + 1
    j = adjectives
    while j <= b and ctx.key(j) in HONORIFICS and not ctx.starting_in(j, j):
        j += 1  # «قرار معالي وزير التعليم»: a style before the office is outside every span
    if ctx.key(j) in BODY_TYPES and not ctx.starting_in(j, j) \
            and any(m.label == "ORG" for m in ctx.starting_in(j + 1, j + 1)):
        j += 1  # «قرار منظمة أوبك»: the type noun before a body's short name is outside it (GUIDELINES §7 decision 46)
    if ctx.key(j) == "من":
        j += 1
    elif (after := _issued_after(ctx, i)) is not None:
        j = after  # «القرار الذي أصدره X»، «تعليمات يصدرها X»
        while j <= b and (ctx.key(j) in HONORIFICS or ctx.words[j] == ".") and not ctx.starting_in(j, j):
            j += 1  # «أصدره الشيخ الدكتور X»: styles are outside every span
    elif definite:
        # «يكلف القرار لجنة …»: a definite instrument has no genitive after it but the king or a body after «ل»
        return _king(ctx, j) or _lam_body(ctx, j)
    # «قرار بغداد لنقل المعسكر»، «قرار الولايات المتحدة الإبقاء على …»: a country or city right after a bare
    # instrument issues it like a body (GUIDELINES §7 decision 59); inside quotes («"مرسوم رفح"») the place names the
    # instrument, as a title does
    quoted = i > 0 and ctx.words[i - 1] in OPENING_QUOTES
    labels = ("ORG", "TITLE", "PER") + (("LOC",) if j == adjectives and not quoted else ())
    first = [m for m in ctx.starting_in(j, j) if m.label in labels]
    if not first:
        return None
    chain = [first[0]]
    for m in ctx.starting_in(first[0].last + 1, b):  # «الرئيس باراك أوباما»: the title's holder
        gap = ctx.between(chain[-1], m)
        # «قرار مدرب الفريق اليوناني X»: adjectives and styles between a title and its holder
        if m.label == "NUM" or (gap and not (chain[-1].label == "TITLE" and title_gap(gap, True))):
            break
        chain.append(m)
    if first[0].label == "TITLE" and all(m.label != "PER" for m in chain) \
            and (named := _apposed(ctx, first[0], b)) is not None:
        return named
    return _person_first(chain) if first[0].label == "TITLE" else first[0]


def _apposed(ctx: Context, title: Mention, b: int) -> Mention | None:
    """«بقرار زعيمه المعتقل لدى أنقرة، عبد الله أوجلان»: the person set off by a comma after an office and its
    definite description holds it and issues the instrument (GUIDELINES §7 decision 22: the named filler)."""
    j = title.last + 1
    if j > b or not ctx.words[j].startswith("ال") or ctx.starting_in(j, j):
        return None
    k = j + 1
    while k < min(len(ctx.words), j + MAX_APPOSITION):
        if ctx.words[k] in ("،", ","):
            return next((m for m in ctx.starting_in(k + 1, k + 1) if m.label == "PER"), None)
        place = next((m for m in ctx.starting_in(k, k) if m.label == "LOC"), None)
        if place is not None:
            k = place.last + 1  # «المعتقل لدى أنقرة»: where the holder is
        elif ctx.key(k) in DESCRIBED_AT or ctx.words[k].startswith("ال") and not ctx.starting_in(k, k):
            k += 1
        else:
            return None
    return None


def _done_on(ctx: Context, i: int, b: int) -> list[int] | None:
    """«تعميما تم إصداره أمس»، «فقد تم اتخاذ القرار قبل شهر ونصف الشهر»: the date of a periphrastic passive «تم
    إصدار(ه)/اتخاذ(ه)» of the instrument, right after it (GUIDELINES §7 decision 362: such a passive opens a decision
    when its mention gives a date)."""
    if ctx.key(i + 1) == "تم" and ctx.key(i + 2) in DONE_PRONOUN:
        j = i + 3
    elif ctx.key(i - 2) == "تم" and ctx.key(i - 1) in DONE:
        j = i + 1
    else:
        return None
    return relative_date(ctx, j, 1) or time_ago(ctx, j) if j <= b else None


def _dated_by_relative(ctx: Context, i: int, b: int) -> list[int] | None:
    """The date right after the verb of a relative clause that issues instrument i («… الذي (كان) أصدره أمس»، «قرار
    كان اتخذه قبل عامين»): «الذي/التي» within MAX_RELATIVE_GAP words of it in its clause, or «كان/قد» right after an
    indefinite one (no relative word), then the issuing verb with the instrument as its object pronoun or none."""
    for j in range(i + 1, min(b, i + MAX_RELATIVE_GAP) + 1):
        if ctx.words[j] in ID_PUNCT or ctx.words[j] in QUOTES:
            return None
        relative = ctx.key(j) in RELATIVE
        if not relative and not (j == i + 1 and ctx.key(j) in RELATIVE_AUX):
            continue
        k = j + relative
        k += k <= b and ctx.key(k) in RELATIVE_AUX
        key = ctx.key(k)
        stem = next((t for t in TAKEN if key.startswith(t)), None) if k <= b else None
        if stem is None or key[len(stem):] not in ISSUED_PRONOUNS:
            return None
        return relative_date(ctx, k + 1, 3) or time_ago(ctx, k + 1)  # «أصدره أول من أمس»: three words
    return None


def _issued_on(ctx: Context, i: int, b: int) -> list[int] | None:
    """«القرار الملكي الذي صدر الأسبوع الماضي»، «وصدر أمر ملكي في عام 2013»، «قرارات وزارة العمل التي صدرت في
    الفترة الأخيرة»: the date right after the passive «صدر» that follows the instrument (GUIDELINES §7 decisions 21,
    282)."""
    j = _adjectives(ctx, i + 1, b)
    named = [m for m in ctx.starting_in(j, j) if m.label in ("ORG", "TITLE", "PER")]
    if named:
        j = named[0].last + 1
    j += ctx.key(j) in RELATIVE
    if j > b or ctx.key(j) not in ISSUED_INTRANS:
        return None
    if ctx.key(j + 1) == "في":
        return _date_after(ctx, j + 1, b, True) or relative_date(ctx, j + 2, 2)
    return relative_date(ctx, j + 1, 2)


def _king(ctx: Context, j: int) -> Mention | None:
    """«الأمر السامي الكريم لخادم الحرمين الشريفين»: the king's office after «ل» issues a definite order
    (GUIDELINES §7 decisions 121, 153); anything else after a definite instrument is no issuer."""
    split = ctx.words[j:j + 1] in (["ل"], ["لـ"])  # «ل خادم»: the tokenizer splits the proclitic off
    m = next((m for m in ctx.starting_in(j + split, j + split) if m.label == "TITLE"), None)
    after_lam = m is not None and (split or m.lead == "ل" or ctx.key(j).startswith("لل"))
    return m if after_lam and word_key(ctx.surface(m)) in ROYAL_TITLES else None


def _lam_body(ctx: Context, j: int) -> Mention | None:
    """«بالقرار المفاجئ لـ"مؤسسة النقد"»، «القرار الأخير للمجلس الأعلى»: a body after «ل» right after a definite
    instrument and its adjectives is the genitive that issues it (GUIDELINES §7 decision 59)."""
    split = ctx.words[j:j + 1] in (["ل"], ["لـ"])
    j += split
    j += j < len(ctx.words) and ctx.words[j] in QUOTES
    m = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None)
    return m if m is not None and (split or m.lead == "ل" or ctx.key(j).startswith("لل")) else None


def _issued_after(ctx: Context, i: int) -> int | None:
    """The word after «يصدرها/التي أصدرها» that follows instrument i (over its adjectives), or None."""
    j = _adjectives(ctx, i + 1, len(ctx.words) - 1)
    if ctx.key(i).endswith("ا"):  # «قرارا قويا صاغه X»: an accusative indefinite instrument's adjectives agree with it
        while j < i + 1 + MAX_INDEFINITE_ADJ and ctx.key(j).endswith("ا") and not ctx.key(j).startswith("ال") \
                and not ctx.starting_in(j, j):
            j += 1
    if ctx.key(j).startswith("ال") and all(m.label == "NUM" for m in ctx.starting_in(j, j)):
        j = _adjectives(ctx, j + 1, len(ctx.words) - 1)  # «القرارات السبعة التي اتخذتها X»: a count as adjective
    if ctx.key(j) in RELATIVE:
        j += 1
    return j + 1 if ctx.key(j).lstrip("و").startswith(ISSUED_AFTER + TAKEN) else None


def _cited(ctx: Context, i: int) -> bool:
    """«تطبيق قرارات المجلس المركزي …»، «بعد قرارات وزارة العمل التي صدرت …»: a plural instrument with its issuing body
    right after it cites that body's instruments and opens one frame (GUIDELINES §7 decisions 59, 282), unlike a
    person's («قرارات الشيخ X») or the relevant ones in general («قرارات مجلس الأمن ذات الصلة»)."""
    body = next((m for m in ctx.starting_in(i + 1, i + 1) if m.label == "ORG"), None)
    return body is not None and ctx.key(body.last + 1) not in RELEVANT


def _taken_by_body(ctx: Context, i: int) -> bool:
    """«القرارات السبعة التي اتخذتها الامم المتحدة»: plural instruments a named body took cite its instruments and open
    one frame (GUIDELINES §7 decision 282), unlike «أبرز القرارات التي اتخذها الملك الراحل» (a set of decisions,
    decision 38)."""
    j = _issued_after(ctx, i)
    return j is not None and any(m.label == "ORG" for m in ctx.starting_in(j, j))


def _masdars(ctx: Context, lo: int, hi: int) -> list[int]:
    """«منها إصدار المحكمة العامة حكما»: «إصدار» with its subject (a body, person or office) right after it, in
    lo <= v < hi, issues the instrument like «أصدر» (GUIDELINES §7 decision 19); without a named subject («بإصدار حكم»،
    «حتى إصدار القرار») it is a request or a wait, and issues nothing (decision 38)."""
    return [v for v in find_in(ctx, MASDAR, lo, hi) if unclitic(ctx.key(v), MASDAR) in MASDAR
            and any(m.label in ("ORG", "PER", "TITLE") for m in ctx.starting_in(v + 1, v + 1))]


def _issuing(ctx: Context, lo: int, hi: int) -> list[int]:
    """The words of issuing in lo <= v < hi: «أصدر» and «إصدار X»."""
    return sorted(find_in(ctx, ISSUE, lo, hi) + _masdars(ctx, lo, hi))


def _issued(ctx: Context, i: int) -> bool:
    """Is instrument i the object of «أصدر» in its clause, or of a present «يصدر» right before it?"""
    return bool(_issuing(ctx, max(clause(ctx, i)[0], i - MAX_ISSUE_GAP), i)) or \
        ctx.key(i - 1).lstrip("و").startswith(ISSUE_NOW)


def _issues(ctx: Context, v: int, i: int) -> bool:
    """Can verb v issue the instrument at i: no object pronoun on it and no statement it issues in between?"""
    key = ctx.key(v).lstrip("وف")
    stem = next((t for t in ISSUE_VERBS if key.startswith(t)), None)
    if stem is not None and key[len(stem):] in OBJECT_PRONOUNS:
        return False
    return not any(ctx.key(j).lstrip("و") in STATEMENTS for j in range(v + 1, i))


def _feminine(ctx: Context, v: int) -> bool:
    """Is verb v feminine («أصدرت»، «اتخذت»، «تصدر»، «ستصدر»)?"""
    key = ctx.key(v).lstrip("وف")
    return key.endswith("ت") or key.startswith(("تصدر", "ستصدر"))


def _generic(ctx: Context, i: int) -> bool:
    """«وفقاً للإجراءات التي يصدر بتحديدها قرار من X»: a plain present «يصدر/تصدر» in a relative clause before its
    instrument states a rule for instruments to come, not one issued or scheduled (GUIDELINES §7 decisions 38, 273)."""
    return any(ctx.key(v) in GENERIC_ISSUE and ctx.key(v - 1) in RELATIVE for v in range(max(1, i - GENERIC_GAP), i))


def _issue(ctx: Context, verbs: list[int], i: int) -> list[int]:
    """The verbs of issuing among `verbs` before instrument i: «أصدر/اتخذ», and «يصدر» right before it."""
    return [v for v in verbs if ctx.key(v).lstrip("و").startswith(ISSUE + TAKE) or v in _masdars(ctx, v, v + 1)
            or v == i - 1 and ctx.key(v).lstrip("و").startswith(ISSUE_NOW)]


def _triggers(ctx: Context) -> list[int]:
    """Instrument words: قرار/مرسوم/الخطة, «أمر ملكي/سامي», and «حكم» after «أصدر» in its clause."""
    hits = set(find(ctx, TRIGGERS))
    for i in find(ctx, ("أمر", "الأمر")):
        if unclitic(ctx.key(i), ROYAL_ORDER) in ROYAL_ORDER and ctx.key(i + 1).removeprefix("ال") in ROYAL:
            hits.add(i)
    for i in find(ctx, ("أمر", "لأمر")):  # «إنفاذاً لأمر خادم الحرمين الشريفين» (GUIDELINES §7 decision 121)
        if unclitic(ctx.key(i), ROYAL_ORDER) in ROYAL_ORDER and ctx.key(i - 1).lstrip("و") not in VERB_BEFORE \
                and any(m.label == "TITLE" and word_key(ctx.text[m.start:m.end]) in ROYAL_TITLES
                        for m in ctx.starting_in(i + 1, i + 1)):
            hits.add(i)
    for i in find(ctx, ("قانون", "تعميم", "لائحة", "منشور")):
        if unclitic(ctx.key(i), LAWS) in LAWS and (_issued(ctx, i) or _done_on(ctx, i, clause(ctx, i)[1])):
            hits.add(i)
    for i in find(ctx, RULING):
        key = unclitic(ctx.key(i), RULING)
        if key.startswith(("ام", "الام", "او", "الاو")) and key not in ORDERS:
            continue
        if any(_issues(ctx, v, i) for v in _issuing(ctx, max(clause(ctx, i)[0], i - MAX_ISSUE_GAP), i)) \
                or _issued_after(ctx, i) is not None:
            hits.add(i)
        elif ctx.key(i - 1).lstrip("و").startswith(ISSUE_NOW) and not key.startswith("ال"):
            hits.add(i)  # «حكومة فيشي تصدر حكما»: a present or future verb right before an indefinite instrument
    for i in find(ctx, TRIGGERS + RULING):
        if i not in hits and _issued_by(ctx, i, clause(ctx, i)[1]) is not None:
            hits.add(i)
    for i in find(ctx, PASSIVE_LAW_STEMS):
        if unclitic(ctx.key(i), PASSIVE_LAWS) in PASSIVE_LAWS and _issued_by(ctx, i, clause(ctx, i)[1]) is not None:
            hits.add(i)
    hits.update(i for i in find(ctx, ("أمر", "بأمر", "مذكرة")) if _reported(ctx, i))
    return sorted(hits)


def _decree(ctx: Context, i: int) -> bool:
    """Is instrument i a decision, decree or law («قرار»، «مرسوم»، «تعميم»), not a ruling or an order («حكم»، «أمر»)?"""
    return _named_by_issuer(ctx.key(i)) or unclitic(ctx.key(i), LAWS) in LAWS


def _antecedent(ctx: Context, k: int) -> Mention | None:
    """«أصدر المجلس 41 قرارا»، «اتخذت المحكمة قرارها»، «أن الدار أصدرت تعميما»: a bare definite word k, in no
    mention and with no definite adjective after it, stands for the body of its head noun named last before it
    (GUIDELINES §7 decision 22: an anaphoric filler takes its named antecedent), at that name's first mention
    (as decision 227 fills a meeting's slots)."""
    key = ctx.key(k)
    if not key.startswith("ال") or ctx.starting_in(k, k) or ctx.key(k + 1).startswith("ال"):
        return None  # «قرار الجمارك الخليجية الموحدة»: a described body is another one
    before = [m for m in ctx.starting_in(0, k - 1) if m.label == "ORG" and ctx.head(m) == key[2:]]
    body = before[-1] if before else None
    # «أصدر مجلس بلدية X تقريرا … المجلس البلدي … قرار المجلس»: a described body («المجلس البلدي») stands for the one
    # body named by its name before it, which fills the slot (decision 22)
    names = {ctx.surface(m) for m in before if not ctx.surface(m).startswith("ال")}
    if body is not None and ctx.surface(body).startswith("ال") and len(names) == 1:
        body = next(m for m in before if ctx.surface(m) in names)
    return body and next(m for m in ctx.mentions if m.label == "ORG" and ctx.surface(m) == ctx.surface(body))


def _clause_subject(ctx: Context, v: int) -> Mention | None:
    """«أن شرطة X اعتقلت …، وأصدرت مذكرات»، «فأعلنت أنها أصدرت أوامر»: an issuing verb with no subject of its own (a
    coordinated «وأصدر(ت)» or a pronoun «أنه/أنها» before it) takes the body or person named as the subject of the
    clause it continues in its sentence, right after the last «أن/إن» or at the sentence's start (GUIDELINES §7
    decision 22: an anaphoric filler takes its named antecedent); a feminine verb or pronoun takes a body."""
    pronoun = ctx.key(v - 1) in PRONOUN_THAT
    if v < 1 or not pronoun and not (ctx.words[v].startswith("و") or ctx.words[v - 1] == "و"):
        return None
    start = ctx.sentence_start(v)
    if not pronoun and start == v - (ctx.words[v - 1] == "و") and start > 0:
        start = ctx.sentence_start(start - 1)  # «مبينا أن X قد اطلع على … . وأصدر تعليماته»: the last sentence's
    end = v - 2 if pronoun else v - 1
    feminine = (ctx.key(v - 1) if pronoun else ctx.key(v)).endswith(("ت", "ها"))
    # the clause continued: the sentence's own for a pronoun, else the last one opened by «أن/إن» (its subject right
    # after it) or by «الذي/التي» (its head right before it: «محكمة X التي لجأت إليها … وأصدرت حكمها»)
    opened = [] if pronoun else [j for j in range(start, end) if ctx.key(j) in THAT | RELATIVE]
    if opened and ctx.key(opened[-1]) in RELATIVE:
        body = next((m for m in ctx.starting_in(start, opened[-1] - 1) if m.last == opened[-1] - 1), None)
        return body if body is not None and body.label == "ORG" else None
    h = opened[-1] + 1 if opened else start
    while h <= end and (ctx.key(h) in HONORIFICS | TOPIC or ctx.words[h] == "و") and not ctx.starting_in(h, h):
        h += 1  # «أن سمو أمير المنطقة قد اطلع … وأصدر»، «أما X فأعلن»: styles and «أما» are outside every span
    chain: list[Mention] = []
    for m in ctx.starting_in(h, end):
        if m.label not in ("ORG", "PER", "TITLE") or m.first != (chain[-1].last + 1 if chain else h):
            break
        chain.append(m)
    if chain and (chain[0].label == "ORG" or not feminine):
        return chain[0] if chain[0].label == "ORG" else _person_first(chain)
    return None


def _subject(ctx: Context, verbs: list[int], i: int) -> Mention | None:
    """The subject of «أصدر» before instrument i: its first mention, a person's chain read as one subject, else
    the body a bare definite subject of a decision or law stands for (the written genre's «كما أصدرت المحكمة حكماً»
    names no issuer)."""
    issue = _issue(ctx, verbs, i)
    if not issue or i - issue[-1] > MAX_ISSUE_GAP:
        return None
    pool = [m for m in ctx.starting_in(issue[-1], i - 1) if m.label != "NUM"]
    if not pool and issue[-1] + 1 < i and _decree(ctx, i) and (body := _antecedent(ctx, issue[-1] + 1)) is not None:
        return body
    if not pool and i - issue[-1] == 1:
        # «وأصدر الأحكام القاضي X»: the subject after the instrument
        chain = []
        for m in ctx.starting_in(i + 1, i + 6):
            if m.label == "NUM" or m.first > (chain[-1].last + 1 if chain else i + 1):
                break
            chain.append(m)
        if chain and chain[0].label in ("TITLE", "PER"):
            return _person_first(chain)
    if not pool:
        # «إن محكمة X أصدرت أحكاماً»، «وكان الأمير X وزير الداخلية، قد أصدر قرارا»، «اضطرار وزير التعليم أن يصدر
        # تعميما»: the subject right before the verb, its title chain read as one subject
        v = issue[-1] - 1
        while v > 0 and ctx.key(v) in BEFORE_VERB:
            v -= 1
        # «وكان النائب العام في بوليفيا أصدر أمرًا»، «أن محكمة الاستئناف في دبي أصدرت حكما»: the place of the
        # subject between it and its verb
        place = next((m for m in ctx.starting_in(max(0, v - 4), v) if m.label == "LOC" and m.last == v), None)
        if place is not None and ctx.key(place.first - 1) == "في" and not place.lead:
            v = place.first - 2
        chain = [m for m in ctx.starting_in(max(0, v - 8), v) if m.label in ("ORG", "PER", "TITLE") and m.last == v
                 and ctx.sent_of[m.first] == ctx.sent_of[i]][-1:]
        while chain and chain[0].label in ("TITLE", "PER"):
            prev = [m for m in ctx.starting_in(max(0, chain[0].first - 8), chain[0].first - 1)
                    if m.label in ("TITLE", "PER") and m.last == chain[0].first - 1]
            if not prev:
                break
            chain.insert(0, prev[-1])
        if not chain:
            return _clause_subject(ctx, issue[-1]) or (_antecedent(ctx, v) if _decree(ctx, i) else None)
        return chain[0] if chain[0].label == "ORG" else _person_first(chain)
    if pool[0].label == "ORG":
        return pool[0]
    return _person_first(pool)


def frames(ctx: Context) -> list[dict]:
    out, triggers, issued = [], _triggers(ctx), []
    orders = [i for i in triggers if unclitic(ctx.key(i), ROYAL_ORDER) in ROYAL_ORDER]
    for i in triggers:
        if ctx.key(i - 1) == "مشروع":
            continue  # a draft
        if _generic(ctx, i):
            continue
        if _definite(ctx.key(i)) and i in orders and orders[0] < i:
            continue  # «الأمر السامي الكريم» after the royal order was cited: the same order again (decision 121)
        if unclitic(ctx.key(i), PLURALS).startswith(PLURALS) and not _issued(ctx, i) and not _cited(ctx, i) \
                and not _taken_by_body(ctx, i):
            continue
        a, b = clause(ctx, i)
        slots: dict[str, list] = {}
        num = _number_word(ctx, i, b)
        k = i
        if num is not None and (close := _bracketed_id(ctx, num)) is not None:
            k = close  # «رقم (84 / 44)»: the id inside the brackets, which stay outside it (GUIDELINES §4 id)
            slots["id"] = [ctx.span(num + 2, close - 1)]
        elif num is not None and num + 1 < len(ctx.words):
            k = _id_end(ctx, num + 1)
            slots["id"] = [ctx.span(num + 1, k)]
        elif (bare := _bare_id(ctx, i, b)) is not None:
            slots["id"] = [ctx.span(bare, bare)]
            k = bare
            while k + 2 <= b and ctx.words[k + 1] == "و" and ctx.words[k + 2].isdigit() and not _year(ctx.words[k + 2]):
                k += 2  # «قراري مجلس الأمن 242 و336»: every id of the instruments cited together (decision 282)
                slots["id"].append(ctx.span(k, k))
        if "id" not in slots and (ids := _restated_ids(ctx, i, b)):
            slots["id"] = ids  # «… وهي القرارات 1696 و1737»: the instruments restated with their ids (decision 282)
        attached = [m for m in mentions_in(ctx, k + 1, b, "ORG") if m.first - k <= 3] if num is not None else []
        unread = num is not None and num > _adjectives(ctx, i + 1, b) and not ctx.starting_in(i + 1, num - 1)
        named = _named_after(ctx, i, b) if _named_by_issuer(ctx.key(i)) \
            or unclitic(ctx.key(i), ROYAL_ORDER) in ROYAL_ORDER or _issued_after(ctx, i) is not None \
            or _reported(ctx, i) else None
        named = named or _issued_by(ctx, i, b)
        # «إذا اتخذ قرار … أمام الرئيس X لاتخاذ قرار»: a verb whose object is an earlier instrument does not issue this
        # one
        verbs = [v for v in sorted(find_in(ctx, ISSUE_VERBS + ISSUE_NOW, a, i) + _masdars(ctx, a, i))
                 if (v == i - 1 or not ctx.key(v).lstrip("و").startswith(ISSUE_NOW)) and _issues(ctx, v, i)
                 and not any(v < t < i for t in triggers)]
        subject = _subject(ctx, verbs, i)
        behalf = [m for v in find_in(ctx, ("نيابة", "بالنيابة"), a, i) for m in mentions_in(ctx, v, i, "ORG")[:1]]
        bodies = attached + [m for m in (named, subject) if m and m.label == "ORG"] + behalf
        issuer = bodies[0] if bodies else named or subject  # no body issues it: the office or person named does
        if unread and not bodies:
            issuer = None  # the body named before «رقم» issues it, though no entity names it: the person signs
            subject = None
        if issuer and issuer.label == "TITLE":
            issuer = holder(ctx, issuer) or issuer
        if issuer:
            slots["issuer"] = [issuer.id]
        said = max([a] + [j + 1 for j in range(a, i) if ctx.key(j) in THAT])  # «وأضاف X أن المحكمة أصدرت»
        signers = [p for p in mentions_in(ctx, said, i, "PER") if p is not issuer]
        # «عقد … وقع في سبتمبر، قبل أن يتراجع X عن قرار …»: a verb before the «أن» of the person's clause signs nothing
        own = [v for v in verbs if v >= said]
        if own and signers and not (subject and issuer is subject):
            if issuer is None and not unread and signers[-1].last < own[0]:
                # «وقال X إنه … و"أصدر له تعليمات»: with no body named, a person named before the verb who issues is
                # the issuer (GUIDELINES §7 decisions 19, 80); one after it («وقع نائب رئيس اللجنة … X وأصدر القرار»)
                # signs for the body; a feminine verb («كما أصدرت قرارات») has a body for subject, not the man
                # named before it («بعد تولي X منصب الرئاسة، أفرجت إيران …»)
                if not _feminine(ctx, own[-1]):
                    issuer = signers[-1]
                    slots["issuer"] = [issuer.id]
            else:
                slots["signer"] = [signers[-1].id]
        after = issuer.last if issuer and issuer.first > i else k
        years = bool(verbs) or ctx.key(i - 1) in ISSUED_INTRANS  # «وصدر أمر ملكي في عام 2013»
        date = _date_after(ctx, k + 1, b, years) or _date_after(ctx, after + 1, b, years) \
            or relative_date(ctx, _described(ctx, k + 1, b), 1)  # «أصدر X قرارا (نهائياً) أمس بتعديل …»
        if date is None and after > k:  # «القرار الذي اتخذه مجلس الوزراء أمس»: the day after its issuer
            date = relative_date(ctx, after + 1, 1)
            if date is None and ctx.key(after + 1) == "في":
                # «قرارا صاغه مجلس حقوق الإنسان في مطلع هذا الشهر»: «في» before the relative date (decision 21)
                date = relative_date(ctx, after + 2, 1)
        if date is None:
            date = _issued_on(ctx, i, b) or _done_on(ctx, i, b) or _dated_by_relative(ctx, i, b)
        if date is None and "issuer" in slots and "id" not in slots:  # «رقم 32 لعام 2015»: the year of the id
            date = _year_after(ctx, max(after, k) + 1, b)
        issue = _issue(ctx, verbs, i)
        if date is None and issue and i - issue[-1] <= MAX_ISSUE_GAP:
            # «أصدرت محكمة ليبية اليوم الثلاثاء حكما»، «أصدرت المحكمة …، أمس، حكما»
            date = next((d for j in range(issue[-1] + 1, i) if (d := relative_date(ctx, j, 2) or _years_in(ctx, j))
                         and d[1] <= ctx.spans[i][0]), None)
        if date is None and issue:  # «قبل أربع سنوات أصدر X قرارا» (GUIDELINES §7 decision 95)
            date = next((d for j in range(max(a, issue[-1] - AGO_WINDOW), issue[-1]) if (d := time_ago(ctx, j))), None)
        if date is None and slots and years:
            # «في 5 أبريل 2024، أصدر X القرار»، «وفي مارس 2014 صدر قرار X»: a month earlier in the sentence dates an
            # instrument issued there; a reported one («غادر … في يونيو الماضي … إنفاذا لقرارات المحكمة») is dated
            # by another verb
            d = date_near(ctx, i)
            date = d if d and d[1] <= ctx.spans[i][0] else None
        if date is None and slots:  # «1940- … حكومة فيشي تصدر حكما …»: the date that opens an entry of a chronology
            date = entry_date(ctx, i)
        if date:
            slots["date"] = [date]
        if unclitic(ctx.key(i), PLAN) in PLAN and "id" not in slots:
            continue  # «الخطة الأمنية التي انطلقت في …»: a plan is an instrument only with its number
        out.append({"type": "decision", "trigger": ctx.span(i, i), "slots": slots})
        issued.append(bool(issue))
    return _once(ctx, out, issued)


def _filled(ctx: Context, frame: dict) -> set[tuple[str, str]]:
    """The frame's slots as written, (slot, words): a body named twice is one filler («مجلس الوزراء» … «مجلس الوزراء»)."""
    by_id = ctx.by_id()
    out = set()
    for slot, values in frame["slots"].items():
        for v in values:
            if isinstance(v, str):
                m = by_id.get(v)
                name = word_key(ctx.surface(m)) if m else v
                # «مذكرة وزير العمل سجعان قزي» … «مذكرة الوزير قزي»: a person named again by the last name is one filler
                out.add((slot, name.split()[-1] if m and m.label == "PER" else name))
            else:
                out.add((slot, word_key(ctx.text[v[0]:v[1]])))
    return out


def _kind(ctx: Context, frame: dict) -> str:
    """The instrument stem (`_stem`) of a frame's trigger."""
    return _stem(word_key(ctx.text[frame["trigger"][0]:frame["trigger"][1]]))


def _once(ctx: Context, out: list[dict], issued: list[bool]) -> list[dict]:
    """One frame per instrument (GUIDELINES §7 decisions 38, 121, 265): a later mention whose slots, as written, are
    all among those of an earlier decision of the document («قرار مجلس الوزراء» again after «قرار مجلس الوزراء»
    reported with its date) is that instrument named again and opens no frame of its own. An issuing verb with no
    date of its own («كما أصدر الملك … أمراً ملكياً») reports another issuance by the same issuer and stays."""
    filled = [_filled(ctx, f) for f in out]
    kinds = [_kind(ctx, f) for f in out]
    keep = []
    for n, f in enumerate(out):
        mine = filled[n]
        # «بعدم تنفيذ أمر القبض الصادرة ضده من المحكمة» … «مذكرات الاعتقال الصادرة من المحكمة»: another kind of
        # instrument by the same issuer is another instrument, not the first named again
        again = mine and (not issued[n] or "date" in f["slots"]) and any(
            mine <= filled[m] and kinds[m] == kinds[n] for m in range(n))
        # «أصدر الرئيس X مرسوما تشريعيا» … «أصدر … X اليوم المرسوم التشريعي رقم 32»: the instrument reported first
        # without its number, then with it, is one instrument, framed where its number is (GUIDELINES §7 decision 265)
        again = again or mine and "id" not in f["slots"] and any(
            "id" in out[m]["slots"] and mine <= filled[m] for m in range(n + 1, len(out)))
        if not again:
            keep.append(f)
    return keep
