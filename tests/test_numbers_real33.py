"""Number subjects from the thirty-third pass over real news, fitted on real-train, each on a sentence written for the
test: a bare figure followed by a clause verb states no noun (adjudication 34), and «نما/نمت» are verbs of increase
like «ارتفع/زاد» (GUIDELINES §3 change, §6 the metric before the verb)."""
from __future__ import annotations

import pytest


def subjects(number_facts, text: str) -> list[tuple[str, str | None]]:
    return [(text[n["start"]:n["end"]], text[slice(*n["subject"])] if n.get("subject") else None)
            for n in number_facts(text)]


@pytest.mark.parametrize("text, figure", [
    ("وأصيب في الحادث عشرون شخصا، بينهم 12 نقلوا إلى المستشفى المركزي.", "12"),
    ("وضبطت الدوريات خمسين مطلوبا، منهم ثمانية سبق توقيفهم في قضايا مماثلة.", "ثمانية"),
    ("وفر من القرية آلاف السكان، من بينهم 300 ألف غادروا قبل بدء القتال.", "300 ألف"),
    ("ودفن في المقبرة نحو مئة ضحية، بينهم 40 تم التعرف عليهم.", "40"),
])
def test_bare_figure_before_a_clause_verb(number_facts, text, figure):
    """«بينهم 250 ألف نزحوا من …», «وهناك 39 تلقوا العلاج», «بينهم ثلاثة سبق إيقافهم»: the words after the figure are
    a verb (a past plural in «-وا», «تم/سبق»), not its counted noun; the noun is not stated, so the subject is null
    (adjudication 34)."""
    assert (figure, None) in subjects(number_facts, text)


def test_noun_in_wa_after_figure_stays(number_facts):
    """«568 عضوا»: a noun ending in «-وا» whose stem has two letters is the counted noun, not a verb."""
    text = "ويتألف المجلس الجديد من 120 عضوا منتخبا."
    assert ("120", "عضوا منتخبا") in subjects(number_facts, text)


def test_dual_before_a_clause_verb_keeps_itself(number_facts):
    """«وحالتان تم نقلهما»: a dual is its own subject (decision 74) even when «تم» follows it."""
    text = "وهناك حالتان تم نقلهما إلى مستشفى المدينة."
    assert [(f, (s or "").split()[:1]) for f, s in subjects(number_facts, text)] == [("حالتان", ["حالتان"])]


@pytest.mark.parametrize("verb", ["نما", "ونما"])
def test_grow_verb_is_an_increase(number_facts, verb):
    """«إذ نما عدد المشتركين بنسبة 4 في المئة»: «نما» is a verb of increase like «ارتفع», so the percent is an increase
    of the metric after the verb (§3 change; §6 the metric)."""
    text = f"وفي الربع الأول {verb} عدد المشتركين في الخدمة بنسبة 7 في المئة."
    fact = next(n for n in number_facts(text) if text[n["start"]:n["end"]] == "7 في المئة")
    assert fact["change"] == "increase"
    assert text[slice(*fact["subject"])].startswith("عدد المشتركين")


def test_feminine_grow_verb_is_an_increase(number_facts):
    """«ونمت المبيعات بنسبة 5%»: the feminine «نمت» too."""
    text = "ونمت مبيعات التجزئة بنسبة 5% خلال الشهر الماضي."
    fact = next(n for n in number_facts(text) if text[n["start"]:n["end"]] == "5%")
    assert fact["change"] == "increase"
    assert text[slice(*fact["subject"])].startswith("مبيعات")
