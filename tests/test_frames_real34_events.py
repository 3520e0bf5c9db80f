"""Rules of the thirty-fourth real-news pass on enforcement and decision frames (GUIDELINES §7 decisions 21, 61, 95):
a relative clause whose verb issues the instrument dates it right after the verb («المرسوم … الذي أصدره أمس»). Every
sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("clause, date", [
    ("الذي أصدره أمس الأحد", "أمس الأحد"),
    ("الخاص بتنظيم الأسواق الذي أصدره أول من أمس", "أول من أمس"),
    ("الذي أقر أمس", "أمس"),
])
def test_a_relative_clause_issuing_the_instrument_dates_it(frames, clause, date):
    # decisions 21, 95: the date of the issuance told in the instrument's relative clause
    text = f"وقال [[خالد السعدي|PER]] إن المرسوم {clause} سيطبق في الشهر المقبل."
    [(_, trigger, slots)] = frames(text, "decision")
    assert trigger == "المرسوم"
    assert slots["date"] == [date]


def test_a_relative_clause_of_another_verb_gives_no_date(frames):
    # «الذي ناقشه البرلمان أمس»: debated, not issued
    text = "وقال [[خالد السعدي|PER]] إن المرسوم الذي ناقشه البرلمان أمس سيطبق في الشهر المقبل."
    assert all("date" not in slots for _, _, slots in frames(text, "decision"))
