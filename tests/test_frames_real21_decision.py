"""Rules of the twenty-first real-news pass on decision frames: precision of the issuer and date slots (GUIDELINES §7
decisions 19, 21, 38, 59, 80, 262, 265, 273). Every sentence here is written for the test; entities are given as gold
(marked [[surface|LABEL]])."""
from __future__ import annotations


def _slots(frames, text: str) -> list[dict]:
    return [s for _, _, s in frames(text, "decision")]


# --- the verb's object is the instrument (decision 19) ---------------------------------------------------------------

def test_a_verb_with_an_object_pronoun_does_not_issue_a_later_instrument(frames):
    # «أصدرته» issues the statement its pronoun stands for; the month dates the statement, not the resolution
    text = ("وانتقدت الحكومة اللجنة في بيان أصدرته مارس الماضي ووصفت فيه قرار [[مجلس الأمناء|ORG]] بأنه "
            "متسرع.")
    got = _slots(frames, text)
    assert got and all("date" not in s for s in got)
    assert any(s.get("issuer") == ["مجلس الأمناء"] for s in got)


def test_steps_a_body_took_do_not_issue_the_instrument_after_them(frames):
    text = ("وسئل عن الخطوات التي اتخذتها [[الهيئة العامة للرياضة|ORG]] لإبلاغ الأندية بشأن إلغاء القرار "
            "الأسبوع المقبل.")
    assert all("issuer" not in s for s in _slots(frames, text))


def test_a_statement_issued_before_a_ruling_is_the_verbs_object(frames):
    # decision 80: a statement decides nothing, and the ruling it is about is not issued by the verb
    text = "أصدرت [[وزارة العدل|ORG]] اليوم بيانا بشأن تنفيذ حكم الإعدام في أحد المدانين بالمنطقة الشرقية."
    assert _slots(frames, text) == []


def test_a_ruling_issued_by_the_verb_still_opens(frames):
    text = "أصدرت [[المحكمة العليا|ORG]] اليوم حكما بسجن المتهم خمس سنوات."
    got = _slots(frames, text)
    assert len(got) == 1 and got[0]["issuer"] == ["المحكمة العليا"]


# --- an indefinite instrument and its genitive (decision 59) ---------------------------------------------------------

def test_the_genitive_of_an_indefinite_instrument_names_no_issuer(frames):
    # «قرار الزام X»: the definite-looking word after a bare «قرار» is what it decides, not an adjective, and the
    # body after it is the one the decision obliges
    text = "واستعدت الشركات لتطبيق قرار الزام [[هيئة النقل العام|ORG]] المشغلين بتركيب الكاميرات."
    assert all("issuer" not in s for s in _slots(frames, text))


def test_a_body_right_after_an_indefinite_instrument_still_issues_it(frames):
    text = "ورحب الأهالي بقرار [[مجلس الوزراء|ORG]] بإنشاء جامعة جديدة في المحافظة."
    assert any(s.get("issuer") == ["مجلس الوزراء"] for s in _slots(frames, text))


# --- the date right after «في» (decision 21) -------------------------------------------------------------------------

def test_a_month_later_in_the_clause_does_not_date_the_instrument(frames):
    text = ("وقد رفض الاتحاد منح الترخيص، وأثار القرار احتجاجات في المدينة بالتزامن مع مباريات الكأس في "
            "أكتوبر.")
    assert all("date" not in s for s in _slots(frames, text))


def test_a_date_right_after_fi_still_dates_the_instrument(frames):
    text = "وكان [[مجلس الشورى|ORG]] قد أصدر القرار في 12 مارس 2014 بعد مناقشات طويلة."
    got = _slots(frames, text)
    assert len(got) == 1 and got[0]["date"] == ["12 مارس 2014"]


# --- a feminine verb takes a body, not the man named before it -------------------------------------------------------

def test_a_feminine_verb_does_not_make_the_man_before_it_the_issuer(frames):
    text = ("وقال إنه بعد تولي [[حسان العلي|PER]] منصب الرئاسة، أفرجت السلطات عن عدد من المعتقلين، كما أصدرت "
            "قرارات بالعفو عن آخرين.")
    got = _slots(frames, text)
    assert all("issuer" not in s and "signer" not in s for s in got)


def test_a_masculine_verb_still_makes_the_man_before_it_the_issuer(frames):
    text = "وقال [[حسان العلي|PER]] إنه زار الموقع وأصدر تعليمات بإصلاح الطريق."
    got = _slots(frames, text)
    assert len(got) == 1 and got[0]["issuer"] == ["حسان العلي"]


# --- one frame per instrument (decisions 262, 265) -------------------------------------------------------------------

def test_an_instrument_named_again_by_the_last_name_opens_no_frame(frames):
    text = ("وتأتي مذكرة [[وزير الزراعة|TITLE]] [[مروان حداد|PER]] في وقت حرج. ويرى المزارعون أن المشكلة ليست في مذكرة "
            "[[الوزير|TITLE]] [[حداد|PER]] بل في التطبيق.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][2]["issuer"] == ["مروان حداد"]


def test_an_instrument_reported_without_then_with_its_number_is_one_frame(frames):
    text = ("وذكرت الإذاعة أن الرئيس [[سامر الخطيب|PER]] أصدر مرسوما يقضي بتعديل الرسوم. وجاء فيه: أصدر الرئيس "
            "[[سامر الخطيب|PER]] اليوم المرسوم رقم 45 لعام 2015 القاضي بتعديل الرسوم.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "المرسوم" and got[0][2]["id"] == ["45"]


# --- a rule for instruments to come opens none (decisions 38, 273) ---------------------------------------------------

def test_a_present_issuance_in_a_relative_clause_opens_no_frame(frames):
    text = "ويتم صرف المبالغ وفقاً للضوابط التي يصدر بتحديدها قرار من [[مجلس إدارة الصندوق|ORG]] في وقت لاحق."
    assert frames(text, "decision") == []


def test_a_scheduled_issuance_still_opens(frames):
    text = "وأكد المصدر أن [[لجنة الانضباط|ORG]] ستصدر قرارا نهائيا غدا."
    got = _slots(frames, text)
    assert len(got) == 1 and got[0]["issuer"] == ["لجنة الانضباط"]
