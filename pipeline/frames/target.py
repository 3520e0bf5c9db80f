"""target: a goal with a deadline (بحلول …) or a stated aim (السعي إلى، هدف) and its number.

The value of an aim is the first figure after its trigger: a figure before it is what was achieved
(«بلغ 97%، متجاوزاً الهدف»). «بهدف» is a purpose («بهدف الانتقام»), and «هدف» counted by a figure is a goal
scored («سجل 16 هدفا»): neither is a target.
"""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, find, phrase_after

TRIGGERS = ("بحلول", "السعي", "هدف", "الهدف")
PURPOSE = ("بهدف", "وبهدف")
CLOSE_BEFORE = 4  # a figure at most one word (its unit) before the «بحلول» it is due by
# «من المقرر صدور التقرير بحلول نهاية العام»: a deadline with no figure is a target when it is still ahead
AHEAD = ("المقرر", "المتوقع", "يتوقع", "ينتظر", "سيتم", "ستتم", "يجب", "ينبغي", "تسعى", "يسعى", "تعتزم", "يعتزم")


def _ahead(ctx: Context, i: int) -> bool:
    a, _ = clause(ctx, i)
    return any(ctx.key(j).lstrip("و").startswith(AHEAD) for j in range(max(a, i - 8), i))


def frames(ctx: Context) -> list[dict]:
    out = []
    hits = find(ctx, TRIGGERS)
    for i in hits:
        goal = "هدف" in ctx.key(i)
        if ctx.key(i) in PURPOSE or goal and any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(i - 3, i - 1)):
            continue
        if goal and ctx.key(i).endswith(("هدفين", "هدفان")):
            continue  # «سجل الهدفين»: a dual of goals is a score, never an aim
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
            deadline = phrase_after(ctx, i, 4)
            if deadline:
                slots["deadline"] = [deadline]
        out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    return out
