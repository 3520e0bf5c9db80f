"""Rules of the fourteenth real-news pass on decision and target frames (GUIDELINES §4, §6 and §7 decisions 19, 38,
80, 153, 188, 191, 238, 262, 273, 274). Every sentence here is written for the test; entities are given as gold
(marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


def _one(frames, text: str, ftype: str = "decision") -> tuple[str, dict]:
    got = frames(text, ftype)
    assert len(got) == 1, got
    return got[0][1], got[0][2]


# --- decision -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, issuer", [
    # decisions 191, 262: a passive instrument whose mention names an entity issuer
    ("وقال الجنود إنهم نفذوا الأوامر الصادرة من [[وزارة الدفاع|ORG]] وانسحبوا من المدينة.", "الأوامر", "وزارة الدفاع"),
    ("ورفضت الحكومة تنفيذ أمر التوقيف الصادر بحقه عن [[محكمة الجنايات|ORG]] في العاصمة.", "أمر", "محكمة الجنايات"),
    ("وجاء في حيثيات الحكم الصادر عما يعرف ب[[محكمة أمن الدولة|ORG]] أن المتهمين مذنبون.", "الحكم",
     "محكمة أمن الدولة"),
])
def test_passive_instrument_with_an_entity_issuer(frames, text, trigger, issuer):
    got = frames(text, "decision")
    assert (trigger, issuer) in {(t, s.get("issuer", [None])[0]) for _, t, s in got}


def test_passive_instrument_without_an_entity_opens_none(frames):
    # decision 191: «صدر قرار من قيادة المعسكر» names no entity
    assert frames("ونفذ الجنود الأوامر الصادرة من قيادة المعسكر دون نقاش.", "decision") == []


@pytest.mark.parametrize("text, trigger, issuer", [
    # decision 262: «منفذة بأمر وزير الداخلية» → trigger «أمر», issuer the TITLE
    ("وأغلقت الشرطة المحال بأمر [[وزير الداخلية|TITLE]] مساء السبت.", "أمر", "وزير الداخلية"),
    # decision 262: «تأتي مذكرة وزير العمل X» → trigger «مذكرة», issuer the PER
    ("وتأتي مذكرة [[وزير الصحة|TITLE]] [[سامي الخوري|PER]] بعد شكاوى كثيرة.", "مذكرة", "سامي الخوري"),
])
def test_order_or_memo_with_its_issuer(frames, text, trigger, issuer):
    t, slots = _one(frames, text)
    assert t == trigger and slots["issuer"] == [issuer]


def test_verb_of_ordering_opens_no_decision(frames):
    # decision 153: the verb «وأمر وزير الداخلية … بغلق» issues no instrument
    assert frames("وأمر [[وزير الداخلية|TITLE]] بغلق المحال المخالفة.", "decision") == []


def test_present_verb_right_before_a_ruling(frames):
    # decision 19: «حكومة X تصدر حكما» issues a ruling like «أصدرت»
    t, slots = _one(frames, "وفي ذلك العام كانت [[حكومة المنفى|ORG]] تصدر حكما بسجن المعارضين.")
    assert t == "حكما" and slots["issuer"] == ["حكومة المنفى"]


def test_scheduled_issuance(frames):
    # decision 273: «أن لجنة الاحتراف ستصدر قراراً … اليوم» → issuer the committee
    t, slots = _one(frames, "وعلمت الصحيفة أن [[لجنة الانضباط|ORG]] ستصدر قرارا بشأن اللاعب.")
    assert t == "قرارا" and slots["issuer"] == ["لجنة الانضباط"]


def test_adopted_resolution(frames):
    # decision 38: a council adopting a resolution issues it
    t, slots = _one(frames, "وتبنى [[مجلس الأمن|ORG]] بالإجماع القرار 2299 الذي يمدد مهمة البعثة.")
    assert t == "القرار" and slots["issuer"] == ["مجلس الأمن"] and slots["id"] == ["2299"]


def test_royal_order_with_its_pronoun(frames):
    # decision 217: «أصدر الملك … أمره الكريم» → trigger «أمره», issuer the king
    t, slots = _one(frames, "وأصدر [[الملك|TITLE]] [[فهد بن سعود|PER]] أمره الكريم بتعيين عشرة قضاة.")
    assert t == "أمره" and slots["issuer"] == ["فهد بن سعود"]


def test_circular_issued(frames):
    # decision 262: «وأصدرت مشيخة الأزهر أمس منشورا» → trigger «منشورا», issuer, date
    t, slots = _one(frames, "وأصدرت [[هيئة الأوقاف|ORG]] أمس منشورا يلزم الأئمة بالحضور.")
    assert t == "منشورا" and slots["issuer"] == ["هيئة الأوقاف"] and slots["date"] == ["أمس"]


def test_subject_placed_in_a_city_before_its_verb(frames):
    # decision 19: «أن محكمة الاستئناف في دبي أصدرت حكما» → issuer the court, the place between them skipped
    t, slots = _one(frames, "وذكرت الشركة أن [[محكمة التمييز|ORG]] في [[الكويت|LOC]] أصدرت حكما نهائيا في القضية.")
    assert t == "حكما" and slots["issuer"] == ["محكمة التمييز"]


def test_issuing_person_outside_the_clause_is_the_issuer(frames):
    # decisions 19, 80: with no body named, the person who issues is the issuer, not a signer
    t, slots = _one(frames, "وقال [[سمير النجار|PER]] إنه زار المعبر و\"أصدر له تعليمات بتشديد الرقابة.\"")
    assert t == "تعليمات" and slots == {"issuer": ["سمير النجار"]}


def test_relative_date_after_a_later_issuer(frames):
    # decision 21: «القرار الذي اتخذه مجلس الوزراء أمس» → the date after its issuer
    t, slots = _one(frames, "وجاء القرار الذي اتخذه [[مجلس الوزراء|ORG]] أمس بعد نقاش طويل.")
    assert slots["issuer"] == ["مجلس الوزراء"] and slots["date"] == ["أمس"]


@pytest.mark.parametrize("text, date", [
    # a year after «في» dates the instrument
    ("وصدر أمر ملكي في عام 2014 بتوسعة الميناء.", "عام 2014"),
    # decision 21: the date after the passive «صدر» that follows the instrument
    ("ومع القرار الملكي الذي صدر الأسبوع الماضي انتقلت المهمة إلى الهيئة.", "الأسبوع الماضي"),
])
def test_date_of_an_issued_instrument(frames, text, date):
    _, slots = _one(frames, text)
    assert slots.get("date") == [date]


# --- target ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # decision 274: «بهدف جمع 60 مليار جنيه» → trigger «هدف» («ب» outside), value the figure
    ("وطرحت الحكومة سندات جديدة بهدف جمع 40 مليار جنيه خلال شهرين.", "40 مليار"),
    ("وافتتحت الوزارة كليات جديدة بهدف رفع الطاقة الاستيعابية إلى 90 ألف طالب.", "90 ألف"),
])
def test_purpose_with_a_planned_figure(frames, text, value):
    t, slots = _one(frames, text, "target")
    assert t == "هدف" and slots == {"value": [value]}


@pytest.mark.parametrize("text", [
    # decision 188: a goal after «بهدف» («بهدف نظيف»، «بهدف ثالث»), no purpose
    "وفاز الفريق على ضيفه بهدف نظيف في الجولة 12 من الدوري.",
    "ثم أكمل ثلاثيته بهدف ثالث في الدقيقة 81 ليرفع رصيده إلى 14 هدفا.",
    # a goal scored after a verb of scoring
    "وسجل المهاجم الهدف الوحيد لفريقه ليمنحه 3 نقاط.",
    # a name in quotes
    "ووقع صندوق تنمية الموارد «هدف» 12 اتفاقية مع الجامعات.",
])
def test_goals_and_names_open_no_target(frames, text):
    assert frames(text, "target") == []


def test_seek_needs_the_whole_word(frames):
    # «السعيد» (a name) is no «السعي»
    assert frames("ودفع [[بدر السعيد|PER]] ثمن عمله بعد 12 عاما في اللجنة.", "target") == []


@pytest.mark.parametrize("text, value, deadline", [
    # decision 238: the deadline ends with its year, the projected level right before it over «دولار سنويا»
    ("وتتوقع الهيئة أن ترتفع العائدات إلى 9.5 مليار دولار سنويا بحلول 2025 من نحو أربعة مليارات دولار حاليا.",
     "9.5 مليار", "2025"),
])
def test_deadline_ends_with_its_year(frames, text, value, deadline):
    _, slots = _one(frames, text, "target")
    assert slots == {"value": [value], "deadline": [deadline]}


def test_deadline_runs_to_its_year_word(frames):
    # §4 deadline: the words naming the date, «من هذا العام» included
    text = "ومن المتوقع أن يطرح الجهاز في الأسواق بحلول الربع الثالث من هذا العام وليس قبله."
    _, slots = _one(frames, text, "target")
    assert slots == {"deadline": ["الربع الثالث من هذا العام"]}


def test_future_after_the_deadline_opens_a_target(frames):
    _, slots = _one(frames, "وبحلول عام 2030 سوف يتضاعف عدد المهندسات في البلاد.", "target")
    assert slots == {"deadline": ["عام 2030"]}


def test_achievement_by_a_date_opens_no_target(frames):
    # §6: an achievement reported with «بحلول» is no target
    assert frames("وبحلول نهاية الموسم كان هناك فريق واحد فقط في الصدارة.", "target") == []


def test_aim_at_a_year_takes_no_later_level(frames):
    # decision 100: «تستهدف عام 2030» → deadline; the plan's value after it is no aim
    _, slots = _one(frames, "وخطة التنمية التي تستهدف عام 2030، تصل قيمتها الأولية إلى 2500 مليار دولار.", "target")
    assert slots == {"deadline": ["عام 2030"]}
