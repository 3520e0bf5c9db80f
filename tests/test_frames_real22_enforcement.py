"""Enforcement rules of the twenty-second real-news frames pass: «ألقي القبض عليه» with the person named in an earlier
sentence (GUIDELINES §7 decision 61), a list of suspects after «وهم:» broken by a relative clause, a second act
suspected after «، و» (decision 61), «التحفظ على + person» as custody (decision 102) with the act the person held
tried, and counted goods inside a smuggling offence. Every sentence here is written for the test; entities are
given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_a_pronoun_arrest_takes_the_person_named_in_the_sentence_before(frames):
    # decision 61: «عليه» takes its nearest preceding named mention, here one sentence back
    marked = ("وعمل [[سامر خليل|PER]] محاسبا في شركة للنقل طوال عشر سنوات. وفي مارس الماضي ألقي القبض عليه في "
              "منزله.")
    assert _slots(frames, marked) == [{"suspects": ["سامر خليل"]}]


def test_a_pronoun_arrest_named_as_a_noun_phrase_takes_no_earlier_person(frames):
    # «لحظة القبض عليه»: a time reference, not the arrest told as an event (decision 154)
    marked = ("وعمل [[سامر خليل|PER]] محاسبا في شركة للنقل طوال عشر سنوات. وكان يقيم في المدينة حتى لحظة القبض "
              "عليه.")
    assert _slots(frames, marked) == []


def test_a_list_of_suspects_goes_on_after_a_relative_clause(frames):
    # decision 61: every PER of those caught; «اللذان …» describes the two before it, the list goes on after its comma
    marked = ("وتم القبض عليهم، وهم: [[فادي سالم|PER]] (25 عاما)، و[[رامي يوسف|PER]] (28 عاما) اللذان تم "
              "تجنيدهما من قبل شخص في الخارج، و[[نادر حسن|PER]] (31 عاما).")
    slots = _slots(frames, marked)
    assert len(slots) == 1 and slots[0]["suspects"][-3:] == ["فادي سالم", "رامي يوسف", "نادر حسن"]


def test_a_second_suspected_act_after_a_comma_is_a_second_offence(frames):
    # decision 61: «للاشتباه بـX، وY» names two acts suspected
    marked = "وأوقفت الشرطة [[ماهر سليم|PER]] للاشتباه بانتمائه إلى جماعة محظورة، وتأييد تنظيم متطرف."
    slots = _slots(frames, marked)
    assert slots[0]["offence"] == ["انتمائه إلى جماعة محظورة", "تأييد تنظيم متطرف"]


def test_a_particle_after_the_comma_opens_no_second_offence(frames):
    # «، ولا سيما …» qualifies the first act; it is no act of its own
    marked = ("وأوقفت الشرطة [[ماهر سليم|PER]] للاشتباه بتجنيده شبانا، ولا سيما طلابا في الجامعات.")
    slots = _slots(frames, marked)
    assert slots[0]["offence"] == ["تجنيده شبانا"]


def test_custody_of_a_traveller_who_tried_smuggling(frames):
    # decision 102: «تحفظت … على + person» is custody; the act the person held tried is the offence (decision 39)
    marked = "وتحفظت السلطات في المطار على مسافر حاول تهريب مسدس وخمسة خناجر داخل حقيبته."
    assert _slots(frames, marked) == [{"offence": ["تهريب مسدس وخمسة خناجر"]}]


def test_keeping_things_is_no_custody(frames):
    # decision 102: «التحفظ على الأموال» (freezing) opens none
    marked = "وقررت النيابة التحفظ على الأموال التي حاول المتهمون تحويلها إلى الخارج."
    assert _slots(frames, marked) == []
