from __future__ import annotations

import importlib.util
import re
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
    """text (and its entity records, gold or the NER stage's) -> the number stage's fact dicts (offsets into the
    text), every span checked to be its surface without outer spaces; the stage reads what the pipeline's tokenizer
    gives it."""
    from pipeline.numbers.component import NumbersComponent, numbers_for

    stage = NumbersComponent()

    def run(text: str, entities: list[dict] | None = None) -> list[dict]:
        spans = tokenizer.spans(text)
        nums = numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                           stage.duals, stage.counts, entities)
        for n in nums:
            assert 0 <= n["start"] < n["end"] <= len(text)
            assert text[n["start"]:n["end"]] == text[n["start"]:n["end"]].strip()
        return nums

    return run


@pytest.fixture(scope="session")
def fact_at(number_facts):
    """(text, surface) -> the number stage's fact with that surface, its subject's surface added as `subject_text`."""

    def run(text: str, surface: str) -> dict:
        fact = next(n for n in number_facts(text) if text[n["start"]:n["end"]] == surface)
        return {**fact, "subject_text": text[slice(*fact["subject"])] if fact["subject"] else None}

    return run


@pytest.fixture(scope="session")
def fact_tuples(number_facts):
    """text -> [(surface, type, value, subject surface or None)] of the number stage's facts."""

    def run(text: str) -> list[tuple]:
        return [(text[n["start"]:n["end"]], n["type"], n["value"], text[slice(*n["subject"])] if n["subject"] else None)
                for n in number_facts(text)]

    return run


@pytest.fixture(scope="session")
def marked_facts(number_facts):
    """A sentence marked [[surface|LABEL]] -> [(surface, value, subject surface)] of the number stage's facts, the
    marked entities passed as the entity records."""

    def run(marked: str) -> list[tuple]:
        text, entities = parse(marked)
        return [(text[n["start"]:n["end"]], n["value"], text[slice(*n["subject"])] if n["subject"] else None)
                for n in number_facts(text, entities)]

    return run


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load()


# Sentences with gold entities written inline for the relation and frame tests: [[surface|LABEL]].
MARK = re.compile(r"\[\[(.+?)\|(PER|TITLE|ORG|LOC)\]\]")


def parse(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its entity dicts of a sentence marked [[surface|LABEL]]."""
    text, ents, pos = "", [], 0
    for n, m in enumerate(MARK.finditer(marked), 1):
        text += marked[pos:m.start()]
        ents.append({"id": f"e{n}", "start": len(text), "end": len(text) + len(m.group(1)), "label": m.group(2)})
        text += m.group(1)
        pos = m.end()
    return text + marked[pos:], ents


def repaired(marked: str, tokenizer) -> list[tuple[str, str]]:
    """(surface, label) of every entity after `pipeline.ner.repair.repair_spans` on a sentence marked
    [[surface|LABEL]] as the model emits it; input and output spans are checked to sit on token offsets with no
    space at their edges (the NER component needs token-aligned spans)."""
    from pipeline.ner.repair import repair_spans
    text, ents = parse(marked)
    spans = tokenizer.spans(text)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    for e in ents:  # the input pieces are token-aligned, as the model's spans are
        assert e["start"] in starts and e["end"] in ends
    out = repair_spans(text, ents)
    for e in out:
        assert e["start"] in starts and e["end"] in ends
        assert text[e["start"]:e["end"]] == text[e["start"]:e["end"]].strip()
    return [(text[e["start"]:e["end"]], e["label"]) for e in out]


@pytest.fixture(scope="module")
def rels(tokenizer):
    """marked sentence -> {(relation type, head surface, tail surface)} on its gold entities."""
    from pipeline.frames.component import relations_and_frames

    def go(marked: str) -> set[tuple[str, str, str]]:
        text, ents = parse(marked)
        spans = tokenizer.spans(text)
        out, _ = relations_and_frames(text, spans, tokenizer.sentence_starts(text, spans), ents, [])
        surf = {e["id"]: text[e["start"]:e["end"]] for e in ents}
        return {(r["type"], surf[r["head"]], surf[r["tail"]]) for r in out}
    return go


@pytest.fixture(scope="module")
def frames(tokenizer):
    """marked sentence (and a frame type) -> [(type, trigger surface, {slot: [surfaces]})] on its gold entities and
    the numbers stage's facts; every slot span is checked to be its surface without outer spaces."""
    from pipeline.frames.component import relations_and_frames
    from pipeline.numbers.component import NumbersComponent, numbers_for

    stage = NumbersComponent()

    def go(marked: str, ftype: str | None = None) -> list[tuple[str, str, dict]]:
        text, ents = parse(marked)
        spans = tokenizer.spans(text)
        flags = tokenizer.sentence_starts(text, spans)
        nums = numbers_for([text[s:e] for s, e in spans], spans, flags, stage.duals, stage.counts)
        _, out = relations_and_frames(text, spans, flags, ents, nums)
        by_id = {x["id"]: text[x["start"]:x["end"]] for x in ents + nums}
        for f in out:
            for vs in f["slots"].values():
                for v in vs:
                    assert isinstance(v, str) or text[v[0]:v[1]].strip() == text[v[0]:v[1]]
        show = lambda v: by_id[v] if isinstance(v, str) else text[v[0]:v[1]]  # noqa: E731
        return [(f["type"], text[slice(*f["trigger"])], {k: [show(v) for v in vs] for k, vs in f["slots"].items()})
                for f in out if ftype in (None, f["type"])]

    return go
