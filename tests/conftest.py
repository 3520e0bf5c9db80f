from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_script(name: str) -> ModuleType:
    """A module of `scripts/` (not a package), imported from its file for a test."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tokenizer():
    from pipeline.text.tokenizer import ArabicTokenizer

    return ArabicTokenizer()


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load()
