"""Meetings told in the first person («التقيت»، «اجتمعنا»): the writer's or a quoted speaker's meeting with
the person named after the verb (GUIDELINES §7 decisions 36, 97, 341)."""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.attendees import over_titles
from pipeline.frames.meeting.cues import norm, speaks
from pipeline.frames.meeting.dates import date_before
from pipeline.frames.meeting.nouns import purpose
from pipeline.frames.meeting.words import FIRST_PERSON_MET, LANDMARK, MET_OBJECT_WINDOW, SEVERAL
from pipeline.frames.triggers import clause, find, relative_date
from pipeline.text.lexicon import QUOTES


def _quoted_speaker(ctx: Context, i: int) -> Mention | None:
    """«واضافت بوكوفا " التقيت …»، «وأضاف X في مؤتمر صحافي: «اجتمعنا …»: the person who says the quote that opens
    right before word i, named in the sentence before the quote mark after a verb of saying (GUIDELINES §7 decision
    22: the speaker of a quote is its subject)."""
    q = i - 1
    if q < 0 or ctx.words[q] not in QUOTES:
        return None
    lo = ctx.sentence_start(q)
    if not any(speaks(ctx, j) for j in range(lo, q)):
        return None
    return next((m for m in reversed(ctx.starting_in(lo, q - 1)) if m.label == "PER" and m.last < q), None)


def first_person_frames(ctx: Context) -> list[dict]:
    """«التقيت قبل عامين … د. طارق متري»، «وفي ختام لقائنا مع الإعلامية X»، «وأضاف X: «اجتمعنا مع …»»: a
    first-person verb or noun of meeting reports one meeting of the writer or of the speaker of the quote it opens
    (GUIDELINES §7 decisions 36, 97: one named participant is enough); the named person met right after it and the
    quote's speaker attend. A meeting with several people summed up («التقيت عدداً من الشخصيات مثل …») opens none
    (decision 341), nor one with no named participant («التقيت بمسن»)."""
    out = []
    for i in find(ctx, FIRST_PERSON_MET):
        if purpose(ctx, i) or ctx.key(i - 1) in LANDMARK:
            continue
        a, b = clause(ctx, i)
        end = min(over_titles(ctx, b), i + MET_OBJECT_WINDOW)
        met = next((m for m in ctx.starting_in(i + 1, end) if m.label == "PER" and m.last <= end), None)
        if met is not None and any(norm(ctx.key(k)).removeprefix("ب") in SEVERAL for k in range(i + 1, met.first)):
            continue
        people = [m for m in (_quoted_speaker(ctx, i), met) if m is not None]
        if not people:
            continue
        slots: dict[str, list] = {"attendee": [m.id for m in people]}
        date = relative_date(ctx, i + 1, 3) or date_before(ctx, i, a)
        if date:
            slots["date"] = [date]
        out.append({"type": "meeting", "trigger": ctx.span(i, i), "slots": slots})
    return out
