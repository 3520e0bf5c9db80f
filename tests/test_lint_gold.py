"""scripts/lint_gold.py: the check that a gold numbers layer was finished, on documents written for the test."""
from __future__ import annotations

import pytest

from tests.conftest import load_script

lint_gold = load_script("lint_gold")

PRICES = "\n".join(f"ارتفع سهم الشركة {k} إلى {10 + k}.{k}5 ريال بنسبة {k}.2 في المائة." for k in range(1, 12))


def doc(text: str, numbers: list[tuple[int, int]] = ()) -> dict:
    return {"id": "d", "text": text, "entities": [],
            "numbers": [{"id": f"n{k}", "start": s, "end": e, "type": "count", "value": 1.0} for k, (s, e) in enumerate(numbers)]}


def test_many_unmarked_figures_are_flagged(tokenizer):
    findings = lint_gold.lint(doc(PRICES), tokenizer)
    assert any(f.startswith("numbers: 33 of 33 figures") for f in findings), findings


def test_a_marked_layer_is_not_flagged(tokenizer):
    marked = [m.span() for m in lint_gold.DIGIT_GROUP.finditer(PRICES)][:20]
    assert lint_gold.unmarked_figures(doc(PRICES, marked)) == (13, 33)
    assert not any(f.startswith("numbers:") for f in lint_gold.lint(doc(PRICES, marked), tokenizer))


@pytest.mark.parametrize("line", [
    "{k}- محمد علي الأحمد بتاريخ 1{k}/5/1436هـ",
    "({k}) سعيد خالد العمر، مواليد 1990",
    "{k}. عمر حسن في 2015/0{k}/14",
])
def test_dates_years_and_list_numbers_are_not_counted(line):
    text = "الأسماء:\n" + "\n".join(line.format(k=k % 10) for k in range(1, 30))
    assert lint_gold.unmarked_figures(doc(text)) == (0, 0)
