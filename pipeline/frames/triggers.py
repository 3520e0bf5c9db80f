"""Shared helpers for frame rules: trigger lookup, raw spans after a word, date phrases."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.frames.context import CHAIN_BREAK, Context, Mention
from pipeline.numbers.detect import HIJRI_MARK
from pipeline.numbers.parse import ORDINALS
from pipeline.text.chars import word_key
from pipeline.text.lexicon import COMMAS, DAY_PARTS, DEICTIC_DAYS, MONTHS, RELATIVE_AFTER, SPAN_PROCLITICS, WEEKDAYS

STOP = CHAIN_BREAK | {"،", ",", "(", ")", "«", "»", '"', "-"}
WITH = word_key("مع")  # a talk held with a person (meeting), a person arrested with another (enforcement)
# «في X»، «ب X» (the «ب» split off): the word before a place or venue (meeting), the named place of an act (enforcement)
PLACE_PREP = frozenset(word_key(w) for w in ("في", "ب", "بـ"))
GLUED_BEFORE_TRIGGER = ("و", "ف", "ب", "ل", "وب")  # proclitics a trigger word's stem may follow in one word
CONJUNCTIONS = ("و", "ف")  # glued first («ولائحة»، «فالقرار»)
PREPOSITIONS = ("ب", "ل")  # glued after a conjunction or alone («بقرار»، «وللقرار»)
MIN_STEM = 3  # letters a word keeps after a proclitic at least: «بان» is no «ب» + «ان»


def _rests(ctx: Context) -> list[tuple[int, str]]:
    """(word index, its lookup key without a proclitic it starts with) for every such proclitic, once per document."""
    return ctx.once("triggers.rests", lambda: [(i, k[len(p):]) for i, k in enumerate(ctx.keys)
                                              for p in GLUED_BEFORE_TRIGGER if k.startswith(p)])


@lru_cache(maxsize=1 << 12)
def readings(key: str) -> tuple[str, ...]:
    """Word key `key` whole, then without one conjunction «و/ف», then without one preposition «ب/ل» after it, each
    at least MIN_STEM letters; after «لل» also with the article the «ل» elides («للقرار» → «القرار»، «للائحة» →
    «لائحة» or «اللائحة»). Rules take the first reading their words know, so a word's own first letter stays
    («لائحة»، «فرض»)."""
    out = [key]
    if key[:1] in CONJUNCTIONS and len(key) > MIN_STEM:
        out.append(key[1:])
    for word in list(out):
        if word[:1] in PREPOSITIONS and len(word) > MIN_STEM:
            out.append(word[1:])
            if word.startswith("لل"):
                out.append("ال" + word[2:])
    return tuple(out)


def unclitic(key: str, known: frozenset[str] | tuple[str, ...]) -> str:
    """The first reading of `key` that is one of the keys `known` (a set) or starts with one of them (a tuple of
    stems), else its barest reading: proclitics off at most one conjunction and one preposition, where
    `str.lstrip("وفبل")` took any run of those letters, a word's own included («لوائح» → «وائح»)."""
    forms = readings(key)
    if isinstance(known, tuple):
        return next((f for f in forms if f.startswith(known)), forms[-1])
    return next((f for f in forms if f in known), forms[-1])


def find(ctx: Context, stems: tuple[str, ...]) -> list[int]:
    """Word indices whose lookup key (proclitics allowed before) starts with one of `stems`.

    Computed once per document and stem tuple (rules look the same verbs up per trigger);
    the list is shared, so callers must not change it.
    """
    return ctx.once(("triggers.find", stems), lambda: _find(ctx, stems))


def _find(ctx: Context, stems: tuple[str, ...]) -> list[int]:
    norm = _normalized(stems)
    n = min(min(map(len, norm), default=0), PREFIX_INDEX)
    if n:  # only keys and rests that start as a stem does can match: look in those groups alone
        keys, rests = _by_prefix(ctx, n)
        heads = {s[:n] for s in norm}
        hits = sorted(i for h in heads for i, k in keys.get(h, ()) if k.startswith(norm))
        glued = [i for h in heads for i, rest in rests.get(h, ()) if rest.startswith(norm)]
    else:  # (an empty stem matches every word)
        hits = [i for i, k in enumerate(ctx.keys) if k.startswith(norm)]
        glued = [i for i, rest in _rests(ctx) if rest.startswith(norm)]
    return sorted(set(hits).union(glued)) if glued else hits


@lru_cache(maxsize=1 << 10)
def _normalized(stems: tuple[str, ...]) -> tuple[str, ...]:
    """`stems` alef-normalized as the keys are; the rules pass the same few dozen constant tuples in every document."""
    return tuple(normalize_alef_ar(s) for s in stems)


PREFIX_INDEX = 2  # letters `find` groups keys by («ال», «وا», …): the first letter alone leaves groups of thousands


def _by_prefix(ctx: Context, n: int) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    """The (word index, key) pairs and the `_rests` pairs grouped by their first `n` letters, once per document and
    n: `find` runs for a few dozen stem tuples per document, and each then reads only the words that can match."""
    def build() -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
        keys: dict[str, list[tuple[int, str]]] = {}
        rests: dict[str, list[tuple[int, str]]] = {}
        for i, k in enumerate(ctx.keys):
            keys.setdefault(k[:n], []).append((i, k))
        for i, rest in _rests(ctx):
            rests.setdefault(rest[:n], []).append((i, rest))
        return keys, rests
    return ctx.once(("triggers.by_prefix", n), build)


def stem_start(ctx: Context, k: int, stems: tuple[str, ...]) -> int | None:
    """Where a raw span opened by word k starts when the word, after a glued proclitic and the article,
    starts with one of `stems` (character offset after the proclitic); None when it does not."""
    word = ctx.words[k]
    for p in SPAN_PROCLITICS:
        if word.startswith(p) and len(word) > len(p):
            key = word_key(word[len(p):])
            if (key[2:] if key.startswith("ال") else key).startswith(stems):
                return ctx.spans[k][0] + len(p)
    return None


def find_in(ctx: Context, stems: tuple[str, ...], lo: int, hi: int) -> list[int]:
    """`find` restricted to word indices lo <= i < hi."""
    hits = find(ctx, stems)
    return hits[bisect_left(hits, lo):bisect_left(hits, hi)]


def after_proclitics(ctx: Context, i: int) -> int:
    """The first word after index i that is not a split proclitic «ل/ب/و» («بحلول ل …»)."""
    j = i + 1
    while j < len(ctx.words) and ctx.words[j] in ("ل", "ب", "و"):
        j += 1
    return j


def phrase_after(ctx: Context, i: int, max_words: int = 6, stop: set[str] = frozenset()) -> list[int] | None:
    """Character span of the words after index i up to punctuation or a stop word."""
    j = after_proclitics(ctx, i)
    k = j
    while k < len(ctx.words) and k - j < max_words and ctx.words[k] not in STOP and ctx.key(k) not in stop:
        k += 1
    return ctx.span(j, k - 1) if k > j else None


def date_near(ctx: Context, i: int) -> list[int] | None:
    """A «15 مارس» / «31 مايو 2023» / «أبريل 2023» phrase in the sentence of word i."""
    j = ctx.first_month(i)
    return None if j is None or _bare_homograph(ctx, j) else date_at(ctx, j)


# the second word of a Levantine month name («كانون الثاني»، «تشرين الأول»)
MONTH_ORDINALS = {word_key(w) for w in ("الأول", "الثاني")}
CURRENT = {word_key(w) for w in ("الجاري", "الحالي")}
RELATIVE_OR_CURRENT = RELATIVE_AFTER | CURRENT  # «الماضي»، «المقبل»، «الجاري»: after a month or period of the news
FIRST = word_key("الأول")
DAY_BEFORE = (word_key("أول"), word_key("من"))  # «مساء أول من أمس»: the day before yesterday
DAY_BEFORE_SHORT = (word_key("أول"), word_key("أمس"))  # «أول أمس»: the same day
# month names that are also common words: «آب» is written like «أب» (father) once the hamza is normalized
HOMOGRAPH_MONTHS = {word_key("آب")}
# «من 19 إلى 21 أغسطس»، «19 - 21 شوال»: the first day of a range of days before the month
DAY_RANGE = {word_key(w) for w in ("إلى", "الى", "حتى", "-", "–", "أو", "او")}  # «30 أو 31 يوليو الحالي»: either day
AND = word_key("و")  # «في 27 و28 أكتوبر»: two days of one month, the «و» split off before the figure


# days of the month written as ordinals before «من + month» («الأول من يناير»): the masculine ordinals one to ten
# of the number grammar («حادي» only opens a compound)
ORDINAL_DAYS = {word_key("ال" + w) for w in ORDINALS if not w.endswith(("ة", "ى")) and w != "حادي"}


HALF = {word_key(w) for w in ("النصف", "الأسبوع", "الاسبوع")}  # «النصف الأول من»، «الأسبوع الأخير من»: a part of the month


def _ordinal_day(key: str) -> bool:
    return key in ORDINAL_DAYS or key[:1] == "و" and key[1:] in ORDINAL_DAYS


def _bare_homograph(ctx: Context, j: int) -> bool:
    """«وهو أبٌ للمكارم»: a month word that is also a common word names a month only beside a figure."""
    if ctx.key(j) not in HOMOGRAPH_MONTHS:
        return False
    return not any(ctx.words[k].isdigit() for k in (j - 1, j + 1) if 0 <= k < len(ctx.words))


def date_at(ctx: Context, j: int) -> list[int] | None:
    """The date around the month word j: the day before it, the second word of a two-word month name, the
    other calendar's name of the month after a dash or slash or in brackets («5 حزيران - يونيو»، «5 حزيران/يونيو»،
    «28 تموز (يوليو)»، «27 أكتوبر (تشرين الأول)»),
    the year and a relative word after it («الجاري»، «المقبل», GUIDELINES §7 decision 21)."""
    start = j - 1 if j and ctx.words[j - 1].isdigit() else j
    if j >= 2 and ctx.key(j - 1) == "من" and ctx.words[j - 2].isdigit():
        start = j - 2  # «17 من أغسطس»
    elif j >= 2 and ctx.key(j - 1) == "من" and _ordinal_day(ctx.key(j - 2)):
        start = j - 2  # «في الأول والثاني من سبتمبر القادم»: days written as ordinals, joined by «و»
        while True:
            if _ordinal_day(ctx.key(start - 1)) and ctx.key(start).startswith("و"):
                start -= 1
            elif ctx.words[start - 1:start] == ["و"] and _ordinal_day(ctx.key(start - 2)):
                start -= 2  # «و» split off
            else:
                break
        if ctx.key(start - 1) in HALF:
            start -= 1  # «النصف الثاني من مايو»: a half of the month, not its second day (decision 21, as written)
    if start < j and start >= 2 and ctx.words[start - 2].isdigit() and (
            ctx.key(start - 1) in DAY_RANGE or ctx.words[start - 1] == AND and len(ctx.words[start - 2]) <= 2):
        start -= 2  # «4 إلى 6 أغسطس المقبل»، «19 - 21 شوال 1436هـ» (GUIDELINES §7 decision 21: «2-3 سبتمبر»)
    if start == j >= 1 and ctx.key(j - 1) in MONTH_PARTS:
        start -= 1  # «في بداية يوليو (تموز)»، «مطلع يوليو»: the part of the month is in the date (decision 21)
    end = j
    if ctx.key(end + 1) in MONTH_ORDINALS and ctx.key(end) in (word_key("كانون"), word_key("تشرين")):
        end += 1
    if ctx.words[end + 1:end + 2] in (["-"], ["/"]) and ctx.key(end + 2) in MONTHS:
        end += 2  # «5 حزيران - يونيو»، «5 حزيران/يونيو»
    elif ctx.words[end + 1:end + 2] == ["("] and ctx.key(end + 2) in MONTHS:
        close = end + 3 + (ctx.key(end + 3) in MONTH_ORDINALS)  # «27 أكتوبر (تشرين الأول)»: a two-word name inside
        end = close if ctx.words[close:close + 1] == [")"] else end
    if end + 1 < len(ctx.words) and ctx.words[end + 1].isdigit() and len(ctx.words[end + 1]) == 4:
        end += 1 + (ctx.key(end + 2) in HIJRI_MARK)  # «شوال 1436هـ»: the era mark kept
    elif ctx.key(end + 1) in RELATIVE_OR_CURRENT:
        end += 1
    return ctx.span(start, end)


# a week or month relative to the day of the news («منتصف الأسبوع القادم»، «الأسبوع الماضي»): a date as written
# (GUIDELINES §7 decision 21)
PERIODS = {word_key(w) for w in ("الأسبوع", "الاسبوع", "الشهر", "العام")}
# «أواخر العام الحالي»، «مطلع الشهر الجاري»: a part of such a period belongs to the date (decision 21)
# «أواخر يوليو»، «بداية يوليو (تموز)»: a part of a month named without a day; the gold writes it in the date
MONTH_PARTS = {word_key(w) for w in ("أواخر", "اواخر", "أوائل", "اوائل", "مطلع", "نهاية", "بداية", "منتصف")}
PERIOD_PARTS = DAY_PARTS | MONTH_PARTS
# «هذا الأسبوع»، «هذا الشهر»: the week or month of the news named by a demonstrative before it (decision 21); a year
# so named mostly closes a construct («لموسم حج هذا العام»: the season, not the day of the event)
THIS = {word_key(w) for w in ("هذا", "هذه")}
THIS_PERIODS = PERIODS - {word_key("العام")}
EQUALS = word_key("الموافق")  # «… شوال، الموافق 4 أغسطس»: the same day in the other calendar
TODAY = word_key("اليوم")  # «اليوم الأول»: with an ordinal after it, a day of the event counted, no date
AGO = {word_key(w) for w in ("قبل", "منذ", "بعد")}
ABOUT = word_key("تقريبا")  # «قبل عامين تقريبا»
FROM_EVENT = {word_key(w) for w in ("من", "على")}  # «بعد أسبوعين من اختتام …»، «بعد أيام على …»


def same_day(ctx: Context, date: list[int]) -> list[int] | None:
    """A second date right after a date: the same day in the other calendar after «الموافق» («19 إلى 21 شوال
    الحالي، الموافق 4 إلى 6 أغسطس المقبل»), or another month joined by «و» («في كانون الثاني (يناير) ونيسان
    (إبريل)»); the gold takes both as dates of the event."""
    k = bisect_left(ctx.spans, (date[1],))  # the first word after the date
    if k < len(ctx.words) and ctx.words[k].startswith("و") and ctx.key(k)[1:] in MONTHS:
        second = date_at(ctx, k)
        return [second[0] + 1, second[1]]  # «ونيسان»: the conjunction outside
    if ctx.words[k:k + 1] == ["و"] and k + 1 < len(ctx.words) and ctx.is_month(k + 1):
        return date_at(ctx, k + 1)
    k += k < len(ctx.words) and ctx.words[k] in COMMAS
    if ctx.key(k) != EQUALS:
        return None
    month = next((j for j in range(k + 1, min(k + 5, len(ctx.words))) if ctx.is_month(j)), None)
    return date_at(ctx, month) if month is not None else None


# «مؤخرا»، «أخيرا»: an adverb placing the event shortly before the news, the date as written (GUIDELINES §7
# decision 21; the gold dates «القمة … التي عُقدت مؤخرًا» and «أدار له أخيرا لقاء» by it)
RECENTLY = {word_key(w) for w in ("مؤخرا", "مؤخرًا", "مؤخراً", "أخيرا", "أخيراً", "اخيرا")}
# «في الآونة الأخيرة»، «في الفترة الأخيرة»: the recent period (decisions 21, 282: «قرارات … صدرت في الفترة الأخيرة»)
RECENT_NOUNS = {word_key(w) for w in ("الآونة", "الفترة")}
LATEST = {word_key(w) for w in ("الأخيرة", "الاخيرة")}
# «الأيام المقبلة»، «اليومين المقبلين»، «الأسابيع الماضية»: a span of days or weeks counted from the news (decision 21)
PLURAL_PERIODS = {word_key(w) for w in ("الأيام", "الايام", "اليومين", "الأسابيع", "الاسابيع", "الأسبوعين",
                                        "الأشهر", "الاشهر", "الشهرين", "الساعات")}
PLURAL_RELATIVE = {word_key(w) for w in ("المقبلة", "المقبلين", "القادمة", "القادمين", "الماضية", "الماضيين",
                                         "الفائتة")} | LATEST
# «قبل أيام»، «منذ أسابيع»: a duration with no figure counted from the news dates the event (decisions 21, 95)
BARE_UNITS = {word_key(w) for w in ("أيام", "ايام", "أسابيع", "اسابيع", "أشهر", "اشهر", "شهور", "سنوات", "أعوام",
                                    "ساعات", "يومين", "أسبوعين", "شهرين", "عامين", "سنتين", "ساعتين")}
# «في وقت سابق من العام الجاري»: an earlier or later part of a period named after it (decision 21)
TIME_NOUN = word_key("وقت")
EARLIER_LATER = {word_key(w) for w in ("سابق", "لاحق")}
PERIODS_OR_TODAY = PERIODS | {TODAY}  # «في وقت سابق من العام الجاري»: the period named after «وقت سابق من»


def _recent(ctx: Context, k: int) -> int | None:
    """The last word of a date of recency that word k opens («مؤخرا»، «الآونة الأخيرة»، «قبل أيام»، «الأيام
    المقبلة»، «وقت سابق من العام الجاري»); None when word k opens none."""
    key = ctx.key(k)
    if key in RECENTLY:
        return k
    if key in RECENT_NOUNS and ctx.key(k + 1) in LATEST or key in PLURAL_PERIODS and ctx.key(k + 1) in PLURAL_RELATIVE:
        return k + 1
    if key in AGO and ctx.key(k + 1) in BARE_UNITS and ctx.key(k + 2) not in FROM_EVENT:
        # «بعد أسبوعين من اختتام دورة»: counted from another event, not from the news
        return k + 1 + (ctx.key(k + 2) == ABOUT)  # «قبل عامين تقريبا»: the hedge is in the date as written
    if key == TIME_NOUN and ctx.key(k + 1) in EARLIER_LATER:
        # a bare «في وقت سابق» places nothing in time; the gold dates by it only with the period named
        if ctx.key(k + 2) == "من" and ctx.key(k + 3) in PERIODS_OR_TODAY and ctx.key(k + 4) in RELATIVE_OR_CURRENT:
            return k + 4
    return None


# «وصل الليلة إلى باكستان»، «الليلة الماضية»، «الليلة قبل الماضية»: the night of the news, a deictic day as written
# (GUIDELINES §7 decision 21); not «تلك الليلة»، «في الليلة التي سبقتها» (a night named by what precedes or follows)
TONIGHT = word_key("الليلة")
NIGHT_BEFORE = {word_key(w) for w in ("تلك", "ذات", "هذه", "في", "الفترة")}
NIGHT_PAST = {word_key(w) for w in ("الماضية", "الفائتة")}
NIGHT_AFTER = {word_key(w) for w in ("التي", "الأولى", "الاولى")}


def _tonight(ctx: Context, k: int) -> int | None:
    """The last word of «الليلة (قبل) (الماضية)» at word k, or None when word k names no night of the news."""
    if ctx.key(k) != TONIGHT or ctx.key(k - 1) in NIGHT_BEFORE or ctx.key(k + 1) in NIGHT_AFTER:
        return None
    if ctx.key(k + 1) == BEFORE and ctx.key(k + 2) in NIGHT_PAST:
        return k + 2
    return k + (ctx.key(k + 1) in NIGHT_PAST)


def _in_mention(ctx: Context, k: int) -> bool:
    """Is word k inside an entity's name («“عين اليوم”»، «صحيفة اليوم»)? A deictic word there dates nothing."""
    return any(m.label != "NUM" and m.first < k <= m.last for m in ctx.starting_in(max(0, k - 8), k - 1))


def _day_of_current_month(ctx: Context, k: int) -> bool:
    """«في 12 الجاري»: a day of the month of the news written with «الجاري/الحالي» and no month name (decision 21)."""
    return ctx.words[k].isdigit() and len(ctx.words[k]) <= 2 and 1 <= int(ctx.words[k]) <= 31 \
        and ctx.key(k + 1) in CURRENT


def relative_date(ctx: Context, j: int, window: int = 4) -> list[int] | None:
    """A date written relative to the day of the news within `window` words from j: «أمس»، «بعد ظهر أمس»،
    «السبت الماضي»، «يوم الأحد المقبل»، «منتصف الأسبوع القادم» (the relative word inside, GUIDELINES §7
    decision 21)."""
    end = min(j + window, len(ctx.words))
    while end < len(ctx.words) and ctx.key(end - 1) in PERIOD_PARTS:
        end += 1  # «صباح اليوم»، «بعد ظهر أمس»: a date that opens inside the window is read whole
    for k in range(j, end):
        if ctx.words[k] in STOP:
            return None
        if (last := _recent(ctx, k)) is not None:
            return ctx.span(k, last)
        if (last := _tonight(ctx, k)) is not None:
            first = k - 1 if ctx.key(k - 1) in PERIOD_PARTS and k - 1 >= j else k  # «منتصف الليلة قبل الماضية»
            return ctx.span(first, last)
        if _day_of_current_month(ctx, k):
            return ctx.span(k, k + 1)
        if ctx.key(k) in MONTH_PARTS and ctx.key(k + 1) in RELATIVE_OR_CURRENT:
            return ctx.span(k, k + 1)  # «في أواخر المقبل»: the month left out, the part and relative word written
        if ctx.key(k) in MONTH_PARTS and (ctx.key(k + 1) in THIS and ctx.key(k + 2) in THIS_PERIODS
                                         or ctx.key(k + 1) in PERIODS and ctx.key(k + 2) in RELATIVE_OR_CURRENT):
            return ctx.span(k, k + 2)  # «مطلع هذا الشهر»، «أواخر العام الحالي»: the part is in the date (decision 21)
        if ctx.key(k) in THIS and ctx.key(k + 1) in THIS_PERIODS:
            return ctx.span(k, k + 1)
        if ctx.key(k) in PERIODS and _before_last(ctx, k) > k:  # «العام قبل الماضي»
            return ctx.span(k, k + 2)
        if ctx.key(k) in PERIODS and ctx.key(k + 1) in RELATIVE_OR_CURRENT:
            # «منتصف الأسبوع القادم»، «الأسبوع الماضي»، «أواخر العام الحالي»
            first = k
            while first > j and ctx.key(first - 1) in PERIOD_PARTS:
                first -= 1
            return ctx.span(first, k + 1)
        if ctx.key(k) == TODAY and _ordinal_day(ctx.key(k + 1)):
            continue  # «وشهد اليوم الأول …»: the first day of an event, not the day of the news
        if ctx.key(k) in DEICTIC_DAYS and _in_mention(ctx, k):
            continue  # «تحاورت “عين اليوم” مع …»: an outlet's name, no day
        if ctx.key(k) in DEICTIC_DAYS or ctx.key(k) in WEEKDAYS:
            first = k - 2 if k - 2 >= j and (ctx.key(k - 2), ctx.key(k - 1)) == DAY_BEFORE else k  # «أول من أمس»
            if first == k and k - 1 >= j and (ctx.key(k - 1), ctx.key(k)) == DAY_BEFORE_SHORT:
                first = k - 1  # «اول امس الاثنين»: the day before yesterday with «من» left out
            while first > j and ctx.key(first - 1) in DAY_PARTS:
                first -= 1
            last = k + 1 if ctx.key(k) in WEEKDAYS and ctx.key(k + 1) in RELATIVE_AFTER else k
            last = _before_last(ctx, k) if ctx.key(k) in WEEKDAYS and last == k else last
            if ctx.key(k) in DEICTIC_DAYS and (ctx.key(k + 1) in WEEKDAYS or ctx.key(k + 1) == FIRST):
                last = k + 1  # «أمس الخميس»، «اليوم الاثنين»، «أمس الأول»
            elif ctx.key(k) in DEICTIC_DAYS and ctx.words[k + 1:k + 2] == ["،"] and ctx.key(k + 2) in WEEKDAYS \
                    and ctx.words[k + 3:k + 4] in (["،"], ["."]):
                last = k + 2  # «في اجتماعها أمس، الأربعاء، في …»: the weekday set off by commas restates the day
            if ctx.key(last + 1)[:1] == "و" and ctx.key(last + 1)[1:] in DEICTIC_DAYS:
                last += 1  # «أمس واليوم»: two days, one date as written
            elif ctx.words[last + 1:last + 2] == ["و"] and ctx.key(last + 2) in DEICTIC_DAYS:
                last += 2  # «و» split off
            return ctx.span(first, last)
    return None


AGO_BOUNDS = {word_key(w) for w in ("أكثر", "أقل", "من", "نحو", "حوالي", "قرابة")}
BEFORE = word_key("قبل")


def _before_last(ctx: Context, k: int) -> int:
    """«الاثنين قبل الماضي»: the day or period two back, written with «قبل» before its relative word; the last word of
    the date that word k opens (k itself when no «قبل الماضي» follows; GUIDELINES §7 decision 21, a date as written)."""
    return k + 2 if ctx.key(k + 1) == BEFORE and ctx.key(k + 2) in RELATIVE_AFTER else k


def time_ago(ctx: Context, j: int) -> list[int] | None:
    """«قبل أربع سنوات»، «منذ 3 أشهر»: a duration counted from the news at word j, dating the event it precedes
    (GUIDELINES §7 decision 95); the span runs over the unit after the figure."""
    if ctx.key(j) not in AGO:
        return None
    k = j + 1
    while k < j + 3 and ctx.key(k) in AGO_BOUNDS:
        k += 1  # «بعد أكثر من ثلاث سنوات»: the bound before the figure is inside the date
    m = next((m for m in ctx.starting_in(k, k) if m.label == "NUM"), None)
    if m is None or ctx.numbers[m.id].get("type") != "duration":
        return None
    subject = ctx.numbers[m.id].get("subject")  # the unit: the first word of the subject right after the figure
    unit = bisect_left(ctx.spans, (subject[0],)) if subject else None
    return ctx.span(j, unit if unit == m.last + 1 else m.last)


DATE_SEPARATORS = ("/", "-", "ـ")  # «12/3/2015»، «15-07-2015»، «24 ـ 6 ـ 1431»


def numeric_date(ctx: Context, j: int) -> list[int] | None:
    """A date in figures from word j: «4/ 11/ 1426 هـ»، «12/3/2015» (day, month, year; the era letter kept)."""
    k, parts = j, 0
    sep = ctx.words[j + 1] if j + 1 < len(ctx.words) and ctx.words[j + 1] in DATE_SEPARATORS else "/"
    while k < len(ctx.words) and ctx.words[k].isdigit() and parts < 3:
        parts += 1
        if parts < 3 and ctx.words[k + 1:k + 2] == [sep]:
            k += 2
        else:
            break
    if parts < 3 or sep != "/" and not any(len(ctx.words[n]) == 4 for n in (j, k)):
        return None  # «15-07-2015»، «24 ـ 6 ـ 1431»: a dash joins a date only with its year, not an id («2-6-36363»)
    end = k + 1 if ctx.key(k + 1) in ("هـ", "ه", "م") else k
    return ctx.span(j, end)


ENTRY_MARKS = ("-", ":", "–")  # «1945- مؤتمر بوتسدام …»، «- 13 مارس: السعودية …»


def entry_date(ctx: Context, i: int) -> list[int] | None:
    """«1945- مؤتمر بوتسدام …»، «- 13 مارس: الأمير … يزور القاهرة ويلتقي …»: in a dated list (a chronology), the
    date that opens the entry of word i, before its dash or colon, dates the events of that entry (GUIDELINES §7
    decision 21, the date as written)."""
    k = clause(ctx, i)[0]
    k += ctx.words[k] in ENTRY_MARKS  # the bullet dash of the entry
    if k >= i:
        return None
    if ctx.words[k].isdigit() and len(ctx.words[k]) == 4 and ctx.words[k + 1] in ENTRY_MARKS and k + 1 < i:
        return ctx.span(k, k)
    if not (ctx.words[k].isdigit() and k + 1 < i and ctx.is_month(k + 1)):
        return None
    date = date_at(ctx, k + 1)
    end = bisect_left(ctx.spans, (date[1],))
    return date if end < i and ctx.words[end] in ENTRY_MARKS else None


def mentions_in(ctx: Context, i: int, j: int, label: str) -> list[Mention]:
    """Mentions with `label` lying within words [i, j]."""
    return [m for m in ctx.starting_in(i, j) if m.label == label and m.last <= j]


def clause(ctx: Context, i: int) -> tuple[int, int]:
    """Word range of the clause around i (bounded by «؛», «.», line breaks)."""
    return ctx.clause(i)
