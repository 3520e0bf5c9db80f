"""Training: encoder pretraining, NER fine-tuning, ensemble building, model cards, augmentation
(the runtime that loads and runs the models is `pipeline.ner`)."""
from __future__ import annotations

import importlib


def require_extra(module: str, what: str):
    """`module`, a dependency of the `train` extra, or a clear error naming the install command."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ValueError(f"{what} needs {module}, a training dependency: pip install 'arabic-ie[train]' ({exc})") from exc
