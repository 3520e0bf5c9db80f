"""Texts longer than spaCy's max_length: cut where a sentence (or a 1000-word piece) starts, annotated
part by part, merged with the offsets of the whole text. Small limits stand in for the real one."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.io.jsonl import validate_file
from pipeline.long_docs import annotate_long, cut_points
from pipeline.nlp import to_json
from pipeline.text.sentences import sentence_pieces
from pipeline.text.tokenizer import ArabicTokenizer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def piece_starts(text: str, tokenizer: ArabicTokenizer) -> set[int]:
    """Offsets where the whole text's sentences, or pieces of over-long ones, start."""
    spans = tokenizer.spans(text)
    pieces = sentence_pieces(ArabicTokenizer.sentence_index(tokenizer.sentence_starts(text, spans)))
    return {spans[k][0] for k in range(len(spans)) if k == 0 or pieces[k] != pieces[k - 1]}


@pytest.mark.parametrize("punctuation", [True, False])
def test_cuts_fall_where_the_whole_text_starts_a_sentence_or_piece(tokenizer, punctuation):
    text = " ".join(SEEDS) * 2
    if not punctuation:  # one line, one sentence: only the 1000-word pieces can be cut
        text = re.sub(r"[.!?؟…؛;:\n]", " ", text)
    limit = 20_000
    cuts = cut_points(text, limit, tokenizer)
    ends = cuts[1:] + [len(text)]
    assert cuts[0] == 0 and len(cuts) > 2
    assert all(0 < b - a <= limit for a, b in zip(cuts, ends))
    assert set(cuts) <= piece_starts(text, tokenizer)


def test_text_without_any_break_is_still_cut_within_the_limit(tokenizer):
    for text in ("كلمة " * 5000, "x" * 25_000):  # words and no sentence; not even a space
        cuts = cut_points(text, 7_000, tokenizer)
        assert all(0 < b - a <= 7_000 for a, b in zip(cuts, cuts[1:] + [len(text)]))


def test_parts_merge_into_the_annotation_of_the_whole_text(nlp, tmp_path):
    text = "\n".join(SEEDS[:3])
    whole = to_json(nlp(text), "d", with_tokens=True)
    limit = nlp.max_length
    nlp.max_length = 6_000
    try:
        merged, n_words = annotate_long(nlp, text, "d", with_tokens=True)
    finally:
        nlp.max_length = limit
    assert len(cut_points(text, 6_000, nlp.tokenizer)) > 2
    assert n_words == len(whole["tokens"])
    # Sentence-bound layers are the same; «one meeting per article» is one per part in a long text.
    for layer in ("text", "tokens", "entities", "numbers", "relations"):
        assert merged[layer] == whole[layer], layer
    assert [f for f in merged["frames"] if f["type"] != "meeting"] == [f for f in whole["frames"] if f["type"] != "meeting"]
    assert merged["entities"] and merged["numbers"] and merged["relations"]
    path = tmp_path / "merged.jsonl"
    path.write_text(json.dumps(merged, ensure_ascii=False) + "\n", encoding="utf-8")
    assert validate_file(path) == (1, [])

