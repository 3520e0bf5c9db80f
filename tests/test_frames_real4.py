"""Frame rules of the sixth real-news pass (issue 15; GUIDELINES §4, §7 decisions 20, 36, 61, 152): general
patterns of Arabic news that the rules fitted on real-train missed on unseen articles. Every sentence here is
written for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest

from tests.test_frames_real import frames  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, slots", [
    # an id written in brackets after «رقم»: the brackets stay outside; the date after «وتاريخ» (split or glued)
    ("وبعد النظر في قرار [[مجلس البلدية|ORG]] رقم (12 / 7) وتاريخ 3 / 4 / 1437هـ، وافق المجلس على الخطة.",
     {"id": ["12 / 7"], "issuer": ["مجلس البلدية"], "date": ["3 / 4 / 1437هـ"]}),
    ("واستنادا إلى قرار [[هيئة النقل|ORG]] رقم ( 9 / 3 ) بتاريخ 1 / 2 / 1436 هـ تقرر إغلاق الطريق.",
     {"id": ["9 / 3"], "issuer": ["هيئة النقل"], "date": ["1 / 2 / 1436 هـ"]}),
])
def test_decision_id_in_brackets_and_its_date(frames, text, slots):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "قرار" and got[0][2] == slots
