"""meeting: a conference or meeting held by an ORG (عقد/نظم … مؤتمرًا/اجتماعًا/ورشة عمل), with its date,
chair (the person after ترأس/برئاسة), attendees (people the text places there) and location.

On real news a meeting also opens on a meeting of named people with no host (GUIDELINES §7: «اجتمع/لقاء»):
«خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء X»، «إنه التقى الوزير Y». Its attendees are the
person the sentence names before the trigger (the one who met) and those named after it in its clause;
a speaker «في افتتاح قمة …»، «خلال مؤتمر صحفي» attends (§7 decision 20). A reception («استقبل») opens none.
"""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.triggers import clause, date_near, find, find_in, mentions_in, relative_date

TRIGGERS = ("مؤتمر", "اجتماع", "جلسة", "ورشة", "ملتقى", "ندوة", "منتدى", "قمة", "لقاء")
HOLD = ("عقد", "نظم", "تعقد", "ينظم", "تنظم", "ترأس", "يترأس")
# a meeting of named people, with no host: a verb of meeting, or a meeting noun with a pronoun of its
# participants («اجتماعه»، «لقائهما»)
MET = ("التقى", "التقت", "اجتمع")
# «قال X في افتتاح قمة …»، «خلال مؤتمر صحفي»: the speaker is at the meeting (GUIDELINES §7 decision 20)
AT = ("في", "خلال")
OCCASION = ("افتتاح", "ختام", "كلمة", "كلمته", "كلمتها")
WITH_PARTICIPANTS = ("اجتماعه", "اجتماعها", "اجتماعهم", "اجتماعهما", "لقائه", "لقاءه", "لقائها", "لقائهم",
                     "لقائهما")


def _met(ctx: Context, i: int) -> list[Mention]:
    """The people a meeting of named people at word i places there: the nearest person before it in its
    sentence and the persons after it in its clause (a chain of titles and names, «ووزير الدفاع Z»)."""
    a, b = clause(ctx, i)
    before = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER"][-1:]
    return before + [m for m in ctx.starting_in(i + 1, b) if m.label == "PER"]


def _spoken_at(ctx: Context, i: int) -> bool:
    """Is the meeting noun at i where a speaker speaks («في افتتاح قمة»، «خلال مؤتمر صحفي»)?"""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)
    return ctx.key(k) in AT


def frames(ctx: Context) -> list[dict]:
    out = []
    met = set(find(ctx, MET)) | set(find(ctx, WITH_PARTICIPANTS))
    met |= {i for i in find(ctx, TRIGGERS) if _spoken_at(ctx, i)}
    for i in sorted(set(find(ctx, TRIGGERS)) | met):
        a, _ = clause(ctx, i)
        verbs = find_in(ctx, HOLD, a, i)
        if not verbs and i not in met:
            continue
        slots: dict[str, list] = {}
        orgs = mentions_in(ctx, verbs[-1], i, "ORG") if verbs else []
        if orgs:
            slots["organizer"] = [orgs[0].id]
        after = [m for m in ctx.mentions if m.first in (i + 2, i + 3) and m.label == "LOC" and ctx.key(i + 1) == "في"]
        if after:
            slots["location"] = [after[0].id]
        date = date_near(ctx, i) or relative_date(ctx, max([i] + [m.last for m in after]) + 1)
        if date:
            slots["date"] = [date]
        chairs = [p for v in find(ctx, ("ترأس", "برئاس")) for p in mentions_in(ctx, v, clause(ctx, v)[1], "PER")[:1]]
        if chairs:
            slots["chair"] = [chairs[0].id]
        attendees = [p.id for v in find(ctx, ("حضر", "بحضور", "شارك")) for p in ctx.starting_in(v, ctx.sentence_end(v))
                     if p.label == "PER" and p.id not in slots.get("chair", [])]
        if i in met and not verbs:
            attendees += [p.id for p in _met(ctx, i)]
        if attendees:
            slots["attendee"] = list(dict.fromkeys(attendees))
        out.append({"type": "meeting", "trigger": ctx.span(i, i), "slots": slots})
        break  # one meeting per article: the one it reports on
    return out
