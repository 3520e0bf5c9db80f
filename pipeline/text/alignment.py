"""How well the tokenizer's words fit gold spans: the figures the tokenizer is judged on.

- a gold boundary is *aligned* when a token starts at the span's start and one ends at its end;
- a word (a letter run between spaces and punctuation) is *wrongly split* when a gold span starts
  at the word's first letter (so it has no proclitic) and the tokenizer still cuts it. Cuts inside
  spans are not counted: «للجنة» in «اللجنة الدائمة للجنة الحزب» is ل + لجنة inside one ORG.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipeline.text.chars import TOKEN_RE

Span = tuple[int, int]


@dataclass
class AlignmentReport:
    boundaries: int = 0
    aligned: int = 0
    span_words: int = 0
    wrongly_split: int = 0
    misaligned: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, doc: dict, tokens: list[Span]) -> None:
        text = doc["text"]
        starts = {s for s, _ in tokens}
        ends = {e for _, e in tokens}
        spans = [(x["start"], x["end"]) for x in doc.get("entities", []) + doc.get("numbers", [])]
        for s, e in spans:
            self.boundaries += 2
            self.aligned += (s in starts) + (e in ends)
            if s not in starts or e not in ends:
                self.misaligned.append(f"{doc['id']}:{s}-{e} {text[s:e]!r} in {text[max(0, s - 15):e + 15]!r}")
        span_starts = {s for s, _ in spans}
        for m in TOKEN_RE.finditer(text):
            ws, we = m.span()
            if ws not in span_starts:
                continue
            self.span_words += 1
            bad = [s for s in starts if ws < s < we]
            if bad:
                self.wrongly_split += 1
                self.wrong.append(f"{doc['id']}:{ws} {m.group()!r} cut at {[c - ws for c in bad]}")

    @property
    def aligned_share(self) -> float:
        return self.aligned / self.boundaries if self.boundaries else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrongly_split / self.span_words if self.span_words else 0.0


def alignment_report(docs: Iterable[dict], tokenize: Callable[[str], list[Span]]) -> AlignmentReport:
    report = AlignmentReport()
    for doc in docs:
        report.add(doc, tokenize(doc["text"]))
    return report
