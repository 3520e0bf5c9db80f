"""Entity substitution from the gazetteers: more names and places for the model to see.

A copy of a training sentence gets each PER replaced by a fresh Vietnamese name
(surname + one or two given names) and each bare LOC name after an administrative
head noun («مقاطعة X») replaced by another province or district. Only the gazetteers
are used, never test data.
"""
from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from pipeline.training.data import Example

GAZETTEERS = Path(__file__).resolve().parents[2] / "annotations" / "gazetteers"


def _lines(path: Path) -> list[str]:
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.exists() else []


class Substituter:
    def __init__(self, folder: Path = GAZETTEERS, seed: int = 13):
        self.surnames = _lines(folder / "surnames.txt")
        self.given = _lines(folder / "given_names.txt")
        self.places = _lines(folder / "provinces.txt") + _lines(folder / "districts.txt")
        self.heads = set(_lines(folder / "admin_heads.txt"))
        self.rng = random.Random(seed)

    @property
    def ready(self) -> bool:
        return bool(self.surnames and self.given and self.places)

    def _name(self) -> list[str]:
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
