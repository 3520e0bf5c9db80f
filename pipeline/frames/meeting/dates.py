"""The date slot of a meeting: the relative or month date after the verb of holding, the noun, its adjectives or
place, before it in its clause, after «بتاريخ», and the forms it is written in (a bracketed day, «شهر»)."""
from __future__ import annotations

from bisect import bisect_left

from pipeline.frames.context import Context, Mention, covered_words
from pipeline.frames.meeting.cues import date_opening, date_spanning, norm, past_comma, said, speaks
from pipeline.frames.meeting.nouns import same_noun
from pipeline.frames.meeting.places import named_for_place, takes_place_after
from pipeline.frames.meeting.words import (AT, CHAIRED_BY, CHAIRING_PRONOUN, CLAUSE_DATE_WINDOW, DATED, DATED_WINDOW,
                                           DATE_BEFORE, DAY_MEETING, HELD_AFTER, HELD_PEOPLE, HOSTED, LANDMARK,
                                           LOC_WINDOW, MONTH_NOUN, NISBA_WINDOW, OCCASION, OFFICE_CHAIN, RELATIVE_KEYS,
                                           SAME, SPAN_FROM, SPAN_NOUNS, SPAN_TO, START, STATEMENT, THEREBY, TRIGGERS,
                                           WORKS)
from pipeline.frames.relations import HONORIFICS
from pipeline.frames.triggers import (DAY_RANGE, EQUALS, MONTH_PARTS, ORDINAL_DAYS, PLACE_PREP, date_at, date_near,
                                     entry_date, find_in, numeric_date, relative_date)
from pipeline.numbers.detect import HIJRI_MARK
from pipeline.text.lexicon import COMMAS, DEICTIC_DAYS, OPENING_QUOTES, QUOTES, RELATIVE_AFTER, WEEKDAYS, keys
from pipeline.text.lexicon import THAT  # what is said after «قال … إن» names no participant

# «ثورة 30 يونيو»، «ثورتي 25 يناير و30 يونيو»: a date right after these names an event, it dates nothing
EVENT_NAMED_BY_DATE = keys("ثورة", "ثورتي")
NAMES_LINK = keys("ب", "بـ", "مع", "و", "،", ",")  # «التقى X بـY»، «مع X وY»: what joins the people a meeting names
AROUND = keys("قبل", "بعد")  # «قبل نهاية العام»: before or after a part of a period (see `_before_part`)


def held_on(ctx: Context, v: int) -> list[int] | None:
    """«مؤتمر صحافي عقده، أمس،»، «في اجتماع عقد الاثنين»، «المباحثات التي جرت السبت»: the relative date right after
    the verb of taking place that follows the meeting noun is the day it was held (GUIDELINES §7 decisions 21, 36)."""
    k = past_comma(ctx, v + 1)
    # «مؤتمر صحفي مشترك عقده في جدة أمس»: over the place said first
    place = next((m for m in ctx.starting_in(k, k + 1) if m.label == "LOC"), None)
    if place is not None and (place.lead == "ب" or ctx.key(place.first - 1) in PLACE_PREP) and (
            place.first == k or ctx.key(k) in PLACE_PREP):
        k = place.last + 1
    # «بعد اجتماع عقده بمديري تعليم خمس إدارات … أمس»: over the people it was held with after «بـ» (decisions 21, 263)
    with_people = norm(ctx.key(v)).endswith(CHAIRING_PRONOUN) and ctx.words[k].startswith("ب") and \
        not ctx.starting_in(k, k)
    return relative_date(ctx, k, 3) or (relative_date(ctx, k, HELD_PEOPLE) if with_people else None)


def _bracketed_day(ctx: Context, date: list[int]) -> list[int]:
    """«اليوم (الأربعاء)»، «يوم الإثنين (3 أغسطس)»: the weekday or day of the month in brackets right after the date
    restates it and is written in the date slot (GUIDELINES §7 decisions 21 and 385: the date as written)."""
    k = bisect_left(ctx.spans, (date[1],))
    if ctx.words[k:k + 1] != ["("]:
        return date
    close = next((j for j in range(k + 1, min(len(ctx.words), k + 5)) if ctx.words[j] == ")"), None)
    if close is None or close == k + 1 or not all(
            ctx.key(j) in WEEKDAYS or ctx.words[j].isdigit() or ctx.is_month(j) for j in range(k + 1, close)):
        return date
    return [date[0], ctx.spans[close][1]]


def _before_part(ctx: Context, date: list[int]) -> list[int]:
    """«أن يعقد البرلمان أولى جلساته قبل نهاية العام الحالي»: «قبل/بعد» right before a part of a period («نهاية،
    مطلع …») is in the date as written (GUIDELINES §7 decisions 21, 264: «قبل/بعد» + what places it in time)."""
    k = bisect_left(ctx.spans, (date[0],))
    return [ctx.spans[k - 1][0], date[1]] if ctx.key(k) in MONTH_PARTS and ctx.key(k - 1) in AROUND else date


def _figures_after(ctx: Context, date: list[int]) -> list[int]:
    """«يوم الاثنين 2/11/1436 هـ»، «صباح يوم الأربعاء المقبل الموافق 27 / 10 / 1436 هـ»: a date in figures right
    after a date that ends in a weekday (and «المقبل/الماضي»), over «الموافق», restates that day and is written in the
    date slot, like a bracketed one (GUIDELINES §7 decision 21: the date as written)."""
    k = bisect_left(ctx.spans, (date[1],))
    day = k - 1 - (ctx.key(k - 1) in RELATIVE_AFTER)
    k += ctx.key(k) == EQUALS
    if ctx.key(day) not in WEEKDAYS or (figures := numeric_date(ctx, k)) is None:
        return date
    return [date[0], figures[1]]


def _thereby_date(ctx: Context, i: int) -> list[int] | None:
    """«ستعقد ورشة عمل … بالرياض؛ لاستكمال المتطلبات، وذلك يوم الاثنين»: the date right after «وذلك (في)» further on
    in the meeting's sentence, past a «؛», adds the day of the meeting (as `rules` reads its place after «وذلك»;
    GUIDELINES §7 decision 21)."""
    for k in range(i + 1, ctx.sentence_end(i) + 1):
        if ctx.key(k) == THEREBY or ctx.key(k) == THEREBY[1:] and ctx.words[k - 1] == "و":
            j = k + 1 + (ctx.key(k + 1) == "في")
            return date_opening(ctx, j) or next((date_at(ctx, m) for m in (j, j + 1) if ctx.is_month(m)), None)
    return None


def day_after(ctx: Context, i: int) -> list[int] | None:
    """«وشارك الوزيران في اجتماع السبت»: a relative date right after an indefinite meeting noun after «في/خلال» names
    the day of one specific meeting, which is reported (GUIDELINES §7 decisions 21, 36); not «لقاء الجمعة» (a match)
    nor a plural («جلسات أمس»: sittings of an event already reported)."""
    if norm(ctx.key(i)).lstrip("بل") not in DAY_MEETING:
        return None
    return date_opening(ctx, i + 1)


def _clause_date(ctx: Context, i: int, b: int) -> list[int] | None:
    """A date written relative to the news after the meeting noun in its clause, within CLAUSE_DATE_WINDOW words
    and before any «أن/إن» or quotation mark (what follows is another event: «قبل أن يتوجه … عصر أمس», or a
    title) or another meeting noun, not «اليوم نفسه» (the day of another event; GUIDELINES §7 decision 21)."""
    last = min(b, i + CLAUSE_DATE_WINDOW)
    end = next((j for j in range(i + 1, last + 1) if ctx.key(j) in THAT or ctx.words[j] in ("«", '"')), last + 1)
    # «يلتقي الوفد بـX لبحث محادثات جرت في جنيف أمس»: a date past another meeting noun dates that meeting
    end = min([end] + find_in(ctx, TRIGGERS, i + 1, end))
    return next(iter(_dates_in(ctx, i + 1, end)), None)


def later_clause_date(ctx: Context, i: int, b: int) -> list[int] | None:
    """«في اجتماع لرؤساء مكاتب الحزب …، عقد في المقر الرئيسي للحزب بأنقرة أمس»: a later meeting of the article that
    its own participants, host or place already report takes the relative date further on in its clause as the
    article's meeting does (GUIDELINES §7 decisions 21, 36); a meeting with nothing else to report opens no frame on
    a date alone."""
    date = _clause_date(ctx, i, b)
    return None if _in_name(ctx, date) else date


def date_before(ctx: Context, i: int, a: int) -> list[int] | None:
    """The last relative date in the DATE_BEFORE words before the meeting noun at i in its clause («دافع X أمس الأحد
    خلال جلسة الاستماع»): news puts the day of the event it reports after its subject, before the noun (GUIDELINES §7
    decision 21). Not over «أن/إن/إنه» or a quote (what follows is said), not inside a name («عين اليوم»), not the
    day of a statement right after its verb («وأعلن أمس عن جلسة»), and a weekday in brackets only repeats the day."""
    lo = max(a, i - DATE_BEFORE)
    lo = next((j + 1 for j in range(i - 1, lo - 1, -1) if said(ctx, j) or ctx.words[j] in QUOTES), lo)
    named = covered_words(m for m in ctx.starting_in(max(0, lo - OFFICE_CHAIN), i - 1) if m.label != "NUM")
    dates = [d for d in _dates_in(ctx, lo, i) if (k := bisect_left(ctx.spans, (d[0],))) not in named
             and ctx.words[k - 1:k] != ["("] and not _dates_landmark(ctx, d, i)
             and not any(speaks(ctx, j) for j in range(max(a, k - STATEMENT), k))]
    return dates[-1] if dates else None


def _said_on(ctx: Context, i: int, a: int) -> list[int] | None:
    """«بحسب ما ذكر أمس في مؤتمر صحافي في سيول»: a relative date that ends right before the «في/خلال» of a meeting
    noun where a speaker speaks is the day of the meeting he speaks at (GUIDELINES §7 decision 21); it wins over a
    month named earlier in the sentence, which dates what he said; a comma may close the date («قد أعلن الأسبوع
    الماضي، خلال مؤتمر صحافي»)."""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)  # the «في/خلال» before the noun
    k -= ctx.words[k - 1] in COMMAS
    return next((d for j in range(max(a, k - 4), k) if (d := date_spanning(ctx, j, k - 1)) is not None), None)


def _stated_on(ctx: Context, i: int, a: int) -> list[int] | None:
    """«أعلن X الاثنين أن بلاده مستعدة …، خلال لقاء مع نظيره»: the relative date between a verb of speaking (and its
    speaker) and the «أن/إن» of what he says, earlier in the clause of a meeting noun after «خلال/أثناء» (not «في»,
    which may name a meeting inside what is said), is the day of the meeting he says it at (GUIDELINES §7 decision
    21); the nearest verb before the noun that has one."""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)  # «وقال في كلمة خلال جلسة»
    if ctx.key(k) not in AT or ctx.key(k) == "في":
        return None
    for j in range(k - 1, a - 1, -1):
        if not speaks(ctx, j) or (d := relative_date(ctx, j + 1, OFFICE_CHAIN)) is None:
            continue
        end = bisect_left(ctx.spans, (d[1],))
        if ctx.key(end) in WEEKDAYS:  # «أمس الأول الخميس»: the weekday restates the day
            d, end = [d[0], ctx.spans[end][1]], end + 1
        if said(ctx, end):
            return d
    return None


def _named_year(ctx: Context, i: int) -> list[int] | None:
    """«التعهدات التي التزموا بها في مؤتمر القاهرة 2014»: the year right after the place a conference or summit is
    named by is the year it was held (GUIDELINES §7 decisions 21, 36)."""
    place = named_for_place(ctx, i)
    year = ctx.words[place.last + 1] if place is not None and place.last + 1 < len(ctx.words) else ""
    return ctx.span(place.last + 1, place.last + 1) if year.isdigit() and len(year) == 4 else None


def _dated(ctx: Context, i: int, b: int) -> list[int] | None:
    """«في جلسة بتاريخ 15-07-2015»، «المنعقدة بتاريخ 17/8/1422هـ»: a date in figures after «بتاريخ» right after the
    meeting noun (over an adjective or a participle of holding) is its date (GUIDELINES §7 decision 21)."""
    for k in range(i + 1, min(b, i + DATED_WINDOW) + 1):
        split = ctx.words[k] in ("ب", "بـ")
        if (ctx.key(k + 1) if split else norm(ctx.key(k))) == DATED:
            return numeric_date(ctx, k + 1 + split)
    return None


def _figures(ctx: Context, k: int) -> int | None:
    """The last word of the figures joined by «/» that word k opens («29/11/1433هـ»، «10 / 25»، «8»), the era mark
    kept; None when word k is no figure."""
    if not ctx.words[k:k + 1] or not ctx.words[k].isdigit():
        return None
    while ctx.words[k + 1:k + 2] == ["/"] and ctx.words[k + 2:k + 3] and ctx.words[k + 2].isdigit():
        k += 2
    return k + (ctx.key(k + 1) in HIJRI_MARK)


def period_range(ctx: Context, i: int, b: int) -> list[int] | None:
    """«المنعقد في الدوحة خلال المدة من 8 إلى 29/11/1433هـ»، «خلال الفترة ما بين 10 / 25 وحتى 10 / 29»: the days in
    figures after «خلال/في الفترة (من/ما بين)» in the clause after the meeting noun at i are its date, from the first
    figure (GUIDELINES §7 decision 21: «2-3 سبتمبر», the date as written); the last day written with its month."""
    for k in range(i + 1, min(b, i + CLAUSE_DATE_WINDOW) + 1):
        if ctx.key(k) not in SPAN_NOUNS or ctx.key(k - 1) not in AT:
            continue
        j = k + 1
        while ctx.key(j) in SPAN_FROM:
            j += 1
        if (end := _figures(ctx, j)) is None:
            return None
        r = end + 1 + (ctx.words[end + 1:end + 2] == ["و"])  # «وحتى»
        last = _figures(ctx, r + 1) if ctx.key(r) in SPAN_TO else None
        return ctx.span(j, last) if last is not None and "/" in ctx.words[r + 1:last + 1] else None
    return None


def _dates_in(ctx: Context, j: int, end: int) -> list[list[int]]:
    """The relative dates that start in words [j, end), each whole («اليوم الاثنين»), but not «اليوم نفسه»."""
    out = []
    while j < end:
        d = relative_date(ctx, j, 1)
        if d is not None and ctx.key(bisect_left(ctx.spans, (d[1],))) not in SAME:
            out.append(d)
        j = bisect_left(ctx.spans, (d[1],)) if d is not None else j + 1
    return out


def _in_name(ctx: Context, date: list[int] | None) -> bool:
    """Does the date lie inside an entity's name («الأمانة العامة لقوى 14 آذار») or name an event right after
    «ثورة» («ثورة 30 يونيو»)? Then it dates nothing."""
    if date is None:
        return False
    k = bisect_left(ctx.spans, (date[0],))
    return norm(ctx.key(k - 1)) in EVENT_NAMED_BY_DATE or any(m.label != "NUM" and m.first <= k and m.end >= date[1]
               for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k))


def _month_noun(ctx: Context, date: list[int]) -> list[int]:
    """«في شهر مايو (أيار) الماضي»: the noun «شهر» right before a month opens the date as written (GUIDELINES §7
    decision 21; the gold writes «شهر سبتمبر (أيلول) المقبل»)."""
    k = bisect_left(ctx.spans, (date[0],))
    if k > 0 and ctx.is_month(k) and norm(ctx.key(k - 1)).removeprefix("ب") == MONTH_NOUN:
        days = _days_of(ctx, k - 1)  # «بشهر» has no days before it («من» comes first)
        return [ctx.spans[days][0] + (days == k - 1 and ctx.words[k - 1].startswith("ب")), date[1]]
    return date


def _days_of(ctx: Context, k: int) -> int:
    """«العاشر من شهر يوليو»، «من السابع إلى العاشر من شهر يوليو»: the first word of the days written as ordinals
    or figures before «من» + the noun «شهر» at k (a range over «إلى/-»), else k (GUIDELINES §7 decision 21: the date
    as written, «2-3 سبتمبر»)."""
    if ctx.key(k - 1) != "من" or not (ctx.key(k - 2) in ORDINAL_DAYS or ctx.words[k - 2].isdigit()):
        return k
    start = k - 2
    if ctx.key(start - 1) in DAY_RANGE and (ctx.key(start - 2) in ORDINAL_DAYS or ctx.words[start - 2].isdigit()):
        start -= 2
    return start


def date_after_adjectives(ctx: Context, i: int) -> list[int] | None:
    """«في مؤتمر صحافي، أمس، في سول»، «في مؤتمره الصحافي اليومي الاثنين الماضي»: the relative date right after the
    noun's nisba adjectives and a comma is the day it was held (GUIDELINES §7 decision 21)."""
    k = i + 1
    while k <= i + NISBA_WINDOW and not ctx.starting_in(k, k) and norm(ctx.key(k)).endswith("ي") \
            and ctx.key(k) not in DEICTIC_DAYS:
        k += 1
    if k == i + 1:
        return None
    k = past_comma(ctx, k)
    return relative_date(ctx, k, 1)


def month_date(ctx: Context, i: int, a: int, b: int, first: bool) -> list[int] | None:
    """The first month's date of the sentence for the article's meeting; of the clause for a later one."""
    if first:
        date = _month_after(ctx, i, b) or date_near(ctx, i)
        return None if _in_name(ctx, date) or _dates_landmark(ctx, date, i) else date
    months = ctx.months()
    n = bisect_left(months, a)
    j = months[n] if n < len(months) else None
    if j is not None and find_in(ctx, TRIGGERS, i + 1, j):
        return None  # «يلتقي الوفد بـX … جولتي محادثات عقدتا في موسكو في يناير»: the month of the talks
    date = date_at(ctx, j) if j is not None and a <= j <= b else None
    return None if _dates_landmark(ctx, date, i) else date


def _dates_landmark(ctx: Context, date: list[int] | None, i: int) -> bool:
    """«عاد إلى بلاده في يونيو الماضي قبل اكتمال أعمال قمة»، «في أبريل الماضي بعد حضوره اجتماع»: a month before the
    meeting noun with «بعد/قبل» between them dates the event the meeting is the time landmark of, not the meeting
    (GUIDELINES §7 decisions 21, 263)."""
    if date is None or date[1] > ctx.spans[i][0]:
        return False
    return any(norm(ctx.key(k)) in LANDMARK for k in range(bisect_left(ctx.spans, (date[1],)), i))


def _month_after(ctx: Context, i: int, b: int) -> list[int] | None:
    """«زار موسكو في يوليو 2007 …، ثم التقى الأمير X بالرئيس Y في سبتمبر 2008»: a month after «في» right after the
    noun and the people it names (only names, their styles and «بـ/مع/و» between) dates it over a month named before
    it in the sentence, which dates an earlier event (GUIDELINES §7 decision 21)."""
    first = ctx.first_month(i)
    if first is None or first > i:
        return None
    months = ctx.months()
    n = bisect_left(months, i + 1)
    j = months[n] if n < len(months) else None
    if j is None or j > min(b, i + LOC_WINDOW):
        return None
    date = date_at(ctx, j)
    k = bisect_left(ctx.spans, (date[0],))
    named = covered_words(ctx.starting_in(i + 1, k - 1))
    if ctx.key(k - 1) != "في" or not all(w in named or ctx.key(w) in NAMES_LINK or ctx.key(w) in HONORIFICS
                                         for w in range(i + 1, k - 1)):
        return None
    return date


def _started_on(ctx: Context, i: int) -> list[int] | None:
    """«وانطلقت أمس أشغال المؤتمر»، «وبدأت أعمال الاجتماع اليوم»: a verb of starting or ending a later definite mention
    of the meeting (its works, «أعمال/أشغال/فعاليات», between) with a relative date right after the verb or right
    after the noun says the day of the meeting it refers back to (GUIDELINES §7 decisions 21, 118)."""
    k = i - (norm(ctx.key(i - 1)) in WORKS)
    if norm(ctx.key(k - 1)) in START:  # «وانطلقت أعمال المؤتمر أمس»
        return date_opening(ctx, i + 1)
    for v in range(max(0, k - 4), k - 1):  # «وانطلقت أمس أشغال المؤتمر»
        if norm(ctx.key(v)) in START and (d := date_spanning(ctx, v + 1, k - 1)) is not None:
            return d
    return None


def _restated_period(ctx: Context, i: int) -> list[int] | None:
    """«وأشار إلى أن الملتقى سوف يقام في مركز X خلال الفترة ما بين 10 / 25 وحتى 10 / 29»: the days in figures in
    the clause of the verb of taking place right after a later mention (see `period_range`)."""
    v = takes_place_after(ctx, i)
    return period_range(ctx, v, ctx.clause(v)[1]) if v is not None else None


def restated_date(ctx: Context, i: int, frame: dict) -> list[int] | None:
    """«حضرا اجتماعا … الخميس: …» + «وقال أحد اللذين حضرا الاجتماع الذي عُقد مساء الأربعاء»: a later definite mention
    of the same noun whose relative clause of taking place states the day it was held dates the meeting it refers back
    to; that day is said of the meeting itself, so it wins over a date found near the first mention (GUIDELINES §7
    decision 118)."""
    if not same_noun(ctx, i, frame):
        return None
    if "date" not in frame["slots"] and (d := _started_on(ctx, i) or _restated_period(ctx, i)):
        return d
    if ctx.key(i + 1) not in RELATIVE_KEYS or not norm(ctx.key(i + 2)).startswith(HELD_AFTER) \
            or norm(ctx.key(i + 2)).startswith(CHAIRED_BY + HOSTED):
        return None
    return held_on(ctx, i + 2)


def meeting_date(ctx: Context, i: int, a: int, b: int, first: bool, loc: Mention | None, *, spoken: bool,
                 held_date: list[int] | None, court: bool, opener: int | None, conducted_on: list[int] | None,
                 of_people: bool, who: Mention | None) -> list[int] | None:
    """The date of the meeting noun at i in its clause [a, b], as written: a relative date right after the noun or
    its place before the month of the sentence, then each further source in turn while none is found; a court's
    session, a verb of conducting and «بتاريخ» name the date over those before them (GUIDELINES §7 decision 21).
    `first`: the article's meeting; `loc`: its location; `spoken`: a speaker speaks at it; `held_date`: the day
    after its verb of taking place (`held_on`); `court`: a court's session; `opener`: the verb that holds or starts
    it before it; `conducted_on`: the date between a verb of conducting and it; `of_people`: a meeting of named
    people; `who`: the person met named right after it."""
    # «خلال لقاء صحفي أمس في الرياض»: a relative date between the noun and its place, else after the place;
    # it wins over a month named further on in the sentence («اجتماعا في زيوريخ غدا الاثنين لتحديد موعد … بين
    # ديسمبر 2015 وفبراير 2016»: that month dates another event)
    place_after = loc is not None and loc.first > i
    after = past_comma(ctx, loc.last + 1) if place_after else i + 1  # «في قطر، أمس واليوم»
    rel = (relative_date(ctx, i + 1, loc.first - i - 1) if place_after else None) or relative_date(ctx, after) \
        or date_after_adjectives(ctx, i)
    date = month_date(ctx, i, a, b, first)
    date = rel if rel and (date is None or date[0] > rel[1]) else date
    if rel is None and spoken and (said_on := _said_on(ctx, i, a)) is not None:
        date = said_on  # «بحسب ما ذكر أمس في مؤتمر صحافي»: the day said right before it, not a month before
    if date is None and loc is not None and loc.first < i:  # «إلى الكاميرون (اليوم)»، «إلى طهران "الأسبوع المقبل"»
        opened = ctx.words[loc.last + 1:loc.last + 2] in (["("], *([q] for q in OPENING_QUOTES))
        date = relative_date(ctx, loc.last + 1 + opened, 2)
    if date is None:  # «جلسة مجلس الوزراء التي انعقدت يوم أمس»
        date = held_date
    if court:  # «لجلسة 17 أكتوبر المقبل»، «جلستها المنعقدة أمس»
        month = next((k for k in range(i + 1, min(b, i + 3) + 1) if ctx.is_month(k)), None)
        date = (date_at(ctx, month) if month is not None else relative_date(ctx, i + 1, 3)) or date
    if date is None and opener is not None:  # «عقد … مساء أمس الاثنين اجتماعاً»، «وبدأت أمس دورة استثنائية»
        date = next((d for j in range(opener + 1, i) if (d := relative_date(ctx, j, min(4, i - j)))), None)
    if conducted_on is not None:  # «يجري رئيس الحكومة X اليوم مباحثات»
        date = conducted_on
    if date is None and of_people:  # «لدى اجتماعه مع قادة القطاعات مساء أمس الأول»
        date = relative_date(ctx, i + 1, 8) or (relative_date(ctx, past_comma(ctx, who.last + 1), 3) if who else None)
    if date is None and first:  # «ستبدأ محادثات مع دائنيها بشأن حزمة إنقاذ جديدة غدا الاثنين»
        date = _clause_date(ctx, i, b) or _thereby_date(ctx, i)
    if date is None:  # «بدأت المحكمة اليوم جلسة محاكمة …»، «دافع X أمس الأحد خلال جلسة الاستماع»
        date = date_before(ctx, i, a)
    if date is None:  # «أعلن X الاثنين أن …، خلال لقاء مع نظيره»
        date = _stated_on(ctx, i, a)
    if date is None:  # «1945- مؤتمر بوتسدام يؤكد …»: the date that opens an entry of a chronology
        date = entry_date(ctx, i) or _named_year(ctx, i)
    if date is None:  # «المنعقد في الدوحة خلال المدة من 8 إلى 29/11/1433هـ»
        date = period_range(ctx, i, b)
    date = _dated(ctx, i, b) or date  # «جلسة بتاريخ 15-07-2015»: the date the noun is said to be on
    return _before_part(ctx, _figures_after(ctx, _bracketed_day(ctx, _month_noun(ctx, date)))) if date else date
