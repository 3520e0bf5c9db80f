"""target: a goal with a deadline (بحلول …) or a stated aim (السعي إلى، هدف) and its number."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, find, phrase_after

TRIGGERS = ("بحلول", "السعي", "هدف", "الهدف")


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        a, b = clause(ctx, i)
        nums = [m.id for m in ctx.starting_in(a, b) if m.label == "NUM"]
        if not nums:
            continue
        slots: dict[str, list] = {"value": nums[:1] if ctx.key(i) != "بحلول" else
                                  [m.id for m in ctx.starting_in(i + 1, b) if m.label == "NUM"][:1] or nums[:1]}
        if ctx.key(i) == "بحلول":
            deadline = phrase_after(ctx, i, 4)
            if deadline:
                slots["deadline"] = [deadline]
        out.append({"type": "target", "trigger": ctx.span(i, i), "slots": slots})
    return out
