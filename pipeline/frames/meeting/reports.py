"""How a meeting noun is reported as one meeting: a verb of conducting, starting or taking place, a speaker
at it, a meeting of named people with a partner, a sitting, taking part, and a definite noun described as a
meeting of its own."""
from __future__ import annotations

from bisect import bisect_left

from pipeline.frames.context import Context, Mention, covered_words
from pipeline.frames.meeting.cues import chain_word, date_opening, lam, norm, preposition, speaks, with_after
from pipeline.frames.meeting.dates import held_on
from pipeline.frames.meeting.nouns import repeated, round_of
from pipeline.frames.meeting.organizers import council_of, genitive_org
from pipeline.frames.meeting.places import location
from pipeline.frames.meeting.words import (AFTER_EVENT, AT, BETWEEN_HELD_WINDOW, BRACKETS, CONDUCT, CONDUCT_REACH,
                                           CONVENED_DATE, DELEGATES, DELEGATES_REACH, GATHER, GATHER_REACH, GATHERED,
                                           HELD_AFTER, HELD_WINDOW, MATCH, MEANS, MET_KEYS, NISBA, OFFICE_CHAIN,
                                           PARTAKERS, PARTAKE_KEYS, PLURAL_SUBJECT, PRONOUNS, RELATIVE_HELD_WINDOW,
                                           RELATIVE_KEYS, SESSION_RANKS, SITTING, SITTING_KINDS, SPEAKER_WINDOW,
                                           SPEAK_REACH, START, START_WINDOW, WHEN, WITH_WINDOW)
from pipeline.frames.relations import BETWEEN, holder
from pipeline.frames.triggers import PLACE_PREP, WITH, clause, relative_date
from pipeline.text.lexicon import COMMAS


def conducting_verb(ctx: Context, i: int) -> tuple[int, list[int] | None] | None:
    """«يجري رئيس الحكومة التونسية X اليوم مباحثات مع …»، «أجرى وزير الخارجية X أمس محادثات»: the verb of conducting
    before the meeting noun at i, with only persons, their offices and a relative date between (GUIDELINES §7
    decisions 21, 36); returns the verb and the date between, if any."""
    if norm(ctx.key(i - 1)) in CONDUCT:
        return i - 1, None
    for v in range(i - 2, max(-1, i - CONDUCT_REACH - 1), -1):
        if norm(ctx.key(v)) not in CONDUCT:
            continue
        k, date, person = v + 1, None, False
        while k < i:
            m = max((m for m in ctx.starting_in(k, k) if m.label in ("PER", "TITLE", "ORG", "LOC") and m.last < i),
                    key=lambda m: m.last, default=None)
            if m is not None:
                k, person = m.last + 1, person or m.label == "PER"
            elif k > v + 1 and ctx.key(k).startswith("ال") and ctx.key(k).endswith(NISBA):
                k += 1  # «رئيس الحكومة التونسية»: the nisba adjective of an office
            elif date is None and (d := date_opening(ctx, k)) is not None:
                date, k = d, bisect_left(ctx.spans, (d[1],))
            elif ctx.words[k] in COMMAS:
                k += 1
            else:
                break
        return (v, date) if k == i and person else None
    return None


def spoken_at(ctx: Context, i: int) -> bool:
    """Is the meeting noun at i where a speaker speaks («قال X في افتتاح قمة»، «متحدثاً خلال مؤتمر صحفي»)?"""
    k = preposition(ctx, i)
    if ctx.key(k) not in AT:
        return False
    a, _ = clause(ctx, i)
    # «وقال X كبير الخبراء لنظام Y في المؤتمر»: the speaker's name and office between count no words
    named = covered_words(m for m in ctx.starting_in(max(a, k - SPEAKER_WINDOW), k - 1) if m.label in ("PER", "TITLE"))
    j, counted = k - 1, 0
    while j >= a and counted < SPEAK_REACH:
        if speaks(ctx, j):
            return True
        counted += j not in named
        j -= 1
    return False


def held_after(ctx: Context, i: int) -> int | None:
    """The verb of taking place after the meeting noun at i («انعقد»، «التي جرت»), within its clause."""
    _, b = clause(ctx, i)
    between = BETWEEN in ctx.keys[i + 1:i + 3]
    for j in range(i + 1, min(b, i + (BETWEEN_HELD_WINDOW if between else RELATIVE_HELD_WINDOW)) + 1):
        key = ctx.key(j)
        # «المنتدى العالمي الثامن للبنية التحتية لعام 2015، الذي أقيم في …»: a relative set off by a comma («، و التي»:
        # the «و» of the relative split off)
        if key in COMMAS and (ctx.key(j + 1) in RELATIVE_KEYS or ctx.words[j + 1:j + 2] == ["و"]
                              and ctx.key(j + 2) in RELATIVE_KEYS) and j - i > 2:
            continue
        if key in COMMAS and between and ctx.key(j + 1).startswith(HELD_AFTER):
            continue  # «محادثات السلام بين الحكومة X ومتمردي حركة Y، ستجري»: the comma that closes the parties
        if key in COMMAS or any(m.label == "PER" for m in ctx.starting_in(j, j)):
            return None
        # «اللقاء المتميز «…» الذي أقامه ملتقى X»، «محادثات السلام بين الحكومة X ومتمردي حركة Y ستجري»: over a long
        # title or the parties after «بين», only after a relative pronoun or «بين» (GUIDELINES §7 decision 36)
        if key.startswith(HELD_AFTER) and not key.startswith(("عقدة", "عقود")) and (
                j - i <= HELD_WINDOW or ctx.key(j - 1) in RELATIVE_KEYS or between):
            return j
    return None


def gathered_by(ctx: Context, i: int) -> bool:
    """«اللقاء الثلاثي الذي جمع وزير الخارجية بنظيره X»: a verb of gathering right after a relative pronoun close after
    the meeting noun at i (over one adjective), a person or office right after it; «اللقاء الذي جمعهما»، «الذي جمع
    الهلال والنصر» is a match between two clubs."""
    return any(ctx.key(j - 1) in RELATIVE_KEYS and norm(ctx.key(j)) in GATHER
               and any(m.label in ("PER", "TITLE") for m in ctx.starting_in(j + 1, j + 1))
               for j in range(i + 2, min(len(ctx.words), i + GATHER_REACH + 1)))


def genitive_pair(ctx: Context, i: int) -> bool:
    """«خلال لقاء رئيس الوزراء X بالرئيس Y»، «اجتماع وزير المالية X مع نظيره Y»: a meeting noun whose genitive is a
    person (over his offices) followed closely by «مع» or a «بـ» partner reports one meeting of named people (GUIDELINES
    §7 decision 36: one named participant is enough for «لقاء/اجتماع»); an office with no name in the genitive is
    `titled_pair`'s, which the rule asks first."""
    _, b = clause(ctx, i)
    k = i + 1
    per = None
    while k <= min(b, i + OFFICE_CHAIN):
        m = next((m for m in ctx.starting_in(k, k) if not m.lead), None)
        if m is None and chain_word(ctx, k):
            k += 1  # «لقاء معالي وزير …»، «لقاء رئيس الوزراء الباكستاني X»: a style or a nisba outside every span
            continue
        if m is None or m.label not in ("TITLE", "PER"):
            return False
        if m.label == "PER":
            per = m
            break
        k = m.last + 1
    if per is None:
        return False
    return _partner_after(ctx, per.last, b)


def _partner_after(ctx: Context, last: int, b: int) -> bool:
    """«مع» or a «بـ» partner closely after word `last`, the end of the participant's chain, before a comma."""
    # «لقاء دي ميستورا المعلم»: the person met named right after the first, with no preposition
    if any(m.label == "PER" and not m.lead for m in ctx.starting_in(last + 1, last + 1)):
        return True
    for j in range(last + 1, min(b, last + WITH_WINDOW) + 1):
        if ctx.key(j) == WITH:
            return True
        # «بالرئيس Y»، «ب الرئيس Y» (the «ب» split off)، «بنظيره Y»
        nxt = j + 1 if ctx.words[j] in ("ب", "بـ") else j
        if ctx.words[j].startswith("ب") and any(m.label in ("TITLE", "PER") for m in ctx.starting_in(nxt, nxt + 1)):
            return True
        if ctx.words[j] in COMMAS:
            return False
    return False


def titled_pair(ctx: Context, i: int) -> Mention | None:
    """«ومن المتوقع اجتماع وزير التعليم بمديري التعليم»، «تأكيدها لقاء المبعوث الأممي مع قادة …»: a meeting noun whose
    genitive is an office with no name of its own, followed closely by «مع» or a «بـ» partner, is a meeting of the
    person named before who holds that office (GUIDELINES §7 decisions 36, 211, 227: the filler is the person); returns
    him, else None."""
    _, b = clause(ctx, i)
    k = i + 1 + chain_word(ctx, i + 1)  # «اجتماع سمو محافظ …»: a style before the office
    office = next((m for m in ctx.starting_in(k, k) if m.label == "TITLE" and not m.lead), None)
    if office is None:
        return None
    end = office.last
    while chain_word(ctx, end + 1):
        end += 1  # «المبعوث الأممي»: the nisba adjective of the office
    if any(m.label in ("PER", "TITLE") for m in ctx.starting_in(end + 1, end + 1)):
        return None
    # «بمديري التعليم»: a «بـ» partner named by a common noun, not a place or body («بالرياض») or a day («بالأمس»)
    split = ctx.words[end + 1:end + 2] in (["ب"], ["بـ"])  # «ب مديري» split off, or glued on a definite «بالمسؤولين»
    j = end + 1 + split
    partner = ctx.key(end + 1) == WITH or j <= b and (split or ctx.words[j].startswith("بال")) \
        and not ctx.starting_in(j, j) and relative_date(ctx, j, 1) is None
    return holder(ctx, office) if partner or _partner_after(ctx, end, b) else None


def between_people(ctx: Context, i: int) -> bool:
    """«أوحت أن اللقاء بين X وY وZ يمكن أن …»: a definite meeting noun whose participants follow «بين» right after it
    (over its definite adjectives) names one meeting of those people, reported by them (GUIDELINES §7 decision 36)."""
    j = i + 1
    while j < len(ctx.words) and ctx.key(j).startswith("ال") and not ctx.starting_in(j, j):
        j += 1
    return ctx.key(j) == BETWEEN and held_with(ctx, i)


def held_with(ctx: Context, i: int) -> bool:
    """«لقاء آخر مع X»: «مع» close after the meeting noun and a person named close after it, or right after his
    offices («في بداية اجتماع مع وزير الخارجية الياباني X»: one named participant is enough, GUIDELINES §7
    decision 36); «بين» there too («مباحثات القاهرة بين الأمير X والرئيس Y»، «لقاء ثلاثيا بينه ونظيريه السعودي Z»)."""
    _, b = clause(ctx, i)
    j = with_after(ctx, i, b, WITH_WINDOW)
    if j is None:  # «بين» or «بينه/بينهما»
        j = next((k for k in range(i + 1, min(b, i + WITH_WINDOW) + 1) if ctx.key(k) == BETWEEN
                  or ctx.key(k).startswith(BETWEEN) and ctx.key(k)[len(BETWEEN):] in PRONOUNS), None)
    if j is None:
        return False
    if any(m.label == "PER" for m in ctx.starting_in(j + 1, min(b, j + WITH_WINDOW))):
        return True
    k = j + 1
    while k <= min(b, j + OFFICE_CHAIN):
        office = next((m for m in ctx.starting_in(k, k) if m.label == "TITLE" and not m.lead), None)
        if office is None and not chain_word(ctx, k):
            return any(m.label == "PER" and not m.lead for m in ctx.starting_in(k, k))
        k = office.last + 1 if office is not None else k + 1
    return False


def timed_talk(ctx: Context, i: int) -> bool:
    """«فاجأوا المحافظ X خلال اجتماع لهم مع قيادة اللجنة»، «غداة اجتماع مع القادة العسكريين»: an indefinite talk noun at
    i right after «خلال/أثناء» or a word of «after», with «مع» close after it, is the time of what its sentence tells
    and reports one meeting of the person told with a partner named by office or body (GUIDELINES §7 decision 36:
    one named participant is enough); «من خلال لقاءات مع» is a means, no meeting."""
    if norm(ctx.key(i - 1)) not in AT + AFTER_EVENT or ctx.key(i - 2) == MEANS:
        return False
    return with_after(ctx, i, clause(ctx, i)[1], WITH_WINDOW) is not None


def sitting(ctx: Context, i: int) -> bool:
    """Is «دورة» at i a sitting: a kind of sitting right after it («استثنائية»)، or a council's genitive after
    it and its bracketed number («الدورة (31) لمجلس …»)?"""
    if norm(ctx.key(i)) not in SITTING:
        return False
    j = i + 3 if ctx.words[i + 1:i + 2] == ["("] and ctx.words[i + 3:i + 4] == [")"] else i
    if ctx.key(j + 1) in SITTING_KINDS:
        return True
    council = council_of(ctx, i)
    return council is not None and council.first <= j + 1 + lam(ctx, j + 1)


def starting_verb(ctx: Context, i: int, a: int) -> int | None:
    """The verb of starting or taking place before the meeting noun at i in its clause, with only a date
    («أمس»، «مساء أول من أمس») and a place («في العاصمة الموريتانية نواكشوط») between: anything else makes
    the noun part of another phrase («وبدأ اللاعب برنامجه من خلال جلسة …»)."""
    r = round_of(ctx, i)
    end = i if r is None else r
    v = next((v for v in range(end - 1, max(a, end - START_WINDOW) - 1, -1) if norm(ctx.key(v)) in START), None)
    if v is None:
        return None
    k = v + 1
    while k < end:
        if r is not None and (ctx.key(k) == "و" or ctx.words[k] in BRACKETS):
            k += 1  # «تستأنف مصر والسودان وإثيوبيا اليوم (الأربعاء) جولة …»: the parties that resume it, the day
            continue
        subject = next((m for m in ctx.starting_in(k, k) if m.label in ("LOC", "ORG", "PER") and m.last < end), None)
        if r is not None and subject is not None and subject.lead != "ب" and ctx.key(k - 1) not in PLACE_PREP:
            k = subject.last + 1
            continue
        place = next((m for m in ctx.starting_in(k, min(i - 1, k + 3)) if m.label == "LOC" and m.last < i), None)
        if ctx.key(k) in PLACE_PREP and place is not None and all(
                ctx.key(j).startswith("ال") for j in range(k + 1, place.first)):
            k = place.last + 1  # «في العاصمة الموريتانية نواكشوط»
        elif place is not None and place.first == k and place.lead == "ب":
            k = place.last + 1
        elif ctx.words[k] in COMMAS or ctx.key(k) in WHEN:
            k += 1
        else:
            return None
    return v


def partake(ctx: Context, i: int) -> int | None:
    """The verb or noun of attending or taking part right before the meeting noun at i («حضر اجتماعا»، «يشارك في
    مؤتمر»), not one of its own nouns («المشاركة» of «المشاركين»), else None."""
    v = i - 1 - (ctx.key(i - 1) == "في")
    if v < 0:
        return None
    key = norm(ctx.key(v)).lstrip("ل")
    if not key.startswith(PARTAKE_KEYS) or key.startswith(PARTAKERS):
        return None
    return v if not norm(ctx.key(i)).startswith(MATCH) else None  # a match, not a meeting


def convened_on(ctx: Context, i: int) -> bool:
    """«يجتمع خبراء الطيران الاثنين مع نظرائهم»: a verb of meeting («اجتمع/يجتمع»، not «يلتقي», also a match) with a
    relative date after its subject and then «مع» reports one dated meeting, its people unnamed (GUIDELINES §7
    decisions 21, 36)."""
    if norm(ctx.key(i)) not in GATHERED:
        return False
    d = relative_date(ctx, i + 1, CONVENED_DATE)
    if d is None:
        return False
    k = bisect_left(ctx.spans, (d[1],))
    return ctx.key(k) == WITH


def described(ctx: Context, i: int, held: dict[int, int], out: list[dict]) -> bool:
    """«في المؤتمر الصحفي الذي عقده في الكويت في 26 يوليو»، «خلال المنتدى العالمي الثامن …، الذي أقيم في مدينة
    نيويورك»: a definite meeting noun described by words after it and a relative clause of holding that gives its
    place or date is a meeting of its own, not a later mention, unless an earlier frame has the same noun (§7
    decisions 36, 118)."""
    if i not in held or ctx.key(held[i] - 1) not in RELATIVE_KEYS or held[i] - 1 == i + 1:
        return False
    if repeated(ctx, i, out):
        return False
    _, b = clause(ctx, i)
    return location(ctx, held[i], b, over_people=True) is not None or held_on(ctx, held[i]) is not None


def owned_by_body(ctx: Context, i: int) -> bool:
    """«المؤتمر السنوي لحزب X»: a definite meeting noun with at least one definite adjective and then «ل» + the body
    that holds it (a bare «المؤتمر لـ…» or «الجلسة الأولى للملتقى», a part of a meeting, is not one)."""
    org = genitive_org(ctx, i)
    return org is not None and org.first > i + 1 and ctx.key(i + 1).startswith("ال") \
        and ctx.key(i + 1) not in SESSION_RANKS


def gathered_alone(ctx: Context, i: int) -> bool:
    """«إذ اجتمعوا من أجل مصلحة ناديهم»، «يجتمعون إلى عيسى بن مريم»: a verb of the «اجتمع» family with a plural subject
    pronoun has no named subject after it, so it names its participants only after «مع» close after it; with no person
    named there it reports no meeting of named people (GUIDELINES §7 decision 36: one named participant is needed)."""
    key = norm(ctx.key(i))
    stem = next((g for g in GATHERED if key.startswith(g)), None)
    if stem is None or key[len(stem):] not in PLURAL_SUBJECT:
        return False
    _, b = clause(ctx, i)
    k = with_after(ctx, i, b, WITH_WINDOW)
    return k is None or not any(m.label == "PER" for m in ctx.starting_in(k + 1, min(b, k + OFFICE_CHAIN)))


def met_delegates(ctx: Context, i: int) -> bool:
    """«التقى ممثلين عن نقابة المزارعين»، «التقوا ممثلي حركة X»: a verb of meeting whose object, within a few words
    (over «خلالها» and «مع/بـ»), is the representatives of a body reports one meeting of named parties (GUIDELINES §7
    decision 36), though no person is named after it."""
    if norm(ctx.key(i)) not in MET_KEYS:
        return False
    _, b = clause(ctx, i)
    return any(norm(ctx.key(j)).removeprefix("ب") in DELEGATES for j in range(i + 1, min(b, i + DELEGATES_REACH) + 1))
