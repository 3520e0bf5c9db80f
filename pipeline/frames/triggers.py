"""Shared helpers for frame rules: trigger lookup, raw spans after a word, date phrases."""
from __future__ import annotations

from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.frames.context import CHAIN_BREAK, Context, Mention
from pipeline.numbers.detect import MONTHS

STOP = CHAIN_BREAK | {"،", ",", "(", ")", "«", "»", '"', "-"}


def find(ctx: Context, stems: tuple[str, ...]) -> list[int]:
    """Word indices whose lookup key (proclitics allowed before) starts with one of `stems`."""
    stems = tuple(normalize_alef_ar(s) for s in stems)
    out = []
    for i in range(len(ctx.words)):
        k = ctx.key(i)
        for p in ("", "و", "ف", "ب", "ل", "وب"):
            if k.startswith(p) and k[len(p):].startswith(stems):
                out.append(i)
                break
    return out


def phrase_after(ctx: Context, i: int, max_words: int = 6, stop: set[str] = frozenset()) -> list[int] | None:
    """Character span of the words after index i up to punctuation or a stop word."""
    j = i + 1
    while j < len(ctx.words) and ctx.words[j] in ("ل", "ب", "و"):
        j += 1
    k = j
    while k < len(ctx.words) and k - j < max_words and ctx.words[k] not in STOP and ctx.key(k) not in stop:
        k += 1
    return ctx.span(j, k - 1) if k > j else None


def date_near(ctx: Context, i: int) -> list[int] | None:
    """A «15 مارس» / «31 مايو 2023» / «أبريل 2023» phrase in the sentence of word i."""
    sent = ctx.sent_of[i]
    for j in range(len(ctx.words)):
        if ctx.sent_of[j] != sent or ctx.key(j) not in MONTHS:
            continue
        start = j - 1 if j and ctx.words[j - 1].isdigit() else j
        end = j + 1 if j + 1 < len(ctx.words) and ctx.words[j + 1].isdigit() and len(ctx.words[j + 1]) == 4 else j
        return ctx.span(start, end)
    return None


def mentions_in(ctx: Context, i: int, j: int, label: str) -> list[Mention]:
    return [m for m in ctx.mentions if m.label == label and i <= m.first and m.last <= j]


def clause(ctx: Context, i: int) -> tuple[int, int]:
    """Word range of the clause around i (bounded by «؛», «.», line breaks)."""
    a = i
    while a > 0 and ctx.words[a - 1] not in CHAIN_BREAK and ctx.sent_of[a - 1] == ctx.sent_of[i]:
        a -= 1
    b = i
    while b + 1 < len(ctx.words) and ctx.words[b + 1] not in CHAIN_BREAK and ctx.sent_of[b + 1] == ctx.sent_of[i]:
        b += 1
    return a, b
