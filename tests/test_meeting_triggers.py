"""The learned meeting-trigger model: candidates, the forced path through the meeting rules, saving and loading
(safetensors + JSON), training from gold with `arabic-ie train-triggers`, and the pipeline's choice of model. Every
sentence is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import parse
from pipeline.frames.component import relations_and_frames
from pipeline.frames.meeting.trigger_model import CONFIG, WEIGHTS, TriggerModel, stem_of
from pipeline.text.chars import word_key

# accepts every «ندوة» the rules leave closed, nothing else
SEMINARS = TriggerModel({"stem=" + word_key("ندوة"): 10.0}, -5.0, 0.5)


def meetings(tokenizer, marked: str, triggers: TriggerModel | None) -> list[tuple[str, dict]]:
    text, ents = parse(marked)
    spans = tokenizer.spans(text)
    _, out = relations_and_frames(text, spans, tokenizer.sentence_starts(text, spans), ents, [], triggers)
    surface = {e["id"]: text[e["start"]:e["end"]] for e in ents}
    show = lambda v: surface[v] if isinstance(v, str) else text[v[0]:v[1]]  # noqa: E731
    return [(text[slice(*f["trigger"])], {k: [show(v) for v in vs] for k, vs in f["slots"].items()})
            for f in out if f["type"] == "meeting"]


@pytest.mark.parametrize("word, stem", [("والاجتماع", "اجتماع"), ("بالمؤتمر", "مؤتمر"), ("لندوة", "ندوة"),
                                        ("المباحثات", "مباحثات"), ("الوزير", None), ("بحث", None)])
def test_candidates_are_meeting_stems_behind_proclitics(word, stem):
    assert stem_of(word_key(word)) == (word_key(stem) if stem else None)


@pytest.mark.parametrize("marked, trigger, slots", [
    # no verb of holding, no place after the noun: the rules leave it closed
    ("وأكدت ندوة الأمن المائي التي احتضنتها [[جدة|LOC]] أمس أهمية الترشيد.", "ندوة", {"date": ["أمس"]}),
    # a definite noun with no report of its own: a later mention to the rules, the first meeting to the model
    ("وفي ختام الندوة شكر [[سعد العتيبي|PER]] الحضور.", "الندوة", {"attendee": ["سعد العتيبي"]}),
])
def test_an_accepted_trigger_opens_with_the_rules_slot_fillers(tokenizer, marked, trigger, slots):
    assert meetings(tokenizer, marked, None) == []
    assert meetings(tokenizer, marked, SEMINARS) == [(trigger, slots)]


def test_a_frame_the_rules_opened_is_left_as_it_was(tokenizer):
    marked = "وتناولت ندوة أمس في [[جدة|LOC]] بمشاركة [[سعد العتيبي|PER]] قضايا المياه."
    assert meetings(tokenizer, marked, SEMINARS) == meetings(tokenizer, marked, None) != []


def test_a_model_that_accepts_nothing_changes_nothing(tokenizer):
    never = TriggerModel(SEMINARS.weights, -5.0, 0.99999)
    marked = "وأكدت ندوة الأمن المائي التي احتضنتها [[جدة|LOC]] أمس أهمية الترشيد."
    assert meetings(tokenizer, marked, never) == []


def test_save_and_load_keep_every_weight_without_a_pickle(tmp_path):
    model = TriggerModel({"stem=ندوة": 1.25, "bag=في": -0.5, "rules": 3.0}, -2.0, 0.3)
    model.save(tmp_path / "m", {"trained_on": ["x.jsonl"]})
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [CONFIG, WEIGHTS]
    back = TriggerModel.load(tmp_path / "m")
    assert back.weights == model.weights and back.bias == model.bias and back.threshold == model.threshold
    assert back.meta["trained_on"] == ["x.jsonl"]
    feats = {"stem=ندوة": 1.0, "bag=في": 0.3, "other": 1.0}
    assert back.probability(feats) == pytest.approx(1 / (1 + 2.718281828459045 ** -(1.25 - 0.15 - 2.0)))


def test_loading_names_what_is_missing_or_foreign(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a meeting-trigger model"):
        TriggerModel.load(tmp_path)
    SEMINARS.save(tmp_path, {})
    config = json.loads((tmp_path / CONFIG).read_text(encoding="utf-8"))
    (tmp_path / CONFIG).write_text(json.dumps({**config, "kind": "something else"}), encoding="utf-8")
    with pytest.raises(ValueError, match="not a meeting-trigger model"):
        TriggerModel.load(tmp_path)


MEETING = "وعقدت [[وزارة المياه|ORG]] اجتماعا أمس في [[جدة|LOC]] بحضور [[سعد العتيبي|PER]]."
OTHER = "وقال [[سعد العتيبي|PER]] إن الحوار مع المزارعين مستمر وإن الدورة الزراعية تبدأ في [[جدة|LOC]]."


def _gold(marked: str, doc_id: str) -> dict:
    """A gold document whose every «اجتماع» is a meeting trigger."""
    text, ents = parse(marked)
    frames = [{"type": "meeting", "trigger": [i, i + len("اجتماعا")], "slots": {}}
              for i in range(len(text)) if text.startswith("اجتماعا", i)]
    return {"id": doc_id, "text": text, "entities": ents, "numbers": [], "relations": [], "frames": frames}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True)


def test_train_triggers_learns_from_gold_and_guards_its_out(tmp_path):
    pytest.importorskip("sklearn")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(_gold(m, f"d{k}"), ensure_ascii=False) + "\n"
                            for k, m in enumerate([MEETING, OTHER] * 4)), encoding="utf-8")
    out = tmp_path / "triggers"
    done = _run("train-triggers", "--train", str(gold), "--dev", str(gold), "--out", str(out))
    assert done.returncode == 0, done.stderr
    model = TriggerModel.load(out)
    assert model.meta["gold_triggers"] == 4 and model.meta["candidates"] == 12  # «اجتماعا», «الحوار», «الدورة»
    assert "meeting slot F1" in (out / "README.md").read_text(encoding="utf-8")
    (out / WEIGHTS).write_bytes((out / WEIGHTS).read_bytes()[:-4] + b"\0\0\0\0")  # SHA256SUMS names a damaged file
    with pytest.raises(ValueError, match=WEIGHTS):
        TriggerModel.load(out)
    again = _run("train-triggers", "--train", str(gold), "--out", str(out))
    assert again.returncode != 0 and "--overwrite" in again.stderr
    assert _run("train-triggers", "--train", str(gold), "--out", str(out), "--overwrite").returncode == 0
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("kept", encoding="utf-8")
    refused = _run("train-triggers", "--train", str(gold), "--out", str(mine), "--overwrite")
    assert refused.returncode != 0 and "other than a meeting-trigger model" in refused.stderr
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_the_pipeline_loads_the_model_named_or_none(tmp_path, monkeypatch):
    from pipeline.frames.meeting.trigger_model import TRIGGERS_ENV, resolve_triggers

    SEMINARS.save(tmp_path, {})
    monkeypatch.setenv(TRIGGERS_ENV, str(tmp_path))
    assert resolve_triggers() == str(tmp_path)
    monkeypatch.setenv(TRIGGERS_ENV, "none")
    assert resolve_triggers() == ""
    monkeypatch.setenv(TRIGGERS_ENV, str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match=TRIGGERS_ENV):
        resolve_triggers()


def test_the_pipeline_loads_the_shipped_model_by_default(monkeypatch):
    import pipeline
    from pipeline.frames.meeting.trigger_model import DEFAULT_TRIGGERS, TRIGGERS_ENV
    from pipeline.io.checksums import verify_sums

    if not DEFAULT_TRIGGERS.is_dir():
        pytest.skip("no shipped meeting-trigger model beside the package (an installed wheel)")
    monkeypatch.delenv(TRIGGERS_ENV, raising=False)
    assert verify_sums(DEFAULT_TRIGGERS) == 2  # its config and weights, as published
    assert pipeline.load("none").get_pipe("arabic_frames").triggers is not None
    monkeypatch.setenv(TRIGGERS_ENV, "none")
    assert pipeline.load("none").get_pipe("arabic_frames").triggers is None
    # named outright (what the annotate workers and Ray actors get), the environment is not read
    assert pipeline.load("none", str(DEFAULT_TRIGGERS)).get_pipe("arabic_frames").triggers is not None
    monkeypatch.setenv(TRIGGERS_ENV, str(DEFAULT_TRIGGERS))
    assert pipeline.load("none", "").get_pipe("arabic_frames").triggers is None


def test_annotate_refuses_an_unusable_model_before_writing(tmp_path):
    src, out = tmp_path / "a.txt", tmp_path / "out.jsonl"
    src.write_text("عقدت اللجنة اجتماعا أمس.", encoding="utf-8")
    env = {**os.environ, "ARABIC_IE_TRIGGERS": str(tmp_path)}  # a folder, but no model in it
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "annotate", str(src), "-o", str(out), "--model",
                           "none"], capture_output=True, text=True, env=env)
    assert done.returncode != 0 and "ARABIC_IE_TRIGGERS" in done.stderr and not out.exists()
