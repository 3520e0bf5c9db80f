"""Frame rules of the seventh real-news pass, fitted on the large real-train split (GUIDELINES §7 decisions 121, 153):
the king's order named «الأمر السامي». Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, slots", [
    # «الأمر السامي» is a royal order like «الأمر الملكي»: its number and date after «وتاريخ»
    ("وجاء ذلك بموجب الأمر السامي الكريم رقم 1234 وتاريخ 5/ 6/ 1436هـ القاضي بإنشاء المركز.",
     {"id": ["1234"], "date": ["5/ 6/ 1436هـ"]}),
    # the king's office after «ل» issues a definite order
    ("ودعا المدير المواطنين إلى الاستفادة من الأمر السامي الكريم ل[[خادم الحرمين الشريفين|TITLE]] قبل نهاية المهلة.",
     {"issuer": ["خادم الحرمين الشريفين"]}),
])
def test_royal_order_named_high(frames, text, slots):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "الأمر" and got[0][2] == slots


def test_royal_order_cited_again_opens_no_frame(frames):
    # the order cited once opens its frame; «الأمر السامي الكريم» later in the article is the same order
    text = ("وصدر أمر سام بتمديد المهلة شهرا. ودعت الإدارة المقيمين إلى الاستفادة من الأمر السامي الكريم "
            "ل[[خادم الحرمين الشريفين|TITLE]] قبل نهايتها.")
    assert [trigger for _, trigger, _ in frames(text, "decision")] == ["أمر"]
