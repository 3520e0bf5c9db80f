"""award: one frame per منح verb; giver = the named person (else the title, else the body),
award = the award phrase after the verb, recipient = the numbers of groups or individuals after «ل».

The thing given must be an award («شهادات تقدير»، «علم المحاكاة»، «وسام …»، «مكافأة»): «منحها الثقة»،
«لم تمنح فرصة» on real news give no award and open no frame, nor does a verb whose first object is something
else («تمنح الزمالك قدرا من التفاؤل … لقب»، «منح استضافة كأس العالم»), nor a present verb with no giver named: it
states what a prize is given for («وتمنح جائزة هذه الفئة للجهات الحكومية …»), no ceremony.
"""
from __future__ import annotations

from pipeline.frames.context import Context, covered_words
from pipeline.frames.triggers import clause, find, phrase_after, stem_start
from pipeline.text.lexicon import COMMAS, keys

TRIGGERS = ("منح", "يمنح", "تمنح")
AWARD_STOP = {"ل", "لـ", "من", "الى", "إلى", "على", "بقيمة", "قيمتها", "عن"}  # «جائزة شرف عن مجمل أعماله»
CLASS = ("من", "الدرجة")  # «وسام حماية الوطن من الدرجة الثالثة»: the class is part of the award
# what an award phrase starts with (the article and a glued proclitic aside), as word keys
AWARD_HEADS = ("شهاد", "وسام", "اوسمة", "جائز", "جوائز", "علم", "اعلام", "ميدالي", "درع", "دروع", "مكاف", "هدي",
               "هدايا", "لقب", "كاس", "نوط", "براء")


AWARD_WINDOW = 15  # words between the verb and the award it gives
# «منح X، نيابة عن Y، وسام …»، «منح كل من X و Y شهادات»: the words that may stand between the verb and its award
# beside the giver's and recipients' entities; any other word there is the verb's own object («منحها قروضا»)
FILLER = keys("نيابة", "بالنيابة", "عن", "كل", "من", "و", "ب", "بـ", "ل", "لـ")
PRESENT = TRIGGERS[1:]  # «يمنح/تمنح»


def _award_word(ctx: Context, i: int, b: int) -> int | None:
    """The award the verb at i gives: the first word after it (in its clause) outside every entity, when that word
    names an award; entities, commas and FILLER words may stand before it."""
    inside = covered_words(ctx.starting_in(i + 1, b))
    for k in range(i + 1, min(b, i + AWARD_WINDOW) + 1):
        if k in inside or ctx.words[k] in COMMAS or ctx.key(k) in FILLER:
            continue
        return k if stem_start(ctx, k, AWARD_HEADS) is not None else None
    return None


def frames(ctx: Context) -> list[dict]:
    out = []
    for i in find(ctx, TRIGGERS):
        a, b = clause(ctx, i)
        k = _award_word(ctx, i, b)
        if k is None:
            continue
        slots: dict[str, list] = {}
        # the subject between verb and award («منح نائب رئيس اللجنة X شهادات …»), else the giver before
        # the verb, the previous clause's for an implicit one («…؛ ومنح شهادات تقدير لـ …», §6)
        between = [m for m in ctx.starting_in(i + 1, k - 1) if m.label in ("PER", "TITLE", "ORG")]
        before = [m for m in ctx.starting_in(a, i - 1) if m.label in ("PER", "TITLE", "ORG")]
        giver_pool = between or before[-3:]
        for label in ("PER", "TITLE", "ORG"):
            pick = [m for m in giver_pool if m.label == label]
            if pick:
                slots["giver"] = [pick[0].id if between else pick[-1].id]
                break
        if "giver" not in slots and ctx.key(i).lstrip("و").startswith(PRESENT):
            continue
        award = phrase_after(ctx, k - 1, 4, AWARD_STOP)
        last = next(j for j in range(k, len(ctx.words)) if ctx.spans[j][1] == award[1])
        # «شهادات تقدير للجماعات»: the recipients start at a word glued to «ل» before the article
        last = next((j - 1 for j in range(k + 1, last + 1) if ctx.words[j].startswith("لل")), last)
        award = [award[0], ctx.spans[last][1]]
        if (ctx.key(last + 1), ctx.key(last + 2)) == CLASS and last + 3 < len(ctx.words):
            last += 3
            award = [award[0], ctx.spans[last][1]]
        slots["award"] = [award]
        recips = [m.id for m in ctx.starting_in(last + 1, b) if m.label == "NUM"]
        if recips:
            slots["recipient"] = recips
        out.append({"type": "award", "trigger": ctx.span(i, i), "slots": slots})
    return out
