"""Frame and relation rules of the recall pass on real news, fitted on real-train (GUIDELINES §4, §7 decisions 20, 38,
59, 71, 102, 117, 154, 160, 173, 175, 207): custody words as arrests, a country issuing a «قرار», the subject of
«اتخذ قراره», a court named anywhere before its session, one round of «مفاوضات», figures of suspects joined by «و», and
no containment between an ambassador's two countries. Every sentence here is written for the test; entities are given
as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, slots", [
    # a custody order of a prosecution (decision 173): the figure of the accused are the suspects; the glued «ب» stays
    # outside the trigger (ANNOTATION: proclitics stay outside spans)
    ("وأمرت النيابة العامة بحبس 12 متهما احتياطيا على ذمة التحقيق.", "حبس", {"suspects": ["12"]}),
    # detention of a named person (decision 102)
    ("وقرر القاضي احتجاز [[سامي الراشد|PER]] أربعة أيام.", "احتجاز", {"suspects": ["سامي الراشد"]}),
    # a stop that held the person named before it (decision 175), with the suspicion after it (decision 61)
    ("وكان [[فهد الدوسري|PER]] قد سبق استيقافه للاشتباه بترويج المخدرات.", "استيقافه",
     {"suspects": ["فهد الدوسري"], "offence": ["ترويج المخدرات"]}),
    # putting a named person in prison (decision 207), the split «ب» before the name
    ("وكان من نتائجها الزج ب[[عمر الحسن|PER]] في السجن مرتين.", "الزج", {"suspects": ["عمر الحسن"]}),
])
def test_custody_is_an_arrest(frames, text, trigger, slots):
    assert frames(text, "enforcement") == [("enforcement", trigger, slots)]


@pytest.mark.parametrize("text", [
    # «إيقاف» of a service, «إيداع» of money and «الزجاج» hold no one
    "وتم إيقاف الخدمة مؤقتا عن 300 مشترك.",
    "وتم إيداع المبلغ في حساب 20 أسرة.",
    "وتحطم الزجاج في 3 منازل.",
    # custody as a state (decision 154) and custody renewed (decision 173) open none
    "وطلب المحامي زيارة [[سامي الراشد|PER]] في مكان احتجازه قبل 3 أيام.",
    "وقررت المحكمة تجديد حبس [[سامي الراشد|PER]] 15 يوما.",
])
def test_no_custody(frames, text):
    assert frames(text, "enforcement") == []


@pytest.mark.parametrize("text, suspects", [
    # a second figure joined by «و» to the first figure of suspects and its noun counts persons caught too (§4)
    ("وألقت الشرطة القبض على أربعة سوريين واثنين من العراق أمس.", ["أربعة", "اثنين"]),
    ("واعتقلت قوات الاحتلال ثلاثة شبان وامرأتين في [[الخليل|LOC]].", ["ثلاثة", "امرأتين"]),
])
def test_figures_joined_to_suspects_are_suspects(frames, text, suspects):
    got = frames(text, "enforcement")
    assert len(got) == 1 and got[0][2]["suspects"] == suspects


@pytest.mark.parametrize("text, issuer", [
    # a country or city right after a bare «قرار» issues it (decision 59)
    ("ويأتي ذلك بعد قرار [[الرياض|LOC]] إغلاق المعبر أمام الشاحنات.", "الرياض"),
    ("وانتقد المسؤول قرار [[الولايات المتحدة|LOC]] الإبقاء على العقوبات.", "الولايات المتحدة"),
])
def test_decision_issued_by_a_place(frames, text, issuer):
    assert frames(text, "decision") == [("decision", "قرار", {"issuer": [issuer]})]


@pytest.mark.parametrize("text, issuer", [
    # «اتخذ + instrument» like «أصدر» (decision 38): its subject issues it
    ("واتخذ [[ماجد الشمري|PER]] قراره بعد جلسة استماع طويلة.", "ماجد الشمري"),
    ("واتخذت [[لجنة الانضباط|ORG]] قرارها بإيقاف اللاعب.", "لجنة الانضباط"),
])
def test_decision_taken_by_its_subject(frames, text, issuer):
    got = [f for f in frames(text, "decision") if f[1].startswith("قرار")]
    assert got == [("decision", got[0][1], {"issuer": [issuer]})]


def test_court_named_anywhere_before_its_session(frames):
    # a long case description between the court and «لجلسة DATE» (decision 20): the court of the sentence holds it
    text = ("وقررت [[محكمة الجنايات|ORG]] أمس مد أجل النطق بالحكم في القضية المعروفة باسم قضية الشركات الوهمية، التي "
            "يحاكم فيها عدد من رجال الأعمال والموظفين السابقين في عدة جهات حكومية وشركات خاصة بتهم الاستيلاء على "
            "المال العام وتزوير المستندات الرسمية وغسل الأموال، لجلسة 14 سبتمبر المقبل.")
    got = frames(text, "meeting")
    assert got == [("meeting", "جلسة", {"organizer": ["محكمة الجنايات"], "date": ["14 سبتمبر المقبل"]})]


def test_one_round_of_negotiations_is_a_meeting(frames):
    # decision 117: one round reported with a verb of taking place, its place and date
    got = frames("وكانت مفاوضات أولية قد جرت بين الطرفين في [[مسقط|LOC]] هذا الشهر.", "meeting")
    assert got == [("meeting", "مفاوضات", {"location": ["مسقط"], "date": ["هذا الشهر"]})]


@pytest.mark.parametrize("text", [
    # a club's own negotiations with a player, and the process in general (decision 117) open none
    "وجددت إدارة [[نادي الهلال|ORG]] مفاوضاتها مع المهاجم البرازيلي هذا الشهر.",
    "ويأمل الوسطاء أن تنطلق المفاوضات هذا الأسبوع في [[جنيف|LOC]].",
])
def test_negotiations_in_general_open_no_meeting(frames, text):
    assert frames(text, "meeting") == []


def test_ambassadors_sending_country_is_not_in_the_host_country(rels):
    # «سفير X في Y»: title_of to both countries (decisions 71, 160), but X is not located in Y
    got = rels("وقال [[سفير|TITLE]] [[الكويت|LOC]] في [[الأردن|LOC]] [[خالد الرومي|PER]] إن السفارة تتابع الحالة.")
    assert not {r for r in got if r[0] == "located_in"}
    assert ("title_of", "سفير", "الكويت") in got
