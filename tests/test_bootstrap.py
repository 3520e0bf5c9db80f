"""Document bootstrap intervals (pipeline.bootstrap) and `arabic-ie evaluate --bootstrap/--compare`."""
from __future__ import annotations

import copy
import json

import pytest

from pipeline.bootstrap import bootstrap, compare, count_matrix
from pipeline.cli import main
from pipeline.errors import paired
from pipeline.evaluate import evaluate

TEXT = "التقى وزير الداخلية أحمد سالم بوفد من شرطة دبي في الرياض، وضبطت الدوريات 14 مطلوبا."


def sp(s: str) -> list[int]:
    a = TEXT.index(s)
    return [a, a + len(s)]


def ent(i: str, s: str, label: str) -> dict:
    a, b = sp(s)
    return {"id": i, "start": a, "end": b, "label": label}


def gold_doc(i: int) -> dict:
    a, b = sp("14")
    return {"id": f"d{i}", "text": TEXT,
            "entities": [ent("e1", "وزير الداخلية", "TITLE"), ent("e2", "أحمد سالم", "PER"),
                         ent("e3", "شرطة دبي", "ORG"), ent("e4", "الرياض", "LOC")],
            "numbers": [{"id": "n1", "start": a, "end": b, "type": "count", "value": 14.0, "subject": sp("مطلوبا"),
                         "change": None, "baseline": None, "qualifier": "eq", "total": None, "period": None}],
            "relations": [{"type": "holds_title", "head": "e2", "tail": "e1"}],
            "frames": [{"type": "meeting", "trigger": sp("التقى"),
                        "slots": {"attendee": ["e2", "e3"], "location": ["e4"]}}]}


def worse(doc: dict) -> dict:
    """Loses the ORG (and so one meeting slot), reads the PER one word short, adds a spurious LOC."""
    pred = copy.deepcopy(doc)
    pred["entities"] = [e for e in pred["entities"] if e["label"] != "ORG"]
    pred["entities"][1] = ent("e2", "أحمد", "PER")
    pred["entities"].append(ent("e9", "الدوريات", "LOC"))
    pred["frames"][0]["slots"]["attendee"] = ["e2"]
    return pred


GOLD = [gold_doc(i) for i in range(6)]
MIXED = [worse(d) if i % 2 else copy.deepcopy(d) for i, d in enumerate(GOLD)]


def test_counts_add_up_to_the_figures_evaluate_prints(tokenizer):
    names, counts = count_matrix(paired(GOLD, MIXED))
    totals = dict(zip(names, counts.sum(axis=0).tolist()))
    result = evaluate(GOLD, MIXED, tokenizer.spans)
    for name, row in (("entities micro", result["entities"]["span"]["micro"]),
                      ("entities PER", result["entities"]["span"]["PER"]),
                      ("numbers detection", result["numbers"]["detection"]),
                      ("relations micro", result["relations"]["micro"]),
                      ("frames meeting", result["frames"]["meeting"])):
        assert totals[name] == [row["correct"], row["gold"], row["pred"]], name
    out = bootstrap(paired(GOLD, MIXED), samples=200)
    assert out["metrics"]["entities micro"]["f1"] == pytest.approx(result["entities"]["span"]["micro"]["f1"])
    assert out["metrics"]["frames micro"]["f1"] == pytest.approx(result["frames"]["micro"]["f1"])


def test_interval_brackets_the_figure_and_is_reproducible():
    pairs = paired(GOLD, MIXED)
    a, b = bootstrap(pairs, samples=300, seed=3), bootstrap(pairs, samples=300, seed=3)
    assert a == b
    per = a["metrics"]["entities PER"]
    assert per["low"] <= per["f1"] <= per["high"]
    assert per["low"] < per["high"]  # the documents differ, so the resamples do
    perfect = bootstrap(paired(GOLD, GOLD), samples=50)["metrics"]["entities micro"]
    assert (perfect["low"], perfect["f1"], perfect["high"]) == (1.0, 1.0, 1.0)


def test_one_document_has_no_spread_and_no_document_is_refused():
    one = bootstrap(paired(GOLD[1:2], MIXED[1:2]), samples=100)["metrics"]["entities micro"]
    assert one["low"] == one["f1"] == one["high"] < 1.0
    with pytest.raises(ValueError, match="at least one document"):
        bootstrap([], samples=10)


def test_paired_comparison_orders_systems_and_checks_the_pairing():
    better, weaker = paired(GOLD, GOLD), paired(GOLD, MIXED)
    out = compare(better, weaker, samples=400)["metrics"]["entities micro"]
    assert out["delta"] > 0 and out["low"] >= 0
    assert out["p"] < 0.05  # A wins in almost every resample (ties only where no worse document was drawn)
    same = compare(weaker, weaker, samples=100)["metrics"]["frames micro"]
    assert same["delta"] == same["low"] == same["high"] == 0.0 and same["p"] == 1.0
    with pytest.raises(ValueError, match="same gold documents"):
        compare(better, list(reversed(weaker)), samples=10)


def test_text_mismatch_is_refused():
    bad = copy.deepcopy(MIXED)
    bad[2]["text"] = TEXT + " "
    with pytest.raises(ValueError, match="'d2'.*text differs"):
        bootstrap(paired(GOLD, bad), samples=10)


def test_cli_prints_intervals_and_a_paired_table(tmp_path, capsys):
    gold, pred, other = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "other.jsonl"
    for path, docs in ((gold, GOLD), (pred, GOLD), (other, MIXED[:5])):
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--bootstrap", "100"]) == 0
    out = capsys.readouterr().out
    assert "bootstrap: 100 resamples of the 6 documents" in out
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--compare", str(other), "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["compare"]["samples"] == 1000 and result["bootstrap"]["samples"] == 1000
    assert result["compare"]["metrics"]["entities micro"]["delta"] > 0
    assert "1 gold documents have no prediction there" in captured.err
