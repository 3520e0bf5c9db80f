"""target: a goal with a deadline (بحلول …) or a stated aim (السعي إلى، هدف) and its number.

A present verb of the root «هدف» («تستهدف/يهدف إلى», GUIDELINES §7 decision 100) aims at the level after
«إلى» in its clause («تستهدف مضاعفة التدفقات من 5 مليارات لتصل إلى ما بين 10.5 و11 مليار»: both ends of a
range) or at a year right after it («تستهدف عام 2020»); with neither it opens none (a military «تستهدف مواقع»).

The value of an aim is the first figure after its trigger: a figure before it is what was achieved
(«بلغ 97%، متجاوزاً الهدف»). «بهدف» is a purpose («بهدف الانتقام»), and «هدف» counted by a figure is a goal
scored («سجل 16 هدفا»): neither is a target.
"""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.triggers import (CURRENT, PERIOD_PARTS, PERIODS, STOP, after_proclitics, clause, find,
                                     phrase_after, unclitic)
from pipeline.numbers.detect import HIJRI_MARK
from pipeline.numbers.parse import ORDINALS
from pipeline.numbers.words import ABOUT
from pipeline.text.chars import word_key
from pipeline.text.lexicon import (COMMAS, DEICTIC_DAYS, FUTURE, MONTHS, NEXT, QUOTES, RELATIVE_AFTER, TO, WAS,
                                   WEEKDAYS, YEAR_NOUNS, keys)

TRIGGERS = ("بحلول", "السعي", "هدف", "الهدف")
PURPOSE = ("بهدف", "وبهدف")
CLOSE_BEFORE = 4  # a figure at most one word (its unit) before the «بحلول» it is due by
# «من المقرر صدور التقرير بحلول نهاية العام»: a deadline with no figure is a target when it is still ahead
AIM_VERBS = ("يستهدف", "تستهدف", "نستهدف", "يهدف", "تهدف", "نهدف")
# «تستهدف تدريب أكثر من 250»: qualifier words between an aim verb's verbal noun and its planned figure
AIM_QUALIFIERS = keys("أكثر", "من") | ABOUT
LEVEL_WINDOW = 6  # words from «إلى» to the end of its range («إلى ما بين 10.5 و11 مليار»)
AIM_WINDOW = 16  # words from the verb to its «إلى» (over what is raised and from what level)
# «بحلول 17 أغسطس كي لا تضطر …»، «بحلول 20 آب بعدما قدمت …»: a clause of purpose or time after the deadline is no
# part of it
DEADLINE_STOP = keys("كي", "لكي", "حتى", "وإلا", "كان", "كانت", "بعدما")
CLOCK = keys("الساعة")  # «بحلول الساعة 0723 بتوقيت جرينتش»: a time of the day a price was read, no deadline
# «وبهذا الهدف اقترب …»، «لها نفس الهدف»: a goal already named (a goal scored, an aim shared), no new target
NAMED_BEFORE = keys("هذا", "بهذا", "وبهذا", "نفس", "بنفس", "ذات")
# «مشيرة إلى مقتل 13»: «إلى» after a verb of saying points to what is said, not to an aimed level
POINTING = keys("مشيرا", "مشيرة", "مشيراً", "لافتا", "لافتة", "منوها", "منوهة")
# «وتسعى إثيوبيا لتخزين 74 مليار متر مكعب»، «تسعى إلى خفض المستحقات … إلى 2.9 مليار»: the verb forms of «السعي» aim at
# the level after an «إلى» in their clause, else at a figure close after them (GUIDELINES §7 decision 274); a dual noun
# («لتطهير المنطقتين») or an age («تشانغ (63 عامًا)») is no planned figure
SEEK_VERBS = keys("يسعى", "تسعى", "نسعى", "يسعون")
SEEK_WINDOW = 8  # words from the verb to a figure not after «إلى»
# «بهدف جمع 60 مليار جنيه»: a purpose with a planned figure is a target (GUIDELINES §7 decision 274), trigger «هدف»
PURPOSE_LEAD = ("ب", "وب")
# «سجل الإيفواري يايا توريه الهدف الوحيد»، «أحرز هدفا فريق …»: a goal scored after a verb of scoring, no aim
SCORING = ("سجل", "يسجل", "تسجل", "وسجل", "احرز", "يحرز", "واحرز")
SCORED_WINDOW = 4  # words from the scoring verb to its «هدف»
# «ب هدف ثالث»، «بهدف نظيف»، «بهدف دون مقابل»: a goal described after «بهدف» (GUIDELINES §7 decision 188), no purpose
GOAL_AFTER = keys("نظيف", "وحيد", "دون", "مقابل", "قاتل", "ثان", "التعادل", "الفوز", "السبق") | {
    word_key(w) for w in ORDINALS}
SEEK_NOUN = keys("السعي", "والسعي", "بالسعي", "للسعي")  # «السعي» whole, not the name «السعيد»
DEADLINE_WORDS = 6  # words of a deadline («الربع الثالث من هذا العام»)
# «ولكن بحلول أقل من التطلعات» («with solutions»): «بحلول» is a deadline only before a word of time
TIME_WORDS = PERIOD_PARTS | PERIODS | YEAR_NOUNS | DEICTIC_DAYS | WEEKDAYS | keys(
    "الربع", "النصف", "السنة", "سنة", "موعد", "الموسم", "الصيف", "الشتاء", "الخريف", "الربيع", "شهر", "الأشهر")
# «وبحلول العام الماضي، كان يرتاد المدرسة 2100 طفل»: a deadline already past tells an achievement (§6)
PAST = keys("الماضي", "الماضية", "الفائت", "الفائتة")
COMING = CURRENT | NEXT  # «بحلول نهاية العام الجاري/المقبل»: still ahead
# «لا تسعى إلى امتلاك خمسين في المائة»: a negated aim is none
NEGATIONS = keys("لا", "لم", "لن", "ولا", "ولم", "ولن")
AHEAD = ("المقرر", "المتوقع", "يتوقع", "ينتظر", "سيتم", "ستتم", "يجب", "ينبغي", "تسعى", "يسعى", "تعتزم", "يعتزم")
# «تأمل الحكومة في إنجاز الاتفاق مع الدائنين … بحلول 20 آب»، «وعد بإعادة التفاوض … قبل إجراء استفتاء بحلول نهاية
# 2017»: a hope or a promise puts the step it names ahead, over the whole phrase of that step (up to a comma)
HOPES = keys("تأمل", "يأمل", "نأمل", "وعد", "وعدت", "تعهد", "تعهدت", "يتعهد", "تتعهد")
HOPE_WINDOW = 14  # words from the verb of hope to its «بحلول»


def _ahead(ctx: Context, i: int) -> bool:
    """Is the «بحلول» at i still ahead: a verb of planning before it or of hope in its phrase, «سوف» right after its
    deadline, or a deadline in the current or a coming period («بحلول نهاية العام الجاري»)?"""
    a, _ = clause(ctx, i)
    if any(ctx.key(j).lstrip("و").startswith(AHEAD) for j in range(max(a, i - 8), i)) or _hoped(ctx, a, i):
        return True
    deadline = _deadline(ctx, i)
    after = _word_after(ctx, i, deadline)
    return after is not None and ctx.key(after) in FUTURE or any(
        ctx.key(k) in COMING for k in range(i + 1, after if after is not None else len(ctx.words)))


def _hoped(ctx: Context, a: int, i: int) -> bool:
    """Is the «بحلول» at i in the phrase of a verb of hope or promise before it (see HOPES), no comma between?"""
    for j in range(i - 1, max(a, i - HOPE_WINDOW) - 1, -1):
        if ctx.words[j] in COMMAS:
            return False
        if unclitic(ctx.key(j), HOPES) in HOPES:
            return True
    return False


def _word_after(ctx: Context, i: int, span: list[int] | None) -> int | None:
    """The first word after word i that starts at or after the end of `span` (the word after a deadline)."""
    return next((k for k in range(i + 1, len(ctx.words)) if ctx.spans[k][0] >= span[1]), None) if span else None


def _deadline(ctx: Context, i: int) -> list[int] | None:
    """The words after «بحلول» at i that name the date (§4 deadline: «نهاية عام 2025» included): up to punctuation,
    a stop word, or the word that closes a date — a year with its era mark («2023» in «بحلول 2023 من نحو خمسة
    مليارات»), or «العام» and a relative word («من هذا العام»، «نهاية العام المقبل»); a month's other name in
    brackets stays («20 آب (أغسطس)»)."""
    j = after_proclitics(ctx, i)
    k = j
    while k < len(ctx.words) and k - j < DEADLINE_WORDS and ctx.key(k) not in DEADLINE_STOP:
        if ctx.words[k] == "(" and k > j and ctx.is_month(k - 1) and ctx.key(k + 1) in MONTHS \
                and ctx.words[k + 2:k + 3] == [")"]:
            k += 3
            continue
        if ctx.words[k] in STOP:
            break
        word = ctx.words[k]
        if word.isdigit() and len(word) == 4:
            k += 1 + (ctx.key(k + 1) in HIJRI_MARK)
            break
        if ctx.key(k) in YEAR_NOUNS and not (k + 1 < len(ctx.words) and ctx.words[k + 1].isdigit()):
            k += 1 + (ctx.key(k + 1) in RELATIVE_AFTER or ctx.key(k + 1) in CURRENT)
            break
        k += 1
    return ctx.span(j, k - 1) if k > j else None


def _timed(ctx: Context, i: int) -> bool:
    """Does a word of time follow the «بحلول» at i (a figure, a month, «نهاية»، «العام»، «الربع» …)?"""
    j = after_proclitics(ctx, i)
    return j < len(ctx.words) and (ctx.words[j][:1].isdigit() or ctx.is_month(j) or ctx.key(j) in TIME_WORDS)


def _aim(ctx: Context, i: int) -> dict | None:
    """The slots of an aim verb at i: the figure right after it or the level after «إلى» in its clause."""
    _, b = clause(ctx, i)
    level = _right_after(ctx, i, b) or _after_to(ctx, i, b)
    if level:
        pair = level[1:2] if ctx.numbers[level[0].id].get("qualifier") == "gte" and len(level) > 1 \
            and ctx.numbers[level[1].id].get("qualifier") == "lte" else []
        return {"value": [m.id for m in level[:1] + pair]}
    return None


def _after_to(ctx: Context, i: int, b: int) -> list[Mention]:
    """The figures after the first «إلى» of the aim verb's clause that has figures after it, not only after its first
    «إلى» («يهدف المشروع إلى بناء وحدة … تصل قدرتها الإنتاجية إلى نحو 100 ألف»); one after a verb of saying
    points to what is said (see POINTING)."""
    for to in range(i + 1, min(b, i + AIM_WINDOW) + 1):
        if ctx.key(to).removeprefix("ل") in TO and ctx.key(to - 1) not in POINTING:
            level = [m for m in ctx.starting_in(to + 1, min(b, to + LEVEL_WINDOW)) if m.label == "NUM"]
            if level:
                return level
    return []


def _right_after(ctx: Context, i: int, b: int) -> list[Mention]:
    """«تستهدف 6672 من منسوبي الوزارة»، «تستهدف تدريب أكثر من 250 شابًا»: a planned figure right after the aim verb,
    or after its one verbal noun and a qualifier (GUIDELINES §7 decision 100: «يستهدف + a planned figure»); an age or
    duration is no planned figure."""
    j = i + 1
    if j <= b and not ctx.starting_in(j, j) and not ctx.words[j][:1].isdigit() and ctx.key(j) not in AIM_QUALIFIERS:
        j += 1  # the verbal noun («تدريب»)
    while j <= b and ctx.key(j) in AIM_QUALIFIERS and not ctx.starting_in(j, j):
        j += 1
    return [m for m in ctx.starting_in(j, j) if m.label == "NUM" and _planned(ctx, m)][:1]


def _aimed_year(ctx: Context, i: int) -> dict | None:
    """«الخطة التي تستهدف عام 2030»: a year right after the aim verb is its deadline (decision 100), and a level
    named after it belongs to the plan, not to the aim."""
    k = i + 1
    year = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
    if ctx.key(k) in YEAR_NOUNS and year.isdigit() and len(year) == 4:
        return {"deadline": [ctx.span(k, k + 1)]}
    return None


def _purposed(ctx: Context, i: int) -> dict | None:
    """The planned figure of «بهدف» at i (decision 274): the object of its verbal noun («بهدف جمع 60 مليار») or the
    level after an «إلى» in its clause («بهدف رفع الطاقة إلى 150 ألف»); a figure elsewhere («بهدف الانتقام من 3
    أسر») is no plan."""
    _, b = clause(ctx, i)
    nums = [m for m in ctx.starting_in(i + 2, min(b, i + AIM_WINDOW)) if m.label == "NUM" and _planned(ctx, m)]
    level = next((m for m in nums if m.first == i + 2 or ctx.key(m.first - 1).removeprefix("ل") in TO), None)
    return {"value": [level.id]} if level is not None else None


def _scored(ctx: Context, i: int) -> bool:
    """Is the «هدف» at i a goal scored: a verb of scoring a few words before it in its clause?"""
    a, _ = clause(ctx, i)
    return any(ctx.key(j).startswith(SCORING) for j in range(max(a, i - SCORED_WINDOW), i))


def _quoted(ctx: Context, i: int) -> bool:
    """«صندوق تنمية الموارد البشرية «هدف»»: the word alone in quotes is a name."""
    return 0 < i < len(ctx.words) - 1 and ctx.words[i - 1] in QUOTES and ctx.words[i + 1] in QUOTES


def _planned(ctx: Context, m: Mention) -> bool:
    """Can figure m be a planned level: not an age or other duration, not a dual noun read as two («المنطقتين»)?"""
    fact = ctx.numbers[m.id]
    return fact.get("type") != "duration" and (ctx.text[m.start].isdigit() or fact.get("value") != 2)


def _level(ctx: Context, m: Mention) -> bool:
    """Can figure m be the level a goal noun names: a figure written in digits (a term too: «هدف … تجميد الأنشطة لمدة
    15 عاما»), a share, a sum or a large count («الهدف … إلى 13.226 مليار»)? A small count in words counts the
    things of the story («هدف واحد هو …»، «على الهدف … متبوع بفريقين»)."""
    fact = ctx.numbers[m.id]
    return ctx.text[m.start].isdigit() or _planned(ctx, m) and (fact.get("type") in ("percent", "money")
                                                                or fact.get("value", 0) >= 1000)


def _level_by(ctx: Context, m: Mention) -> bool:
    """Can figure m be the level reached by a «بحلول» deadline: a planned figure (see `_planned`), not a rank?"""
    return _planned(ctx, m) and ctx.numbers[m.id].get("type") != "rank"


def _goal(ctx: Context, i: int, b: int) -> list[str]:
    """The value of the goal noun at i: the level right after an «إلى» of its clause («الهدف … زيادة الإيرادات من
    5.3 مليار إلى 13.226 مليار»), else its first level (see `_level`)."""
    levels = [m for m in ctx.starting_in(i + 1, b) if m.label == "NUM" and _level(ctx, m)]
    to = next((m for m in levels if ctx.key(m.first - 1).removeprefix("ل") in TO), None)
    return [(to or levels[0]).id] if levels else []


def _sought(ctx: Context, i: int) -> dict | None:
    """The value a verb of «السعي» at i aims at: the figure right after an «إلى» in its phrase (up to a comma), else
    the first figure within SEEK_WINDOW words after it («يسعى كارتر، وهو أول مسؤول …»: no figure of the aim)."""
    _, b = clause(ctx, i)
    b = _phrase_end(ctx, i, b)
    nums = [m for m in ctx.starting_in(i + 1, min(b, i + AIM_WINDOW)) if m.label == "NUM" and _planned(ctx, m)]
    level = next((m for m in nums if ctx.key(m.first - 1).removeprefix("ل") in TO), None)
    level = level or next((m for m in nums if m.first - i <= SEEK_WINDOW), None)
    return {"value": [level.id]} if level is not None else None


def _phrase_end(ctx: Context, i: int, b: int) -> int:
    """The last word before the first comma after word i, or b: the phrase of the verb at i."""
    return next((k - 1 for k in range(i + 1, b + 1) if ctx.words[k] in COMMAS), b)


def frames(ctx: Context) -> list[dict]:
    out, aimed = [], set()
    for i in find(ctx, AIM_VERBS) + find(ctx, SEEK_VERBS):
        if ctx.key(i - 1) in NEGATIONS:
            continue
        slots = (_aimed_year(ctx, i) or _aim(ctx, i)) if ctx.key(i).lstrip("و").startswith(AIM_VERBS) else \
            _sought(ctx, i) if ctx.key(i).lstrip("وف") in SEEK_VERBS else None
        values = {ctx.numbers[v]["value"] for v in slots.get("value", [])} if slots else set()
        if slots and not values & aimed:  # the same level aimed at again: a later mention (decision 37)
            aimed |= values
            out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    hits = find(ctx, TRIGGERS)
    by_id = ctx.by_id()
    for i in hits:
        goal = "هدف" in ctx.key(i)
        if ctx.key(i) in PURPOSE:
            # «بهدف رفع الطاقة الاستيعابية إلى 150 ألف»: the planned figure (decision 274)
            slots = None if ctx.key(i + 1) in GOAL_AFTER else _purposed(ctx, i)
            if slots:
                lead = next(p for p in sorted(PURPOSE_LEAD, key=len, reverse=True) if ctx.words[i].startswith(p))
                start = ctx.spans[i][0] + len(lead)
                out.append({"type": "target", "trigger": [start, ctx.spans[i][1]], "slots": slots})
            continue
        if goal and (_scored(ctx, i) or _quoted(ctx, i)):
            continue
        if "سعي" in ctx.key(i) and ctx.key(i) not in SEEK_NOUN:
            continue
        if goal and any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(i - 3, i - 1)):
            continue
        if goal and ctx.key(i).endswith(("هدفين", "هدفان")):
            continue  # «سجل الهدفين»: a dual of goals is a score, never an aim
        if (goal and ctx.key(i - 1) in NAMED_BEFORE) or (ctx.key(i) == "بحلول" and ctx.key(i + 1) in CLOCK):
            continue
        a, b = clause(ctx, i)
        after = [m.id for m in ctx.starting_in(i + 1, b) if m.label == "NUM"]
        if ctx.key(i) == "بحلول":
            deadline = _deadline(ctx, i)
            if not _timed(ctx, i):
                continue
            end = _word_after(ctx, i, deadline)
            end = end + 1 if end is not None and ctx.words[end] in COMMAS else end
            if end is not None and ctx.key(end) in WAS or any(ctx.key(k) in PAST for k in range(i + 1, end or i + 1)):
                continue  # «وبحلول نهاية المسلسل كان هناك شخص واحد»، «وبحلول العام الماضي»: an achievement (§6)
            # the deadline's own year is no value («بحلول 2023»), nor is a term, a dual noun or a rank («خلال الخمس
            # سنوات القادمة بحلول عام 2019، في وقت تمتلك الصين ثالث أكبر احتياطي»)
            after = [n for n in after if not (deadline and deadline[0] <= ctx.numbers[n]["start"] < deadline[1])
                     and _level_by(ctx, by_id[n])]
            # «ارتفاع الأصول إلى 1.8 تريليون دولار بحلول 2019»، «إلى 13.23 مليار دولار سنويا بحلول 2023»: the level
            # right before the deadline, over its unit and a rate word
            close = [m.id for m in ctx.starting_in(max(a, i - CLOSE_BEFORE), i - 1)
                     if m.label == "NUM" and m.last >= i - 3 and _level_by(ctx, m)]
            aimed = any(j < i for j in hits if a <= j and "بحلول" not in ctx.key(j))
            # after an aim («السعي إلى رفع … إلى 100% بحلول …، ورفع … إلى 90%») the figures before are the aim's
            nums = after if aimed else close[-1:] or after or [m.id for m in ctx.starting_in(a, b)
                                                                if m.label == "NUM" and _level_by(ctx, m)]
        elif goal:  # «هدف الهجوم المزعوم …، لكن … 100 كيلومتر»: a figure after the comma is not the goal's
            nums = _goal(ctx, i, _phrase_end(ctx, i, b))
        else:  # «السعي للوصول إلى …، وأن المركز يحتضن 90%»: a figure of the aim's own phrase
            nums = [m.id for m in ctx.starting_in(i + 1, _phrase_end(ctx, i, b)) if m.label == "NUM"]
        # a deadline with no figure of its own: the aim's before it, or a step still ahead
        if not nums and not (ctx.key(i) == "بحلول" and (aimed or phrase_after(ctx, i, 4) and _ahead(ctx, i))):
            continue
        slots: dict[str, list] = {"value": nums[:1]} if nums else {}
        if ctx.key(i) == "بحلول":
            if deadline:
                slots["deadline"] = [deadline]
        out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    return sorted(out, key=lambda f: f["trigger"])
