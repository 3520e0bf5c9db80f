"""Number rules from the thirty-fourth pass over real news: a construct dual right before two names joined by «و»
is a count 2 (GUIDELINES §3 duals; decisions 33, 74, 129, 179), each on a sentence written for the test with its
entities marked inline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("marked, surface", [
    ("وتعمل المنظمة في عدد من دول قارتي [[أوروبا|LOC]] و[[أمريكا الجنوبية|LOC]] منذ سنوات.", "قارتي"),
    ("وأعلنت السلطات حظر التجول بإقليمي [[دهوك|LOC]] و[[زاخو|LOC]] حتى إشعار آخر.", "إقليمي"),
    ("ونشرت الوزارة المقطع على موقعي «[[فيسبوك|ORG]]» و«[[يوتيوب|ORG]]» أمس.", "موقعي"),
    ("ونقل المصابون إلى مستشفيي [[النور|ORG]] و[[الزهراء|ORG]] في المدينة.", "مستشفيي"),
    ("وجرت المفاوضات بين حزبي [[الأمة|ORG]] و[[الاتحاد الديمقراطي|ORG]] في العاصمة.", "حزبي"),
    ("وفاض الماء من نهري [[دجلة|LOC]] و[[الفرات|LOC]] بعد الأمطار.", "نهري"),
])
def test_a_construct_dual_before_two_names_is_a_count_two(marked_facts, marked, surface):
    """«قارتي آسيا وإفريقيا», «بإقليمي فان واغري», «موقعي «تويتر» و«إنستغرام»», «مستشفيي الاحساء والموسى»: a -ي/-تي
    word right before two names of one kind joined by «و» is a construct dual, a count 2 whose span is the dual word
    without a glued «ب» and whose subject is the whole phrase (decisions 33, 74, 129, 179), even where the word counts
    alone read the form as an adjective («إقليمي» regional, «حزبي» partisan)."""
    facts = marked_facts(marked)
    assert [(s, v) for s, v, _ in facts] == [(surface, 2.0)]
    assert facts[0][2].startswith(surface)


@pytest.mark.parametrize("marked", [
    "وعقد الوزير اجتماعا مع ممثلي [[البنك الدولي|ORG]] و[[صندوق النقد|ORG]] أمس.",
    "وسقطت البلدة بأيدي [[الجيش|ORG]] و[[الشرطة|ORG]] بعد معارك.",
    "وقتل مسلح ثلاثة من المتطوعين في مركز لاحتياطيي [[البحرية|ORG]] و[[المارينز|ORG]] أمس.",
    "وشنت الطائرات غارات على [[الرمادي|LOC]] و[[الفلوجة|LOC]] أمس.",
    "ووصلت التعزيزات إلى جنوب شرقي [[اليمن|LOC]] و[[اللواء 15|ORG]] بعد المعارك.",
])
def test_no_dual_before_two_names_for_plurals_particles_or_mixed_kinds(marked_facts, marked):
    """«مع ممثلي طالبان وحكومة كابول», «بأيدي الجيش والمقاومة», «لاحتياطيي البحرية والمارينز»: a sound plural in
    construct (its -ين and -ون forms common), a defective broken plural, a nisba noun's -يي (decision 363: a plural
    as well), a particle, or two names of different kinds make no dual (decision 33 counts duals only)."""
    assert [v for _, v, _ in marked_facts(marked) if v == 2.0] == []


def test_the_names_decide_an_adjective_shaped_head(marked_facts):
    """Without the two names the adjective-shaped «بإقليمي» («regional») stays no fact: the pair, not the form, makes
    it a dual (decision 179)."""
    assert marked_facts("وأعلنت السلطات حظر التجول بإقليمي دهوك وزاخو حتى إشعار آخر.") == []
