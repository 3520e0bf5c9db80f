"""What the relation and frame rules read: one document's words, sentences, entities and numbers."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.numbers.parse import word_key
from pipeline.text.tokenizer import ArabicTokenizer

CHAIN_BREAK = {"؛", ".", "\n", ";", ":", "!", "؟"}


@dataclass
class Mention:
    id: str
    label: str  # PER/TITLE/LOC/ORG, or NUM for numbers
    start: int
    end: int
    first: int  # word indices
    last: int


@dataclass
class Context:
    text: str
    words: list[str]
    spans: list[tuple[int, int]]
    sent_of: list[int]
    keys: list[str]  # word_key of each word, computed once
    mentions: list[Mention] = field(default_factory=list)
    numbers: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, spans: list[tuple[int, int]], sent_flags: list[bool], entities: list[dict],
              numbers: list[dict]) -> "Context":
        words = [text[s:e] for s, e in spans]
        ctx = cls(text, words, spans, ArabicTokenizer.sentence_index(sent_flags), [word_key(w) for w in words],
                  numbers={n["id"]: n for n in numbers})
        starts = {s: i for i, (s, _) in enumerate(spans)}
        ends = {e: i for i, (_, e) in enumerate(spans)}
        for x, label in [(e, e["label"]) for e in entities] + [(n, "NUM") for n in numbers]:
            if x["start"] in starts and x["end"] in ends:
                ctx.mentions.append(Mention(x["id"], label, x["start"], x["end"], starts[x["start"]], ends[x["end"]]))
        ctx.mentions.sort(key=lambda m: m.start)
        return ctx

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def between(self, a: Mention, b: Mention) -> list[str]:
        """The words strictly between two mentions (a before b)."""
        return self.words[a.last + 1:b.first]

    def sentence(self, m: Mention) -> list[Mention]:
        return [x for x in self.mentions if self.sent_of[x.first] == self.sent_of[m.first]]

    def span(self, i: int, j: int) -> list[int]:
        return [self.spans[i][0], self.spans[j][1]]
