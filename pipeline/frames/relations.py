"""holds_title, title_of and located_in from adjacent entities (GUIDELINES.md §4).

- title_of: a TITLE directly followed by an ORG or LOC (nothing but a proclitic between);
- holds_title: a PER and every TITLE of its appositive chain: the titles just before it
  («نائب رئيس X، رئيس Y هوانغ نام») and those after it up to the next person or «؛»
  («دانج شوان فونج، عضو …، أمين …»);
- located_in: ORG/LOC then «في» LOC, or two places in a chain «بلدية X، منطقة Y» / «X (منطقة Y)».
"""
from __future__ import annotations

from pipeline.frames.context import CHAIN_BREAK, Context

JOINERS = {"", "ل", "لـ", "ب", "بـ"}
CHAIN_GLUE = {"،", ",", "-", "و", "(", ")", "–"}


def _glue(words: list[str]) -> bool:
    return all(w in CHAIN_GLUE for w in words)


def title_of(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM"]
    for a, b in zip(ents, ents[1:]):
        if a.label == "TITLE" and b.label in ("ORG", "LOC") and "".join(ctx.between(a, b)) in JOINERS:
            out.append((a.id, b.id))
    return out


def holds_title(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM"]
    for k, per in enumerate(ents):
        if per.label != "PER":
            continue
        # titles before the person: walk left over TITLE/ORG/LOC while only commas/proclitics separate them
        j = k - 1
        while j >= 0 and ents[j].label in ("TITLE", "ORG", "LOC") and _glue(ctx.between(ents[j], ents[j + 1])) \
                and ctx.sent_of[ents[j].first] == ctx.sent_of[per.first]:
            if ents[j].label == "TITLE":
                out.append((per.id, ents[j].id))
            j -= 1
        # titles after the person, when an apposition follows («X، عضو …» or «X - رئيس …»)
        j = k + 1
        if j < len(ents) and ents[j].label == "TITLE" and _glue(ctx.between(per, ents[j])) and ctx.between(per, ents[j]):
            while j < len(ents) and ents[j].label in ("TITLE", "ORG", "LOC") and \
                    not any(w in CHAIN_BREAK for w in ctx.between(ents[j - 1], ents[j])) and \
                    len(ctx.between(ents[j - 1], ents[j])) <= 3:
                if ents[j].label == "TITLE":
                    out.append((per.id, ents[j].id))
                j += 1
    return list(dict.fromkeys(out))


def located_in(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM"]
    for a, b in zip(ents, ents[1:]):
        if a.label not in ("ORG", "LOC") or b.label != "LOC":
            continue
        gap = [w for w in ctx.between(a, b)]
        if gap in (["في"], ["،"], ["("], [","]) or (a.label == "LOC" and gap in (["-"], ["،", "("])):
            out.append((a.id, b.id))
    return out


def relations(ctx: Context) -> list[dict]:
    rels = [("holds_title", *p) for p in holds_title(ctx)]
    rels += [("title_of", *p) for p in title_of(ctx)]
    rels += [("located_in", *p) for p in located_in(ctx)]
    return [{"type": t, "head": h, "tail": tl} for t, h, tl in rels]
