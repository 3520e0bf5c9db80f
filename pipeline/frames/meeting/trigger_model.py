"""A learned second opinion on where meetings open: a logistic regression over each word with a meeting stem.

The rules decide most meetings; on real news they leave some reported meetings closed (their opening checks are
tuned to the sentences they were written for). The model reads each candidate word (its stem, neighbours, the words
around it, the entity labels before and after it, a day or month word near it, whether its stem came before, and
whether the rules opened a frame there) and names the candidates the rules left closed that it scores at or above its
threshold; `meeting.rules.frames` then opens those with the rules' own slot fillers (RESULTS.md, sessions 31-32).

Trained from gold frames by `arabic-ie train-triggers` (pipeline/training/meeting_triggers.py). Stored as a JSON
config (feature names, threshold, what it was trained on) and a safetensors file of weights, checked against the
folder's SHA256SUMS when there is one: no pickle is read.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

from pipeline.frames.context import Context
from pipeline.io.checksums import verify_sums
from pipeline.text.chars import word_key
from pipeline.text.lexicon import DAY_WORDS, MONTHS

# The model the frames stage loads: $ARABIC_IE_TRIGGERS (a directory, or "none" for the rules alone), else the
# checkout's models/meeting-triggers when it is there (a wheel holds no model, as for the NER one)
TRIGGERS_ENV = "ARABIC_IE_TRIGGERS"
DEFAULT_TRIGGERS = Path(__file__).resolve().parents[3] / "models" / "meeting-triggers"
CONFIG = "config.json"
WEIGHTS = "model.safetensors"
KIND = "arabic-ie meeting triggers"

STEMS = tuple(word_key(w) for w in (
    "مؤتمر", "جلس", "اجتماع", "اجتمع", "التق", "يلتق", "لقاء", "لقائ", "محادث", "مباحث", "مفاوض", "قمة", "قمت", "ملتقى",
    "منتدى", "ندوة", "ندوت", "ورشة", "حوار", "جمعية", "دورة", "مناظرة"))
PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")  # longest first: what may stand before a stem
MIN_REST = 3  # letters a word keeps after a proclitic at least
NEIGHBOURS = 3  # words each side read one by one
BAG = 15  # words each side in the bag, and the window the entity labels and day words are read in
BAG_WEIGHT = 0.3  # a bag word weighs less than a neighbour
DATED = DAY_WORDS | MONTHS


def resolve_triggers() -> str:
    """The meeting-trigger model directory the frames stage loads, or "" for the rules alone (see TRIGGERS_ENV)."""
    chosen = os.environ.get(TRIGGERS_ENV)
    if chosen == "none":
        return ""
    if chosen:
        if not (Path(chosen) / CONFIG).is_file():
            raise FileNotFoundError(f"${TRIGGERS_ENV}: not a meeting-trigger model directory: {chosen}")
        return chosen
    return str(DEFAULT_TRIGGERS) if DEFAULT_TRIGGERS.is_dir() else ""


def stem_of(key: str) -> str | None:
    """The key without its proclitics and article when the rest starts with a meeting stem, else None."""
    for rest in [key] + [key[len(p):] for p in PROCLITICS if key.startswith(p) and len(key) - len(p) >= MIN_REST]:
        if rest.startswith(STEMS):
            return rest
    return None


def candidates(ctx: Context) -> list[tuple[int, dict[str, float]]]:
    """(word index, features without the rules' flag) of every word with a meeting stem, in order."""
    out, seen = [], set()
    n = len(ctx.words)
    labels = [(m.first, m.label) for m in ctx.mentions if m.label != "NUM"]
    for i in range(n):
        stem = stem_of(ctx.keys[i])
        if stem is None:
            continue
        lo, hi = max(0, i - BAG), min(n, i + BAG)
        feats = {"stem=" + stem: 1.0, "repeat": float(stem in seen), "position": i / n,
                 "definite": float(ctx.keys[i].lstrip("وفبل").startswith("ال"))}
        feats.update({f"w{d}={ctx.keys[i + d]}": 1.0 for d in range(-NEIGHBOURS, NEIGHBOURS + 1)
                      if d and 0 <= i + d < n})
        feats.update({"bag=" + ctx.keys[j]: BAG_WEIGHT for j in range(lo, hi)})
        feats.update({("before=" if first < i else "after=") + label: 1.0 for first, label in labels
                      if lo <= first < hi})
        feats["dated"] = float(any(ctx.keys[j] in DATED for j in range(lo, hi)))
        seen.add(stem)
        out.append((i, feats))
    return out


def opened_at(ctx: Context, frames: list[dict]) -> set[int]:
    """The word indices the triggers of `frames` cover."""
    spans = [f["trigger"] for f in frames]
    return {i for i, (s, e) in enumerate(ctx.spans) if any(a < e and s < b for a, b in spans)}


def with_flag(feats: dict[str, float], opened: bool) -> dict[str, float]:
    return {**feats, "rules": float(opened)}


class TriggerModel:
    """Weights over named features, a bias and the threshold at which a candidate is accepted."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float, meta: dict | None = None):
        self.weights, self.bias, self.threshold, self.meta = weights, bias, threshold, meta or {}

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def accept(self, ctx: Context, frames: list[dict]) -> frozenset[int]:
        """The candidates the rules left closed (no frame of `frames` covers them) that the model accepts."""
        opened = opened_at(ctx, frames)
        return frozenset(i for i, feats in candidates(ctx) if i not in opened
                         and self.probability(with_flag(feats, False)) >= self.threshold)

    def save(self, out_dir: str | Path, meta: dict) -> None:
        import numpy as np
        from safetensors.numpy import save_file

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        names = sorted(self.weights)
        save_file({"weights": np.array([self.weights[n] for n in names], dtype=np.float32),
                   "bias": np.array([self.bias], dtype=np.float32)}, str(out / WEIGHTS))
        umask = os.umask(0o022)
        os.umask(umask)
        (out / WEIGHTS).chmod(0o666 & ~umask)  # as open() makes files, not safetensors' private mode
        config = {"kind": KIND, "threshold": self.threshold, "features": names, **meta}
        (out / CONFIG).write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "TriggerModel":
        from safetensors.numpy import load_file

        path = Path(path)
        if not (path / CONFIG).is_file() or not (path / WEIGHTS).is_file():
            raise FileNotFoundError(f"{path}: not a meeting-trigger model (needs {CONFIG} and {WEIGHTS})")
        config = json.loads((path / CONFIG).read_text(encoding="utf-8"))
        if config.get("kind") != KIND:
            raise ValueError(f"{path / CONFIG}: not a meeting-trigger model (kind {config.get('kind')!r})")
        verify_sums(path)  # a damaged or swapped weight file is an error naming it
        tensors = load_file(str(path / WEIGHTS))
        names, weights = config.pop("features"), tensors["weights"].tolist()
        if len(names) != len(weights):
            raise ValueError(f"{path}: {len(names)} feature names for {len(weights)} weights")
        return cls(dict(zip(names, weights)), float(tensors["bias"][0]), float(config.pop("threshold")), config)
