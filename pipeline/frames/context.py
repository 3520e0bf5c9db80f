"""What the relation and frame rules read: one document's words, sentences, entities and numbers.

Rules ask the same questions once per trigger (which words match these stems, which mentions
start in this word range, where does this clause end); the answers are indexed once per
document so a rule costs about the size of its clause, not of the document. Sentences longer
than `text.sentences.MAX_SENTENCE_WORDS` are read in pieces of that many words, as numbers are,
so a text without sentence punctuation (one 20 MB line) stays linear in time and output.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from pipeline.numbers.words import HIJRI_MONTHS
from pipeline.text.chars import letters, word_key
from pipeline.text.lexicon import GLUED_PROCLITICS, MONTHS
from pipeline.text.sentences import sentence_pieces
from pipeline.text.tokenizer import ArabicTokenizer

T = TypeVar("T")


def _proclitic_lead(text: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The proclitic letters before an entity that starts inside a word the tokenizer kept whole
    («بالمخواه»: «ب»), or None when the start is elsewhere inside a word."""
    i = bisect_right(spans, (start, len(text) + 1)) - 1
    if i < 0 or not spans[i][0] < start < spans[i][1]:
        return None
    lead = text[spans[i][0]:start]
    return lead if lead in GLUED_PROCLITICS else None


CHAIN_BREAK = {"؛", ".", "\n", ";", ":", "!", "؟"}


@dataclass
class Mention:
    id: str
    label: str  # PER/TITLE/LOC/ORG, or NUM for numbers
    start: int
    end: int
    first: int  # word indices
    last: int
    lead: str = ""  # proclitic letters of its first word before the mention («ب» of «بالعيدابي» kept whole)


def covered_words(mentions: Iterable[Mention]) -> set[int]:
    """The word indices inside these mentions: rules skip or count over named words («k not in covered»), so the
    set is built the same way everywhere (pass a filtered list or generator for one label only)."""
    return {k for m in mentions for k in range(m.first, m.last + 1)}


@dataclass
class Context:
    text: str
    words: list[str]
    spans: list[tuple[int, int]]
    sent_of: list[int]
    keys: list[str]  # word_key of each word, computed once
    mentions: list[Mention] = field(default_factory=list)
    numbers: dict[str, dict] = field(default_factory=dict)
    _firsts: list[int] = field(default_factory=list, repr=False)  # mentions' first words, non-decreasing
    _sent_first: list[int] = field(default_factory=list, repr=False)  # first word of each sentence
    _sent_last: list[int] = field(default_factory=list, repr=False)  # last word of each sentence
    _clause: tuple[list[int], list[int]] | None = field(default=None, repr=False)
    _months: list[int] | None = field(default=None, repr=False)  # the month words, in order
    _month: dict[int, int] | None = field(default=None, repr=False)  # sentence -> its first month word
    memo: dict = field(default_factory=dict, repr=False)  # per-document indexes the rules build once (`once`)

    @classmethod
    def build(cls, text: str, spans: list[tuple[int, int]], sent_flags: list[bool], entities: list[dict],
              numbers: list[dict]) -> "Context":
        words = [letters(text[s:e]) for s, e in spans]  # presentation forms read as letters, offsets kept
        sent_of = sentence_pieces(ArabicTokenizer.sentence_index(sent_flags))
        ctx = cls(text, words, spans, sent_of, [word_key(w) for w in words], numbers={n["id"]: n for n in numbers})
        starts = {s: i for i, (s, _) in enumerate(spans)}
        ends = {e: i for i, (_, e) in enumerate(spans)}
        for x, label in [(e, e["label"]) for e in entities] + [(n, "NUM") for n in numbers]:
            if x["end"] not in ends:
                continue
            if x["start"] in starts:
                ctx.mentions.append(Mention(x["id"], label, x["start"], x["end"], starts[x["start"]], ends[x["end"]]))
            elif (lead := _proclitic_lead(text, spans, x["start"])) is not None:
                i = bisect_right(spans, (x["start"], len(text) + 1)) - 1  # the word the mention starts inside
                ctx.mentions.append(Mention(x["id"], label, x["start"], x["end"], i, ends[x["end"]], lead))
        ctx.mentions.sort(key=lambda m: m.start)
        ctx._firsts = [m.first for m in ctx.mentions]
        ctx._sent_first = [0] * (sent_of[-1] + 1 if sent_of else 0)
        ctx._sent_last = list(ctx._sent_first)
        for i, s in enumerate(sent_of):
            ctx._sent_last[s] = i
        for i in range(len(sent_of) - 1, -1, -1):
            ctx._sent_first[sent_of[i]] = i
        return ctx

    def once(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()`, computed once per document under `key` (namespaced by the rule: «triggers.find», …) and shared
        by every later call: rules look the same indexes up per trigger and per mention."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]

    def by_id(self) -> dict[str, Mention]:
        """Mention id → its mention (the last of that id in document order), once per document."""
        return self.once("context.by_id", lambda: {m.id: m for m in self.mentions})

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def between(self, a: Mention, b: Mention) -> list[str]:
        """The words strictly between two mentions (a before b), with b's glued proclitic as a word of its own."""
        return self.words[a.last + 1:b.first] + ([b.lead] if b.lead else [])

    def sentence_start(self, i: int) -> int:
        """Index of the first word of word i's sentence."""
        return self._sent_first[self.sent_of[i]]

    def sentence_end(self, i: int) -> int:
        """Index of the last word of word i's sentence."""
        return self._sent_last[self.sent_of[i]]

    def span(self, i: int, j: int) -> list[int]:
        return [self.spans[i][0], self.spans[j][1]]

    def starting_in(self, i: int, j: int) -> list[Mention]:
        """Mentions whose first word is in [i, j], in document order (a bisect, not a scan)."""
        return self.mentions[bisect_left(self._firsts, i):bisect_right(self._firsts, j)]

    def clause(self, i: int) -> tuple[int, int]:
        """Word range of the clause around i: bounded by CHAIN_BREAK words and sentence ends."""
        if self._clause is None:
            n = len(self.words)
            first, last = list(range(n)), list(range(n))
            for k in range(1, n):
                if self.words[k - 1] not in CHAIN_BREAK and self.sent_of[k - 1] == self.sent_of[k]:
                    first[k] = first[k - 1]
            for k in range(n - 2, -1, -1):
                if self.words[k + 1] not in CHAIN_BREAK and self.sent_of[k + 1] == self.sent_of[k]:
                    last[k] = last[k + 1]
            self._clause = first, last
        return self._clause[0][i], self._clause[1][i]

    def is_month(self, k: int) -> bool:
        """Does word k name a month: a Gregorian or Levantine name, or a Hijri one after its day («21 شوال»;
        bare «صفر»، «رجب» are also a number and a name)?"""
        return self.keys[k] in MONTHS or (self.keys[k] in HIJRI_MONTHS and k > 0 and self.words[k - 1].isdigit())

    def surface(self, m: Mention) -> str:
        """The mention as written."""
        return self.text[m.start:m.end]

    def head(self, m: Mention) -> str:
        """The key of the mention's first word without the article: «اللجنة الإشرافية …» → «لجنة»."""
        return word_key(self.surface(m).split()[0]).removeprefix("ال")

    def months(self) -> list[int]:
        """The words that name a month, in order (found once per document; rules look them up per trigger)."""
        if self._months is None:
            self._months = [k for k in range(len(self.keys)) if self.is_month(k)]
        return self._months

    def first_month(self, i: int) -> int | None:
        """The first word of word i's sentence that names a month."""
        if self._month is None:
            self._month = {}
            for k in self.months():
                self._month.setdefault(self.sent_of[k], k)
        return self._month.get(self.sent_of[i])
