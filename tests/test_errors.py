"""The error breakdown on hand-made gold/prediction pairs with a known number of each category."""
from __future__ import annotations

import json

from pipeline.cli import main
from pipeline.errors import (align_entities, breakdown, entity_breakdown, number_breakdown, tuple_breakdown,
                             worst_documents)


def e(i, start, end, label):
    return {"id": i, "start": start, "end": end, "label": label}


def n(i, start, end, value, kind="count"):
    return {"id": i, "start": start, "end": end, "type": kind, "value": value, "subject": None, "change": None,
            "baseline": None, "qualifier": "eq", "total": None, "period": None}


TEXT = "ا" * 200
# document a: correct, incorrect label, partial boundary, label and boundary, missed, spurious
GOLD_A = [e("g1", 0, 5, "PER"), e("g2", 10, 20, "ORG"), e("g3", 30, 40, "LOC"), e("g4", 50, 60, "ORG"),
          e("g5", 70, 80, "PER")]
PRED_A = [e("p1", 0, 5, "PER"), e("p2", 10, 20, "TITLE"), e("p3", 30, 35, "LOC"), e("p4", 52, 60, "TITLE"),
          e("p5", 90, 95, "ORG")]
# document b: two predictions inside one gold span (boundary + spurious); touching spans do not overlap
GOLD_B = [e("g1", 100, 110, "TITLE"), e("g2", 120, 125, "LOC")]
PRED_B = [e("p1", 106, 110, "TITLE"), e("p2", 100, 105, "TITLE"), e("p3", 125, 130, "LOC")]
PAIRS = [({"id": "a", "text": TEXT, "entities": GOLD_A}, {"id": "a", "text": TEXT, "entities": PRED_A}),
         ({"id": "b", "text": TEXT, "entities": GOLD_B}, {"id": "b", "text": TEXT, "entities": PRED_B})]


def test_entity_categories_per_document_and_label():
    cats = [(c, g and g["id"], p and p["id"]) for c, g, p in align_entities(GOLD_A, PRED_A)]
    assert cats == [("correct", "g1", "p1"), ("label", "g2", "p2"), ("boundary", "g3", "p3"),
                    ("label_boundary", "g4", "p4"), ("spurious", None, "p5"), ("missed", "g5", None)]
    b = entity_breakdown(PAIRS)
    assert b["categories"]["micro"] == {"correct": 1, "label": 1, "boundary": 2, "label_boundary": 1,
                                        "missed": 2, "spurious": 3}
    assert b["categories"]["PER"] == {"correct": 1, "label": 0, "boundary": 0, "label_boundary": 0,
                                      "missed": 1, "spurious": 0}
    assert b["categories"]["ORG"] == {"correct": 0, "label": 1, "boundary": 0, "label_boundary": 1,
                                      "missed": 0, "spurious": 1}
    assert b["categories"]["TITLE"]["boundary"] == 1 and b["categories"]["TITLE"]["spurious"] == 1
    assert b["categories"]["LOC"] == {"correct": 0, "label": 0, "boundary": 1, "label_boundary": 0,
                                      "missed": 1, "spurious": 1}
    assert b["confusions"] == {"ORG>TITLE": 2}


def test_four_schemes_from_nervaluate_agree_with_the_categories():
    s = entity_breakdown(PAIRS)["schemes"]["micro"]
    counts = {k: tuple(v[c] for c in ("correct", "incorrect", "partial", "missed", "spurious")) for k, v in s.items()}
    assert counts == {"strict": (1, 4, 0, 2, 3),  # incorrect = label + boundary + label_boundary
                      "exact": (2, 3, 0, 2, 3),   # the label error counts as correct
                      "partial": (2, 0, 3, 2, 3),
                      "type": (3, 2, 0, 2, 3)}    # overlapping same-label spans count as correct
    assert s["strict"]["precision"] == 1 / 8 and s["strict"]["recall"] == 1 / 7
    per = entity_breakdown(PAIRS)["schemes"]["PER"]["strict"]
    assert (per["correct"], per["missed"], per["f1"]) == (1, 1, 2 / 3)


def test_empty_input_and_absent_labels_are_zero():
    b = entity_breakdown([])
    assert b["categories"]["micro"]["correct"] == 0 and b["schemes"]["micro"]["strict"]["f1"] == 0
    b = entity_breakdown([({"id": "x", "text": "", "entities": []}, {"id": "x", "text": ""})])
    assert b["schemes"]["ORG"]["type"]["possible"] == 0


def test_number_categories_per_type():
    gold = [n("n1", 0, 3, 5), n("n2", 10, 14, 7.1, "percent"), n("n3", 20, 25, 88.03, "percent"), n("n4", 30, 33, 2),
            n("n5", 50, 52, 3)]
    pred = [n("m1", 0, 3, 5), n("m2", 10, 13, 7.1, "percent"), n("m3", 20, 25, 88.0, "percent"), n("m4", 40, 42, 9),
            n("m5", 50, 52, 3, "rank")]
    b = number_breakdown([({"id": "a", "text": TEXT, "numbers": gold}, {"id": "a", "text": TEXT, "numbers": pred})])
    assert b["categories"]["micro"] == {"correct": 2, "span": 1, "value": 1, "missed": 1, "spurious": 1}
    assert b["categories"]["percent"] == {"correct": 0, "span": 1, "value": 1, "missed": 0, "spurious": 0}
    assert b["categories"]["count"] == {"correct": 2, "span": 0, "value": 0, "missed": 1, "spurious": 1}
    assert b["type_confusions"] == {"count>rank": 1}


def test_relation_and_frame_errors_put_down_to_argument_or_rule():
    ents = [e("e1", 0, 5, "PER"), e("e2", 10, 20, "TITLE"), e("e3", 30, 40, "ORG"), e("e4", 50, 60, "LOC"),
            e("e5", 70, 80, "LOC")]
    gold = {"id": "a", "text": TEXT, "entities": ents, "numbers": [],
            "relations": [{"type": "holds_title", "head": "e1", "tail": "e2"},
                          {"type": "title_of", "head": "e2", "tail": "e3"},
                          {"type": "located_in", "head": "e4", "tail": "e5"}],
            "frames": [{"type": "meeting", "trigger": [90, 95], "slots": {"chair": ["e1"], "date": [[100, 110]]}}]}
    pred_ents = ents[:2] + [e("e3", 32, 40, "ORG")] + ents[3:]
    pred = {"id": "a", "text": TEXT, "entities": pred_ents, "numbers": [],
            "relations": [{"type": "holds_title", "head": "e1", "tail": "e2"},   # correct
                          {"type": "title_of", "head": "e2", "tail": "e3"},      # wrong argument: missed + spurious
                          {"type": "located_in", "head": "e5", "tail": "e4"}],   # arguments right, rule wrong (and gold's missed)
            "frames": [{"type": "meeting", "trigger": [90, 95], "slots": {"chair": ["e1"], "organizer": ["e3"]}}]}
    rel = tuple_breakdown([(gold, pred)], "relations")["end_to_end"]
    assert rel["micro"] == {"correct": 1, "missed_argument": 1, "missed_rule": 1, "spurious_argument": 1,
                            "spurious_rule": 1}
    assert rel["located_in"] == {"correct": 0, "missed_argument": 0, "missed_rule": 1, "spurious_argument": 0,
                                 "spurious_rule": 1}
    fr = tuple_breakdown([(gold, pred)], "frames")["end_to_end"]["meeting"]
    assert fr == {"correct": 1, "missed_argument": 0, "missed_rule": 1, "spurious_argument": 1, "spurious_rule": 0}


def test_rules_alone_are_scored_on_gold_arguments(tokenizer):
    from tests.test_evaluate import GOLD

    b = breakdown([(GOLD, GOLD)], tokenizer)
    assert b["entities"]["categories"]["micro"]["correct"] == len(GOLD["entities"])
    for layer in ("relations", "frames"):
        assert set(b[layer]["end_to_end"]["micro"]) == {"correct", "missed_argument", "missed_rule",
                                                        "spurious_argument", "spurious_rule"}
        assert "micro" in b[layer]["gold_arguments"]
    assert b["relations"]["gold_arguments"]["holds_title"]["f1"] == 1.0  # «نائب رئيس ... هوانغ نام»


def test_worst_documents_rank_by_errors_with_their_share():
    # entities: a has 5 errors (label, boundary, label+boundary, spurious, missed), b 4 (boundary, two spurious, missed)
    # numbers: a table-like document c with 1 gold fact and 4 predicted (3 spurious) outranks a (one value error)
    c_gold = {"id": "c", "text": TEXT, "numbers": [n("n1", 0, 2, 5.0)]}
    c_pred = {"id": "c", "text": TEXT, "numbers": [n("m1", 0, 2, 5.0), n("m2", 10, 12, 1.0), n("m3", 20, 22, 2.0),
                                                   n("m4", 30, 32, 3.0)]}
    a_gold = {**PAIRS[0][0], "numbers": [n("n1", 0, 2, 7.0)]}
    a_pred = {**PAIRS[0][1], "numbers": [n("m1", 0, 3, 8.0)]}
    worst = worst_documents([(a_gold, a_pred), PAIRS[1], (c_gold, c_pred)], k=2)
    assert [(d["id"], d["errors"]) for d in worst["entities"]] == [("a", 5), ("b", 4)]
    assert worst["entities"][0]["share"] == 5 / 9
    assert worst["numbers"] == [{"id": "c", "gold": 1, "pred": 4, "errors": 3, "share": 0.75},
                                {"id": "a", "gold": 1, "pred": 1, "errors": 1, "share": 0.25}]
    assert worst["relations"] == [] and worst["frames"] == []


def write(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def test_cli_prints_the_breakdown_and_json_has_it(tmp_path, capsys):
    from tests.test_evaluate import GOLD, prediction

    write(tmp_path / "g.jsonl", [GOLD])
    write(tmp_path / "p.jsonl", [prediction()])
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "entity errors" in out and "nervaluate" in out and "number errors" in out and "the rules alone" in out
    assert "documents with the most errors" in out
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl"), "--json"]) == 0
    b = json.loads(capsys.readouterr().out)["breakdown"]
    assert b["entities"]["categories"]["micro"] == {"correct": 2, "label": 0, "boundary": 1, "label_boundary": 0,
                                                    "missed": 0, "spurious": 1}
    assert b["numbers"]["categories"]["micro"] == {"correct": 0, "span": 1, "value": 1, "missed": 0, "spurious": 1}
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl"),
                 "--html", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert f"<td>entities</td><td>{GOLD['id']}</td>" in page


# issue 11 item 7: empty gold, no matching ids, partly matching ids
def test_empty_gold_file_does_not_crash(tmp_path, capsys):
    from tests.test_evaluate import GOLD

    (tmp_path / "g.jsonl").write_text("", encoding="utf-8")
    write(tmp_path / "p.jsonl", [GOLD])
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "no document" in err and "prediction ids not in gold: d" in err


def test_no_matching_ids_lists_both_sides_and_fails(tmp_path, capsys):
    from tests.test_evaluate import GOLD

    write(tmp_path / "g.jsonl", [GOLD, {**GOLD, "id": "g2"}])
    write(tmp_path / "p.jsonl", [{**GOLD, "id": "other"}])
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl"), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "gold ids without a prediction: d, g2" in captured.err and "prediction ids not in gold: other" in captured.err


def test_partly_matching_ids_are_reported(tmp_path, capsys):
    from pipeline.evaluate import evaluate
    from tests.test_evaluate import GOLD

    write(tmp_path / "g.jsonl", [GOLD, {**GOLD, "id": "g2"}])
    write(tmp_path / "p.jsonl", [GOLD, {**GOLD, "id": "other"}])
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "gold ids without a prediction (scored as empty): 1: g2" in out
    assert "prediction ids not in gold (not scored): 1: other" in out
    assert main(["evaluate", "--gold", str(tmp_path / "g.jsonl"), "--pred", str(tmp_path / "p.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unmatched_ids"] == {"gold": ["g2"], "pred": ["other"]}
    assert evaluate([], [])["entities"]["seqeval"]["micro"]["f1"] == 0.0  # the function itself: zeros, no TypeError
