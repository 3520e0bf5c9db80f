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
def number_facts(tokenizer):
    """text -> the number stage's fact dicts (offsets into the text), every span checked to be its surface
    without outer spaces; the stage reads what the pipeline's tokenizer gives it."""
    from pipeline.numbers.component import NumbersComponent, numbers_for

    stage = NumbersComponent()

    def run(text: str) -> list[dict]:
        spans = tokenizer.spans(text)
        nums = numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                           stage.duals, stage.counts)
        for n in nums:
            assert 0 <= n["start"] < n["end"] <= len(text)
            assert text[n["start"]:n["end"]] == text[n["start"]:n["end"]].strip()
        return nums

    return run


@pytest.fixture(scope="session")
def fact_tuples(number_facts):
    """text -> [(surface, type, value, subject surface or None)] of the number stage's facts."""

    def run(text: str) -> list[tuple]:
        return [(text[n["start"]:n["end"]], n["type"], n["value"], text[slice(*n["subject"])] if n["subject"] else None)
                for n in number_facts(text)]

    return run


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load()
