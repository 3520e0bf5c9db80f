"""What one word or mention is to the meeting rules: a key without its «و/ف», a split «ل», the word past a comma, a
verb of speaking, «أن/إن», a negation, the «مع» after a noun, a date opening at a word, a mention's surface and name."""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.words import ABSENT, NISBA, OCCASION, PRONOUNS, SPEAK
from pipeline.frames.relations import HONORIFICS
from pipeline.frames.triggers import WITH, relative_date
from pipeline.text.chars import word_key
from pipeline.text.lexicon import OPENING_QUOTES, THAT  # what is said after «قال … إن» names no participant


def norm(k: str) -> str:
    return k.lstrip("وف")


def past_comma(ctx: Context, k: int) -> int:
    """Word k, or the word after it when word k is a comma («عقده، أمس،»)."""
    return k + (ctx.words[k:k + 1] in (["،"], [","]))


def lam(ctx: Context, k: int) -> bool:
    """Is word k a «ل» the tokenizer split off («ل لقاء»، «اجتماع ل حزب»)?"""
    return ctx.words[k:k + 1] in (["ل"], ["لـ"])


def surface(ctx: Context, mid: str) -> str:
    return ctx.surface(next(m for m in ctx.mentions if m.id == mid))


def with_after(ctx: Context, i: int, b: int, window: int) -> int | None:
    """The first «مع» within `window` words after word i, up to b (the end of its clause)."""
    return next((k for k in range(i + 1, min(b, i + window) + 1) if ctx.key(k) == WITH), None)


def date_opening(ctx: Context, j: int) -> list[int] | None:
    """The relative date that word j itself opens («أمس»، «اليوم الأحد»), not one a word further on."""
    d = relative_date(ctx, j, 1)
    return d if d is not None and d[0] == ctx.spans[j][0] else None


def date_spanning(ctx: Context, first: int, last: int) -> list[int] | None:
    """The relative date written exactly over words first..last («أمس» right before «خلال»), else None."""
    d = relative_date(ctx, first, last - first + 1)
    return d if d is not None and d[0] == ctx.spans[first][0] and d[1] == ctx.spans[last][1] else None


def speaks(ctx: Context, j: int) -> bool:
    """Is word j a verb or noun of speaking («قال، أعلن، أوضح، تصريح …»)?"""
    return norm(ctx.key(j)).startswith(SPEAK)


def said(ctx: Context, j: int) -> bool:
    """Is word j «أن/إن», bare or with a pronoun («إنه التقى …»)?"""
    key = ctx.key(j)
    return key in THAT or key[:2] in THAT and key[2:] in PRONOUNS


def absent(ctx: Context, k: int) -> bool:
    """Is word k a negation or a word of absence («لم»، «عدم»، «لغياب»)?"""
    key = norm(ctx.key(k))
    return key in ABSENT or key.removeprefix("ل") in ABSENT


def name_keys(ctx: Context, m: Mention) -> tuple[str, ...]:
    """The mention's words as keys, so that «أوباما» and «اوباما» are one name."""
    return tuple(word_key(w) for w in ctx.surface(m).split())


def chain_word(ctx: Context, k: int) -> bool:
    """A word of a person's chain of offices that is in no span: a style («معالي»، «الدكتور») or a definite nisba
    adjective of the office («الباكستاني»، «الأممي»), as the gold leaves them outside (GUIDELINES §2)."""
    key = ctx.key(k)
    return not ctx.starting_in(k, k) and (key in HONORIFICS or key.startswith("ال") and key.endswith(NISBA))


def preposition(ctx: Context, i: int) -> int:
    """The word that may be the «في/خلال» before the meeting noun at i: over an opening quote of the meeting's name
    («خلال «المؤتمر الإعلامي الدولي …»») and an occasion word («في افتتاح قمة»)."""
    k = i - 1 - (ctx.words[i - 1:i] != [] and ctx.words[i - 1] in OPENING_QUOTES)
    return k - (ctx.key(k) in OCCASION)
