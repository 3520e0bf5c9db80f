"""Arabic information extraction: tokenizer, NER, numeric facts and event frames.

Heavy dependencies (spaCy, torch) are imported lazily so that the data tools
(`pipeline.io`, `pipeline.schema`) run with the standard library alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def load(model: str | None = None, meeting_triggers: str | None = None) -> "Language":
    """Build the annotation pipeline as a spaCy `Language` (see `pipeline.nlp`)."""
    from pipeline.nlp import build

    return build(model, meeting_triggers)
