"""enforcement: ضبط/القبض/اكتشاف with the number of cases, of suspects, and the offence."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, find

TRIGGERS = ("ضبط", "القبض", "اكتشاف", "كشف", "تكشف")
CASE_WORDS = ("قضي", "قضايا", "حال", "واقع")
SUSPECT_WORDS = ("متهم", "مشتبه", "شخص", "أشخاص", "اشخاص", "مجرم", "جان")


def frames(ctx: Context) -> list[dict]:
    out, used = [], set()
    for i in find(ctx, TRIGGERS):
        _, b = clause(ctx, i)
        slots: dict[str, list] = {}
        for m in ctx.mentions:
            if m.label != "NUM" or not i < m.first <= b or m.id in used:
                continue
            subj = ctx.numbers[m.id].get("subject")
            head = ctx.text[subj[0]:subj[1]].split()[0] if subj else ""
            if head.startswith(CASE_WORDS) and "cases" not in slots:
                slots["cases"] = [m.id]
                rest = ctx.text[subj[0]:subj[1]].split(maxsplit=1)
                if len(rest) == 2:
                    start = subj[0] + len(ctx.text[subj[0]:subj[1]]) - len(rest[1])
                    slots["offence"] = [[start, subj[1]]]
            elif head.startswith(SUSPECT_WORDS) and "suspects" not in slots:
                slots["suspects"] = [m.id]
        if slots:
            used.update(v for vs in slots.values() for v in vs if isinstance(v, str))
            out.append({"type": "enforcement", "trigger": ctx.span(i, i), "slots": slots})
    return out
