"""Rules of the twelfth real-news frames pass, fitted on real-train (GUIDELINES §4, §7 decisions 59, 274, 282): a cited
plural instrument with its issuing body right after it opens one decision; a verb of «السعي» with a planned figure
opens a target. Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]),
numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, issuer", [
    # decision 282: «بعد قرارات وزارة العمل التي صدرت في الفترة الأخيرة» → decision, trigger «قرارات», issuer
    ("وتراجعت أعداد العمالة بعد قرارات [[وزارة الإسكان|ORG]] التي صدرت مؤخرا.", "وزارة الإسكان"),
    # decision 59: a reported instrument whose mention names its issuer, in the plural too
    ("وشدد على تنفيذ قرارات [[اللجنة التنفيذية للاتحاد|ORG]] الأخيرة بوقف المباريات.", "اللجنة التنفيذية للاتحاد"),
])
def test_cited_plural_with_its_body_opens_a_decision(frames, text, issuer):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1].endswith("قرارات") and got[0][2]["issuer"] == [issuer]


@pytest.mark.parametrize("text", [
    # the relevant resolutions in general report no instrument
    "ودعا البيان إلى احترام قرارات [[مجلس الأمن|ORG]] ذات الصلة بالنزاع.",
    # a person's decisions stay a set of decisions (decision 38), not one instrument
    "وانتقد المعلقون قرارات [[سامي الراشد|PER]] الفنية خلال الموسم.",
])
def test_plural_without_a_cited_body_opens_none(frames, text):
    assert frames(text, "decision") == []


@pytest.mark.parametrize("text, value", [
    # decision 274: «وتسعى إثيوبيا لتخزين 74 مليار متر مكعب» → target, trigger «تسعى», value the figure
    ("وتسعى الشركة لإنتاج 40 ألف برميل يوميا من الحقل الجديد.", "40 ألف"),
    # the level after «إلى», not the starting figure before it
    ("وتسعى الهيئة إلى خفض الديون البالغة 7 مليارات دولار إلى 5 مليارات في نهاية العام.", "5 مليارات"),
])
def test_seeking_a_figure_opens_a_target(frames, text, value):
    got = frames(text, "target")
    assert len(got) == 1 and got[0][1] == "تسعى" and got[0][2]["value"] == [value]


@pytest.mark.parametrize("text", [
    # an age and a dual noun are no planned figures; an aim with no figure opens none (§6)
    "ويسعى [[سامي الراشد|PER]] (45 عامًا) لرئاسة الاتحاد.",
    "وتسعى القوات لتطهير المنطقتين من المسلحين.",
    "وتسعى الوزارة لتحقيق المنافسة العادلة بين التجار.",
])
def test_seeking_without_a_planned_figure_opens_none(frames, text):
    assert frames(text, "target") == []
