"""enforcement: ضبط/القبض/اكتشاف with the number of cases, of suspects, and the offence."""
from __future__ import annotations

from pipeline.frames.context import Context
from pipeline.frames.triggers import clause, find

TRIGGERS = ("ضبط", "القبض", "اكتشاف", "اكتشف", "كشف", "تكشف")
VERB_STARTS = ("الق", "ضبط", "اكتشف", "كشف", "قبض", "تم", "ارسل", "عالج", "صادر", "احال", "اوقف")
OFFENCE_STOP = ( "،", "؛", ".", "(", "مع", "في", "خلال", "بانخفاض", "بزيادة", "تورط", "مقارنة")
CASE_WORDS = ("قضي", "قضايا", "حال", "واقع")
SUSPECT_WORDS = ("متهم", "مشتبه", "شخص", "أشخاص", "اشخاص", "مجرم", "جان")


def frames(ctx: Context) -> list[dict]:
    out, used = [], set()
    for i in find(ctx, TRIGGERS):
        _, b = clause(ctx, i)
        slots: dict[str, list] = {}
        for m in ctx.starting_in(i + 1, b):
            if m.label != "NUM" or m.id in used:
                continue
            subj = ctx.numbers[m.id].get("subject")
            head = ctx.text[subj[0]:subj[1]].split()[0] if subj else ""
            if head.startswith(CASE_WORDS) and "cases" not in slots:
                slots["cases"] = [m.id]
                offence = _offence(ctx, m.last + 2)
                if offence:
                    slots["offence"] = [offence]
            elif head.startswith(SUSPECT_WORDS) and "suspects" not in slots:
                slots["suspects"] = [m.id]
        for k in range(i, b):
            if ctx.key(k) in ("بتهمة", "بتهم") and "offence" not in slots:
                offence = _offence(ctx, k + 1)
                if offence:
                    slots["offence"] = [offence]
        if slots:
            used.update(v for vs in slots.values() for v in vs if isinstance(v, str))
            out.append({"type": "enforcement", "trigger": ctx.span(i, i), "slots": slots})
    return out


def _offence(ctx: Context, k: int) -> list[int] | None:
    """The offence words from index k to the next conjunction, comma or preposition."""
    if k >= len(ctx.words) or ctx.words[k] in ("و", "ف") or ctx.words[k] in OFFENCE_STOP:
        return None
    j = k
    while j < len(ctx.words) and j - k < 8 and ctx.words[j] not in OFFENCE_STOP and not ctx.words[j][:1].isdigit():
        if ctx.words[j] == "و" and (ctx.key(j + 1).startswith(VERB_STARTS) or ctx.words[j + 1][:1].isdigit()):
            break
        j += 1
    return ctx.span(k, j - 1) if j > k else None
