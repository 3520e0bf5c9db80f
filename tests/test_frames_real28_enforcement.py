"""Enforcement rules of the twenty-eighth real-news frames pass: an arrest that may or will be made («قد يتم
اعتقاله»، «سيتم توقيفهم») opens none (GUIDELINES §7 decision 37), custody «since then» is a state (decision 154),
a report or statistic that «reveals» figures uncovers no case (decision 155), and «الإطاحة ب» opens enforcement only
on a gang, cell, count or persons caught, not on overthrowing a ruler (decision 39). Every sentence here is written
for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


@pytest.mark.parametrize("marked, expected", [
    # decision 37: «قد يتم اعتقاله» is a possibility, no reported arrest
    pytest.param("وذكرت الصحيفة أن [[رامي سعيد|PER]] قد يتم اعتقاله خلال الأسابيع المقبلة.", [],
                 id="an_arrest_that_may_be_made_opens_none"),
    # decision 37: «سيتم إلقاء القبض على» announces a future arrest
    pytest.param("وأكد المسؤول أنه سيتم إلقاء القبض على [[ماهر يوسف|PER]] فور عودته إلى البلاد.", [],
                 id="an_arrest_that_will_be_made_opens_none"),
    # the modal rule leaves «تم اعتقاله» (a reported arrest) alone
    pytest.param("وقال المتحدث إن [[رامي سعيد|PER]] تم اعتقاله مساء الخميس.", [{"suspects": ["رامي سعيد"]}],
                 id="a_reported_passive_arrest_still_opens"),
    # decision 154: «واعتقل X منذ ذلك الحين في سجن …» tells custody as a state
    pytest.param("وسلمته السلطات المجاورة العام الماضي. واعتقل [[نادر فهمي|PER]] منذ ذلك الحين في سجن بالعاصمة "
                 "حيث يواجه اتهامات بالاحتيال.", [], id="custody_since_then_is_a_state"),
    # only «منذ ذلك (الحين)» is a state: the named arrest itself opens
    pytest.param("واعتقل [[نادر فهمي|PER]] في سجن بالعاصمة يوم الاثنين.", [{"suspects": ["نادر فهمي"]}],
                 id="an_arrest_a_week_ago_still_opens"),
    # decision 155: «كشفت إحصائية … قضايا» reports figures, it uncovers no case
    pytest.param("كشفت إحصائية رسمية ارتفاعا في قضايا السرقة حيث وصلت إلى نحو 5120 قضية خلال العام الماضي.", [],
                 id="a_statistic_that_reveals_cases_opens_none"),
    # decision 39: «الإطاحة ب + PER» is overthrow; the charge after it is no offence of an arrest
    pytest.param("وسعى خصومه إلى مخطط للإطاحة ب[[كريم ناصر|PER]] من خلال التذرع بتهمة الإساءة للدولة.", [],
                 id="overthrowing_a_ruler_opens_none"),
    # decision 39: «الإطاحة بعصابة من 5 أشخاص» → suspects the count
    pytest.param("وتمكنت الشرطة من الإطاحة بعصابة من 5 أشخاص في حي الشاطئ.", [{"suspects": ["5"]}],
                 id="toppling_a_gang_still_opens"),
])
def test_enforcement_slots(frames, marked, expected):
    assert _slots(frames, marked) == expected
