"""The meeting rule: finds the meeting nouns and verbs of an article, keeps those that report a meeting and
fills each frame's slots from the helper modules."""
from __future__ import annotations

from pipeline.frames.context import Context, Mention
from pipeline.frames.meeting.attendees import (actor_before, addresses, alias, attend, companions, convener, elsewhere,
                                               fronted, interviewees, later_attendees, named_after, not_there,
                                               over_titles, paper_persons, partaker, people_met, place_at, presenter,
                                               pronoun_subject, sentence_subject, speaker, subject, subjects,
                                               unnamed_host)
from pipeline.frames.meeting.chairs import chair_after, chair_of, chairing, co_chairs, presiding
from pipeline.frames.meeting.cues import norm, surface, with_after
from pipeline.frames.meeting.dates import (date_after_adjectives, day_after, held_on, later_clause_date, meeting_date,
                                           month_date, restated_date)
from pipeline.frames.meeting.first_mention import at_first_mention, person_names
from pipeline.frames.meeting.first_person import first_person_frames
from pipeline.frames.meeting.nouns import (adjective, after_reception, ceremony, compound, counted, definite_nouns,
                                           discipline, friendly, named_body, peak, press_conference, purpose,
                                           regular, repeated, round_of, suffixed)
from pipeline.frames.meeting.organizers import (coordinated, council_of, court_of, gathering_body, genitive_org,
                                                host_body, organizer, outlet, partners, partners_after,
                                                partners_past_noun, possessor)
from pipeline.frames.meeting.places import (destination, location, named_for_place, place_between, place_by_date,
                                            place_over_adjectives, restated_place, seat_place, venue_body,
                                            where)
from pipeline.frames.meeting.reports import (between_people, conducting_verb, convened_on, described,
                                             gathered_alone, gathered_by, genitive_pair, held_after, held_with,
                                             met_delegates, owned_by_body, partake, sitting, spoken_at, starting_verb,
                                             timed_talk, titled_pair)
from pipeline.frames.meeting.words import (AT, CHAIRED_BY, CHAIR_KEYS, CONVENE, GATHER, HELD_WINDOW, HOLD, HOSTED,
                                           IN_PRESENCE, INTERVIEW, LANDMARK, LOC_WINDOW, MET, MET_KEYS, NEAR,
                                           OFFICE_CHAIN, PRESIDE, ROUND, ROUND_KEY, ROUND_RANKS, SCHEDULE, SESSION,
                                           SESSION_RANKS, SITTING, TALKS, THAT_WINDOW, THEREBY, TRIGGER_KEYS, TRIGGERS,
                                           UPCOMING, WITH_PARTICIPANTS, WITH_WINDOW)
from pipeline.frames.triggers import THIS, clause, find, find_in, same_day


def _place_by_date(ctx: Context, slots: dict[str, list], date: list[int], i: int, b: int) -> None:
    """«أمس في لندن»: a meeting with no location yet takes the place said with its date (see `place_by_date`)."""
    if "location" not in slots and (loc := place_by_date(ctx, date, i, b)) is not None:
        slots["location"] = [m.id for m in coordinated(ctx, loc)]


def _one_round(ctx: Context, i: int) -> bool:
    """«جولة جديدة من المفاوضات»، «المفاوضات التي تجري في مسقط»: the definite negotiations at i are one round when a
    round or a verb of taking place after them reports it (GUIDELINES §7 decisions 36, 117), else the process in
    general; in a meeting noun's genitive («جلسة المفاوضات المقبلة التي ستعقد») they are that meeting's."""
    return round_of(ctx, i) is not None or (held_after(ctx, i) is not None
                                            and not norm(ctx.key(i - 1)).startswith(TRIGGER_KEYS))


def _presence(ctx: Context, i: int, b: int) -> list[int]:
    """«بحضور» close after the meeting noun at i in its clause (ending at b): it reports the meeting, and the persons
    named after it attend."""
    return find_in(ctx, IN_PRESENCE, i + 1, min(b, i + NEAR) + 1)


def _person_met(ctx: Context, i: int, b: int) -> Mention | None:
    """«التقى الوزير X، أمس بمقر الكلية بمصر الجديدة، بطلبة …»: the person named right after a verb of meeting at i,
    after whom the date and place of the meeting are said; also the person right after a meeting noun with its
    participants' pronoun («خلال لقائه نظيره X في ماليزيا») or after «مع» close after the noun («خلال لقاء مع نظيره X
    في ماليزيا»)."""
    key = norm(ctx.key(i))
    k = i if key in MET_KEYS or key in WITH_PARTICIPANTS else \
        with_after(ctx, i, b, WITH_WINDOW) if key.startswith(TALKS) else None
    if k is None:
        return None
    return next((m for m in ctx.starting_in(k + 1, min(b, k + NEAR + 3)) if m.label == "PER"), None)


def _location(ctx: Context, i: int, a: int, b: int, *, held: int | None, verbs: list[int], venue: Mention | None,
              opener: int | None, who: Mention | None, over_people: bool, of_people: bool) -> Mention | None:
    """The location of the meeting noun at i in its clause [a, b]: the first source in turn that names one.
    `held`: its verb of taking place after it; `verbs`: the verbs that hold it before it; `venue`: the place it is
    named by; `opener`: the verb that holds or starts it; `who`: the person met named right after it;
    `over_people`: its place may come after the people it names; `of_people`: a meeting of named people."""
    loc = location(ctx, held, b, over_people=True) if held is not None else None
    if held is not None and norm(ctx.key(held)).startswith(HOSTED):
        loc = next((m for m in ctx.starting_in(held + 1, held + 1) if m.label == "LOC"), loc)
    if loc is None and held is not None and host_body(ctx, held) is None:
        loc = venue_body(ctx, held, b)
    if loc is None and verbs and norm(ctx.key(verbs[-1])).startswith(HOSTED):  # «استضافت باكستان … مفاوضات»
        loc = next((m for m in ctx.starting_in(verbs[-1] + 1, verbs[-1] + 1) if m.label == "LOC" and m.last < i), None)
    loc = loc or venue or location(ctx, i, b, over_people=over_people) or where(ctx, i, a) \
        or (place_between(ctx, opener, i) if opener is not None else None)
    # the place said right after the person met: after a verb, over the date before it («التقى X، أمس بمقر …»);
    # after a noun's partner, right after his name («لقاء مع X، وهو صاحب محل في Y» places X, not the meeting)
    window = LOC_WINDOW if norm(ctx.key(i)) in MET_KEYS else NEAR + 1
    place = location(ctx, who.last, b, window=window) if who else None
    if loc is None and place is not None and not find_in(ctx, TRIGGERS, who.last + 1, place.first):
        loc = place  # (not the place of other talks named after the person: «لبحث جولتي محادثات عقدتا في X»)
    if loc is None and (of_people or verbs and sentence_subject(ctx, verbs[-1], i)):
        loc = destination(ctx, i, a, b)
    if loc is None:  # «…، وذلك بنادي ضباط قوى الأمن بالرياض»: the place the meeting's sentence adds after «وذلك»
        loc = next((location(ctx, k, ctx.sentence_end(i), over_people=True, window=THAT_WINDOW)
                    for k in range(i + 1, ctx.sentence_end(i) + 1)
                    if ctx.key(k) == THEREBY or ctx.key(k) == THEREBY[1:] and ctx.words[k - 1] == "و"), None)
    return loc or seat_place(ctx, i, b)  # «ستعقد ورشة عمل مخصصة لـ… في مقرها الرئيسي بالرياض»


def _chairs(ctx: Context, i: int, a: int, b: int, *, whole_article: bool, chaired: bool,
            chaired_by: int | None) -> list[Mention]:
    """The chairs of the meeting noun at i in its clause [a, b]; `whole_article`: the article's meeting held by a
    body, chaired by whoever chairs anywhere in the article; `chaired`: «ترأس الجلسة الأولى» before it;
    `chaired_by`: its verb of chairing after it («الاجتماع الذي يرأسه X»)."""
    if whole_article:
        chairs = [p for v in chairing(ctx, 0, len(ctx.words)) for p in chair_of(ctx, v, clause(ctx, v)[1])]
    else:
        chairs = [p for v in chairing(ctx, a, b + 1) for p in chair_of(ctx, v, b)]
        if not chairs and chaired:  # «X، ترأس الجلسة الأولى»: the subject before the verb
            chairs = [m for m in ctx.starting_in(a, i - 2) if m.label == "PER"][-1:]
    if not chairs and chaired_by is not None:
        chairs = chair_after(ctx, chaired_by, b)
    return chairs


def _attending(ctx: Context, i: int, a: int, b: int, *, whole_article: bool, first: bool, verbs: list[int],
               host: int | None, of_people: bool, titled: Mention | None, conducted_by: int | None, spoken: bool,
               presented: list[Mention], joined: int | None) -> list[Mention]:
    """The persons placed at the meeting noun at i in its clause [a, b], chairs and aliases not yet left out.
    `whole_article`: the article's meeting held by a body, whose attendance sentences count anywhere; `host`: its
    verb of holding after it; `of_people`: a meeting of named people; `titled`: the holder of the office in its
    genitive; `conducted_by`: its verb of conducting; `spoken`: a speaker speaks at it; `presented`: its
    presenters; `joined`: the verb of taking part before it."""
    if whole_article:
        attending = [p for v in attend(ctx, 0, len(ctx.words)) if not elsewhere(ctx, v)
                     for p in ctx.starting_in(v, over_titles(ctx, ctx.sentence_end(v))) if p.label == "PER"]
        attending += addresses(ctx, i)
    else:
        attending = [p for v in attend(ctx, a, b + 1) for p in ctx.starting_in(v, b)
                     if p.label == "PER"]
        attending += [p for v in _presence(ctx, i, b)
                      for p in ctx.starting_in(v, ctx.sentence_end(v)) if p.label == "PER"]
    if host is not None:  # «الاجتماع الذي عقده أوباما»: the person who convenes it attends (§7 decision 62)
        attending += [m for m in ctx.starting_in(host + 1, host + 1) if m.label == "PER"] or unnamed_host(ctx, host, a, i)
        # «مؤتمر صحفي مشترك عقده في جدة أمس مع نظيره المصري X»: the person it is held with attends (decision 36)
        with_ = with_after(ctx, host, b, HELD_WINDOW)
        attending += named_after(ctx, with_, min(b, with_ + OFFICE_CHAIN))[:1] if with_ is not None else []
    attending += actor_before(ctx, i)
    if verbs and not norm(ctx.key(verbs[-1])).startswith(CHAIR_KEYS + PRESIDE):
        attending += convener(ctx, verbs[-1], i)
    if not verbs:
        if of_people:
            said = pronoun_subject(ctx, i)  # «يقول X لـ Y إنه التقى»: X meets, not the nearer Y
            attending += ([said] + named_after(ctx, i, b) if said else people_met(ctx, i)) \
                + (companions(ctx) if first else [])
            attending += [titled] if titled is not None else []  # «اجتماع وزير التعليم بـ…»: the office's holder
            attending += sentence_subject(ctx, conducted_by, i) if conducted_by is not None else []
        elif spoken:
            attending += speaker(ctx, i)
        else:
            attending += fronted(ctx, i)
        attending += presented
        attending += partaker(ctx, joined) if joined is not None else []
    return attending


def _later_mentions(ctx: Context, out: list[dict], definite: set[int], spoken: set[int]) -> None:
    """Place at the meeting reported last before it the persons, date and place a later mention names.
    «وفي مستهل الاجتماع رحب X»، «وخلال افتتاح الدورة البرلمانية، أوضح Y»: a later mention of the meeting just
    reported places a person there; they attend that meeting (GUIDELINES §7 decision 118).
    «وبدأ الوزيران X وY اجتماعهما مع ممثلي الدائنين»: a later mention with its participants' pronoun places the
    persons before it, joined by «و», at the meeting just reported."""
    opened = {f["trigger"][0] for f in out}
    theirs = set(find(ctx, WITH_PARTICIPANTS))
    for i in sorted(definite | set(find(ctx, ("الدورة",))) | theirs):
        before = [f for f in out if f["trigger"][0] < ctx.spans[i][0]]
        if ctx.spans[i][0] in opened or not before:
            continue
        # «أما أشار X … خلال المؤتمر الصحفي»: a speaker at a later mention of it speaks at it (decisions 118, 211)
        place_at(ctx, before[-1]["slots"], fronted(ctx, i) + (subjects(ctx, i) if i in theirs else [])
                  + (speaker(ctx, i) if i in spoken else []) + later_attendees(ctx, i))
        if (date := restated_date(ctx, i, before[-1])) is not None:
            before[-1]["slots"]["date"] = [date]
        if "location" not in before[-1]["slots"] and (loc := restated_place(ctx, i, before[-1])) is not None:
            before[-1]["slots"]["location"] = [m.id for m in coordinated(ctx, loc)]  # «أن الملتقى سوف يقام في X»


def frames(ctx: Context, forced: frozenset[int] = frozenset()) -> list[dict]:
    """The meeting frames of one document. `forced`: word indices a learned detector accepted (trigger_model); each
    skips the checks that decide whether a noun reports a meeting and keeps the rules' slot filling."""
    out = []
    found = sorted(set(find(ctx, TRIGGERS)) | {i for i in find(ctx, ROUND) if norm(ctx.key(i)).lstrip("بل") == ROUND_KEY}
                   | {i for i in find(ctx, ("المفاوضات",)) if _one_round(ctx, i)})
    definite = set(definite_nouns(ctx))
    met = {i for i in find(ctx, MET) if not gathered_alone(ctx, i) and named_after(ctx, i, clause(ctx, i)[1])
           or subject(ctx, i) or gathering_body(ctx, i) or pronoun_subject(ctx, i) or convened_on(ctx, i)
           or met_delegates(ctx, i)}
    # «لدى اجتماعه مع قادة القطاعات»: the person before a meeting with a pronoun met (§7 decision 62)
    met |= {i for i in find(ctx, WITH_PARTICIPANTS) if named_after(ctx, i, clause(ctx, i)[1])
            or any(m.label == "PER" for m in ctx.starting_in(clause(ctx, i)[0], i - 1))}
    # «تحاورت “عين اليوم” مع X»، «“اليوم” التقت والد الطفل»: an outlet's interview (GUIDELINES §7 decisions 172, 284)
    interviews = {i: o for i in find(ctx, MET) + find(ctx, INTERVIEW) if (o := outlet(ctx, i)) is not None}
    met |= set(interviews)
    gather = {i for i in found
              if any(norm(ctx.key(j)).startswith(GATHER) for j in range(i + 1, min(i + 3, len(ctx.words))))
              and named_after(ctx, i, clause(ctx, i)[1])}
    talks = [i for i in found if i not in definite and norm(ctx.key(i)).startswith(TALKS)]
    # «خلال اجتماع لهم مع قيادة اللجنة»: a talk at the time of what is told (an outlet's interview has its own persons)
    gather |= {i for i in talks if held_with(ctx, i) or timed_talk(ctx, i) and i not in interviews}
    # «اللقاء الثلاثي الذي جمع وزير الخارجية بنظيره X في الدوحة»، «اللقاء بين X وY»: a definite noun whose relative
    # clause gathers named people, or that names them after «بين», is a meeting of its own (GUIDELINES §7 decision 36)
    gathered = {i for i in definite if (gathered_by(ctx, i) or between_people(ctx, i))
                and named_after(ctx, i, clause(ctx, i)[1])}
    gather |= gathered
    # «لقاء المبعوث الأممي مع قادة …»: the holder of the office in the noun's genitive (GUIDELINES §7 decisions 36, 227),
    # read once per noun
    pairs = {i: titled_pair(ctx, i) for i in talks}
    gather |= {i for i in talks if pairs[i] is not None or genitive_pair(ctx, i)}
    titled = {i: h for i in gather if (h := pairs[i] if i in pairs else titled_pair(ctx, i)) is not None}
    conducted = {i: c for i in found if (c := conducting_verb(ctx, i)) is not None
                 and (people_met(ctx, i) or sentence_subject(ctx, c[0], i))}
    met |= set(conducted)
    sittings = {i for i in find(ctx, SITTING) if sitting(ctx, i)}
    nouns = set(found) | definite
    spoken = {i for i in nouns if spoken_at(ctx, i)}
    held = {i: j for i in nouns if (j := held_after(ctx, i)) is not None}
    # «خلال اجتماع لحزب X في 5 يونيو في ديار بكر»: a meeting reported with its host or place (decision 36)
    at = {i for i in found if ctx.key(i - 1) in AT and i not in definite}
    presented = {i: p for i in found if i not in definite and (p := presenter(ctx, i))}
    # «خلال المؤتمر السنوي لحزب X»، «خلال الاجتماع المقبل للجنة Y»: a definite noun after «خلال/في» with an adjective
    # and the body that holds it is one meeting of that body, reported there (GUIDELINES §7 decision 36)
    owned = {i for i in definite if ctx.key(i - 1) in AT and owned_by_body(ctx, i)}
    # «عشية المحادثات المفصلية في الدوحة»، «خلال المنتدى الاقتصادي للشرق الأوسط في X»: a definite noun with its place
    # right after its adjectives reports that meeting, unless «هذه» points back to one already told (decisions 36, 118)
    told_apart = {i for i in definite if ctx.key(i - 1) not in THIS and place_over_adjectives(ctx, i) is not None}
    # «الاجتماع المقبل لوزراء …»، «المباحثات المرتقبة بين X وY»: a definite noun called next or awaited is a meeting
    # still to come (GUIDELINES §7 decision 20), not the one reported before
    told_apart |= {i for i in definite if ctx.key(i + 1) in UPCOMING}
    joined = {i: v for i in found if (v := partake(ctx, i)) is not None}
    named_places: set[str] = set()  # «مؤتمر جنيف» again: the same meeting, no new frame (GUIDELINES §7 decision 118)
    for i in sorted(nouns | met | gather | spoken | set(held) | sittings | forced):
        checked = i not in forced
        court = court_of(ctx, i)
        if checked and ((purpose(ctx, i) and court is None) or counted(ctx, i) or adjective(ctx, i) or discipline(ctx, i)
                        or ceremony(ctx, i) or regular(ctx, i) or named_body(ctx, i) or peak(ctx, i) or friendly(ctx, i)):
            # «أجلت المحكمة القضية لجلسة 17 أكتوبر»: a session postponed to is no purpose
            continue
        first = not out
        # «ترأس الجلسة الأولى X»: a session named by its rank with its own chair is a meeting of its own (decision 119)
        chaired = bool(chairing(ctx, i - 1, i)) and ctx.key(i + 1) in SESSION_RANKS
        # «بدأت … جولة جديدة من المباحثات»: a new round is no repeat of a meeting reported before (decision 117)
        new_round = (r := round_of(ctx, i)) is not None and (not ctx.key(r).startswith("ال")
                                                             or ctx.key(r + 1) in ROUND_RANKS)
        # a definite noun held by its body, placed or called next (see `owned`, `told_apart`) is a meeting of its own,
        # unless told before
        own = (i in owned or i in told_apart) and not repeated(ctx, i, out)
        if checked and i in definite and not first and i not in sittings and not chaired and not new_round \
                and not described(ctx, i, held, out) and not own and not (i in gathered and not repeated(ctx, i, out)):
            continue  # a later mention of the meeting already reported (§6)
        if checked and (i in definite or suffixed(ctx, i) or norm(ctx.key(i)) in WITH_PARTICIPANTS) \
                and after_reception(ctx, i):
            continue  # «استقبل X … وجرى خلال اللقاء …»: the reception again (GUIDELINES §7 decision 60)
        a, b = clause(ctx, i)
        if (venue := named_for_place(ctx, i)) is not None:
            if ctx.surface(venue) in named_places:
                continue
            named_places.add(ctx.surface(venue))
        # the last verb of holding before the noun that is no purpose («لعقد»): the one that holds it
        verbs = next(([v] for v in reversed(sorted(find_in(ctx, HOLD, a, i) + presiding(ctx, a, i)))
                      if not purpose(ctx, v + 1)), []) if ctx.key(i - 1) not in LANDMARK else []
        # a verb of starting before the noun holds it too (a council's sitting is read by `sitting` alone)
        if not verbs and i not in met and i not in gather and i not in sittings and not purpose(ctx, i) \
                and (v := starting_verb(ctx, i, a)) is not None:
            verbs = [v]
        # «وبدأت أمس دورة استثنائية …»: a sitting opened by a verb of starting takes its date and place from
        # between the verb and the noun (GUIDELINES §7 decision 21: «أمس» is the date as written)
        started = starting_verb(ctx, i, a) if i in sittings and not verbs else None
        if checked and i in definite and not (verbs or i in held or i in spoken or court is not None or i in owned
                                              or i in gathered or i in told_apart and own):
            continue
        if checked and not first and i in met and not verbs and not named_after(ctx, i, b) \
                and not find_in(ctx, MET, i, i + 1) and i not in conducted:
            continue  # «خلال لقائه يوم أمس بالقيادات»: a later mention of the meeting of the person already reported
        scheduled = norm(ctx.key(i - 1)) in SCHEDULE and norm(ctx.key(i)).startswith(SESSION)
        chaired_by = i in held and norm(ctx.key(held[i])).startswith(CHAIRED_BY)  # «الاجتماع الذي يرأسه X»
        press = i in found and i not in definite and press_conference(ctx, i)  # decisions 20, 97
        reported = press or verbs or i in met or i in gather or court is not None or i in sittings or scheduled \
            or chaired_by or i in presented or i in joined or i in owned or i in told_apart \
            or (i in spoken and (first or not suffixed(ctx, i)))
        host = held[i] if i in held and norm(ctx.key(held[i])).startswith(CONVENE) else None
        # «رأس X الجلسة التي عقدها مجلس الوزراء»: the body named as holding it after the noun holds it, before any
        # body the verb before it finds (a dateline's agency before «رأس», GUIDELINES §7 decisions 62, 226)
        org = (host_body(ctx, host) if host is not None else None) or organizer(ctx, verbs, i) or court \
            or (council_of(ctx, i) if i in sittings else None)
        owner = possessor(ctx, i, a) if org is None and not verbs else None
        org = org or owner or (gathering_body(ctx, i) if i in met else None) or interviews.get(i)
        opener = verbs[-1] if verbs else started
        who = _person_met(ctx, i, b) if i in met or i in gather else None
        if i in gathered:  # «اللقاء الذي جمع X بنظيره Y في الدوحة»: the place right after a person it gathers
            who = next((p for p in named_after(ctx, i, b) if location(ctx, p.last, b, window=NEAR + 1)), None)
        loc = _location(ctx, i, a, b, held=held.get(i), verbs=verbs, venue=venue, opener=opener, who=who,
                        over_people=i in titled, of_people=i in met or i in gather or i in joined)
        # a meeting reported by a verb of taking place or after «في/خلال» names its host, place or date; a body
        # right after it, a place or «بحضور» close after it report it too (§7 36)
        near = (genitive_org(ctx, i) is not None or location(ctx, i, b, window=NEAR) is not None
                or bool(_presence(ctx, i, b)) or venue is not None) and i not in definite
        held_date = held_on(ctx, held[i]) if i in held else None
        # «اجتماعات عقدها كاميرون مع …»، «اجتماع عقدته «النصرة» مع …»: a meeting held by a named agent is reported
        # (GUIDELINES §7 decisions 36, 62)
        near = near or (host is not None and i not in definite and (
            org is not None and org.first > host or any(m.label == "PER" for m in ctx.starting_in(host + 1, host + 1))))
        if checked and not reported and not near and not (first and owner) and not ((i in at or i in held) and (
                org or loc or held_date or (i in held and month_date(ctx, i, a, b, False)))) \
                and not (i in at and day_after(ctx, i) is not None) \
                and not (i in at and date_after_adjectives(ctx, i) is not None):
            continue  # «في مؤتمره الصحافي اليومي الاثنين الماضي»: the day after its adjectives reports it (dec. 21, 36)
        slots: dict[str, list] = {}
        if org:
            slots["organizer"] = [m.id for m in coordinated(ctx, org) + (partners(ctx, org, i) if verbs else [])
                                  + (partners_past_noun(ctx, i, b) if verbs and org.last < i else [])
                                  + (partners_after(ctx, org) if host is not None and org.first > i else [])]
        if loc:
            slots["location"] = [m.id for m in coordinated(ctx, loc)]
        date = meeting_date(ctx, i, a, b, first, loc, spoken=i in spoken, held_date=held_date,
                            court=court is not None, opener=opener,
                            conducted_on=conducted[i][1] if i in conducted else None,
                            of_people=i in met or i in gather, who=who)
        if date:
            slots["date"] = [date] + ([other] if (other := same_day(ctx, date)) else [])
            _place_by_date(ctx, slots, date, i, b)
        whole_article = first and bool(verbs or host is not None)
        chairs = _chairs(ctx, i, a, b, whole_article=whole_article, chaired=chaired,
                         chaired_by=held[i] if chaired_by else None)
        if chairs:
            slots["chair"] = [m.id for m in co_chairs(ctx, chairs[0])]
        attending = _attending(ctx, i, a, b, whole_article=whole_article, first=first, verbs=verbs, host=host,
                               of_people=i in met or i in gather, titled=titled.get(i),
                               conducted_by=conducted[i][0] if i in conducted else None, spoken=i in spoken,
                               presented=presented.get(i, []), joined=joined.get(i))
        attending += interviewees(ctx, i) if i in interviews else []
        attendees = [p for p in dict.fromkeys(m.id for m in attending if not alias(ctx, m) and not not_there(ctx, m))
                     if p not in slots.get("chair", [])]
        if attendees:
            slots["attendee"] = attendees
        if not first and not slots and not press:
            continue
        if not first and list(slots) == ["organizer"] and {surface(ctx, o) for o in slots["organizer"]} <= {
                surface(ctx, o) for f in out for o in f["slots"].get("organizer", [])}:
            continue  # «تأجيل جلسات مجلس الوزراء» after its sitting: the same body's meeting again (decision 135)
        # a later meeting its other slots report takes the date further on in its clause, and the place said with it
        if "date" not in slots and (date := later_clause_date(ctx, i, b)) is not None:
            slots["date"] = [date]
            _place_by_date(ctx, slots, date, i, b)
        out.append({"type": "meeting", "trigger": ctx.span(i, i + compound(ctx, i)), "slots": slots})
    _later_mentions(ctx, out, definite, spoken)
    taken = {f["trigger"][0] for f in out}
    out += [f for f in first_person_frames(ctx) if f["trigger"][0] not in taken]
    if out:
        place_at(ctx, out[0]["slots"], paper_persons(ctx, out[0]))
    people = person_names(ctx)
    for f in out:
        at_first_mention(ctx, f["slots"], people)
    return out
