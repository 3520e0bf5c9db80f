"""meeting: a conference or meeting held by an ORG (عقد/نظم … مؤتمرًا/اجتماعًا), with its date,
chair (the person after ترأس/برئاسة), attendees (people the text places there) and location."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, date_near, find, find_in, mentions_in

TRIGGERS = ("مؤتمر", "اجتماع", "جلسة")
HOLD = ("عقد", "نظم", "تعقد", "ينظم", "تنظم", "ترأس", "يترأس")


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        a, _ = clause(ctx, i)
        verbs = find_in(ctx, HOLD, a, i)
        if not verbs:
            continue
        slots: dict[str, list] = {}
        orgs = mentions_in(ctx, verbs[-1], i, "ORG")
        if orgs:
            slots["organizer"] = [orgs[0].id]
        date = date_near(ctx, i)
        if date:
            slots["date"] = [date]
        chairs = [p for v in find(ctx, ("ترأس", "برئاس")) for p in mentions_in(ctx, v, clause(ctx, v)[1], "PER")[:1]]
        if chairs:
            slots["chair"] = [chairs[0].id]
        after = [m for m in ctx.mentions if m.first in (i + 2, i + 3) and m.label == "LOC" and ctx.key(i + 1) == "في"]
        if after:
            slots["location"] = [after[0].id]
        attendees = [p.id for v in find(ctx, ("حضر", "بحضور", "شارك")) for p in ctx.starting_in(v, ctx.sentence_end(v))
                     if p.label == "PER" and p.id not in slots.get("chair", [])]
        if attendees:
            slots["attendee"] = list(dict.fromkeys(attendees))
        out.append({"type": "meeting", "trigger": ctx.span(i, i), "slots": slots})
        break  # one meeting per article: the one it reports on
    return out
