"""Number rules from the thirty-seventh pass over real news (the recent batches of opinion and wire copy), each on a
sentence written for the test: names, compound adjectives and generic orders that look like figures count nothing
(§3 names; decisions 14, 389), while the figures beside them still count."""
from __future__ import annotations

import pytest


def surfaces(facts: list[tuple]) -> list[str]:
    return [surface for surface, *_ in facts]


@pytest.mark.parametrize("text", [
    "وجدد الوزراء دعمهم لحل الدولتين بوصفه الطريق الوحيد للسلام.",
    "وقال إن الاستيطان يقوض فرص حل الدولتين على الأرض.",
])
def test_two_state_solution_is_a_name(fact_tuples, text):
    """«حل الدولتين» names a peace plan; it counts no two states (§3 names are no facts)."""
    assert fact_tuples(text) == []


def test_two_states_elsewhere_still_count(fact_tuples):
    assert fact_tuples("ووقعت الدولتين الجارتين اتفاقية للتجارة الحرة.")[0][:3] == ("الدولتين", "count", 2.0)


@pytest.mark.parametrize("text", [
    "وتراجعت المبيعات على أساس ربع سنوي بعد موسم الصيف.",
    "وتنشر الشركة نتائجها ربع السنوية في نهاية كل فصل.",
    "وتأهل الفريق إلى الدور نصف النهائي من البطولة.",
    "وأصدرت الهيئة تقريرها نصف السنوي عن سوق العمل.",
])
def test_fraction_before_a_nisba_adjective_is_a_compound(fact_tuples, text):
    """«ربع سنوي» (quarterly), «نصف النهائي» (semi-final): a fraction before a nisba adjective forms one adjective
    and is no fraction of anything."""
    assert fact_tuples(text) == []


def test_fraction_before_a_noun_still_counts(fact_tuples):
    [(surface, kind, value, subject)] = fact_tuples("وخصصت البلدية نصف الميزانية لصيانة الطرق.")
    assert (surface, kind, value, subject.split()[0]) == ("نصف", "count", 0.5, "الميزانية")  # §5: first word


@pytest.mark.parametrize("text", [
    "والصدق هو أول ما يبحث عنه المرء في الصديق.",
    "ويجب على القادة أن يكونوا أول من يتحمل المسؤولية في الأزمات.",
])
def test_generic_first_is_no_rank(fact_tuples, text):
    """«أول ما» (the first thing that …) and «أول من» + an imperfect verb (who should be first) order nothing
    specific (decision 389)."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", [
    "وكانت الوكالة أول من نشر الخبر صباح أمس.",
    "وهي أول طائرة تهبط في المطار بعد ترميمه.",
])
def test_first_to_do_is_still_a_rank(fact_tuples, text):
    assert [(s, k, v) for s, k, v, _ in fact_tuples(text)] == [("أول", "rank", 1.0)]


@pytest.mark.parametrize("text", [
    "وتذكر الأسواق ما جرى أواخر 1998 عندما انهارت أسعار النفط.",
    "ويرى الباحث (2013) أن التسويق يقوم على الثقة.",
])
def test_year_before_a_clause_is_a_date(fact_tuples, text):
    """A year-shaped figure before a conjunction that opens a clause («عندما», «أن») is a year, not a count of the
    word after it (§3 dates)."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", [
    "واجتمع الوفود في مكان ووقت واحد لتوقيع الاتفاق.",
    "وتعمل الشبكة على نقل الصوت والصورة في آن واحد.",
    "ورفعت الحشود مطالب تحت عنوان واحد هو مكافحة الفساد.",
])
def test_one_meaning_the_same_is_no_count(fact_tuples, text):
    """«في وقت/آن واحد» (at once), «في مكان واحد» (together, decision 14), «عنوان واحد هو …» (a single theme): «واحد»
    says sameness, no amount (decision 130)."""
    assert fact_tuples(text) == []


def test_one_after_a_counted_noun_still_counts(fact_tuples):
    assert fact_tuples("وأصيب شخص واحد في الحادث.")[0][:3] == ("واحد", "count", 1.0)


@pytest.mark.parametrize("text", [
    "وأنا لا أنسى أبدا أن مهنتي علمتني الصبر، فقد غيرت حياتي كثيرا.",
    "وقال: «كنت أرى أن فكرتي بسيطة، لكنها نجحت».",
])
def test_my_noun_beside_a_first_person_speaker_is_no_dual(fact_tuples, text):
    """«حياتي», «فكرتي»: a -ي/-تي word in a sentence where the writer or speaker says «I» (أنا، كنت، لي) is «my X»,
    no construct dual (§3 duals)."""
    assert fact_tuples(text) == []


def test_construct_dual_before_two_names_counts_beside_a_speaker(marked_facts):
    """«زيارة مدينتي إيزا ونيس» after «كنت»: the two names keep the construct dual a count 2 (decision 179)."""
    facts = marked_facts("وإن كنت تنوي زيارة مدينتي [[إيزا|LOC]] و[[نيس|LOC]] فالقطار أسرع.")
    assert [(s, v) for s, v, _ in facts] == [("مدينتي", 2.0)]


def test_crown_prince_is_no_first_person(fact_tuples):
    """«ولي العهد» is tokenized «و» + «لي»: no «to me», so the construct dual in the sentence still counts."""
    facts = fact_tuples("واستقبل ولي العهد وفدي الوزارتين في القصر.")
    assert ("وفدي", "count", 2.0) in [f[:3] for f in facts]


@pytest.mark.parametrize("text", [
    "ويحث الخطباء على بر الوالدين والإحسان إليهما.",
    "وتتولى الدار رعاية الأطفال مجهولي الأبوين.",
    "وعاد الصيادون إلى ديارهم سالمين بعد العاصفة.",
    "وهو حديث متفق عليه رواه الإمامان في الصحيحين.",
])
def test_generic_parents_and_idiomatic_duals_count_nothing(fact_tuples, text):
    """«الوالدين/الأبوين» are parents in general (like «الزوجين» of any couple, decision 186), «سالمين» an adjective of
    state, «الصحيحين» the name of two books: no count 2."""
    assert not [f for f in fact_tuples(text) if f[0] in ("الوالدين", "الأبوين", "سالمين", "الصحيحين")]


def test_percent_after_the_participle_of_reaching_measures_its_noun(fact_at):
    """«حصتها البالغة 50 في المائة»: the percent after «البالغة» measures the noun the participle describes, as a count
    there does (§3 subject of «بلغ»)."""
    text = "وأعلنت الشركة أنها تفاوض على بيع حصتها البالغة 30 في المائة في المصنع."
    assert fact_at(text, "30 في المائة")["subject_text"] == "حصتها"


def test_age_after_the_participle_keeps_its_unit(fact_at):
    assert fact_at("وقال الرجل البالغ 70 عاما إنه سيعود.", "70")["subject_text"].split()[0] == "عاما"  # §5: first word


def test_half_past_an_hour_is_a_clock_time(fact_tuples):
    """«الساعة الثانية والنصف» is half past two, no duration of one and a half seconds (clock times are no facts)."""
    assert fact_tuples("وبدأ الاجتماع في الساعة الثانية والنصف ظهرا.") == []
    assert fact_tuples("واستمر الاجتماع ساعة ونصف.")[0][:3] == ("ساعة ونصف", "duration", 1.5)


@pytest.mark.parametrize("text", [
    "وتبين أن طالبا من بين كل خمسة طلاب يعاني من ضعف النظر.",
    "ويحصل المصنع على ستين لترا من كل مئة لتر من الحليب.",
])
def test_rate_base_in_words_is_no_fact(fact_tuples, text):
    """«من بين كل خمسة طلاب», «من كل مئة لتر»: a number word after «كل» that counts no time is a rate base, like the
    digits of «لكل 100 ألف نسمة» (GUIDELINES §3)."""
    assert [f[0] for f in fact_tuples(text) if f[0] in ("خمسة", "مئة")] == []


def test_every_n_months_is_still_a_duration(fact_tuples):
    assert fact_tuples("وتعقد اللجنة اجتماعها كل ستة أشهر.")[0][:3] == ("ستة", "duration", 6.0)


def test_two_digit_year_after_sana_is_a_date(fact_tuples):
    """«سنة 58»: a year cut to two digits after «سنة», like «عام 72» (§3 dates); a count of years before «سنة» stays."""
    assert fact_tuples("وقامت الثورة سنة 58، ثم تغير كل شيء.") == []
    assert fact_tuples("وحكم البلاد 30 سنة متواصلة.")[0][:3] == ("30", "duration", 30.0)



@pytest.mark.parametrize("text, surface", [
    ("ويعد المطار الجديد المطار الأول في البلاد من حيث عدد الرحلات.", "الأول"),
    ("وأصبحت كرة السلة الرياضة الشعبية الأولى في المملكة.", "الأولى"),
    ("وتعد المبادرة الأولى على مستوى المنطقة في هذا المجال.", "الأولى"),
])
def test_first_in_a_place_is_a_rank(fact_tuples, text, surface):
    """«المطار الأول في البلاد»: «the first X in the country/world/region» places one thing first there, a rank 1
    (decisions 79, 132)."""
    assert (surface, "rank", 1.0) in [f[:3] for f in fact_tuples(text)]


def test_first_round_in_a_league_stays_a_label(fact_tuples):
    assert fact_tuples("وفاز الفريق في الجولة الأولى في الدوري.") == []


@pytest.mark.parametrize("text, subject", [
    ("ويهدف النظام إلى خفض نسبة الأعطال إلى صفر خلال عامين.", "نسبة"),
    ("فماذا عن الشركة الثانية؟ أرباحها صفر.", "أرباحها"),
])
def test_a_zero_that_quantifies_is_a_fact(fact_tuples, text, subject):
    """«إلى صفر», «أرباحها صفر.»: a zero that measures something is a fact of value 0 (§3); as the predicate of a
    noun with its pronoun that noun is its subject."""
    [(surface, kind, value, got)] = [f for f in fact_tuples(text) if f[0] == "صفر"]
    assert (kind, value, got.split()[0]) == ("count", 0.0, subject)


@pytest.mark.parametrize("text", [
    "وقال المدرب إن الفريق بدأ من الصفر قبل موسمين.",
    "وانتهت المباراة بفوز الضيوف 2- صفر.",
    "وتبدأ الدراسة في العاشر من شهر صفر.",
])
def test_idiomatic_zero_score_and_month_are_no_facts(fact_tuples, text):
    assert [f for f in fact_tuples(text) if "صفر" in f[0]] == []
