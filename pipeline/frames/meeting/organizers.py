"""The organizer slot of a meeting: the body that holds, hosts or convenes it, those it holds it with
(«بالتنسيق/بالتعاون مع»), its genitive body, the body a bare definite word refers back to, a council's sitting,
a court's session."""
from __future__ import annotations

from pipeline.frames.context import Context, Mention, covered_words
from pipeline.frames.meeting.cues import lam, name_keys, norm
from pipeline.frames.meeting.words import (ALREADY, BEFORE_BODY, BOARD, BODY_NOUNS, COUNCILS, COURTS, COURT_WORDS,
                                           GATHERED, GENITIVE_ADJECTIVES, HEARING, IN_COORDINATION, INTERVIEWED,
                                           INTERVIEWED_BY, INTERVIEW_KEYS, JOINT, LOC_WINDOW, OFFICE_CHAIN,
                                           PARTNERSHIP, PRONOUNS, SCHEDULE, SESSION, SITTING_KINDS, SITTING_WINDOW,
                                           SPONSOR_KEYS, TRIGGERS)
from pipeline.frames.relations import TYPE_NOUNS
from pipeline.frames.triggers import PLACE_PREP, WITH, clause, find_in, mentions_in
from pipeline.text.chars import word_key
from pipeline.text.lexicon import COMMAS, QUOTES, WAS


def possessor(ctx: Context, i: int, a: int) -> Mention | None:
    """The body a meeting noun with a singular pronoun belongs to («الكونجرس، وعبر اجتماعه المقبل»، «بيان القيادة
    عقب اجتماعها»، «وحملت اللجنة في بيانها … اجتماعها»): a body named before it in its clause with no person
    between, else the body a bare definite word before it in its sentence stands for (its head noun, named
    earlier; GUIDELINES §7 decision 22)."""
    key = norm(ctx.key(i))
    # «يناقش وزراء خارجية الاتحاد X خلال اجتماعهم»: a plural pronoun for the members of the body named before
    # (not the dual «هما», which ends in none of these: two persons)
    if not key.endswith(("ه", "ها", "هم")):
        return None
    before = [m for m in ctx.starting_in(a, i - 1) if m.last < i]
    if any(m.label == "PER" for m in before):
        return None
    bodies = [m for m in before if m.label == "ORG"]
    if bodies:
        return bodies[-1]
    inside = covered_words(before)
    heads = {norm(ctx.key(k)).removeprefix("ال") for k in range(a, i)
             if k not in inside and ctx.key(k).startswith("ال")}
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < a
             and ctx.head(m) in heads]
    return named[-1] if named else None


def court_of(ctx: Context, i: int) -> Mention | None:
    """«أجلت محكمة X محاكمة … لجلسة 17 أكتوبر»، «في جلستها المنعقدة أمس قضت محكمة X»: the court of a session,
    named in its sentence (before it, else after it in its clause; GUIDELINES §7 decision 20)."""
    if not norm(ctx.key(i)).lstrip("بل").removeprefix("ال").startswith(SESSION):
        return None
    _, b = clause(ctx, i)
    a = ctx.sentence_start(i)
    # «وقررت محكمة X أمس مد أجل النطق بالحكم في القضية …، لجلسة 29 أغسطس»: the court anywhere before it in its sentence
    courts = [m for m in ctx.starting_in(a, b) if m.label == "ORG" and ctx.head(m).startswith(COURTS)]
    if courts:
        before = [m for m in courts if m.last < i]
        return before[-1] if before else courts[0]
    # «ورفع القاضي الجلسة»، «اتخذت المحكمة قرارها … عقب جلسة»، «وحددت جلسة 27 سبتمبر»: the court named earlier in
    # the article holds it when its sentence names the court or judge by a bare word, or sets the session
    inside = covered_words(ctx.starting_in(a, b))
    bare = any(norm(ctx.key(k)) in COURT_WORDS for k in range(a, b + 1) if k not in inside)
    one = norm(ctx.key(i)).lstrip("بل").removeprefix("ال") == word_key("جلسة")  # plurals open none (decision 135)
    if not one or not bare and norm(ctx.key(i - 1)) not in SCHEDULE:
        return None
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < a
             and ctx.head(m).startswith(COURTS)]
    return named[-1] if named else None


def coordinated(ctx: Context, m: Mention) -> list[Mention]:
    """The body and those coordinated with it by «و» right after it («تعقد المنظمة X وجامعة Y الملتقى»)."""
    out = [m]
    while True:
        nxt = [n for n in ctx.starting_in(out[-1].last + 1, out[-1].last + 2) if n.label == m.label]
        if not nxt or not (nxt[0].lead == "و" and nxt[0].first == out[-1].last + 1
                           or ctx.words[out[-1].last + 1] == "و" and nxt[0].first == out[-1].last + 2):
            return out
        out.append(nxt[0])


def partners(ctx: Context, org: Mention, i: int) -> list[Mention]:
    """«عقدت شرطة X، بالتنسيق مع شرطة Y وشرطة Z، مؤتمراً»: the bodies named after «بالتنسيق مع» between the
    organizer and the meeting noun organize it with it (§4 organizer: the ORG that holds it)."""
    for k in range(org.last + 1, i - 1):
        split = ctx.words[k] == "ب" and "ب" + ctx.key(k + 1) in IN_COORDINATION  # «ب التنسيق»
        if (ctx.key(k) in IN_COORDINATION or split) and ctx.key(k + 1 + split) == WITH:
            first = next((m for m in ctx.starting_in(k + 2 + split, k + 2 + split) if m.label == "ORG"), None)
            return [m for m in coordinated(ctx, first) if m.last < i] if first is not None else []
    return []


def partners_after(ctx: Context, org: Mention) -> list[Mention]:
    """The bodies named after «بشراكة/بالتعاون/بالتنسيق مع» right after the body that holds the meeting, each over
    the place it is in («مركز Y بدبي») and a comma: they hold it with it (decision 226)."""
    out, k = [], coordinated(ctx, org)[-1].last + 1
    while k < len(ctx.words):
        k += ctx.words[k] in COMMAS
        k += ctx.words[k:k + 1] == ["و"]
        j = _after_partnership(ctx, k, PARTNERSHIP)
        body = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None) if j is not None else None
        if body is None:
            return out
        out += coordinated(ctx, body)
        k = out[-1].last + 1
        place = next((m for m in ctx.starting_in(k, k + 1) if m.label == "LOC" and (m.lead == "ب" or m.first == k + 1
                                                                                  and ctx.key(k) in PLACE_PREP)), None)
        k = place.last + 1 if place is not None else k
    return out


def partner(ctx: Context, m: Mention) -> bool:
    """Is the body m named right after «بشراكة/بالتعاون/بالتنسيق مع» («بالتعاون مع مركز X»)?"""
    return any(_after_partnership(ctx, k, PARTNERSHIP) == m.first for k in range(max(0, m.first - 4), m.first - 1))


def _after_partnership(ctx: Context, k: int, words: tuple[str, ...]) -> int | None:
    """The word after «مع» when word k opens «بالتعاون/بالشراكة/بشراكة … مع» (one of `words`, its «و» glued or its
    «ب» split off: «ب التعاون»); None when it opens none."""
    split = ctx.words[k:k + 1] in (["ب"], ["بـ"])
    key = ("ب" + ctx.key(k + 1)) if split else ctx.key(k).removeprefix("و")
    return k + 2 + split if key in words and ctx.key(k + 1 + split) == WITH else None


def partners_past_noun(ctx: Context, i: int, b: int) -> list[Mention]:
    """«أقامت لجنة X بمدينة Y ندوة حول العنف الأسري بالتعاون مع مركز Z»: the bodies named after «بالتعاون/بالشراكة/
    بشراكة مع» (not «بالتنسيق مع», see JOINT) a few words after the noun of a meeting that its agent holds hold it with
    it (GUIDELINES §7 decision 226: each ORG joined to the holder by «بالتعاون مع» is an organizer)."""
    for k in range(i + 1, min(b, i + LOC_WINDOW)):
        if (j := _after_partnership(ctx, k, JOINT)) is not None:
            body = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None)
            return coordinated(ctx, body) if body is not None else []
        if ctx.words[k] in COMMAS or find_in(ctx, TRIGGERS, k, k + 1):
            return []  # another clause or another meeting
    return []


def host_body(ctx: Context, v: int) -> Mention | None:
    """The body right after a verb of holding that follows the meeting noun («التي عقدتها لجنة X»، «اجتماع عقدته
    «النصرة»»: over an opening quote; «اجتماع نظمه حزب «النداء»»: over the type noun outside the body's name)."""
    k = v + 1 + (ctx.key(v + 1) in TYPE_NOUNS)
    k += ctx.words[k:k + 1] != [] and ctx.words[k] in QUOTES
    return next((m for m in ctx.starting_in(k, k) if m.label == "ORG"), None)


def council_of(ctx: Context, i: int) -> Mention | None:
    """The parliament or council named after the sitting noun at i, in its clause (its organizer)."""
    _, b = clause(ctx, i)
    return next((m for m in ctx.starting_in(i + 1, min(b, i + SITTING_WINDOW)) if m.label == "ORG"
                 and word_key(ctx.surface(m).split()[0]) in COUNCILS), None)


def _referred_body(ctx: Context, k: int) -> Mention | None:
    """The body a bare definite word at k refers back to («الوزارة» … «وزارة الحج» named before): the first mention
    of the one ORG named before k whose head noun it is; none when two bodies of that head were named (GUIDELINES §7
    decisions 22, 297: an anaphoric ORG filler is the body's first named mention)."""
    key = norm(ctx.key(k))
    if not key.startswith("ال") or key[2:] not in BODY_NOUNS or any(
            m.first <= k <= m.last for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k)):
        return None
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < k and ctx.head(m) == key[2:]]
    if len({name_keys(ctx, m) for m in named}) != 1:
        return None
    return named[0]


def organizer(ctx: Context, verbs: list[int], i: int) -> Mention | None:
    if verbs:
        # «وعقد رئيس البرلمان أمس اجتماعا»: a body in the genitive of an office convenes nothing, its holder does
        # (a person: no organizer, GUIDELINES §7 decision 62)
        orgs = [m for m in mentions_in(ctx, verbs[-1], i, "ORG") if not any(
            t.label == "TITLE" and t.last == m.first - 1 for t in ctx.starting_in(verbs[-1], m.first - 1))]
        if orgs:
            return orgs[0]
        v = verbs[-1] - (ctx.words[verbs[-1] - 1] in ("ل", "لـ"))
        v -= ctx.key(v - 1) == ALREADY  # «وكانت شرطة X قد عقدت … جلسة عمل»
        # «أعلن مجلس النواب عقد جلسته»; «المدير المالي لقوات الاحتياط عقدوا اجتماعاً»: a body after «ل» is the genitive
        # of the subject before it, not the subject
        before = [m for m in ctx.starting_in(max(0, v - 6), v - 1) if m.label == "ORG" and m.last == v - 1
                  and m.lead != "ل" and not lam(ctx, m.first - 1)]
        if before:
            return before[-1]
        # «نظمت الوزارة اجتماعاً»، «أن الوزارة كانت قد نظمت اجتماعاً»: a bare definite word for a body named before
        # «أن الأمانة العامة ستعقد ورشة عمل»: over «كان» or a definite adjective of the bare word (no name of its own)
        referred = _referred_body(ctx, verbs[-1] + 1) or _referred_body(ctx, v - 1) \
            or (_referred_body(ctx, v - 2) if ctx.key(v - 1) in WAS
                or ctx.key(v - 1).startswith("ال") and not ctx.starting_in(v - 1, v - 1)
                else None)
        if referred:
            return referred
    after = genitive_org(ctx, i)
    if after:
        return after
    _, b = clause(ctx, i)
    for j in range(i + 1, min(b, i + LOC_WINDOW) + 1):
        if norm(ctx.key(j)) in SPONSOR_KEYS or (ctx.words[j] == "ب" and "ب" + ctx.key(j + 1) in SPONSOR_KEYS):
            k = j + (ctx.words[j] == "ب")
            hosts = [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "ORG"]
            return hosts[0] if hosts else None
    return None


def genitive_org(ctx: Context, i: int) -> Mention | None:
    """«اجتماعات الجمعية العامة»، «اجتماع لحزب X»: the body right after the noun holds it; also over «استماع أمام»
    («جلسة استماع أمام لجنة X») and a company's board («اجتماع مجلس إدارة شركة «X»»)."""
    i += ctx.key(i + 1) in SITTING_KINDS  # «جلسة استثنائية للحكومة»
    k = i + 1 + (ctx.key(i + 1) == HEARING)
    if ctx.key(k) == BEFORE_BODY:
        k += 1
    elif tuple(ctx.keys[k:k + 2]) == BOARD and not ctx.starting_in(k, k):  # over «شركة» and a quote to the name
        k += 2 + (ctx.key(k + 2) in TYPE_NOUNS and not ctx.starting_in(k + 2, k + 2))
        k += ctx.words[k:k + 1] != [] and ctx.words[k] in QUOTES
    after = [m for m in ctx.starting_in(k, k) if m.label == "ORG"]
    if after:
        return after[0]
    if (referred := _referred_body(ctx, i + 1)) is not None:  # «اجتماع اللجنة»: the committee named before
        return referred
    # «المؤتمر السنوي لحزب X»، «الاجتماع المقبل للجنة Y»: over the noun's definite adjectives to «ل» + the body
    k = i + 1
    while k <= i + GENITIVE_ADJECTIVES and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k):
        k += 1
    if lam(ctx, k):
        after = [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "ORG"]
        return after[0] if after else None
    # «الاجتماعات السنوية لرابطة X»: the «ل» glued on the body's first word
    return next((m for m in ctx.starting_in(k, k) if m.label == "ORG" and m.lead == "ل"), None)


def gathering_body(ctx: Context, i: int) -> Mention | None:
    """«المجلس التنفيذي المركزي لحزبه سيجتمع مساء اليوم»، «مجلس الشورى القيادي اجتمع مع علماء البلد»: the body right
    before «اجتمع» (over «قد») meets; it holds the meeting, its organizer (GUIDELINES §7 decisions 36, 226)."""
    if norm(ctx.key(i)) not in GATHERED:
        return None
    k = i - (ctx.key(i - 1) == ALREADY)
    k -= ctx.words[k - 1:k] != [] and ctx.words[k - 1] in QUOTES  # «"مجلس الشورى القيادي" اجتمع»
    # «المجلس التنفيذي المركزي لحزبه سيجتمع»: over the «ل» + pronoun-suffixed party the body belongs to
    if k >= 2 and ctx.words[k - 2] == "ل" and not ctx.starting_in(k - 1, k - 1) \
            and norm(ctx.key(k - 1)).endswith(PRONOUNS):
        k -= 2
    body = next((m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k - 1) if m.label == "ORG" and m.last == k - 1),
                None) or _referred_body(ctx, k - 1) or _referred_body(ctx, i + 1)
    # «X نائب رئيس الحكومة سيجتمع»: a body in the genitive of an office is not the subject, its holder is
    if body is None or any(t.label == "TITLE" and t.last == body.first - 1
                           for t in ctx.starting_in(max(0, body.first - OFFICE_CHAIN), body.first - 1)):
        return None
    return body


def outlet(ctx: Context, i: int) -> Mention | None:
    """«“عين اليوم” التقت والد الطفل»، «تحاورت “عين اليوم” مع X»: the body right before a bare verb of meeting or
    interviewing, or right after it, each over a quotation mark, is the outlet that holds the interview, its organizer
    (GUIDELINES §7 decisions 172, 284); also the quoted body before a verb «والتقت» is joined to."""
    key = ctx.key(i)  # not `norm`: «وتحاور» with its «و» is no bare interview verb
    if key not in INTERVIEW_KEYS + INTERVIEWED:
        return None
    before = i - 1 - (ctx.words[i - 1:i] != [] and ctx.words[i - 1] in QUOTES)
    # the outlet after the verb only for «حاورت/تحاورت» («التقى الأهلي …» is a match), and for «التقت» over a quote
    quoted = ctx.words[i + 1:i + 2] != [] and ctx.words[i + 1] in QUOTES
    after = i + 1 + quoted if key in INTERVIEW_KEYS or key == INTERVIEWED_BY and quoted else -1
    found = next((m for m in ctx.starting_in(max(0, before - OFFICE_CHAIN), max(after, before))
                  if m.label == "ORG" and (m.last == before or m.first == after)), None)
    if found is None and key == INTERVIEWED_BY and ctx.words[i - 1:i] == ["و"]:
        # «"الرياض" تجولت في الجزيرة والتقت بمسافرين»: the quoted outlet that is the subject of the verb «و» joins it to
        found = next((m for m in reversed(ctx.starting_in(max(clause(ctx, i)[0], i - OFFICE_CHAIN), i - 2))
                      if m.label in ("PER", "ORG")), None)
        found = found if found is not None and found.label == "ORG" and ctx.words[found.last + 1] in QUOTES else None
    return found
