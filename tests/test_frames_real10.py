"""Frame rules of the eleventh real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions 22, 226): a bare
definite subject or genitive of a decision or law («أصدر المجلس قرارا»، «قرار المجلس») stands for the body of its
head noun named before; «أقام/يقيم/تقيم» holds a meeting like «عقد/نظم». Every sentence here is written for the test; entities
are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the subject right after «أصدر» (decision 22: an anaphoric filler takes its named antecedent)
    "ناقش [[مجلس الأمناء|ORG]] خطة العام. وأصدر المجلس قرارا بتأجيل الانتخابات.",
    # the subject right before «أصدرت»
    "زار الوفد [[هيئة الرقابة المالية|ORG]] أمس، وقال المتحدث إن الهيئة أصدرت تعميما بوقف الصرف.",
    # the genitive of an indefinite instrument
    "اجتمع [[مجلس الأمناء|ORG]] صباح الأحد. وأشار التقرير إلى قرار المجلس بتعديل الرسوم.",
])
def test_bare_definite_issuer_is_the_named_body(frames, text):
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][2]["issuer"] == [text.split("[[")[1].split("|")[0]]


@pytest.mark.parametrize("text", [
    # a definite adjective after the word describes another body («الهيئة الخليجية الموحدة»)
    "زار الوفد [[هيئة الرقابة المالية|ORG]] أمس. ودعا إلى تفعيل قرار الهيئة الخليجية الموحدة.",
    # no body of that head noun was named before
    "ناقش [[مجلس الأمناء|ORG]] خطة العام. وأصدرت المحكمة حكما بسجنه.",
    # a ruling, not a decision or law: the written genre's «كما أصدرت المحكمة حكماً» names no issuer
    "نظرت [[محكمة الاستئناف|ORG]] في القضية. كما أصدرت المحكمة حكما بسجنه عامين.",
])
def test_bare_definite_issues_only_a_named_decision(frames, text):
    assert all("issuer" not in f[2] for f in frames(text, "decision"))


def test_named_antecedent_at_its_first_mention(frames):
    # the antecedent named last before the word, taken at its first mention in the article (decision 22, 227)
    text = ("عقد [[مجلس الأمناء|ORG]] دورته. وحضر الاجتماع أعضاء [[مجلس الأمناء|ORG]] كافة. "
            "وأصدر المجلس قرارا بتعديل اللائحة.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][2]["issuer"] == ["مجلس الأمناء"]


@pytest.mark.parametrize("text, organizer", [
    # «تقيم ORG … ملتقى»: the body that stages it organizes it (decision 226)
    ("تقيم [[جمعية النور الخيرية|ORG]] بمدينة أبها، ملتقى الأسرة الأول يوم الخميس المقبل.", "جمعية النور الخيرية"),
    # «الملتقى الذي أقامه ORG»: the verb after the noun
    ("وشهد المحافظ اختتام الملتقى الثقافي الذي أقامه [[نادي الباحة الأدبي|ORG]] أمس.", "نادي الباحة الأدبي"),
])
def test_staging_verb_holds_a_meeting(frames, text, organizer):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2].get("organizer") == [organizer]
