"""The per-document indexes and backward reads that replaced whole-document scans answer as the scans did
(speed pass: output unchanged). Sentences written for these tests."""
from __future__ import annotations

import random

from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.frames import triggers
from pipeline.frames.context import Context
from pipeline.frames.enforcement import SAID, _speaker
from pipeline.ner.consistency import QUOTES_AND_BRACKETS, _occurrences, _previous_word, _Taken, _token_heads
from pipeline.text.tokenizer import TOKEN_RE, ArabicTokenizer

TEXT = ("وقال المتحدث الإعلامي في الشرطة العقيد سالم ناصر إن الأجهزة الأمنية اعتقلت خمسة أشخاص في المدينة.\n"
        "وأعلنت الوزارة أنها ألقت القبض على المتهمين، واعتقل آخرون لاحقا «في» القرية (الشمالية) وبالمدينة، وأكد سالم ناصر ذلك.")


def _ctx(entities: list[dict] | None = None) -> Context:
    tok = ArabicTokenizer()
    spans = tok.spans(TEXT)
    return Context.build(TEXT, spans, tok.sentence_starts(TEXT, spans), entities or [], [])


def _entity(surface: str, label: str, n: int) -> dict:
    start = TEXT.index(surface)
    return {"id": f"e{n}", "label": label, "start": start, "end": start + len(surface)}


def test_find_matches_a_scan_of_every_key():
    ctx = _ctx()
    for stems in (("اعتقل",), ("القى", "ألقت"), ("اعلن", "قال"), ("م",), ("",), (), ("مدينة", "قري")):
        norm = tuple(normalize_alef_ar(s) for s in stems)
        hits = {i for i, k in enumerate(ctx.keys) if k.startswith(norm)}
        hits |= {i for i, k in enumerate(ctx.keys) for p in triggers.GLUED_BEFORE_TRIGGER
                 if k.startswith(p) and k[len(p):].startswith(norm)}
        assert triggers.find(ctx, stems) == sorted(hits), stems


def test_speaker_reads_the_offices_ending_before_the_person():
    ents = [_entity("المتحدث الإعلامي", "TITLE", 1), _entity("الشرطة", "ORG", 2), _entity("العقيد", "TITLE", 3),
            _entity("سالم ناصر", "PER", 4), _entity("المدينة", "LOC", 5), _entity("المتهمين", "PER", 6)]
    ctx = _ctx(ents)

    def naive(m) -> bool:  # every office from the document's start, sorted by its end
        k = m.first - 1
        offices = sorted((o for o in ctx.starting_in(0, k) if o.label in ("TITLE", "ORG", "LOC") and o.last < m.first),
                         key=lambda o: o.last)
        for o in reversed(offices):
            if o.last != k:
                break
            k = o.first - 1
            if ctx.key(k) == "في":
                k -= 1
        return ctx.key(k).lstrip("وف") in SAID

    people = [m for m in ctx.mentions if m.label == "PER"]
    assert [_speaker(ctx, m) for m in people] == [naive(m) for m in people] == [True, False]


def test_previous_word_as_the_prefix_split_gives_it():
    def naive(text: str, start: int) -> str:
        prev = text[:start].rstrip(" " + QUOTES_AND_BRACKETS).split()[-1:]
        return prev[0].strip(QUOTES_AND_BRACKETS) if prev else ""

    for start in range(len(TEXT) + 1):
        assert _previous_word(TEXT, start) == naive(TEXT, start)
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(' \n\t«»()"اب') for _ in range(rnd.randint(0, 10)))
        start = rnd.randint(0, len(text))
        assert _previous_word(text, start) == naive(text, start), (text, start)


def test_taken_overlap_as_a_scan_of_the_spans():
    rnd = random.Random(3)
    for _ in range(2000):
        size = rnd.randint(1, 20)
        spans = [(rnd.randint(-1, size + 2), rnd.randint(-1, size + 2)) for _ in range(rnd.randint(0, 4))]
        taken, ref = _Taken(size, list(spans)), list(spans)
        for _ in range(6):
            a = rnd.randint(0, size - 1)
            b = rnd.randint(a + 1, size)
            assert taken.overlaps(a, b) == any(s < b and a < e for s, e in ref)
            taken.add(a, b)
            ref.append((a, b))


def test_spans_memo_gives_the_offsets_of_each_occurrence():
    tok = ArabicTokenizer()
    text = TEXT + " " + TEXT  # every word twice: the second time from the memo
    spans = tok.spans(text)
    assert spans[:len(tok.spans(TEXT))] == tok.spans(TEXT)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == "".join(m.group() for m in TOKEN_RE.finditer(text))


def test_occurrences_are_the_token_starts_a_search_finds():
    tok = ArabicTokenizer()
    spans = tok.spans(TEXT)
    starts = sorted({s for s, _ in spans})
    by_head = _token_heads(TEXT, {s: k for k, (s, _) in enumerate(spans)})
    for form in ("المدينة", "لمدينة", "القرية", "الشرطة", "مدينة", "ال", "و", "ة"):
        found, start = [], TEXT.find(form)
        while start >= 0:
            found.append(start)
            start = TEXT.find(form, start + 1)
        assert _occurrences(TEXT, form, None) == found, form
        got = _occurrences(TEXT, form, by_head)
        assert [s for s in got if s in starts] == [s for s in found if s in starts], form


def test_spread_labels_the_same_with_and_without_the_index(monkeypatch):
    from pipeline.ner import consistency

    spans = ArabicTokenizer().spans(TEXT)
    ents = [_entity("المدينة", "LOC", 1), _entity("الشرطة", "ORG", 2), _entity("سالم ناصر", "PER", 3)]
    searched = consistency.spread_labels(TEXT, spans, ents)
    monkeypatch.setattr(consistency, "INDEX_FROM", 0)
    assert consistency.spread_labels(TEXT, spans, ents) == searched
    assert [e["start"] for e in searched if e["label"] == "PER"] == [TEXT.index("سالم"), TEXT.rindex("سالم")]
