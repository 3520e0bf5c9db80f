"""decision: «(أصدر ORG) القرار/الخطة رقم ID (بتاريخ DATE)» with its id, issuing body, signer and date.

The issuer is the body attached to the id («… رقم 15-NQ/TU للجنة الدائمة …»), else the subject of
«أصدر» before it, else the body after «نيابة عن»; the date follows «بتاريخ» or precedes the verb
(«في 31 مايو 2023، وقع وأصدر …»).
"""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, date_near, find, find_in, mentions_in

TRIGGERS = ("القرار", "قرار", "الخطة")
ID_PUNCT = "،,.؛:()"


def _date_after(ctx: Context, k: int, b: int) -> list[int] | None:
    for j in range(k, min(b, k + 4)):
        if ctx.key(j) in ("بتاريخ", "في") and j + 1 <= b:
            d = date_near(ctx, j + 1)
            if d and d[0] >= ctx.spans[j][1]:
                return d
    return None


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        if ctx.key(i + 1) != "رقم":
            continue
        a, b = clause(ctx, i)
        j = k = i + 2
        while k + 1 < len(ctx.words) and ctx.spans[k + 1][0] == ctx.spans[k][1] and ctx.words[k + 1] not in ID_PUNCT:
            k += 1  # «15-NQ/TU» is glued together
        slots: dict[str, list] = {"id": [ctx.span(j, k)]} if j < len(ctx.words) else {}
        attached = [m for m in mentions_in(ctx, k + 1, b, "ORG") if m.first - k <= 3]
        verbs = find_in(ctx, ("أصدر", "اصدر", "وقع"), a, i)
        before = [m for v in verbs[-1:] for m in mentions_in(ctx, v, i, "ORG")]
        behalf = [m for v in find_in(ctx, ("نيابة", "بالنيابة"), a, i) for m in mentions_in(ctx, v, i, "ORG")[:1]]
        issuer = (attached or before or behalf)[:1]
        if issuer:
            slots["issuer"] = [issuer[0].id]
        if verbs:
            signers = mentions_in(ctx, a, i, "PER")
            if signers:
                slots["signer"] = [signers[-1].id]
        date = _date_after(ctx, k + 1, b)
        if date is None:
            d = date_near(ctx, i)
            date = d if d and d[1] <= ctx.spans[i][0] else None
        if date:
            slots["date"] = [date]
        out.append({"type": "decision", "trigger": ctx.span(i, i), "slots": slots})
    return out
