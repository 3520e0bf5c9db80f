"""Rules of the 29th real-news frames pass on decision and target frames (GUIDELINES §4, §7 decisions 38, 59, 100).
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


# --- target: «يستهدف/يهدف» (decision 100) ---

def test_aim_verb_with_a_figure_right_after_it(frames):
    # decision 100: «تستهدف + a planned figure» opens a target whose value is that figure
    got = frames("وأطلقت الجمعية حملة تدريبية تستهدف 4200 من طلاب المدارس في المنطقة.", "target")
    assert [(t, s.get("value")) for _, t, s in got] == [("تستهدف", ["4200"])]


def test_aim_verb_with_a_verbal_noun_and_a_qualifier_before_its_figure(frames):
    got = frames("وقال المدير إن الدورات تستهدف تأهيل أكثر من 180 معلما خلال الصيف.", "target")
    assert [(t, s.get("value")) for _, t, s in got] == [("تستهدف", ["180"])]


def test_aim_verb_without_a_figure_opens_none(frames):
    # a military or generic «تستهدف» with no planned figure is no target
    assert frames("وقال المتحدث إن الغارات تستهدف مواقع المسلحين في الجبال.", "target") == []


def test_aim_level_after_a_later_to_in_its_clause(frames):
    # «يهدف … إلى بناء …، تصل طاقته إلى 250 ألف»: the figure after the second «إلى» is the aimed level
    got = frames("ويهدف المشروع إلى بناء مصنع جديد في المدينة الصناعية تصل طاقته الإنتاجية إلى 250 ألف طن سنويا.",
                 "target")
    assert [(t, s.get("value")) for _, t, s in got] == [("يهدف", ["250 ألف"])]


# --- decision: issuer after a verb of drafting; one frame per instrument kind (decisions 38, 59) ---

def test_issuer_after_an_indefinite_instrument_and_a_verb_of_drafting(frames):
    text = "وأشار إلى أن هناك قرارا جديدا صاغه [[مجلس التعاون|ORG]] يدعو الدول الأعضاء إلى التنسيق."
    got = frames(text, "decision")
    assert [(t, s.get("issuer")) for _, t, s in got] == [("قرارا", ["مجلس التعاون"])]


def test_another_kind_of_instrument_by_the_same_issuer_keeps_its_frame(frames):
    # an order and later warrants issued by the same court are two instruments, each framed with its issuer
    text = ("ورفضت الحكومة تنفيذ أمر التوقيف الصادر من [[المحكمة الدولية|ORG]] بحقه. وأثارت مذكرات الاعتقال "
            "الصادرة من [[المحكمة الدولية|ORG]] جدلا واسعا.")
    got = frames(text, "decision")
    assert [(t, s.get("issuer")) for _, t, s in got] == [("أمر", ["المحكمة الدولية"]),
                                                        ("مذكرات", ["المحكمة الدولية"])]


def test_the_same_instrument_named_again_opens_no_second_frame(frames):
    text = ("وأصدر [[مجلس الوزراء|ORG]] قرارا بتمديد المهلة أمس. ورحب التجار بقرار [[مجلس الوزراء|ORG]] "
            "الجديد.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][2]["issuer"] == ["مجلس الوزراء"]
