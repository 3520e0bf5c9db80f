"""Label Studio round trip: the seeds' gold goes out as tasks and comes back byte-identical; a
corrected export (new, moved and relabelled regions, UTF-16 offsets) comes back valid; bad regions
are reported, not written."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.cli import main
from pipeline.io.jsonl import validate_file
from pipeline.io.labelstudio import from_results, import_tasks, labeling_config, to_results
from pipeline.schema import ENTITY_LABELS, FRAME_SLOTS, NUMBER_TYPES, RELATIONS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "annotations" / "seeds.jsonl"


def test_seed_gold_round_trip_is_byte_identical(tmp_path):
    for mode in ("annotations", "predictions"):
        tasks = tmp_path / f"{mode}.json"
        assert main(["export-ls", str(SEEDS), "-o", str(tasks), "--as", mode]) == 0
        back = tmp_path / f"{mode}.jsonl"
        args = ["import-ls", str(tasks), "-o", str(back)] + (["--predictions"] if mode == "predictions" else [])
        assert main(args) == 0
        assert back.read_bytes() == SEEDS.read_bytes()
        assert validate_file(back) == (5, [])
    exported = json.loads((tmp_path / "annotations.json").read_text(encoding="utf-8"))
    assert [t["data"]["doc_id"] for t in exported] == [json.loads(l)["id"] for l in SEEDS.read_text().splitlines()]
    assert (tmp_path / "annotations.config.xml").exists()


def test_config_declares_every_label_the_export_uses():
    root = ET.fromstring(labeling_config())
    controls = {el.get("name"): {c.get("value") for c in el} for el in root.iter("Labels")}
    assert controls["label"] == set(ENTITY_LABELS) and controls["number"] == set(NUMBER_TYPES)
    assert controls["frame"] == set(FRAME_SLOTS) and controls["span"] == {"SUBJECT", "SLOT"}
    relations = {r.get("value") for r in root.iter("Relation")}
    assert set(RELATIONS) | {"subject"} | {s for slots in FRAME_SLOTS.values() for s in slots} <= relations
    per_region = {el.get("name") for el in root.iter() if el.get("perRegion") == "true"}
    assert per_region == {"value", "total", "baseline", "period", "change", "qualifier"}
    used = set()
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        for item in to_results(json.loads(line)):
            if item["type"] == "labels":
                assert item["value"]["labels"][0] in controls[item["from_name"]]
                used.add(item["from_name"])
            elif item["type"] == "relation":
                assert item["labels"][0] in relations
            else:
                assert item["from_name"] in per_region
    assert used == set(controls)


TEXT = "وقال وزير الداخلية 😀 إن 12 قضية ضبطت في الرياض."


def region(rid, control, surface, label, utf16=False):
    start = TEXT.index(surface)
    if utf16:  # a browser counts the emoji as two code units
        start += 1
    return {"id": rid, "from_name": control, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": start + len(surface), "text": surface, "labels": [label]}}


def test_corrected_export_comes_back_valid():
    results = [region("e1", "label", "وزير", "TITLE"), region("e2", "label", "الداخلية", "ORG"),
               region("Ab3x_k", "label", "الرياض", "LOC", utf16=True),  # added in Label Studio, UTF-16 offsets
               region("n1", "number", "12", "count", utf16=True),
               {"id": "n1", "from_name": "value", "to_name": "text", "type": "textarea",
                "value": {"start": 0, "end": 0, "text": ["12"]}},
               {"id": "n1", "from_name": "qualifier", "type": "choices", "value": {"choices": ["approx"]}},
               region("s1", "span", "قضية", "SUBJECT", utf16=True),
               {"type": "relation", "from_id": "s1", "to_id": "n1", "direction": "left", "labels": ["subject"]},
               {"type": "relation", "from_id": "e1", "to_id": "e2", "direction": "right", "labels": ["title_of"]},
               region("t1", "frame", "ضبطت", "enforcement", utf16=True),
               {"type": "relation", "from_id": "t1", "to_id": "n1", "labels": ["cases"]}]
    doc = from_results("x", TEXT, results)
    assert [(e["id"], TEXT[e["start"]:e["end"]], e["label"]) for e in doc["entities"]] == [
        ("e1", "وزير", "TITLE"), ("e2", "الداخلية", "ORG"), ("Ab3x_k", "الرياض", "LOC")]
    (num,) = doc["numbers"]
    assert TEXT[num["start"]:num["end"]] == "12" and num["value"] == 12 and num["qualifier"] == "approx"
    assert TEXT[num["subject"][0]:num["subject"][1]] == "قضية"
    assert doc["relations"] == [{"type": "title_of", "head": "e1", "tail": "e2"}]
    assert doc["frames"] == [{"type": "enforcement", "trigger": [TEXT.index("ضبطت"), TEXT.index("ضبطت") + 4],
                              "slots": {"cases": ["n1"]}}]


def test_bad_tasks_are_reported_and_left_out(tmp_path, capsys):
    good = {"data": {"text": TEXT, "doc_id": "good"}, "annotations": [{"result": [region("e1", "label", "وزير", "TITLE")]}]}
    moved = region("e1", "label", "وزير", "TITLE")
    moved["value"]["start"] += 2
    tasks = [good,
             {"data": {"text": TEXT, "doc_id": "moved"}, "annotations": [{"result": [moved]}]},
             {"data": {"text": TEXT, "doc_id": "novalue"}, "annotations": [{"result": [region("n1", "number", "12", "count")]}]},
             {"data": {"text": TEXT, "doc_id": "badrel"}, "annotations": [{"result": [
                 region("e1", "label", "وزير", "TITLE"), region("e2", "label", "الرياض", "LOC"),
                 {"type": "relation", "from_id": "e2", "to_id": "e1", "labels": ["holds_title"]}]}]},
             {"data": {"text": TEXT, "doc_id": "cancelled"}, "annotations": [{"result": [], "was_cancelled": True}]}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    docs, problems = import_tasks(path)
    assert [d["id"] for d in docs] == ["good"]
    assert len(problems) == 4
    assert "offsets" in problems[0] and "has no value" in problems[1] and "holds_title head must be PER" in problems[2]
    assert "no annotation" in problems[3]
    assert main(["import-ls", str(path), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "4 tasks left out" in capsys.readouterr().out
    assert validate_file(tmp_path / "out.jsonl") == (1, [])


def test_predictions_listed_by_id_only_are_reported(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": 7, "data": {"text": TEXT, "doc_id": "x"}, "annotations": [], "predictions": [3]}]),
                    encoding="utf-8")
    docs, problems = import_tasks(path, use_predictions=True)
    assert docs == [] and "by id only" in problems[0]
