"""decision: «القرار رقم ID» or «أصدر … قرارًا» with its id, issuing body, signer and date."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, date_near, find, mentions_in

TRIGGERS = ("القرار", "قرار")


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        if ctx.key(i + 1) != "رقم":
            continue
        a, b = clause(ctx, i)
        j = i + 2
        k = j
        while k + 1 < len(ctx.words) and ctx.spans[k + 1][0] == ctx.spans[k][1]:  # «15-NQ/TU» is glued
            k += 1
        slots: dict[str, list] = {"id": [ctx.span(j, k)]} if j < len(ctx.words) else {}
        orgs = [m for m in mentions_in(ctx, k + 1, b, "ORG") if m.first - k <= 3]
        if orgs:
            slots["issuer"] = [orgs[0].id]
        signers = [m for v in find(ctx, ("وقع",)) if a <= v <= b for m in mentions_in(ctx, a, b, "PER")]
        if signers:
            slots["signer"] = [signers[0].id]
        date = date_near(ctx, i)
        if date and date[1] <= ctx.spans[i][0]:
            slots["date"] = [date]
        out.append({"type": "decision", "trigger": ctx.span(i, i), "slots": slots})
    return out
