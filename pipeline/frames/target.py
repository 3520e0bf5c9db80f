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


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        goal = "هدف" in ctx.key(i)
        if ctx.key(i) in PURPOSE or goal and any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(i - 3, i - 1)):
            continue
        a, b = clause(ctx, i)
        after = [m.id for m in ctx.starting_in(i + 1, b) if m.label == "NUM"]
        if ctx.key(i) == "بحلول":
            nums = after or [m.id for m in ctx.starting_in(a, b) if m.label == "NUM"]
        else:
            nums = after
        if not nums:
            continue
        slots: dict[str, list] = {"value": nums[:1]}
        if ctx.key(i) == "بحلول":
            deadline = phrase_after(ctx, i, 4)
            if deadline:
                slots["deadline"] = [deadline]
        out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    return out
