from __future__ import annotations

import copy
import json

import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.text.iob import iob2_tags

TEXT = ("ترأس نائب رئيس اللجنة الشعبية الإقليمية هوانغ نام مؤتمرا. "
        "وانخفضت الجرائم ضد النظام بنسبة 7.1٪ مقارنة بعام 2022، وبلغ معدل التحقيق 88.03٪ و5 حالات.")


def span(s: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return [start, start + len(s)]


def ent(i, s, label):
    a, b = span(s)
    return {"id": i, "start": a, "end": b, "label": label}


def num(i, s, value, **kw):
    a, b = span(s)
    base = {"id": i, "start": a, "end": b, "type": "percent", "value": value, "subject": None, "change": None,
            "baseline": None, "qualifier": "eq", "total": None, "period": None}
    return {**base, **kw}


GOLD = {"id": "d", "text": TEXT,
        "entities": [ent("e1", "نائب رئيس", "TITLE"), ent("e2", "اللجنة الشعبية الإقليمية", "ORG"),
                     ent("e3", "هوانغ نام", "PER")],
        "numbers": [num("n1", "7.1٪", 7.1, change="decrease", baseline="2022", subject=span("الجرائم ضد النظام")),
                    num("n2", "88.03٪", 88.03, subject=span("معدل التحقيق"))],
        "relations": [{"type": "holds_title", "head": "e3", "tail": "e1"}, {"type": "title_of", "head": "e1", "tail": "e2"}],
        "frames": [{"type": "meeting", "trigger": span("مؤتمرا"), "slots": {"chair": ["e3"], "organizer": ["e2"]}}]}


def prediction() -> dict:
    pred = copy.deepcopy(GOLD)
    pred["entities"][1] = ent("e2", "الشعبية الإقليمية", "ORG")  # wrong left boundary
    pred["entities"].append(ent("e4", "مؤتمرا", "LOC"))  # spurious
    pred["numbers"] = [
        num("n1", "7.1", 7.1, baseline="2022", subject=span("الجرائم")),  # overlaps, same value; change missed
        num("n2", "88.03٪", 88.0),  # wrong value: no match
        {**num("n3", "5", 5.0), "type": "count"},  # spurious
    ]
    return pred


def test_gold_against_itself_is_perfect_everywhere(tokenizer):
    result = evaluate([GOLD], [GOLD], tokenizer.spans)
    scores = [result["entities"]["seqeval"]["micro"]["f1"], result["entities"]["span"]["micro"]["f1"],
              result["numbers"]["detection"]["f1"], result["relations"]["micro"]["f1"], result["frames"]["micro"]["f1"],
              *result["numbers"]["fields"].values()]
    assert scores == [1.0] * len(scores)


def test_partial_prediction_exact_numbers(tokenizer):
    r = evaluate([GOLD], [prediction()], tokenizer.spans)
    seq = r["entities"]["seqeval"]
    assert (seq["PER"]["f1"], seq["TITLE"]["f1"], seq["ORG"]["f1"]) == (1.0, 1.0, 0.0)
    assert seq["micro"]["precision"] == pytest.approx(2 / 4) and seq["micro"]["recall"] == pytest.approx(2 / 3)
    assert seq["micro"]["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    sp = r["entities"]["span"]
    assert (sp["micro"]["correct"], sp["micro"]["pred"], sp["micro"]["gold"]) == (2, 4, 3)
    assert sp["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 0, "pred": 1, "correct": 0}
    det = r["numbers"]["detection"]
    assert (det["correct"], det["pred"], det["gold"]) == (1, 3, 2)
    assert det["f1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    fields = r["numbers"]["fields"]
    assert fields["change"] == 0.0 and fields["baseline"] == 1.0 and fields["subject"] == 1.0 and fields["type"] == 1.0
    rel = r["relations"]
    assert rel["holds_title"]["f1"] == 1.0 and rel["title_of"]["f1"] == 0.0 and rel["micro"]["f1"] == 0.5
    assert r["frames"]["meeting"]["precision"] == 0.5 and r["frames"]["meeting"]["recall"] == 0.5


def test_missing_prediction_counts_as_empty(tokenizer):
    r = evaluate([GOLD], [], tokenizer.spans)
    assert r["missing_predictions"] == 1
    assert r["entities"]["span"]["micro"]["recall"] == 0.0 and r["numbers"]["detection"]["recall"] == 0.0


def test_text_mismatch_is_an_error(tokenizer):
    with pytest.raises(ValueError, match="differs from gold text"):
        evaluate([GOLD], [{**GOLD, "text": TEXT + " "}], tokenizer.spans)


def test_projection_onto_tokens():
    tokens = [(0, 1), (1, 5), (6, 10)]  # و|لجنة الحزب
    assert iob2_tags(tokens, [{"start": 1, "end": 10, "label": "ORG"}]) == ["O", "B-ORG", "I-ORG"]


def test_cli_evaluate_json(tmp_path, capsys):
    gold, pred = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(prediction(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["relations"]["micro"]["f1"] == 0.5
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred)]) == 0
    assert "frame slots" in capsys.readouterr().out
