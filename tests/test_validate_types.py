"""Issue 11 item 8: `validate` and `view` report non-string ids and types as `file:line: problem` and go on."""
from __future__ import annotations

import json

from pipeline.cli import main

TEXT = "ترأس العقيد لي في هونغ الاجتماع."
ENTS = [{"id": "e1", "start": 5, "end": 11, "label": "TITLE"}, {"id": "e2", "start": 12, "end": 22, "label": "PER"}]


def line(i: int, **layers) -> str:
    doc = {"id": f"d{i}", "text": TEXT, "entities": ENTS, "numbers": [], "relations": [], "frames": [], **layers}
    return json.dumps(doc, ensure_ascii=False) + "\n"


BAD = [
    {"entities": [{"id": ["e1"], "start": 5, "end": 11, "label": "TITLE"}]},
    {"numbers": [{"id": {"n": 1}, "start": 5, "end": 11, "type": "count", "value": 1}]},
    {"relations": [{"type": "holds_title", "head": ["e2"], "tail": "e1"}]},
    {"relations": [{"type": ["holds_title"], "head": "e2", "tail": "e1"}]},
    {"frames": [{"type": {"meeting": 1}, "trigger": [0, 4], "slots": {}}]},
    {"entities": [{"id": "e1", "start": 5, "end": 11, "label": ["TITLE"]}]},
]


def write(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(line(0) + "".join(line(i, **bad) for i, bad in enumerate(BAD, 1)) + line(9), encoding="utf-8")
    return path


def test_validate_reports_every_bad_line_without_crashing(tmp_path, capsys):
    path = write(tmp_path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr()
    assert f"{path}: 2 valid documents, {len(BAD)} invalid" in out.out
    for n, expected in zip(range(2, 8), ["entities[0]: id must be a string", "numbers[0]: id must be a string",
                                         "relations[0]: head ['e2'] is not an entity id",
                                         "relations[0]: unknown relation type ['holds_title']",
                                         "frames[0]: unknown frame type {'meeting': 1}",
                                         "entity e1: unknown label ['TITLE']"]):
        assert f"{path}:{n}: {expected}" in out.err, (n, out.err)


def test_view_reports_bad_lines_and_renders_the_rest(tmp_path, capsys):
    path = write(tmp_path)
    page = tmp_path / "r.html"
    assert main(["view", str(path), "-o", str(page)]) == 1
    out = capsys.readouterr()
    assert "(2 documents; 6 invalid lines left out)" in out.out
    assert f"{path}:2: entities[0]: id must be a string" in out.err and f"{path}:7: " in out.err
    assert page.read_text(encoding="utf-8").count("<section>") == 2
