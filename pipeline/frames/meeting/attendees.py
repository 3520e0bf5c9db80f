"""The attendee slot of a meeting: who met, spoke, presented, convened, took part or is placed at it by
«بحضور/بمشاركة»، and who is not (a person replaced or opposed, an alias)."""
from __future__ import annotations

from bisect import bisect_left

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.chairs import chair_office, co_chairs
from pipeline.frames.meeting.cues import (absent, chain_word, date_spanning, lam, norm, preposition, said, speaks,
                                          surface, with_after)
from pipeline.frames.meeting.reports import between_people
from pipeline.frames.meeting.words import (ABBREVIATED_TITLES, ACCOMPANY, ADDRESS, ALL_OF, ALREADY, AT, ATTEND,
                                           CHAIRING_PRONOUN, CHAIR_KEYS, DESCRIPTION, DISCUSS, DUAL, FRONTED_WINDOW,
                                           MET_KEYS, NEAR, NOT_THERE, OBJECT_WORDS, OFFICE_CHAIN, PAPER, PAPERS,
                                           PARTAKER_WINDOW, PARTAKE_KEYS, PARTAKING_NOUNS, PRESENCE, PRESENCE_KEY,
                                           PRESENT, PRESENTED_BY, PRESENT_WINDOW, PRONOUNS, RECEIVING, RELATIVE_KEYS,
                                           SAME_SUBJECT, SPEAKER_REACH, SPEAKER_WINDOW, SPOKE, SPOKE_TO,
                                           SUBJECT_PRONOUN, TALKS, TRIGGERS, WITH_SHARE, WITH_SHARE_KEY, WITH_WINDOW,
                                           WITNESSED, WORK)
from pipeline.frames.relations import HONORIFICS, holder
from pipeline.frames.triggers import clause, find, find_in, mentions_in
from pipeline.text.lexicon import COMMAS
from pipeline.text.lexicon import THAT  # what is said after «قال … إن» names no participant


def sentence_subject(ctx: Context, v: int, i: int) -> list[Mention]:
    """«وسيسافر X إلى جورجيا في 12 الجاري …، حيث يعقد محادثات مع …»: a verb of holding or conducting right after
    «حيث/كما», with no person, office or body between it and the meeting noun at i, has the subject of its sentence:
    the first person named in the sentence before it, who attends (GUIDELINES §7 decisions 36, 62)."""
    if ctx.key(v - 1) not in SAME_SUBJECT or any(m.label in ("PER", "TITLE", "ORG") for m in ctx.starting_in(v + 1, i - 1)):
        return []
    return [m] if (m := _opening_person(ctx, v)) is not None else []


def _opening_person(ctx: Context, v: int) -> Mention | None:
    """The first person named in the sentence of word v, ending before the word right before v (the subject of a verb
    after «حيث/كما/أنه»)."""
    return next((m for m in ctx.starting_in(ctx.sentence_start(v), v - 2) if m.label == "PER" and m.last < v - 1), None)


def pronoun_subject(ctx: Context, i: int) -> Mention | None:
    """«كشف الوزير X … أنه التقى مديري التعليم»، «ووزع … كما التقى بمنسوبي المجمع»: a verb of meeting after «أنه/إنه»
    (what the speaker says of himself) or «كما/حيث» (a further act of the same subject) has the subject of its
    sentence, its first person, as the named participant (GUIDELINES §7 decision 36); after «حيث/كما» a bare definite
    noun right after the verb is its own subject («حيث تلتقي الأسر في بيت كبير العائلة»، «حيث يلتقي الكبار والصغار»),
    and the sentence's person is not said to meet."""
    if ctx.key(i - 1) not in SUBJECT_PRONOUN or norm(ctx.key(i)) not in MET_KEYS:
        return None
    if ctx.key(i - 1) in SAME_SUBJECT and ctx.key(i + 1).startswith("ال") and ctx.key(i + 1) not in HONORIFICS \
            and not ctx.starting_in(i + 1, i + 1):
        return None
    return _opening_person(ctx, i)


def named_after(ctx: Context, i: int, b: int) -> list[Mention]:
    """The persons named after word i in its clause, but not a person in the genitive of another's title
    («المبعوث الشخصي للرئيس X»: X is not at the meeting)."""
    out = []
    # «قال خلال اجتماعه بمديري التعليم إن … مديرها X»، «خلال لقاء مع قناة X أمس، إنه …»: what is said after «إن/أن»
    # (bare or with its pronoun) names no participant
    # (not a name that reads as «أن»: «التقى زوجته الثانية آن دانهام»)
    b = next((j - 1 for j in range(i + 1, b + 1) if said(ctx, j) and not ctx.starting_in(j, j)
              or _next_event(ctx, j)), b)
    for m in ctx.starting_in(i + 1, b):
        if m.label != "PER":
            continue
        prev = [t for t in ctx.starting_in(max(i + 1, m.first - 4), m.first - 1) if t.last < m.first]
        title = prev[-1] if prev and prev[-1].label == "TITLE" and prev[-1].last + 1 == m.first else None
        if title is not None and (norm(ctx.key(title.first)).startswith("لل") or title.lead == "ل"
                                  or ctx.words[title.first - 1] in ("ل", "لـ")):
            continue
        out.append(m)
    return out


def _next_event(ctx: Context, j: int) -> bool:
    """«نتائج اجتماعه مع الرئيس X، والاتصال الهاتفي الذي تلقاه من Y»: a comma and «و» + a definite noun that is no name,
    office or style and has no person right after it («، ووزير الدفاع Z»، «، والدكتور W»، «، والقيادي Y» go on with
    the participants) starts another thing told, whose persons are not at the meeting."""
    k = j + 1 + (ctx.words[j + 1:j + 2] == ["و"])
    key = ctx.key(k).removeprefix("و") if k == j + 1 else ctx.key(k)
    return ctx.words[j] in COMMAS and (k > j + 1 or ctx.key(k).startswith("و")) and key.startswith("ال") \
        and key not in HONORIFICS and not ctx.starting_in(k, k) \
        and not any(m.label == "PER" for m in ctx.starting_in(k + 1, k + NEAR))


def people_met(ctx: Context, i: int) -> list[Mention]:
    """The people a meeting of named people at word i places there: the nearest person before it in its
    sentence and the persons after it in its clause (a chain of titles and names, «ووزير الدفاع Z»)."""
    a, b = clause(ctx, i)
    # «أوضح الوزير X … أن خادم الحرمين الشريفين أطلع المجلس على نتائج اجتماعه مع …»: with a subject named right after
    # a bare «أن/إن», the speaker before it reports the meeting of another
    k = next((j for j in range(i - 1, a - 1, -1) if ctx.key(j) in THAT), None)
    subj = next((m for m in ctx.starting_in(k + 1, k + 1) if m.label in ("PER", "TITLE", "ORG")), None) \
        if k is not None else None
    a = k + 1 if subj is not None else a
    # «تناولتها X … مع Y … خلال اجتماعهما»: a dual pronoun on the noun stands for the two persons named before it
    before = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER"][-1 - norm(ctx.key(i)).endswith(DUAL):]
    # «وقال X إن اللقاء بين Y وZ …»: the persons after «بين» are all who met; the speaker before reports it
    before = [] if between_people(ctx, i) else before
    # «أن خادم الحرمين الشريفين أطلع المجلس على نتائج اجتماعه»: an office with no name after «أن» stands for the
    # person named before who holds it (GUIDELINES §7 decision 22)
    if not before and subj is not None and subj.label == "TITLE" and (h := holder(ctx, subj)) is not None:
        before = [h]
    return before + named_after(ctx, i, b)


def subject(ctx: Context, i: int) -> Mention | None:
    """«إن X نائب رئيس الجمهورية سيجتمع … مع الوزراء»: the person right before a verb of meeting, over the chain of
    offices and bodies in apposition to the name, is one named participant (GUIDELINES §7 decision 36); also over
    «قد» after the subject of «كان» («وكانت X، قد التقت مع سفراء …»)."""
    k = i - 1
    if ctx.key(k) == ALREADY:
        k -= 1 + (ctx.words[k - 1] in COMMAS)
    while (m := next((m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k) if m.last == k), None)) is not None \
            and m.label in ("TITLE", "ORG", "LOC"):
        k = m.first - 1
    return m if m is not None and m.label == "PER" and m.last == k else None


def companions(ctx: Context) -> list[Mention]:
    """«رافقه فيها X ومسؤولون»، «أن اللواء Y مدير الكلية كان في استقبال الوزير»: in the article of a meeting of named
    people, the persons who accompany its participant or receive him at the venue are placed there (GUIDELINES §7
    decision 133)."""
    out = []
    for k in find(ctx, ACCOMPANY):
        out += [m for m in ctx.starting_in(k + 1, clause(ctx, k)[1]) if m.label == "PER"]
    for k in find(ctx, RECEIVING):
        a, _ = clause(ctx, k)
        if ctx.key(k - 1) == "في" and (ctx.key(k).endswith(("ه", "ها")) or ctx.key(k + 1).startswith("ال")):
            out += [m for m in ctx.starting_in(a, k - 1) if m.label == "PER"][-1:]
    return out


def fronted(ctx: Context, i: int) -> list[Mention]:
    """«وخلال الجلسة التي عقدتها لجنة X، استعرض وزير العدل Y …»، «وفي مستهل الاجتماع رحب Z»: a phrase of time at
    the meeting opens its clause; the first person named after the noun acts at the meeting (an attendee,
    GUIDELINES §7 decisions 20, 98)."""
    k = preposition(ctx, i)
    a, b = clause(ctx, i)
    k -= ctx.words[k - 1:k] == ["و"]  # «و خلال»: the conjunction split off
    if ctx.key(k + (ctx.words[k] == "و")).removeprefix("و") not in AT or not (k == a or ctx.words[k - 1] in COMMAS):
        return []
    return [m for m in ctx.starting_in(i + 1, min(b, i + FRONTED_WINDOW)) if m.label == "PER"][:1]


def presenter(ctx: Context, i: int) -> list[Mention]:
    """«قدم الشيخ X ندوة بعنوان …»، «لقاء بعنوان «…» قدمته X»: the person who gives a talk attends it (GUIDELINES
    §7 decisions 36, 97: one named participant reports it)."""
    a, b = clause(ctx, i)
    before = [m for m in ctx.starting_in(max(a, i - PRESENT_WINDOW), i - 1) if m.label == "PER" and m.last == i - 1]
    if before and any(norm(ctx.key(k)) in PRESENT for k in range(max(a, before[0].first - 3), before[0].first)):
        return before
    for k in range(i + 1, min(b, i + PRESENT_WINDOW) + 1):
        if norm(ctx.key(k)).startswith(PRESENT) and ctx.key(k) not in PRESENT:  # «قدمته»: with its object pronoun
            return [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "PER"]
    return []


def speaker(ctx: Context, i: int) -> list[Mention]:
    """The person who speaks at the meeting: named before it in its clause, else, for a verb with no named
    subject («وقال في مؤتمر صحافي»), the last person named in the sentence before (GUIDELINES §7 decision 22)."""
    a, _ = clause(ctx, i)
    named = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER"][-1:]
    k = preposition(ctx, i)  # the «في/خلال» before the noun
    # only a verb right before «في» («وقال في مؤتمر صحافي») or before a definite description of its subject
    # («وقال المسؤول التركي في مؤتمر صحافي», decision 22) has no named subject of its own
    v = k - 1
    while v > max(a, k - 1 - DESCRIPTION) and ctx.key(v).startswith("ال") and not ctx.starting_in(v, v):
        v -= 1
    if named or a == 0 or ctx.sent_of[a - 1] != ctx.sent_of[i] - 1 or not speaks(ctx, v):
        return named
    prev = ctx.sent_of[a - 1]
    return [m for m in ctx.starting_in(max(0, a - SPEAKER_WINDOW), a - 1) if m.label == "PER" and ctx.sent_of[m.first] == prev][-1:]


def unnamed_host(ctx: Context, v: int, a: int, i: int) -> list[Mention]:
    """«وأبدى المهندس X، خلال مؤتمر صحافي عقده أمس»: a verb of holding after the noun with its object pronoun and no
    named subject after it is done by the subject of the sentence, the last person before the noun in its clause; he
    attends (GUIDELINES §7 decisions 62, 97: the speaker of a press conference)."""
    if not norm(ctx.key(v)).endswith(CHAIRING_PRONOUN) or any(m.label in ("PER", "ORG", "TITLE")
                                                                for m in ctx.starting_in(v + 1, v + 1)):
        return []
    return [m for m in ctx.starting_in(a, i - 1) if m.label == "PER" and m.last < i][-1:]


def actor_before(ctx: Context, i: int) -> list[Mention]:
    """«ودافع اللاعب X أمس خلال جلسة الاستماع»: the person named right before «خلال» and the meeting noun, with at most
    a date written between, acts at the meeting and is placed there (GUIDELINES §7 decisions 133, 135, 152)."""
    if ctx.key(i - 1) != "خلال":
        return []
    a, _ = clause(ctx, i)
    per = _over_offices(ctx, a, i - 2)
    if per is None:
        k = next((j for j in range(max(a, i - 6), i - 1) if date_spanning(ctx, j, i - 2)), None)
        per = _over_offices(ctx, a, k - 1) if k is not None else None
    if per is None:
        per = verb_subject(ctx, a, i - 1)
    return [per] if per is not None and per.label == "PER" else []


def _over_offices(ctx: Context, a: int, k: int) -> Mention | None:
    """The mention that ends at word k, or, over a chain of offices and bodies after a name and their nisba adjectives
    («البرتغالي X مدرب تشيلسي الإنجليزي»), the person they are in apposition to, not before word a."""
    m = None
    for _ in range(OFFICE_CHAIN):
        if k < a:
            return m
        m = next((m for m in ctx.starting_in(max(a, k - OFFICE_CHAIN), k) if m.last == k), None)
        if m is None and chain_word(ctx, k):
            k -= 1
        elif m is not None and m.label in ("TITLE", "ORG", "LOC"):
            k = m.first - 1
        else:
            return m
    return m


def verb_subject(ctx: Context, a: int, k: int) -> Mention | None:
    """«كان رئيس الوزراء X قد وافق عليها خلال قمة …»: the person named right before «قد» and a verb, with at most an
    object word after the verb, before word k («خلال»), is the subject who acts at the meeting (decisions 133, 135)."""
    j = k - 1
    j -= j > a and ctx.key(j) in OBJECT_WORDS  # «عليها»، «عليه»
    j -= 1  # the verb
    j -= ctx.key(j) == ALREADY
    if j <= a or ctx.words[j] in COMMAS or ctx.key(j + 1 + (ctx.key(j + 1) == ALREADY)).startswith("ال") \
            or any(ctx.starting_in(j + 1, k - 1)):
        return None
    return next((m for m in ctx.starting_in(max(a, j - OFFICE_CHAIN), j) if m.last == j and m.label == "PER"), None)


def convener(ctx: Context, v: int, i: int) -> list[Mention]:
    """«عقد المشرف العام على السوق الدكتور X أول ورشة عمل»، «عقد محافظ الخرج X اجتماعا عاجلا مع … Y»: the person who
    holds the meeting, named between the verb of holding and the noun, attends it (GUIDELINES §7 decision 62: without
    «ترأس/برئاسة» a convener is no chair), and so does the person a talk is held with after «مع» (decision 36)."""
    out = [m for m in ctx.starting_in(v + 1, i - 1) if m.label == "PER"][:1]
    # «-X وY- مؤتمرا»: the persons joined to him by «و» hold it with him
    out = co_chairs(ctx, out[0]) if out else []
    # «وعقد رئيس البرلمان أمس اجتماعا»: an office with no name of its own stands for the person named before who
    # holds it, as for a chair (decision 62)
    out = out or [h for h in [chair_office(ctx, v, i - 1)] if h] or sentence_subject(ctx, v, i)
    # «رئيس الوزراء X عقد جلسة طارئة»: the person right before the verb (over «قد») holds it
    k = v - (ctx.key(v - 1) == ALREADY)
    if not out and not ctx.words[v].startswith(("ل", "ب")) and not any(c in ctx.key(v) for c in CHAIR_KEYS):
        out = [m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k - 1) if m.label == "PER" and m.last == k - 1]
    # «عقدت (الإدارة) اجتماعا تشاوريا مع رئيس لجنة المسابقات X»: the person a talk is held with attends (decision 36)
    if norm(ctx.key(i)).startswith(TALKS):
        _, b = clause(ctx, i)
        with_ = with_after(ctx, i, b, WITH_WINDOW)
        if with_ is not None:
            out += named_after(ctx, with_, b)[:1]
    return out


def alias(ctx: Context, m: Mention) -> bool:
    """«محمود عباس (أبو مازن)»: a bracketed kunya or alias right after a person's name is that person again
    (GUIDELINES §7 decision 73), so it attends once, under the name."""
    if ctx.words[m.first - 1:m.first] != ["("] or ctx.words[m.last + 1:m.last + 2] != [")"]:
        return False
    return any(p.label == "PER" and p.last == m.first - 2 for p in ctx.starting_in(max(0, m.first - 12), m.first - 2))


def attend(ctx: Context, lo: int, hi: int) -> list[int]:
    """The words in [lo, hi) after which the persons named attend: «بحضور»، «حضره»، «شارك»، «بمشاركة» (its «ب»
    glued or split off)."""
    # «إن حضور الرئيس X ضيف شرف على قمة …»، «برئاسة Y، وحضور Z»: the bare noun (no «ل» of purpose, no pronoun) names
    # who attends as «بحضور» does (GUIDELINES §7 decision 133)
    bare = [k for k in find_in(ctx, PRESENCE, lo, hi) if norm(ctx.key(k)) == PRESENCE_KEY
            and norm(ctx.words[k]).startswith(PRESENCE) and not lam(ctx, k - 1)]
    return sorted(find_in(ctx, ATTEND, lo, hi) + bare + [k for k in find_in(ctx, WITH_SHARE, lo, hi)
                                                         if ctx.words[k - 1] in ("ب", "بـ")
                                                         and ctx.key(k) == WITH_SHARE_KEY])


def elsewhere(ctx: Context, v: int) -> bool:
    """«اللاعبين الذين شاركوا في بطولة كوبا أمريكا (X وY)»: those described by a relative clause as taking part or
    attending «في» an event whose noun is no meeting noun are not placed at the article's meeting (§4 attendee: a PER
    the text places at the meeting)."""
    return ctx.key(v - 1) in RELATIVE_KEYS and ctx.key(v + 1) == "في" and not find_in(ctx, TRIGGERS, v + 2, v + 3)


def partaker(ctx: Context, v: int) -> list[Mention]:
    """The person who takes part at the verb v: the nearest person before it in its clause, none after a negation or
    absence («لم يحضر»، «تغيبها عن حضور»)."""
    if any(absent(ctx, k) for k in range(max(0, v - 3), v)):
        return []
    # «لمشاركتها في محادثات»: a verbal noun with a pronoun takes part for the one it refers to, not the nearest person
    if norm(ctx.key(v)).lstrip("ل").startswith(PARTAKING_NOUNS) and ctx.key(v).endswith(PRONOUNS):
        return []
    a, _ = clause(ctx, v)
    return [m for m in ctx.starting_in(max(a, v - PARTAKER_WINDOW), v - 1) if m.label == "PER" and m.last < v][-1:]


def later_attendees(ctx: Context, i: int) -> list[Mention]:
    """«فيما حضر مع اللاعب في الجلسة كل من X، وY»، «أن كلا من الرئيس X والرئيس Y سيشاركون في القمة»: a later mention
    of the meeting after a verb of attending or taking part (over «مع X») places the persons of its clause there, after
    the last «أن/إن» before the verb (GUIDELINES §7 decision 133: every person the text places at the meeting)."""
    if ctx.key(i - 1) != "في":
        return []
    v = next((k for k in range(i - 2, max(0, i - 5), -1) if norm(ctx.key(k)).startswith(PARTAKE_KEYS)), None)
    if v is None or any(absent(ctx, k) for k in range(max(0, v - 3), v)):
        return []
    a, b = clause(ctx, i)
    a = next((k + 1 for k in range(v - 1, a - 1, -1) if said(ctx, k)), a)
    return mentions_in(ctx, a, b, "PER")


def over_titles(ctx: Context, b: int) -> int:
    """The end b of a clause or sentence moved on over the point of an abbreviated title at its end («ومستشار الطب
    النفسي د. صالح اللويم»): the tokenizer ends a sentence there, but the name after it belongs to the same clause."""
    while True:
        if b + 2 < len(ctx.words) and ctx.words[b + 1] == "." and ctx.key(b) in ABBREVIATED_TITLES:
            b = clause(ctx, b + 2)[1]  # a clause's end: the word before the point
        elif b + 1 < len(ctx.words) and ctx.words[b] == "." and ctx.key(b - 1) in ABBREVIATED_TITLES:
            b = ctx.sentence_end(b + 1)  # a sentence's end: the point itself
        else:
            return b


def place_at(ctx: Context, slots: dict[str, list], persons: list[Mention]) -> None:
    """Make `persons` attendees of the frame with these slots; a person already in it under another mention of the
    name, or named twice in `persons`, is in it once."""
    named = {surface(ctx, p) for p in slots.get("chair", []) + slots.get("attendee", [])}
    for m in persons:
        if surface(ctx, m.id) not in named and not alias(ctx, m) and not not_there(ctx, m):
            slots.setdefault("attendee", []).append(m.id)
            named.add(surface(ctx, m.id))


def paper_persons(ctx: Context, frame: dict) -> list[Mention]:
    """«وقدم اللواء X ورقة عن …، وشارك في المناقشة كل من Y وZ»، «وتناولت الورقة الثانية … قدمها الرائد W»: the persons
    of a sentence about a paper presented or discussed at the article's meeting are placed at it (GUIDELINES §7
    decisions 98, 133: who addresses or attends the meeting is an attendee)."""
    after = bisect_left(ctx.spans, (frame["trigger"][1],))
    papers = [k for k in find(ctx, PAPER) if k > after] + \
        [k for k in find(ctx, PAPERS) if k > after and ctx.key(k + 1) == WORK]
    persons = []
    for a in sorted({ctx.sentence_start(k) for k in papers}):
        b = ctx.sentence_end(a)
        if any(norm(ctx.key(j)).startswith(PRESENT + DISCUSS) or speaks(ctx, j) for j in range(a, b + 1)):
            persons += [m for m in ctx.starting_in(a, b) if m.label == "PER"]
    return persons


def not_there(ctx: Context, m: Mention) -> bool:
    """«خلفاً للملا X»، «النضال … ضد X»، «بدلاً من X»، «التخلي عن X»: a person named right after words of replacing or
    opposing (a style or «ل/من/عن» between) is not placed at the meeting of his sentence (§4 attendee: a PER the text
    places at the meeting)."""
    for k in range(m.first - 1, max(-1, m.first - 4), -1):
        if norm(ctx.key(k)).removeprefix("و") in NOT_THERE:
            return True
        if ctx.words[k] in COMMAS or any(t.label in ("PER", "ORG", "LOC") for t in ctx.starting_in(k, k)):
            return False
    return False


def addresses(ctx: Context, i: int) -> list[Mention]:
    """The persons who address, present at or witness the article's meeting at i, anywhere after its opening words
    («شهد X … اختتام فعاليات اللقاء»، «بدوره تحدث X عن …»، «ثم تحدث X والدكتور Y»، «وذكر الدكتور X أن …»، «أكد X في
    كلمة الملتقى»، «الدورة التي قدمها المدرب X»): GUIDELINES §7 decisions 98 and 211 (a speaker whose talk is the
    meeting's content), 270 (the presenter of a course in its programme); «تحدث لـ…/عن …» with no name after it,
    «يتحدث» (a view) place no one."""
    out: list[Mention] = []
    for k in range(ctx.sentence_start(i), len(ctx.words)):
        key = ctx.key(k)
        if key in WITNESSED and k < i:  # «شهد X … اختتام فعاليات اللقاء» in the meeting's sentence
            out += _speaker_after(ctx, k, i)[:1]
        elif k <= i:
            continue
        elif norm(key) in SPOKE or key in PRESENTED_BY:
            out += _speaker_after(ctx, k, clause(ctx, k)[1])
        elif norm(key) in PRESENT and (j := _all_of(ctx, k)) is not None:  # «ويقدم محاضرات الورشة كل من X وY»
            out += _speaker_after(ctx, j, clause(ctx, k)[1])
        elif key in ADDRESS and ctx.key(k - 1) == "في":  # «أكد الإعلامي X في كلمة ملتقى …»
            lo = clause(ctx, k)[0]
            if any(speaks(ctx, j) for j in range(lo, k)):
                out += [m for m in ctx.starting_in(lo, k - 2) if m.label == "PER" and m.last < k - 1][-1:]
    return out


def interviewees(ctx: Context, i: int) -> list[Mention]:
    """«وبدورها التقت «الرياض» بعدد من الاقتصاديين، حيث أكد X …. وقال Y …»: in an outlet's interview at i, the persons
    named as the subject of a verb of speaking after it in the article are those it met (GUIDELINES §7 decision 172:
    each named interviewee is an attendee); his office may end in an abbreviated title («اوضح استاذ الاقتصاد بجامعة
    الطائف د. X»: the point is no end of the clause)."""
    return [m for k in range(i + 1, len(ctx.words)) if speaks(ctx, k)
            for m in _speaker_after(ctx, k, over_titles(ctx, clause(ctx, k)[1]))]


def _all_of(ctx: Context, v: int) -> int | None:
    """The «من» of «كل من» within a few words after the verb of presenting at v, in its clause (the presenters
    follow)."""
    _, b = clause(ctx, v)
    return next((k + 1 for k in range(v + 1, min(b, v + PRESENT_WINDOW)) if ctx.key(k) == ALL_OF
                 and ctx.key(k + 1) == "من"), None)


def _speaker_after(ctx: Context, k: int, end: int) -> list[Mention]:
    """The named subject right after the verb at k, over his office and rank (no «ل/عن/مع» first), and the persons
    joined to him by «و» («ثم تحدث مدير المستشفى الدكتور X والدكتور Y»)."""
    if ctx.words[k + 1:k + 2] and (ctx.words[k + 1] in SPOKE_TO or ctx.key(k + 1).startswith(("لل", "ل"))
                                   and not ctx.starting_in(k + 1, k + 1)):
        return []
    hi = min(end, k + SPEAKER_REACH)
    per = next((m for m in ctx.starting_in(k + 1, hi) if m.label == "PER" and m.last <= hi), None)
    if per is None or any(ctx.words[j] in SPOKE_TO or ctx.words[j] in COMMAS or ctx.key(j) in THAT
                          for j in range(k + 1, per.first)):
        return []
    out = co_chairs(ctx, per)
    while True:  # «والدكتور Y»: a style word (no TITLE) between «و» and the next name
        k = out[-1].last + 1
        j = k + 1 if ctx.words[k:k + 1] == ["و"] else k
        styled = j > k and j < len(ctx.words) and ctx.key(j) in HONORIFICS
        nxt = next((m for m in ctx.starting_in(j + 1, j + 1) if m.label == "PER" and m.last <= end), None) \
            if styled else None
        if nxt is None:
            return out
        out.append(nxt)


def subjects(ctx: Context, i: int) -> list[Mention]:
    """The persons right before the meeting noun at i, joined by «و» («X وY اجتماعهما»), in its clause."""
    a, _ = clause(ctx, i)
    people = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER" and m.last == i - 1]
    if not people:
        return []
    return next((chain for m in ctx.starting_in(a, i - 1) if m.label == "PER"
                 and (chain := co_chairs(ctx, m))[-1] is people[0]), people)
