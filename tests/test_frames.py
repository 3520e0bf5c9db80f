"""Relations and each frame type on real sentences from the seeds (entities given, numbers detected)."""
from __future__ import annotations

import pytest

from pipeline.frames.component import relations_and_frames
from pipeline.numbers.component import NumbersComponent, numbers_for


def ent(text: str, surface: str, label: str, eid: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"id": eid, "start": start, "end": start + len(surface), "label": label}


@pytest.fixture(scope="module")
def run(tokenizer):
    stage = NumbersComponent()

    def go(text: str, entities: list[dict]):
        spans = tokenizer.spans(text)
        flags = tokenizer.sentence_starts(text, spans)
        nums = numbers_for([text[s:e] for s, e in spans], spans, flags, stage.duals, stage.counts)
        rels, frames = relations_and_frames(text, spans, flags, entities, nums)
        by_id = {x["id"]: text[x["start"]:x["end"]] for x in entities + nums}
        show = lambda v: by_id[v] if isinstance(v, str) else text[v[0]:v[1]]  # noqa: E731
        return ({(r["type"], by_id[r["head"]], by_id[r["tail"]]) for r in rels},
                [(f["type"], text[slice(*f["trigger"])], {k: [show(v) for v in vs] for k, vs in f["slots"].items()})
                 for f in frames])

    return go


CHAIR = ("اليوم، 15 مارس، عقدت اللجنة التوجيهية الإقليمية 138 مؤتمرا لمراجعة عمل منع ومكافحة الجرائم. "
         "ترأس المؤتمر نائب رئيس اللجنة الشعبية الإقليمية، رئيس اللجنة التوجيهية الإقليمية 138 هوانغ نام.")


def test_title_chain_and_meeting(run):
    t = CHAIR
    ents = [ent(t, "اللجنة التوجيهية الإقليمية 138", "ORG", "e1"), ent(t, "نائب رئيس", "TITLE", "e2"),
            ent(t, "اللجنة الشعبية الإقليمية", "ORG", "e3"), ent(t, "رئيس", "TITLE", "e4", 1),
            ent(t, "اللجنة التوجيهية الإقليمية 138", "ORG", "e5", 1), ent(t, "هوانغ نام", "PER", "e6")]
    rels, frames = run(t, ents)
    assert rels == {("holds_title", "هوانغ نام", "نائب رئيس"), ("holds_title", "هوانغ نام", "رئيس"),
                    ("title_of", "نائب رئيس", "اللجنة الشعبية الإقليمية"),
                    ("title_of", "رئيس", "اللجنة التوجيهية الإقليمية 138")}
    assert frames == [("meeting", "مؤتمرا", {"organizer": ["اللجنة التوجيهية الإقليمية 138"], "date": ["15 مارس"],
                                             "chair": ["هوانغ نام"]})]


def test_located_in_chain(run):
    t = "حصلت بلدية تري كوانغ، منطقة باو ثانغ، على تصنيف ممتاز."
    rels, _ = run(t, [ent(t, "بلدية تري كوانغ", "LOC", "e1"), ent(t, "منطقة باو ثانغ", "LOC", "e2")])
    assert rels == {("located_in", "بلدية تري كوانغ", "منطقة باو ثانغ")}


def test_award_frames(run):
    t = "منح وزير الأمن العام شهادات تقدير لـ 10 جماعات؛ ومنح رئيس اللجنة الشعبية الإقليمية أعلام المحاكاة لـ 5 جماعات."
    ents = [ent(t, "وزير الأمن العام", "TITLE", "e1"), ent(t, "رئيس", "TITLE", "e2"),
            ent(t, "اللجنة الشعبية الإقليمية", "ORG", "e3")]
    _, frames = run(t, ents)
    assert frames == [("award", "منح", {"giver": ["وزير الأمن العام"], "award": ["شهادات تقدير"], "recipient": ["10"]}),
                      ("award", "منح", {"giver": ["رئيس"], "award": ["أعلام المحاكاة"], "recipient": ["5"]})]


def test_enforcement_frame(run):
    t = "في عام 2024، تم القبض على 433 قضية و741 متهم بجرائم مخدرات."
    _, frames = run(t, [])
    assert frames == [("enforcement", "القبض", {"cases": ["433"], "suspects": ["741"]})]


def test_decision_frame(run):
    t = ("في 31 مايو 2023، وقع وأصدر سكرتير الحزب الإقليمي هوانج ترونج دونج القرار رقم 15-NQ/TU للجنة الدائمة "
         "للحزب الإقليمي بشأن القيادة.")
    ents = [ent(t, "سكرتير الحزب الإقليمي", "TITLE", "e1"), ent(t, "هوانج ترونج دونج", "PER", "e2"),
            ent(t, "لجنة الدائمة للحزب الإقليمي", "ORG", "e3")]
    _, frames = run(t, ents)
    assert frames == [("decision", "القرار", {"id": ["15-NQ/TU"], "issuer": ["لجنة الدائمة للحزب الإقليمي"],
                                              "signer": ["هوانج ترونج دونج"], "date": ["31 مايو 2023"]})]


def test_target_frame(run):
    t = "بحلول نهاية عام 2025، سوف تستوفي ما لا يقل عن 30% من وحدات شرطة الأحياء المعايير النموذجية."
    _, frames = run(t, [])
    assert frames == [("target", "بحلول", {"value": ["30%"], "deadline": ["نهاية عام 2025"]})]
