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
from pipeline.frames.triggers import clause, find, phrase_after
from pipeline.text.lexicon import keys

TRIGGERS = ("بحلول", "السعي", "هدف", "الهدف")
PURPOSE = ("بهدف", "وبهدف")
CLOSE_BEFORE = 4  # a figure at most one word (its unit) before the «بحلول» it is due by
# «من المقرر صدور التقرير بحلول نهاية العام»: a deadline with no figure is a target when it is still ahead
AIM_VERBS = ("يستهدف", "تستهدف", "نستهدف", "يهدف", "تهدف", "نهدف")
TO = ("إلى", "الى")
YEAR_WORDS = ("عام", "العام")
LEVEL_WINDOW = 6  # words from «إلى» to the end of its range («إلى ما بين 10.5 و11 مليار»)
AIM_WINDOW = 16  # words from the verb to its «إلى» (over what is raised and from what level)
# «بحلول 17 أغسطس كي لا تضطر …»: a clause of purpose after the deadline is no part of it
DEADLINE_STOP = keys("كي", "لكي", "حتى", "وإلا")
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
AHEAD = ("المقرر", "المتوقع", "يتوقع", "ينتظر", "سيتم", "ستتم", "يجب", "ينبغي", "تسعى", "يسعى", "تعتزم", "يعتزم")


def _ahead(ctx: Context, i: int) -> bool:
    a, _ = clause(ctx, i)
    return any(ctx.key(j).lstrip("و").startswith(AHEAD) for j in range(max(a, i - 8), i))


def _aim(ctx: Context, i: int) -> dict | None:
    """The slots of an aim verb at i: the level after «إلى» in its clause, or the year right after it."""
    _, b = clause(ctx, i)
    to = next((j for j in range(i + 1, min(b, i + AIM_WINDOW) + 1) if ctx.key(j).removeprefix("ل") in TO), None)
    if to is not None and ctx.key(to - 1) in POINTING:
        to = None
    level = [] if to is None else [m for m in ctx.starting_in(to + 1, min(b, to + LEVEL_WINDOW)) if m.label == "NUM"]
    if level:
        pair = level[1:2] if ctx.numbers[level[0].id].get("qualifier") == "gte" and len(level) > 1 \
            and ctx.numbers[level[1].id].get("qualifier") == "lte" else []
        return {"value": [m.id for m in level[:1] + pair]}
    k = i + 1
    year = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
    if ctx.key(k) in YEAR_WORDS and year.isdigit() and len(year) == 4:
        return {"deadline": [ctx.span(k, k + 1)]}
    return None


def _planned(ctx: Context, m: Mention) -> bool:
    """Can figure m be a planned level: not an age or other duration, not a dual noun read as two («المنطقتين»)?"""
    fact = ctx.numbers[m.id]
    return fact.get("type") != "duration" and (ctx.text[m.start].isdigit() or fact.get("value") != 2)


def _sought(ctx: Context, i: int) -> dict | None:
    """The value a verb of «السعي» at i aims at: the figure right after an «إلى» in its clause, else the first figure
    within SEEK_WINDOW words after it."""
    _, b = clause(ctx, i)
    nums = [m for m in ctx.starting_in(i + 1, min(b, i + AIM_WINDOW)) if m.label == "NUM" and _planned(ctx, m)]
    level = next((m for m in nums if ctx.key(m.first - 1).removeprefix("ل") in TO), None)
    level = level or next((m for m in nums if m.first - i <= SEEK_WINDOW), None)
    return {"value": [level.id]} if level is not None else None


def frames(ctx: Context) -> list[dict]:
    out, aimed = [], set()
    for i in find(ctx, AIM_VERBS) + find(ctx, SEEK_VERBS):
        slots = _aim(ctx, i) if ctx.key(i).lstrip("و").startswith(AIM_VERBS) else \
            _sought(ctx, i) if ctx.key(i).lstrip("وف") in SEEK_VERBS else None
        values = {ctx.numbers[v]["value"] for v in slots.get("value", [])} if slots else set()
        if slots and not values & aimed:  # the same level aimed at again: a later mention (decision 37)
            aimed |= values
            out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    hits = find(ctx, TRIGGERS)
    for i in hits:
        goal = "هدف" in ctx.key(i)
        if ctx.key(i) in PURPOSE or goal and any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(i - 3, i - 1)):
            continue
        if goal and ctx.key(i).endswith(("هدفين", "هدفان")):
            continue  # «سجل الهدفين»: a dual of goals is a score, never an aim
        if (goal and ctx.key(i - 1) in NAMED_BEFORE) or (ctx.key(i) == "بحلول" and ctx.key(i + 1) in CLOCK):
            continue
        a, b = clause(ctx, i)
        after = [m.id for m in ctx.starting_in(i + 1, b) if m.label == "NUM"]
        if ctx.key(i) == "بحلول":
            # «ارتفاع الأصول إلى 1.8 تريليون دولار بحلول 2019»: the level right before the deadline
            close = [m.id for m in ctx.starting_in(max(a, i - CLOSE_BEFORE), i - 1) if m.label == "NUM" and m.last >= i - 2]
            aimed = any(j < i for j in hits if a <= j and "بحلول" not in ctx.key(j))
            # after an aim («السعي إلى رفع … إلى 100% بحلول …، ورفع … إلى 90%») the figure before is the aim's
            nums = ([] if aimed else close[-1:]) or after or [m.id for m in ctx.starting_in(a, b) if m.label == "NUM"]
        else:
            nums = after
        if not nums and not (ctx.key(i) == "بحلول" and phrase_after(ctx, i, 4) and _ahead(ctx, i)):
            continue
        slots: dict[str, list] = {"value": nums[:1]} if nums else {}
        if ctx.key(i) == "بحلول":
            deadline = phrase_after(ctx, i, 4, DEADLINE_STOP)
            if deadline:
                slots["deadline"] = [deadline]
        out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    return sorted(out, key=lambda f: f["trigger"])
