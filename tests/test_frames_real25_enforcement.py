"""Enforcement rules of the twenty-fifth real-news frames pass: a sentence naming those caught («والموقوفون هم:
(X مواليد …)، و(Y …)») fills the arrest told before it (GUIDELINES §7 decisions 61, 154), a person in a relative
clause of a passive arrest verb («X، الذي كان أوقف …») is the suspect (decision 61), and a person named as one of
those caught («بما في ذلك X»، «أحدهم X») joins their count (§4 suspects, decision 61). Every sentence here is written
for the test; entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_a_sentence_listing_those_caught_fills_the_arrest_before_it(frames):
    # decisions 61 and 154: a later mention that names the suspects fills the arrest's frame
    marked = ("أعلنت الشرطة أنها ألقت القبض على مجموعة من الشبان بتهمة سرقة السيارات. والموقوفون هم: "
              "([[كريم عادل|PER]] مواليد 1991) الذي قاد المجموعة، و([[وليد منصور|PER]] مواليد 1994) الذي باع "
              "القطع المسروقة.")
    slots = _slots(frames, marked)
    assert len(slots) == 1 and slots[0]["suspects"] == ["كريم عادل", "وليد منصور"]


def test_a_list_of_witnesses_fills_no_arrest(frames):
    # only a noun of those caught before «هم:» lists suspects; witnesses are none
    marked = ("أعلنت الشرطة أنها ألقت القبض على مجموعة من الشبان بتهمة سرقة السيارات. والشهود هم: "
              "([[كريم عادل|PER]] مواليد 1991)، و([[وليد منصور|PER]] مواليد 1994).")
    slots = _slots(frames, marked)
    assert all("suspects" not in s for s in slots)


def test_a_relative_clause_of_a_passive_arrest_names_the_suspect(frames):
    # decision 61: «X، الذي كان أوقف من قبل …» tells the arrest of X
    marked = "وهي شقيقة التاجر [[سمير فؤاد|PER]]، الذي كان أوقف من قبل الشرطة بعد مداهمة مخزنه."
    assert _slots(frames, marked) == [{"suspects": ["سمير فؤاد"]}]


def test_a_relative_clause_with_an_object_is_the_one_who_arrested(frames):
    # «X الذي أوقف اللص»: X made the arrest, the one caught is the object
    marked = "وكرمت البلدية الحارس [[سمير فؤاد|PER]] الذي أوقف اللص قرب المصرف."
    assert all(s.get("suspects") != ["سمير فؤاد"] for s in _slots(frames, marked))


def test_a_person_named_among_those_caught_joins_their_count(frames):
    # §4 suspects and decision 61: the count and the PER of those caught, every one
    marked = "وأوقفت الشرطة 4 رجال أحدهم المهندس [[ناصر حامد|PER]]، فجر الأحد، في حي سكني."
    slots = _slots(frames, marked)
    assert len(slots) == 1 and slots[0]["suspects"][-1] == "ناصر حامد" and len(slots[0]["suspects"]) == 2


def test_a_person_after_including_is_a_suspect_of_an_uncounted_arrest(frames):
    # «اعتقال عديد من المسؤولين، بما في ذلك X»: no count, the named one is the suspect (decision 61)
    marked = "وأسفر التحقيق عن اعتقال عديد من المسؤولين في الشركة، بما في ذلك [[فريد شاكر|PER]]، المدير المالي."
    assert _slots(frames, marked) == [{"suspects": ["فريد شاكر"]}]
