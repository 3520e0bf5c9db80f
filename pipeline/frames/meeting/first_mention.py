"""Each person attends at his first mention in the article: the same name, a longer form before it, or
another form of the same name (GUIDELINES §7 decisions 211, 227)."""
from __future__ import annotations

from collections.abc import Iterator

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.cues import name_keys
from pipeline.frames.meeting.words import LINEAGE


def _people_before(ctx: Context, m: Mention) -> Iterator[Mention]:
    """The PER mentions that start before m, in text order."""
    for p in ctx.mentions:
        if p.start >= m.start:
            return
        if p.label == "PER":
            yield p


def person_names(ctx: Context) -> set[tuple[str, ...]]:
    """The names of the article's persons (`name_keys`), read once per article for `_variants_before`."""
    return {name_keys(ctx, p) for p in ctx.mentions if p.label == "PER"}


def _first_mention(ctx: Context, m: Mention, people: set[tuple[str, ...]]) -> Mention:
    """The person's first mention in the article (GUIDELINES §7 decisions 211, 227): the first mention of the same
    name, or of a longer name before it whose last words or first word are this one («جديع بن نهار القحطاني» …
    «القحطاني»); when the longer names before it are different people («خالد القحطاني» … «سعد القحطاني») it stays."""
    name = name_keys(ctx, m)
    same, longer = [], []
    for p in _people_before(ctx, m):
        full = name_keys(ctx, p)
        if full == name:
            same.append(p)
        elif len(full) > len(name) and (full[-len(name):] == name and full[-len(name) - 1] not in LINEAGE
                                        or len(name) == 1 and full[0] == name[0]):
            longer.append(p)  # («عمر بن عبد العزيز» … «عبد العزيز»: the father's name ends the son's, decision 227)
    widest = max((name_keys(ctx, p) for p in longer), key=len, default=())
    if any(not set(name_keys(ctx, p)) <= set(widest) for p in longer):
        return m  # two people share the short name: no antecedent
    return min(same + longer + _variants_before(ctx, m, name, people) + [m], key=lambda p: p.start)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two names of two words or more name one person in another form: one begins with the other («محمد بن
    سلمان» … «محمد بن سلمان بن عبدالعزيز»), or both share the first and the last word with a «بن» or a middle name
    between («عزام بن الدخيل» … «عزام بن محمد الدخيل»)?"""
    if len(a) < 2 or len(b) < 2 or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short or a[0] == b[0] and a[-1] == b[-1]


def _variants_before(ctx: Context, m: Mention, name: tuple[str, ...], people: set[tuple[str, ...]]) -> list[Mention]:
    """Earlier mentions of the person of m written otherwise (GUIDELINES §7 decision 227: a PER filler is his first
    mention): the same person in a longer or shorter form (`_same_person`), or his surname alone before his full
    name («كارتر والبرزاني» … «التقى وزير الدفاع الامريكي اشتون كارتر»); none when another person of the article
    has a name of that form too («خالد القحطاني» … «سعد القحطاني»); `people` are the article's names
    (`person_names`)."""
    # (a name of the «بن» form ends in the father's name: «سلمان» before «محمد بن سلمان» is another person)
    by_surname = len(name) > 1 and not set(name) & set(LINEAGE)
    out = []
    for p in _people_before(ctx, m):
        short = name_keys(ctx, p)
        surname = by_surname and short == name[-1:]
        if not (surname or _same_person(short, name)):
            continue
        # another person whose name also has this form: the earlier mention may be his
        rivals = [q for q in people if q not in (name, short) and not _same_person(q, name)
                  and (q[-1:] == short[-1:] if surname else _same_person(q, short))
                  and not (len(q) < len(name) and name[-len(q):] == q)]
        if not rivals:
            out.append(p)
    return out


def at_first_mention(ctx: Context, slots: dict[str, list], people: set[tuple[str, ...]]) -> None:
    """Every PER attendee of the meeting at the person's first mention (decision 227), each person once and one who
    chairs it in the chair slot only. The chair stays where the rules found it: the written gold takes the chair at
    the meeting's sentence (3 chairs of annotations/train.jsonl), against decision 227's «any meeting slot»."""
    by_id = {m.id: m for m in ctx.mentions if m.label == "PER"}
    if "attendee" in slots:
        firsts = dict.fromkeys(_first_mention(ctx, by_id[v], people).id if v in by_id else v for v in slots["attendee"])
        slots["attendee"] = [v for v in firsts if v not in slots.get("chair", [])]
        if not slots["attendee"]:
            del slots["attendee"]
