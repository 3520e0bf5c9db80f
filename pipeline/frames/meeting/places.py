"""The location slot of a meeting: a place after «في/بـ» near the noun or its verb of holding, a venue body, the
seat of a body, the place visited before «حيث» or «وزار … والتقى», the place a participant travels or arrives to, a
conference named by its place, the place said with its date, the place a later mention is held at."""
from __future__ import annotations

from bisect import bisect_left

from pipeline.frames.context import Context, Mention, covered_words
from pipeline.frames.meeting.cues import date_opening, lam, norm, past_comma, said
from pipeline.frames.meeting.nouns import same_noun
from pipeline.frames.meeting.organizers import partner
from pipeline.frames.meeting.words import (ADJECTIVES_TO_PLACE, ALSO, ARRIVE, AT, CHAIRED_BY, INSIDE, LANDMARK,
                                           LOC_WINDOW, NAMED_BY_PLACE, NEAR, OFFICE_CHAIN, OWN_SEAT, PARTAKE_KEYS,
                                           RELATIVE, RELATIVE_KEYS, SEAT, SINCE, TAKES_PLACE, TRAVEL, TRAVEL_WINDOW,
                                           VISIT, VISIT_VERBS, VISITED_WINDOW, WITNESSED, WORK_KEYS)
from pipeline.frames.relations import ADMIN, BODY_HEADS
from pipeline.frames.triggers import PLACE_PREP, relative_date
from pipeline.text.lexicon import COMMAS, FUTURE, OPENING_QUOTES, QUOTES, TO, keys

SAYING = keys("لقد")  # «قال … لقد بذلنا»: opens what is said, like «إن»


def venue_body(ctx: Context, v: int, b: int) -> Mention | None:
    """«مؤتمر صحافي عقده أمس بوزارة الشؤون البلدية»، «التي عقدت … في معهد السياحة»: a body after «بـ/في» right after
    the verb of taking place (over a relative date) is the building that hosts the meeting, its location (the gold's
    venues; a body that holds it stands after the verb bare, «عقدتها لجنة X»)."""
    k = past_comma(ctx, v + 1)
    if (d := relative_date(ctx, k, 1)) is not None:
        k = bisect_left(ctx.spans, (d[1],))
        k = past_comma(ctx, k)
    k += ctx.key(k) in PLACE_PREP  # «في» or a split «ب»
    return next((m for m in ctx.starting_in(k, k) if m.label == "ORG" and k <= b
                 and (m.lead == "ب" or ctx.key(k - 1) in PLACE_PREP)), None)


def place_between(ctx: Context, v: int, i: int) -> Mention | None:
    """«لدى ترؤسه في مكتبه بجدة أمس الاجتماع»، «انطلقت في العاصمة الموريتانية نواكشوط … دورة»: the place after
    «في/بـ» (and a descriptor of it, «العاصمة …») between the verb that holds the meeting and its noun; a place
    right after a body or another place is where that one is («عقدت اللجنة الإقليمية في مقاطعة X مؤتمراً»)."""
    for m in ctx.starting_in(v + 1, i - 1):
        if m.label != "LOC" or m.last >= i:
            continue
        k = m.first - 1
        if m.lead != "ب":
            while k > v and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k) and m.first - k <= 2:
                k -= 1  # «العاصمة الموريتانية»
            if ctx.key(k) not in PLACE_PREP:
                continue
            k -= 1
        if not any(n.last == k for n in ctx.starting_in(v + 1, k)):
            return m
    return None


def location(ctx: Context, i: int, b: int, over_people: bool = False, window: int = LOC_WINDOW) -> Mention | None:
    """The place after the meeting noun: «في LOC» or «بـLOC» within LOC_WINDOW words of it in its clause,
    before any person is named («اجتماعه في بغداد السبت الماضي برئيس …») but the one met right after it
    (`_past_person_met`), and before «إن/لقد» opens what is said; after a verb of taking place, over its subject
    («الاجتماع الذي عقده أوباما بأديس أبابا»). With no such place, the body after «بمقر/في مقر» (SEAT)."""
    seat = None  # «مؤتمر صحافي عقده أمس بمقر وزارة الداخلية»: the body whose seat hosts it, unless a place follows
    k = _past_person_met(ctx, i)
    # «وقالت X في مؤتمر صحفي لقد بذل الاتحاد جهودا … في الشرق الأوسط»: what is said after «إن/لقد» places nothing
    b = next((j - 1 for j in range(k + 1, min(b, k + window) + 1) if said(ctx, j) or ctx.key(j) in SAYING), b)
    for m in ctx.starting_in(k + 1, min(b, k + window)):
        if m.label in ("PER", "TITLE") and not over_people:
            return seat
        if m.label == "LOC" and _partners_place(ctx, m, k):
            continue
        if m.label == "LOC" and (ctx.key(m.first - 1) == "في" or m.lead in ("ب",) or _inside(ctx, m, i) or
                                 ctx.key(m.first - 1) in ("ب", "بـ") or _described_place(ctx, m)
                                 or _quoted_place(ctx, m)):
            return m
        if seat is None and m.label == "ORG" and not m.lead and _seat_of(ctx, m):
            seat = m
    return seat


def seat_place(ctx: Context, i: int, b: int) -> Mention | None:
    """«ستعقد ورشة عمل مخصصة لشركات التأمين … في مقرها الرئيسي بالرياض»: the place right after the holder's own seat
    («في مقرها (الرئيسي)»، «بالمقر الرئيسي للحزب») in the clause of the meeting noun at i, also past LOC_WINDOW, is
    where it is held (GUIDELINES §7 decision 36; the gold's «في مقرها الدائم في الأشرفية»)."""
    seat = next((k for k in range(i + 1, b + 1) if norm(ctx.key(k)) in OWN_SEAT
                 and (norm(ctx.key(k)).startswith("ب") or ctx.key(k - 1) in PLACE_PREP)), None)
    return location(ctx, seat, b, window=NEAR + 2) if seat is not None else None


def _partners_place(ctx: Context, m: Mention, k: int) -> bool:
    """«بالتعاون مع مركز التنمية الأسرية بمدينة X»، «بشراكة مع مركز الجودة بدبي»: a place after «بـ/في» right after a
    body the holder works with is where that partner is, not where the meeting is held (as `partners_after` reads
    it); a body met («لقاء X مع هيئة Y في بروكسل») is at the meeting, its place the meeting's."""
    j = m.first - (m.lead != "ب")
    return any(n.label == "ORG" and n.last == j - 1 and partner(ctx, n) for n in ctx.starting_in(k + 1, j - 1))


def _past_person_met(ctx: Context, k: int) -> int:
    """«التقى X بوزير الخارجية Y في الرياض»، «التقى X بوزير حقوق الإنسان في اليمن Y في Z»: the last word of the
    person met named right after word k with «بـ» before his office or name (a place inside his office included), from
    which the place of the meeting is read; else k (GUIDELINES §7 decision 36)."""
    split = ctx.key(k + 1) in ("ب", "بـ")  # the «بـ» split off the name
    first = next(iter(ctx.starting_in(k + 1 + split, k + 1 + split)), None)
    if first is None or first.label not in ("PER", "TITLE") or not split and first.lead != "ب":
        return k
    person = next((m for m in ctx.starting_in(k + 1, k + OFFICE_CHAIN) if m.label == "PER"), None)
    return person.last if person is not None else k


def _seat_of(ctx: Context, m: Mention) -> bool:
    """«بمقر وزارة الداخلية»، «في مقر منظمة اليونسكو»: is the body m named after «مقر», over its type noun outside its
    name?"""
    k = m.first - 1 - (ctx.key(m.first - 1) in BODY_HEADS)
    return norm(ctx.key(k)) in SEAT


def _inside(ctx: Context, m: Mention, i: int) -> bool:
    """«اجتماعا داخل مدينة عدن»، «لقاءه مع الصحافيين داخل قاعة روزفلت»: a place after «داخل» close after the meeting
    noun at i places it like «في»; further on «داخل» is mostly «at home» («دوره في الحوار داخل السودان»)."""
    return ctx.key(m.first - 1) in INSIDE and m.first - i <= NEAR + 1


def _described_place(ctx: Context, m: Mention) -> bool:
    """«في العاصمة اللبنانية بيروت»: a place after «في» and a definite descriptor of it in no span (a noun and its
    nisba adjective), as `place_between` reads it (GUIDELINES §7 decision 36: the place of the meeting)."""
    k = m.first - 1
    while k >= m.first - 2 and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k):
        k -= 1
    return k < m.first - 1 and ctx.key(k) == "في"


def _quoted_place(ctx: Context, m: Mention) -> bool:
    """«في "بيت الضيافة"»، «بمدينة (استراخان)»: a place whose name is opened by a quote or bracket right after «في/بـ»
    or after «بـ/في» + an administrative head noun, which stays outside the name (GUIDELINES §7 decision 69)."""
    k = m.first - 1
    if ctx.words[k] not in OPENING_QUOTES and ctx.words[k] != "(":
        return False
    if ctx.key(k - 1) in PLACE_PREP:
        return True
    head = ctx.key(k - 1)
    return head.startswith("ب") and head[1:] in ADMIN or head in ADMIN and ctx.key(k - 2) in PLACE_PREP


def _witnessed(ctx: Context, i: int, a: int) -> Mention | None:
    """«شهدت مديرية الصعيد اجتماعا»: the place that is the subject of «شهد» («saw») right before the meeting noun is
    where it was held (GUIDELINES §7 decision 36)."""
    m = next((m for m in ctx.starting_in(max(a, i - OFFICE_CHAIN), i - 1) if m.last == i - 1), None)
    if m is None or m.label != "LOC" or m.lead:
        return None
    return m if norm(ctx.key(m.first - 1)).removesuffix("ت") in WITNESSED else None


def where(ctx: Context, i: int, a: int) -> Mention | None:
    """«زار X طهران اليوم حيث التقى …»: the place visited before «حيث»; «وزار X مركز Y والتقى»: see `visited`;
    «شهدت X اجتماعا»: see `_witnessed`."""
    if ctx.words[i - 1] == "و" or ctx.key(i - 1) == ALSO:
        return visited(ctx, i, a)
    if ctx.key(i - 1) != "حيث":
        return _witnessed(ctx, i, a)
    locs = [m for m in ctx.starting_in(max(a, i - 5), i - 2) if m.label == "LOC" and m.last < i - 1]
    return locs[-1] if locs else None


def visited(ctx: Context, i: int, a: int) -> Mention | None:
    """«وزار اللواء X خلال هذه الجولة مركز Y والتقى بالعاملين»، «وزار المرضى في مجمع Y …، كما التقى بمنسوبي المجمع»:
    the place or building visited by the verb «زار» that the meeting verb is joined to by «و/كما» is where the
    visitor meets (GUIDELINES §7 decisions 5 and 36: a named building is the venue; 133: the people met there)."""
    v = next((k for k in range(i - 2, max(a, i - VISITED_WINDOW) - 1, -1) if norm(ctx.key(k)) in VISIT_VERBS), None)
    if v is None:
        return None
    subject = next((m.last for m in ctx.starting_in(v + 1, v + 2) if m.label == "PER"), None)  # «زار اللواء X»
    places = [m for m in ctx.starting_in(v + 1, i - 2) if m.label in ("LOC", "ORG") and m.last < i - 1
              and (m.lead == "ب" or ctx.key(m.first - 1) in PLACE_PREP or not m.lead and subject is not None
                   and (m.first == subject + 1 or ctx.key(subject + 1) in AT))]  # «خلال هذه الجولة»
    return places[0] if places else None


def destination(ctx: Context, i: int, a: int, b: int) -> Mention | None:
    """«يتوجه الرئيس إلى الكاميرون (اليوم)، وسيجري محادثات مع الرئيس X»، «سيجتمع خلال زيارته لعدن مع الوزراء»: the
    place a participant travels to or visits, in the clause of a meeting of named people, before the noun or right
    after it, is where they meet; also of one he travels to take part in («X الذي يصل إلى Y اليوم للمشاركة في
    اجتماعات …», GUIDELINES §7 decision 192)."""
    for k in range(a, min(b, i + TRAVEL_WINDOW) + 1):
        if not _travels(ctx, k):
            continue
        key = norm(ctx.key(k))
        # «وسيسافر X إلى جورجيا»: over the traveller named right after the verb
        n = next((m.last + 1 for m in ctx.starting_in(k + 1, k + 1) if m.label == "PER"), k + 1) \
            if not key.startswith(VISIT) else k + 1  # «زيارة X إلى Y» is the visit's, not the meeting's
        j = n + (ctx.key(n) in TO)
        place = next((m for m in ctx.starting_in(j, j) if m.label == "LOC"), None)
        if place is None and ctx.words[j:j + 1] in (["ل"], ["لـ"]):  # «لعدن» split
            place = next((m for m in ctx.starting_in(j + 1, j + 1) if m.label == "LOC"), None)
        if place is not None and (place.lead in ("", "ل") and n == k + 1 or ctx.key(n) in TO):
            return place
    return arrived_at(ctx, i, b) or visit_and_meeting(ctx, i, a) or _travelled_to_attend(ctx, i, a)


def _travelled_to_attend(ctx: Context, i: int, a: int) -> Mention | None:
    """«غادر X أمس إلى الكويت لحضور اجتماع …»، «وصل إلى Y للمشاركة في المؤتمر»: the place after «إلى» right before the
    purpose of attending the meeting at i («لحضور/للمشاركة في», over a comma) is where the traveller attends it
    (GUIDELINES §7 decision 192: the place a participant travels to take part in it)."""
    v = i - 1 - (ctx.key(i - 1) == "في")
    split = lam(ctx, v - 1)  # «ل لمشاركة»
    if not (split or ctx.key(v).startswith("ل")) or not ctx.key(v).lstrip("ل").startswith(PARTAKE_KEYS):
        return None
    k = v - 1 - split
    k -= ctx.words[k] in COMMAS
    place = next((m for m in ctx.starting_in(max(a, k - OFFICE_CHAIN), k) if m.label == "LOC" and m.last == k), None)
    return place if place is not None and ctx.key(place.first - 1) in TO and not place.lead else None


def _travels(ctx: Context, k: int) -> bool:
    """Is word k a verb or noun of travelling, visiting («وسيسافر»، «زيارة») or arriving («وصل»، «وصوله»: the root's
    «و», which `norm` strips as a conjunction)?"""
    return norm(ctx.key(k)).startswith(TRAVEL) or ctx.key(k).startswith(ARRIVE)


def visit_and_meeting(ctx: Context, i: int, a: int) -> Mention | None:
    """«زيارة الأمير X إلى مصر ولقائه الرئيس Y»: a meeting noun joined by «و» right after the place of a visit by a
    named person is held there, during the visit (GUIDELINES §7 decisions 36, 192)."""
    if ctx.words[i - 1:i] != ["و"]:
        return None
    place = next((m for m in ctx.starting_in(max(a, i - 3), i - 2) if m.label == "LOC" and m.last == i - 2), None)
    if place is None or ctx.key(place.first - 1) not in TO:
        return None
    k = place.first - 1  # «إلى»: over the visitor and his offices back to the noun of visiting
    visitor = next((m for m in ctx.starting_in(max(a, k - OFFICE_CHAIN * 2), k - 1) if m.label == "PER"
                    and m.last == k - 1), None)
    if visitor is None:
        return None
    return place if any(norm(ctx.key(j)).startswith(VISIT) for j in range(max(a, visitor.first - OFFICE_CHAIN * 2),
                                                                            visitor.first)) else None


def arrived_at(ctx: Context, i: int, b: int) -> Mention | None:
    """«خلال لقاء X بالرئيس التركي الذي وصل الليلة إلى باكستان»: the place the person met arrives at, in a relative
    clause right after his name in the meeting's clause (over the day he arrived), is where they meet (GUIDELINES §7
    decisions 36, 192: the place a participant travels to)."""
    for k in range(i + 2, min(b, i + LOC_WINDOW) + 1):
        if ctx.key(k - 1) not in RELATIVE or norm(ctx.key(k)).startswith(VISIT) or not _travels(ctx, k):
            continue
        end = k - 2 - (not ctx.starting_in(k - 2, k - 2) and norm(ctx.key(k - 2)).endswith("ي"))  # «التركي»
        if not any(m.last == end and m.label in ("PER", "TITLE") for m in ctx.starting_in(i + 1, end)):
            continue  # the relative clause describes the person named right before it (and his nisba)
        j = k + 1
        if (d := date_opening(ctx, j)) is not None:
            j = bisect_left(ctx.spans, (d[1],))
        elif ctx.key(j + 1) in TO and not ctx.starting_in(j, j):
            j += 1  # «وصل الليلة إلى»: one word of time between the verb and «إلى»
        if ctx.key(j) in TO:
            return next((m for m in ctx.starting_in(j + 1, j + 1) if m.label == "LOC" and not m.lead), None)
    return None


def named_for_place(ctx: Context, i: int) -> Mention | None:
    """«مؤتمر جنيف»، «قمة «كامب ديفيد»»، «مؤتمر بوتسدام»: a conference or summit named by the place right after it (in
    quotes or not) is one specific meeting held there, its location (GUIDELINES §7 decisions 36: a named one, 263:
    «في مؤتمر الخرطوم» → location «الخرطوم»); not a landmark of a process after «بعد/قبل/منذ/حتى» (decision 263)."""
    if norm(ctx.key(i)).lstrip("بل") not in NAMED_BY_PLACE or norm(ctx.key(i - 1)) in LANDMARK + SINCE:
        return None
    k = i + 1 + (ctx.words[i + 1:i + 2] != [] and ctx.words[i + 1] in QUOTES)
    return next((m for m in ctx.starting_in(k, k) if m.label == "LOC" and not m.lead), None)


def place_by_date(ctx: Context, date: list[int], i: int, b: int) -> Mention | None:
    """«اجتماع طارئ للجنة X التي تضم وزراء … أمس في لندن»، «عقد في المقر الرئيسي للحزب بأنقرة أمس»: a place after
    «في/بـ» right after the meeting's date, or right before it, after the noun in its clause, is where the day's
    meeting was held (GUIDELINES §7 decision 36: the meeting's date and place are said together)."""
    first = bisect_left(ctx.spans, (date[0],))
    last = bisect_left(ctx.spans, (date[1],)) - 1
    if first <= i or last >= b:
        return None
    k = past_comma(ctx, last + 1)
    after = next((m for m in ctx.starting_in(k, k + 1) if m.label == "LOC" and m.last <= b), None)
    if after is not None and (after.first == k and after.lead == "ب"
                              or after.first == k + 1 and ctx.key(k) in PLACE_PREP):
        return after
    before = next((m for m in ctx.starting_in(i + 1, first - 1) if m.label == "LOC" and m.last == first - 1), None)
    if before is not None and (before.lead == "ب" or ctx.key(before.first - 1) in PLACE_PREP):
        return before
    return None


def restated_place(ctx: Context, i: int, frame: dict) -> Mention | None:
    """«وأشار إلى أن الملتقى سوف يقام في مركز X»، «وحملت ورشة العمل التي عقدت أول من أمس مع الأكاديميين في معهد X»:
    a later mention of the same meeting noun whose verb of taking place names a place states where the meeting it
    refers back to is held (GUIDELINES §7 decision 118: the slots collect what any mention of the event states)."""
    if not same_noun(ctx, i, frame) or (v := takes_place_after(ctx, i)) is None:
        return None
    b = ctx.clause(v)[1]
    return location(ctx, v, b, over_people=True) or venue_body(ctx, v, b)


def takes_place_after(ctx: Context, i: int) -> int | None:
    """«الملتقى سوف يقام»، «ورشة العمل التي عقدت»: the verb of taking place right after the meeting noun at i (over
    «العمل», a relative pronoun and «سوف»), not one of chairing; else None."""
    v = i + 1 + (ctx.key(i + 1) in WORK_KEYS)  # «ورشة العمل»
    v += ctx.key(v) in RELATIVE_KEYS
    v += ctx.key(v) in FUTURE
    if not norm(ctx.key(v)).startswith(TAKES_PLACE) or norm(ctx.key(v)).startswith(CHAIRED_BY):
        return None
    return v


def place_over_adjectives(ctx: Context, i: int) -> Mention | None:
    """«المحادثات المفصلية في الدوحة»، «الاجتماع الخامس للتعاون الاستراتيجي في نيويورك»: the place after «في/بـ» that
    follows a definite meeting noun over its definite adjectives and «لل» genitives or named bodies only (GUIDELINES
    §7 decision 36), within ADJECTIVES_TO_PLACE words; a verb or any other word between («اللقاء تناول الأوضاع في X»)
    ties the place to something else."""
    m = location(ctx, i, ctx.clause(i)[1], window=ADJECTIVES_TO_PLACE)
    if m is None or m.label != "LOC":
        return None
    named = covered_words(ctx.starting_in(i + 1, m.first - 1))  # «ل لشرق الأوسط»
    return m if all(ctx.key(k).startswith(("ال", "لل")) or ctx.key(k) in PLACE_PREP or lam(ctx, k)
                    or lam(ctx, k - 1) or k in named for k in range(i + 1, m.first)) else None
