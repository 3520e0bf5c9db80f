"""Which meeting nouns are meetings at all: a purpose («للقاء»), a nisba adjective, sociology, a count, a recurrence,
a ceremony, a body's name, a peak («أعلى قمة»), a friendly match («لقاء العين الودي») or a reception are none; a
definite noun, a round of talks, a compound «ورشة عمل»; the bare noun two mentions share."""
from __future__ import annotations

from bisect import bisect_left

from pipeline.frames.context import Context
from pipeline.frames.meeting.cues import lam, norm
from pipeline.frames.meeting.words import (CONDUCTING, CONFERENCE, FAREWELL, FOR, FRIENDLY, HIGHEST, HOLD_KEYS,
                                           IN_IT, MATCH, MEETING_KEYS, MOUNTAIN, OFFICE_CHAIN, ONE, PREPARE_KEYS,
                                           PRESS, PRONOUNS, PURPOSE, RECEIVE, RECEPTION_WINDOW, REGULAR, ROUND_NOUN,
                                           ROUND_TALKS, SCIENCE, SUMMIT, TRIGGERS, TRIGGER_KEYS, WITH_PARTICIPANTS,
                                           WORKSHOP, WORK_KEYS)
from pipeline.frames.triggers import clause, find, find_in
from pipeline.text.lexicon import TO


def purpose(ctx: Context, i: int) -> bool:
    """A meeting only aimed at or called for: «للقاء الرئيس»، «لاجتماع»، «لعقد اجتماع»، «بهدف عقد …»، «إلى عقد …»
    (GUIDELINES §7 decision 37)."""
    key = norm(ctx.key(i))
    if key.startswith("ل") and key[1:].startswith(MEETING_KEYS):
        return True
    if lam(ctx, i - 1) and i >= 1:
        return True  # «ل لقاء» split by the tokenizer
    prev = norm(ctx.key(i - 1))
    if prev.startswith("ل") and prev[1:] in CONDUCTING or \
            prev in CONDUCTING and lam(ctx, i - 2):
        return True
    if prev.startswith("ل") and prev[1:].startswith(HOLD_KEYS) or \
            (prev.startswith(HOLD_KEYS) and lam(ctx, i - 2)):
        return not any(norm(ctx.key(j)).startswith(PREPARE_KEYS) for j in range(max(0, i - 8), i - 1))
    if prev.startswith(HOLD_KEYS) and ctx.key(i - 2) in TO:
        return True  # «دعا إلى عقد مؤتمر دولي»: a call to hold one (decisions 37, 298)
    return prev in PURPOSE or ctx.key(i - 2) in PURPOSE


def round_of(ctx: Context, i: int) -> int | None:
    """The «جولة» of «جولة (جديدة/ثانية) من» right before the talks noun at i, which names one round of them."""
    if norm(ctx.key(i)) not in ROUND_TALKS or ctx.key(i - 1) != "من":
        return None
    return next((r for r in (i - 2, i - 3) if r >= 0 and norm(ctx.key(r)).removeprefix("ال") == ROUND_NOUN), None)


def definite_nouns(ctx: Context) -> list[int]:
    """Definite meeting nouns («المؤتمر الصحافي»، «المحادثات»): a trigger only when reported (see frames)."""
    return find(ctx, tuple("ال" + s for s in TRIGGERS))


def adjective(ctx: Context, i: int) -> bool:
    """«الاجتماعية»، «اجتماعي»: a nisba adjective of a meeting noun is no meeting."""
    key = norm(ctx.key(i)).lstrip("بل")
    key = key[2:] if key.startswith("ال") else key
    return any(key.startswith(s) and key[len(s):].startswith("ي") for s in TRIGGER_KEYS)


def discipline(ctx: Context, i: int) -> bool:
    """«أستاذ علم الاجتماع»، «علماء الاجتماع»، «عالم اجتماع»: «اجتماع» after «علم» names sociology, no meeting."""
    return i >= 1 and norm(ctx.key(i - 1)).lstrip("بل").removeprefix("ال") in SCIENCE


def ceremony(ctx: Context, i: int) -> bool:
    """«اجتمع السائقون … من أجل وداع X»: a gathering for a farewell, burial or condolence (GUIDELINES §7
    decision 81); «حفل معايدة … اجتمع فيه المتعافون»: a gathering in a ceremony already named."""
    if ctx.key(i + 1) in IN_IT:
        return True
    _, b = clause(ctx, i)
    keys = [ctx.key(j) for j in range(i, b + 1)]
    return any((k in FAREWELL and prev in FOR) or (norm(k).startswith("ل") and norm(k)[1:] in FAREWELL)
               for prev, k in zip(keys, keys[1:]))


def after_reception(ctx: Context, i: int) -> bool:
    """Does a reception («استقبل») stand before the meeting noun at i in its sentence?"""
    return any(ctx.sent_of[j] == ctx.sent_of[i] for j in find_in(ctx, RECEIVE, max(0, i - RECEPTION_WINDOW), i))


def counted(ctx: Context, i: int) -> bool:
    """«1٬840 جلسة دعائية»، «حضر جلسة واحدة فقط»: meetings counted by a figure or «واحدة» are no one specific meeting
    (GUIDELINES §7 decision 36)."""
    return any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(max(0, i - 4), i - 1)) \
        or ctx.key(i + 1) in ONE


def compound(ctx: Context, i: int) -> int:
    """«ورشة عمل»: the two words of a compound meeting noun are its trigger (the gold's span); 1 when word i opens
    one, else 0."""
    key = ctx.key(i)  # not `norm`: the «و» of «ورشة» is a root letter
    return int(any(key.removeprefix(p).removeprefix("ال").startswith(WORKSHOP) for p in ("", "و", "ب", "وب"))
               and ctx.key(i + 1) in WORK_KEYS)


def named_body(ctx: Context, i: int) -> bool:
    """«الذي أقامه ملتقى إعلاميي منطقة القصيم»: a meeting noun inside the name of a body (an ORG) is the body, which
    holds meetings (an organizer, GUIDELINES §7 decision 226), not a meeting of its own."""
    return any(m.label == "ORG" and m.first <= i <= m.last for m in ctx.starting_in(max(0, i - OFFICE_CHAIN), i))


def peak(ctx: Context, i: int) -> bool:
    """«على قمة جبل صبر»، «أعلى قمة في المنطقة»: «قمة» after «أعلى» or before a mountain is a peak, no summit."""
    return norm(ctx.key(i)) == SUMMIT and (ctx.key(i - 1) in HIGHEST or ctx.key(i + 1) in MOUNTAIN)


def friendly(ctx: Context, i: int) -> bool:
    """«أثناء لقاء العين الودي»، «اللقاء الودي»: a «لقاء» called friendly, right after it or after the club named after
    it, is a match."""
    if not norm(ctx.key(i)).startswith(MATCH):
        return False
    k = next((m.last for m in ctx.starting_in(i + 1, i + 1) if m.label == "ORG"), i) + 1
    return ctx.key(k) in FRIENDLY


def regular(ctx: Context, i: int) -> bool:
    """«اجتماعات دورية»، «لقاء دوري»: a meeting noun with an adjective of recurrence names no one meeting."""
    return ctx.key(i + 1) in REGULAR


def suffixed(ctx: Context, i: int) -> bool:
    """A meeting noun with a pronoun («لقاءاته»، «جلسته»): a meeting already named, unless it names its
    participants (WITH_PARTICIPANTS)."""
    key = norm(ctx.key(i))
    return key.endswith(PRONOUNS) and key not in WITH_PARTICIPANTS


def repeated(ctx: Context, i: int, out: list[dict]) -> bool:
    """Has an earlier frame the same meeting noun (a later mention of the same meeting, GUIDELINES §7 decision 118)?"""
    return any(same_noun(ctx, i, f) for f in out)


def noun(key: str) -> str:
    """The bare meeting noun of a word: «الاجتماع»، «اجتماعا» → «اجتماع»."""
    key = norm(key).removeprefix("ال")
    return next((t for t in TRIGGER_KEYS if key.startswith(t)), key)


def same_noun(ctx: Context, i: int, frame: dict) -> bool:
    """Is word i the noun of the frame's trigger again («الاجتماع» after «اجتماعا»), as a later mention of it is?"""
    return noun(ctx.key(i)) == noun(ctx.key(bisect_left(ctx.spans, (frame["trigger"][0],))))


def press_conference(ctx: Context, i: int) -> bool:
    """«في مؤتمر صحفي»، «مؤتمراً صحافياً سيعقد»: an indefinite singular «مؤتمر» with «صحفي/صحافي» after it reports one
    press conference (GUIDELINES §7 decisions 20, 97); a definite or suffixed noun is a repeat, a plural no one meeting."""
    key = norm(ctx.key(i))
    return key.startswith(CONFERENCE) and not key.startswith(CONFERENCE + "ات") and not key.endswith(PRONOUNS) \
        and norm(ctx.key(i + 1)).startswith(PRESS)
