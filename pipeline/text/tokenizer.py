"""Offset-preserving Arabic word and sentence segmentation, usable as `nlp.tokenizer`.

Tokens are (start, end) offsets into the text as read: every non-space character
belongs to exactly one token, nothing is rewritten. Numbers stay whole («3,106»,
«7.1», «٩٢٫٥»), the percent sign is its own token, punctuation is split, and
proclitics are separated where the data says the remainder is a word.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.text.chars import SENTENCE_END, TOKEN_RE, is_arabic_word, letters
from pipeline.text.proclitics import DEFAULT_DATA, ProcliticModel
from pipeline.text.runons import runon_cuts

Span = tuple[int, int]
WORDS_KEY = "arabic_ie.words"  # where a Doc keeps its `DocWords` (spaCy's `doc.user_data`)


@dataclass(frozen=True)
class DocWords:
    """A Doc's words (whitespace tokens left out): token indices, texts, offsets, sentence-start flags."""
    tokens: list[int]
    words: list[str]
    spans: list[Span]
    sent_starts: list[bool]


def doc_words(doc) -> DocWords:
    """The one door every stage reads a Doc's words through: computed at the first call, then kept on the Doc
    (as plain lists, so `doc.to_bytes()` still serializes it)."""
    cached = doc.user_data.get(WORDS_KEY)
    if cached is None:
        toks = [t for t in doc if not t.is_space]
        cached = [[t.i for t in toks], [t.text for t in toks], [(t.idx, t.idx + len(t.text)) for t in toks],
                  [bool(t.is_sent_start) for t in toks]]
        doc.user_data[WORDS_KEY] = cached
    return DocWords(*cached)


class ArabicTokenizer:
    """Callable as a spaCy tokenizer; `spans(text)` gives the bare offsets."""

    def __init__(self, vocab=None, model: ProcliticModel | None = None, data: str | Path = DEFAULT_DATA):
        self.vocab = vocab
        self.model = model if model is not None else ProcliticModel.load(data)
        counts = self.model.counts
        self._runons = lru_cache(maxsize=1 << 18)(lambda word: runon_cuts(word, counts))
        self._pieces = lru_cache(maxsize=1 << 18)(self._match_pieces)

    def spans(self, text: str) -> list[Span]:
        out: list[Span] = []
        for m in TOKEN_RE.finditer(text):
            start = m.start()
            out.extend([(start + a, start + b) for a, b in self._pieces(m.group())])
        return out

    def _match_pieces(self, word: str) -> tuple[Span, ...]:
        """The words of one TOKEN_RE match as offsets inside it. A pure function of the match, so `spans`
        computes it once per distinct word (memoized) instead of once per occurrence. Presentation forms are read
        as letters (`letters`: one character for one, so the offsets hold)."""
        word = letters(word)
        out: list[Span] = []
        start = 0
        if word[0].isalpha():
            for cut in self._runons(word):  # words run together: the lost space put back
                self._add_word(out, word[start:cut], start)
                start = cut
        self._add_word(out, word[start:], start)
        return tuple(out)

    def _add_word(self, out: list[Span], word: str, start: int) -> None:
        """One word at `start`, with its proclitics split off where the data says so."""
        prev = start
        if len(word) >= 3 and is_arabic_word(word):
            for cut in self.model.cuts(word):
                out.append((prev, start + cut))
                prev = start + cut
        out.append((prev, start + len(word)))

    def sentence_starts(self, text: str, spans: list[Span]) -> list[bool]:
        """A sentence starts after «.» «!» «?» «؟» «…» or a line break (not at «؛»)."""
        starts, boundary = [], True
        prev_end = 0
        for start, end in spans:
            if "\n" in text[prev_end:start]:
                boundary = True
            starts.append(boundary)
            boundary = text[start:end] in SENTENCE_END
            prev_end = end
        return starts

    @staticmethod
    def sentence_index(flags: list[bool]) -> list[int]:
        """For each token, the number of its sentence (from `sentence_starts` flags)."""
        out, current = [], -1
        for f in flags:
            current += bool(f) or current < 0
            out.append(current)
        return out

    def __call__(self, text: str):
        from spacy.tokens import Doc

        spans = self.spans(text)
        words, spaces, sent_starts = [], [], []
        flags = self.sentence_starts(text, spans)
        pos = 0
        for (start, end), flag in zip(spans, flags):
            if start > pos:  # whitespace before the token that a single trailing space can't express
                gap = text[pos:start]
                if words and not spaces[-1] and gap.startswith(" "):
                    spaces[-1], gap = True, gap[1:]
                if gap:
                    words.append(gap)
                    spaces.append(False)
                    sent_starts.append(False)
            words.append(text[start:end])
            spaces.append(False)
            sent_starts.append(flag)
            pos = end
        if pos < len(text):
            gap = text[pos:]
            if words and gap.startswith(" "):
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                sent_starts.append(False)
        if sent_starts:
            sent_starts[0] = True
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator:
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "ArabicTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "ArabicTokenizer":
        return self
