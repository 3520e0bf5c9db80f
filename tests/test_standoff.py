"""Stand-off gold (no text committed) and the markup rendering that makes it editable again."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.io.jsonl import read_jsonl
from pipeline.io.markup import parse_markup, render_markup
from pipeline.io.standoff import StandoffError, build_documents, join, real_split, to_standoff
from tests.conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def test_markup_rendering_round_trips_every_seed_gold_document():
    for doc in read_jsonl(ROOT / "annotations" / "seeds.jsonl"):
        assert parse_markup(render_markup(doc), "x.ann") == doc


@pytest.fixture
def corpus(tmp_path):
    """A SaudiNewsNet-shaped file; line 1 (odd) must never be needed."""
    doc = read_jsonl(ROOT / "annotations" / "seeds.jsonl")[0]
    raw = tmp_path / "raw.jsonl.gz"
    with gzip.open(raw, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "u0", "text": "غير هذا"}) + "\n")
        fh.write("{not json: odd lines are never decoded\n")
        fh.write(json.dumps({"id": "u2", "text": doc["text"]}) + "\n")
    return raw, {**doc, "id": "snn-2"}


def test_standoff_keeps_no_text_and_joins_back(corpus):
    raw, doc = corpus
    record = to_standoff(doc, 2, "u2")
    assert "text" not in record and doc["text"] not in json.dumps(record, ensure_ascii=False)
    assert build_documents([record], raw) == [doc]


def test_a_changed_or_missing_text_is_an_error_naming_the_article(corpus, tmp_path):
    raw, doc = corpus
    record = to_standoff(doc, 2, "u2")
    with pytest.raises(StandoffError, match=r"snn-2 \(line 2, u2\): the raw text changed"):
        join(record, doc["text"] + " ")
    with pytest.raises(StandoffError, match=r"snn-2 \(line 4, u2\): its text is missing"):
        build_documents([{**record, "line": 4}], raw)
    with pytest.raises(StandoffError, match="raw corpus not found"):
        build_documents([record], tmp_path / "nowhere.jsonl.gz")


def test_real_split_selects_by_the_fixed_split(corpus, tmp_path):
    raw, doc = corpus
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "snn-2.json").write_text(json.dumps(to_standoff(doc, 2, "u2")), encoding="utf-8")
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps([{"id": "snn-2", "split": "real-test"}]), encoding="utf-8")
    assert real_split("real-test", gold, selection, raw) == [doc]
    assert real_split("real-train", gold, selection, raw) == []


def test_committed_real_gold_builds_when_the_raw_corpus_is_here():
    raw = ROOT.parent / "shared" / "data" / "raw" / "saudinewsnet.jsonl.gz"
    if not raw.exists():
        pytest.skip("SaudiNewsNet is not beside the project")
    selection = json.loads((ROOT / "annotations" / "real" / "selection.json").read_text(encoding="utf-8"))
    assert all(r["line"] % 2 == 0 for r in selection)  # odd lines are reserved
    docs = [d for split in ("real-train", "real-dev", "real-test")
            for d in real_split(split, ROOT / "annotations" / "real" / "gold", ROOT / "annotations" / "real" / "selection.json", raw)]
    assert len(docs) == len(selection) >= 120
    assert sum(len(d["text"].split()) for d in docs) >= 45000
    from pipeline.schema import validate_document

    assert all(not validate_document(d) for d in docs)


def test_real_train_and_dev_are_also_written_in_parts_by_batch(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # its own imports (build_corpus)
    real_gold = load_script("real_gold")
    fresh = real_gold.FRESH_DEV_BATCHES[0]
    monkeypatch.setattr(real_gold, "selection", lambda: {
        "snn-2": {"id": "snn-2", "split": "real-train", "batch": real_gold.LATE_BATCH - 1},
        "snn-4": {"id": "snn-4", "split": "real-train", "batch": real_gold.LATE_BATCH},
        "snn-6": {"id": "snn-6", "split": "real-train"},  # the first batches carry no number: early
        "snn-8": {"id": "snn-8", "split": "real-dev", "batch": fresh},
        "snn-10": {"id": "snn-10", "split": "real-dev", "batch": fresh - 1}})
    docs = [{"id": i, "text": "نص"} for i in ("snn-2", "snn-4", "snn-6")]
    real_gold.write_by_batch("real-train", docs, tmp_path)
    real_gold.write_by_batch("real-dev", [{"id": i, "text": "نص"} for i in ("snn-8", "snn-10")], tmp_path)
    real_gold.write_by_batch("real-test", docs, tmp_path)  # no parts
    assert [d["id"] for d in read_jsonl(tmp_path / "real-train-early.jsonl")] == ["snn-2", "snn-6"]
    assert [d["id"] for d in read_jsonl(tmp_path / "real-train-late.jsonl")] == ["snn-4"]
    assert [d["id"] for d in read_jsonl(tmp_path / "real-dev-old.jsonl")] == ["snn-10"]
    assert [d["id"] for d in read_jsonl(tmp_path / "real-dev-fresh.jsonl")] == ["snn-8"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{n}.jsonl" for n in ("real-train-early", "real-train-late", "real-dev-old", "real-dev-fresh"))
