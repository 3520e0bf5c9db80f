"""Data-driven decisions on where a word's proclitics (و ف ب ل ك) end.

A word is split only where the remainder is the real word: the remainder (or,
after ل, its form with the article restored: «للجنة» → «اللجنة») must be seen
more often than the whole word in a large corpus, and be long enough to be a
word of its own. Gazetteer entries and words that start an entity in the gold
training data are kept whole; gold evidence of a split is followed as is.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.text.chars import ATTACHED_RE, lookup_key
from pipeline.text.lexicon import KEPT_WHOLE

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
PREFIXES = tuple(c + p for c in CONJUNCTIONS for p in PREPOSITIONS if c + p)
ARTICLE = "ال"
# the proclitics that may stand before the article of an unseen word, longest first; «كال» opens names of its own
# («كالبي»), more often than «ك» + «ال» (`ProcliticModel._unseen_article_prefix`)
ARTICLE_PREFIXES = tuple(p for p in sorted(PREFIXES, key=len, reverse=True) if not p.endswith("ك"))
DEFAULT_DATA = Path(__file__).parent / "data" / "segmentation.json.gz"


@dataclass(eq=False)
class ProcliticModel:
    """Word counts plus gold evidence; `cuts(word)` gives the split offsets."""

    counts: dict[str, int]
    keep: frozenset[str] = frozenset()
    split: dict[str, int] = field(default_factory=dict)
    known: frozenset[str] = frozenset()  # gazetteer words: evidence even when short or rare («و» + «حي»)
    min_count: int = 20
    ratio: float = 2.0
    min_rest: int = 3
    article_count: int = 5  # a rest that opens with the article is a noun of its own: rarer ones count («بالقرينة»)
    unseen_article: int = 5  # a whole word never seen whose rest opens with the article and has this many letters
    # or more is split even when the rest is rare too (an unknown name: «بالحويزة» → «ب» + «الحويزة»); 0: off

    @classmethod
    def load(cls, path: str | Path = DEFAULT_DATA) -> "ProcliticModel":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(counts=data["counts"], keep=frozenset(data.get("keep", ())) | KEPT_WHOLE, split=data.get("split", {}),
                   known=frozenset(data.get("known", ())), **data.get("params", {}))

    def save(self, path: str | Path, sources: dict) -> None:
        data = {"params": {"min_count": self.min_count, "ratio": self.ratio, "min_rest": self.min_rest,
                           "article_count": self.article_count, "unseen_article": self.unseen_article},
                "sources": sources, "keep": sorted(self.keep), "known": sorted(self.known), "split": dict(sorted(self.split.items())),
                "counts": dict(sorted(self.counts.items(), key=lambda kv: -kv[1]))}
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))

    def evidence(self, prep: str, rest: str) -> int:
        count = self.counts.get(rest, 0)
        if rest in self.known:
            count = max(count, self.min_count)
        if rest.endswith(("تين", "تان")) and len(rest) > 5:  # a feminine dual: the singular is the evidence
            count = max(count, self.counts.get(rest[:-3] + "ة", 0))
        elif rest.endswith(("تي", "تا")) and len(rest) > 4:  # the dual's construct form («وجهتي نظر»)
            count = max(count, self.counts.get(rest[:-2] + "ة", 0))
        if prep == "ل" and rest.startswith("ل"):  # ل + ال: the article's alef is dropped
            count = max(count, self.counts.get("ا" + rest, 0), self.counts.get("ال" + rest, 0))
        return count

    def prefix_length(self, key: str) -> int:
        """How many leading letters of the lookup key are proclitics (0: keep whole)."""
        if key in self.split:
            return self.split[key]
        if key in self.keep:
            return 0
        if key[:1] in CONJUNCTIONS[1:] and key[1:] in KEPT_WHOLE:  # «وبليون»: the conjunction alone
            return 1
        whole = self.counts.get(key, 0)
        if not whole and self.unseen_article:
            n = self._unseen_article_prefix(key)
            if n:
                return n
        best, best_len = 0, 0
        for prefix in PREFIXES:
            rest = key[len(prefix):]
            if not key.startswith(prefix) or (len(rest) < self.min_rest and rest not in self.known) or len(rest) < 2:
                continue
            score = self.evidence(prefix[-1], rest)
            least = self.article_count if rest.startswith(ARTICLE) and len(rest) >= 5 else self.min_count
            if score >= least and score > self.ratio * whole and score > best:
                best, best_len = score, len(prefix)
        return best_len

    def _unseen_article_prefix(self, key: str) -> int:
        """The longest proclitic before an article-led rest of a word the corpus never saw (0: none).

        Words that really start with «وال/بال/فال/كال/لل» («والي»، «بالغ»، «كالعادة») are frequent as wholes, so
        an unseen whole is a clitic glued to a rare noun or name, and the rest is that name."""
        for prefix in ARTICLE_PREFIXES:
            rest = key[len(prefix):]
            if prefix[-1] == "ل" and rest.startswith("ل"):  # ل + ال: «للمقاولون» → «المقاولون»
                rest = "ا" + rest
            if key.startswith(prefix) and rest.startswith(ARTICLE) and len(rest) >= self.unseen_article:
                return len(prefix)
        return 0

    def cuts(self, word: str) -> tuple[int, ...]:
        """Character offsets inside `word` where a proclitic ends, one per clitic."""
        return _cuts(self, word)


@lru_cache(maxsize=1 << 18)
def _cuts(model: ProcliticModel, word: str) -> tuple[int, ...]:
    n = model.prefix_length(lookup_key(word))
    if not n:
        return ()
    cuts, letters, i = [], 0, 0
    while i < len(word) and letters < n:
        i += 1
        while i < len(word) and ATTACHED_RE.match(word[i]):  # marks and tatweel stay with their letter
            i += 1
        letters += 1
        cuts.append(i)
    return tuple(cuts) if i < len(word) else ()

