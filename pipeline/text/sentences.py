"""Sentences cut into pieces of at most `MAX_SENTENCE_WORDS` words: the unit the number, relation and
frame rules and the long-document splitter all read, so they agree on it."""
from __future__ import annotations

MAX_SENTENCE_WORDS = 1000


def sentence_pieces(sent_of: list[int], max_words: int = MAX_SENTENCE_WORDS) -> list[int]:
    """Sentence numbers with every sentence cut into pieces of at most `max_words` words
    (the same pieces `link` reads), for the rules downstream that must agree with it."""
    out: list[int] = []
    piece, prev, start = -1, None, 0
    for k, s in enumerate(sent_of):
        if s != prev:
            prev, start = s, k
        if k == start or (k - start) % max_words == 0:
            piece += 1
        out.append(piece)
    return out
