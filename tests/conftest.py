from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def tokenizer():
    from pipeline.text.tokenizer import ArabicTokenizer

    return ArabicTokenizer()


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load()
