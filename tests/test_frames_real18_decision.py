"""Rules of the eighteenth real-news pass on decision frames (GUIDELINES §7 decisions 22, 46, 191). Every sentence here
is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def _one(frames, text: str) -> dict:
    got = frames(text, "decision")
    assert len(got) == 1, got
    return got[0][2]


# --- an issuing verb with no subject of its own (decision 22) ---------------------------------------------------------

def test_a_coordinated_verb_takes_the_subject_after_that(frames):
    text = ("وقال المتحدث [[خالد سالم|PER]] إن [[شرطة المدينة|ORG]] أوقفت ثلاثة رجال، وأصدرت مذكرات توقيف "
            "بحق اثنين آخرين.")
    assert _one(frames, text)["issuer"] == ["شرطة المدينة"]


def test_a_coordinated_verb_after_a_relative_takes_its_head(frames):
    text = ("ورفع المحامي القضية إلى [[محكمة الاستئناف|ORG]] التي نظرت فيها الأسبوع الماضي وأصدرت حكمها "
            "بتغريم الشركة.")
    assert _one(frames, text)["issuer"] == ["محكمة الاستئناف"]


def test_a_sentence_opened_by_the_verb_continues_the_last_one(frames):
    text = ("وأوضح أن [[وزير الصحة|TITLE]] قد زار المستشفى واطلع على أوضاع المرضى. وأصدر تعليماته بزيادة "
            "عدد الأطباء.")
    assert _one(frames, text)["issuer"] == ["وزير الصحة"]


def test_a_pronoun_after_that_takes_the_topic_after_amma(frames):
    text = "أما [[هيئة الموانئ|ORG]] فذكرت في بيان أنها أصدرت أوامر بإغلاق الرصيف الشمالي."
    assert _one(frames, text)["issuer"] == ["هيئة الموانئ"]


def test_a_feminine_verb_takes_no_person(frames):
    # «وأضاف X أن … وأصدرت»: the feminine verb continues no man's clause
    text = "وأضاف [[سامي يوسف|PER]] أن اللجنة عقدت اجتماعها، وأصدرت قرارا بتأجيل الانتخابات."
    got = frames(text, "decision")
    assert all("issuer" not in s for _, _, s in got)


# --- passive agent «من قبل» (decision 191) ----------------------------------------------------------------------------

def test_a_relative_passive_with_its_agent_opens_a_decision(frames):
    text = "وعاد اللاعب إلى التدريبات بعد انتهاء القرار الذي صدر بحقه من قبل [[لجنة الانضباط|ORG]] في الموسم الماضي."
    assert _one(frames, text)["issuer"] == ["لجنة الانضباط"]


def test_orders_issued_by_a_body_in_a_relative_passive_open_a_decision(frames):
    # «أوامر» opens only with its issuer (decision 191): «التي صدرت من قبل X» names it like «الصادرة عن X»
    text = "والتزم السكان بالتعليمات التي صدرت من قبل [[وزارة الداخلية|ORG]] بحظر التجول."
    assert frames(text, "decision") == [("decision", "التعليمات", {"issuer": ["وزارة الداخلية"]})]


# --- the type noun before a body's short name (decision 46) -----------------------------------------------------------

def test_a_type_noun_before_the_body_is_outside_the_issuer(frames):
    text = "وتراجعت الأسعار بعد قرار منظمة [[أوبك|ORG]] الإبقاء على سقف الإنتاج."
    assert _one(frames, text)["issuer"] == ["أوبك"]
