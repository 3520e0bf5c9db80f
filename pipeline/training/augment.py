"""Entity substitution: more names and places for the model to see.

A copy of a training sentence gets each PER replaced by another name and each bare LOC
name after an administrative head noun («مقاطعة X») replaced by another province or
district. A name is, half of the time when there are any, one of the person names the
training corpora themselves mark (`harvest_names`: Arabic name chains from ANERcorp,
Wojood and the real-news training split, as the tokenizer splits them), otherwise a fresh
Vietnamese one from the gazetteers (surname + one or two given names). Only training
data and the gazetteers are used, never dev or test data.
"""
from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from pipeline.training.data import Example

HARVESTED_SHARE = 0.5  # of substituted names, the share drawn from the training corpora's own names
GAZETTEERS = Path(__file__).resolve().parents[2] / "annotations" / "gazetteers"


def _lines(path: Path) -> list[str]:
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.exists() else []


def harvest_names(exs: list[Example], max_words: int = 6) -> list[tuple[str, ...]]:
    """Every distinct PER span of the training examples, as words, in first-seen order (no dev or test data here)."""
    seen: dict[tuple[str, ...], None] = {}
    for ex in exs:
        i = 0
        while i < len(ex.tags):
            j = i + 1
            if ex.tags[i] == "B-PER":
                while j < len(ex.tags) and ex.tags[j] == "I-PER":
                    j += 1
                if j - i <= max_words:
                    seen.setdefault(tuple(ex.words[i:j]), None)
            i = j
    return list(seen)


class Substituter:
    def __init__(self, folder: Path = GAZETTEERS, seed: int = 13, names: list[tuple[str, ...]] = ()):
        self.names = list(names)
        self.surnames = _lines(folder / "surnames.txt")
        self.given = _lines(folder / "given_names.txt")
        self.places = _lines(folder / "provinces.txt") + _lines(folder / "districts.txt")
        self.heads = set(_lines(folder / "admin_heads.txt"))
        self.rng = random.Random(seed)

    @property
    def ready(self) -> bool:
        return bool(self.surnames and self.given and self.places)

    def _name(self) -> list[str]:
        if self.names and self.rng.random() < HARVESTED_SHARE:
            return list(self.rng.choice(self.names))
        return [self.rng.choice(self.surnames)] + [self.rng.choice(self.given) for _ in range(self.rng.choice((1, 2, 2)))]

    def __call__(self, ex: Example) -> Example | None:
        """A substituted copy, or None when the sentence has nothing to substitute."""
        words, tags, changed, i = [], [], False, 0
        while i < len(ex.words):
            tag = ex.tags[i]
            j = i + 1
            while j < len(ex.words) and ex.tags[j] == "I-" + tag[2:]:
                j += 1
            label = tag[2:] if tag != "O" else None
            new = None
            if label == "PER":
                new = self._name()
            elif label == "LOC" and j - i >= 2 and ex.words[i] in self.heads:
                new = [ex.words[i]] + self.rng.choice(self.places).split()
            if new is None:
                words.extend(ex.words[i:j])
                tags.extend(ex.tags[i:j])
            else:
                changed = True
                words.extend(new)
                tags.extend([f"B-{label}"] + [f"I-{label}"] * (len(new) - 1))
            i = j
        if not changed:
            return None
        return replace(ex, words=words, tags=tags, offsets=[(0, 0)] * len(words))
