"""award: one frame per منح verb; giver = the named person (else the title, else the body),
award = the phrase after the giver, recipient = the numbers of groups or individuals after «ل»."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, find, phrase_after

TRIGGERS = ("منح", "يمنح", "تمنح")
AWARD_STOP = {"ل", "لـ", "من", "الى", "إلى", "على"}


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        a, b = clause(ctx, i)
        slots: dict[str, list] = {}
        before = [m for m in ctx.starting_in(a, i - 1) if m.label in ("PER", "TITLE", "ORG")]
        after = [m for m in ctx.starting_in(i + 1, b) if m.label in ("PER", "TITLE", "ORG")]
        giver_pool = before[-3:] if before else after[:2]
        for label in ("PER", "TITLE", "ORG"):
            pick = [m for m in giver_pool if m.label == label]
            if pick:
                slots["giver"] = [pick[-1].id if before else pick[0].id]
                break
        last = max([m.last for m in after[:2]] or [i]) if not before else i
        award = phrase_after(ctx, last, 4, AWARD_STOP)
        if award:
            slots["award"] = [award]
        recips = [m.id for m in ctx.starting_in(last + 1, b) if m.label == "NUM"]
        if recips:
            slots["recipient"] = recips
        out.append({"type": "award", "trigger": ctx.span(i, i), "slots": slots})
    return out
