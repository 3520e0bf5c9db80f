"""The chair slot of a meeting: the words of chairing («ترأس، برئاسة، رأس»), the person after them or the holder
of the office named there, and the persons joined to the chair by «و»."""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.cues import lam, norm, past_comma
from pipeline.frames.meeting.words import (BODY_NOUNS, CHAIR, CHAIRING_PRONOUN, CHAIR_KEYS, CO_CHAIR_WINDOW, COUNCILS,
                                           NOT_A_VERB, OFFICE_CHAIN, PRESIDE, TRIGGER_KEYS, UNDER_CHAIR)
from pipeline.frames.relations import holder
from pipeline.frames.triggers import clause, find_in, mentions_in
from pipeline.text.lexicon import COMMAS


def presiding(ctx: Context, lo: int, hi: int) -> list[int]:
    """The bare verbs of presiding in words [lo, hi): «رأس/يرأس» as a whole word (a proclitic «و/ف» allowed), not after
    a preposition, with a person or office right after it («رأس نائب خادم الحرمين … اجتماعا»)."""
    return [k for k in find_in(ctx, ("رأس", "يرأس"), lo, hi) if norm(ctx.key(k)) in PRESIDE
            and ctx.key(k - 1) not in NOT_A_VERB
            and any(m.label in ("PER", "TITLE") for m in ctx.starting_in(k + 1, k + 1))]


def chairing(ctx: Context, lo: int, hi: int) -> list[int]:
    """The words of chairing in [lo, hi): «ترأس، ترؤسه، برئاسة» and the bare verb «رأس» (decision 152), not «برئاسة»
    that says who heads a body (`heads_body`)."""
    return sorted([v for v in find_in(ctx, CHAIR, lo, hi) if not heads_body(ctx, v)] + presiding(ctx, lo, hi))


def heads_body(ctx: Context, v: int) -> bool:
    """«مع أعضاء اتحاد القدم برئاسة X»، «تشكيل لجنة برئاسة X»: «برئاسة» right after a body that is not the meeting's
    own genitive («اجتماع اللجنة برئاسة X» is chaired by X) says who heads that body, no chair (decision 298); a
    council sits under its chair («مجلس الوزراء برئاسة X»: the session's chair)."""
    if not norm(ctx.key(v)).startswith(UNDER_CHAIR):
        return False
    body = next((m for m in ctx.starting_in(max(0, v - OFFICE_CHAIN), v - 1) if m.label == "ORG" and m.last == v - 1),
                None)
    first = body.first if body is not None else v - 1 if norm(ctx.key(v - 1)) in BODY_NOUNS else None
    if first is None:
        return False
    k = first - 1 - lam(ctx, first - 1)  # «اجتماع ل لجنتها المركزية برئاسة X»: the «ل» the tokenizer split off
    return norm(ctx.key(first)) not in COUNCILS \
        and not norm(ctx.key(k)).lstrip("ل").removeprefix("ال").startswith(TRIGGER_KEYS)


def chair_of(ctx: Context, v: int, b: int) -> list[Mention]:
    """The chair of the word of chairing at v: the person after it in its clause (or the holder of the office right
    after it); for a verbal noun with the chair's pronoun («خلال ترؤسه»، «برئاسته») the person before it."""
    key = norm(ctx.key(v))
    if key.endswith(CHAIRING_PRONOUN) and not key.endswith("هما") and key.lstrip("بل").startswith(CHAIR_KEYS):
        return [m for m in ctx.starting_in(clause(ctx, v)[0], v - 1) if m.label == "PER" and m.last < v][-1:]
    # «سكرتير اللجنة X يترأس اجتماعاً»: a verb of chairing with its subject named right before it
    before = [m for m in ctx.starting_in(max(0, v - OFFICE_CHAIN), v - 1) if m.label == "PER" and m.last == v - 1]
    if before and not key.startswith(UNDER_CHAIR) and \
            norm(ctx.key(v + 1)).removeprefix("ال").startswith(TRIGGER_KEYS):
        return before
    return chair_after(ctx, v, b)


def chair_after(ctx: Context, v: int, b: int) -> list[Mention]:
    """The person after the word of chairing at v in its clause, else the holder of the office right after it."""
    return mentions_in(ctx, v, b, "PER")[:1] or [h for h in [chair_office(ctx, v, b)] if h]


def chair_office(ctx: Context, v: int, b: int) -> Mention | None:
    """«وترأس رئيس الهيئة، سلسلة من الاجتماعات»، «الاجتماع الذي يرأسه أمير المنطقة»: an office right after the verb
    of chairing, with no name of its own, stands for the person named before who holds an office of the same
    head word («رئيس»، «أمير»)."""
    office = next((m for m in ctx.starting_in(v + 1, min(b, v + 2)) if m.label == "TITLE"), None)
    if office is None or any(m.label == "PER" for m in ctx.starting_in(office.last + 1, min(b, office.last + 3))):
        return None
    return holder(ctx, office, by_head=True)


def _joined(ctx: Context, k: int) -> Mention | None:
    """The person or title that «و» at word k joins on («والعقيد»، «و X»)."""
    split = ctx.words[k:k + 1] == ["و"]
    head = next((m for m in ctx.starting_in(k + split, k + split) if m.label in ("PER", "TITLE")), None)
    return head if head is not None and (split or head.lead == "و") else None


def co_chairs(ctx: Context, chair: Mention) -> list[Mention]:
    """«ترأس المؤتمر العقيد X، قائد حرس الحدود، والعقيد Y»، «برئاسة X والعقيد Y»: the persons joined to the chair
    by «و» (each with its rank or office) chair with it; an appositive office «، …،» may stand between, and
    «وبحضور Y»، «وحضره Y» join no chair (§4 chair: the PER of the ترأس/برئاسة sentence)."""
    out = [chair]
    while True:
        last = out[-1].last
        _, b = clause(ctx, last)
        k = past_comma(ctx, last + 1)
        head = _joined(ctx, k)
        if head is None and k > last + 1 and not ctx.key(k).startswith("و"):  # an appositive office up to the next comma
            # («، وبمشاركة كبار القادة، ووزير الدفاع Y»: a conjunct after the comma is no apposition, its persons take part)
            k = next((j + 1 for j in range(k, min(b, k + CO_CHAIR_WINDOW) + 1) if ctx.words[j] in COMMAS), k)
            head = _joined(ctx, k)
        if head is None:
            return out
        while head is not None and head.label == "TITLE":  # «والعقيد الركن Y»: the ranks before the name
            head = next((m for m in ctx.starting_in(head.last + 1, head.last + 1) if m.label in ("PER", "TITLE")), None)
        if head is None or head.label != "PER" or head.last > b:
            return out
        out.append(head)
