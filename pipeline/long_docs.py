"""Documents longer than spaCy's `max_length`, annotated part by part and merged back into one line.

A part starts where a sentence starts (or where the numbers and frame rules start a new piece
of an over-long sentence, `text.sentences.MAX_SENTENCE_WORDS`), at a word after whitespace, so
each part is tokenized as the whole text is and every sentence-bound rule sees the same
sentences. Parts are annotated one at a time, so memory is that of one part plus the output;
offsets are shifted back and ids renumbered, so `text[start:end] == surface` holds in the merge.
"""
from __future__ import annotations

from spacy.language import Language

from pipeline.schema import FRAME_SLOTS, RELATIONS, item_id
from pipeline.text.sentences import sentence_pieces
from pipeline.text.tokenizer import ArabicTokenizer, doc_words


def cut_points(text: str, limit: int, tokenizer: ArabicTokenizer) -> list[int]:
    """Start offsets of parts of at most `limit` characters (the first is 0)."""
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        pos = cuts[-1]
        window = text[pos:pos + limit]
        last_space = max(window.rfind(c) for c in " \n\t\r\u00a0")  # a word after it may be cut by the window
        spans = tokenizer.spans(window)
        pieces = sentence_pieces(ArabicTokenizer.sentence_index(tokenizer.sentence_starts(window, spans)))
        cut = next((spans[k][0] for k in range(len(spans) - 1, 0, -1)
                    if pieces[k] != pieces[k - 1] and spans[k][0] <= last_space and window[spans[k][0] - 1].isspace()),
                   None)
        if cut is None:  # no sentence in a million characters: the last word start, else a hard cut
            cut = last_space + 1 if last_space > 0 else limit
        cuts.append(pos + cut)
    return cuts


def merge(doc_id: str, text: str, parts: list[dict], starts: list[int]) -> dict:
    """One JSONL line from the lines of the parts that start at `starts` in `text`."""
    out: dict = {"id": doc_id, "text": text, "entities": [], "numbers": [], "relations": [], "frames": []}
    if parts and "tokens" in parts[0]:
        out["tokens"] = []
    for part, off in zip(parts, starts):
        ids: dict[str, str] = {}
        for layer in ("entities", "numbers"):
            for x in part[layer]:
                ids[x["id"]] = item_id(layer, len(out[layer]) + 1)
                y = {**x, "id": ids[x["id"]], "start": x["start"] + off, "end": x["end"] + off}
                if y.get("subject"):
                    y["subject"] = [y["subject"][0] + off, y["subject"][1] + off]
                out[layer].append(y)
        out["relations"] += [{**r, "head": ids[r["head"]], "tail": ids[r["tail"]]} for r in part["relations"]]
        out["frames"] += [{**f, "trigger": [f["trigger"][0] + off, f["trigger"][1] + off],
                           "slots": {k: [ids[v] if isinstance(v, str) else [v[0] + off, v[1] + off] for v in vs]
                                     for k, vs in f["slots"].items()}} for f in part["frames"]]
        if "tokens" in out:
            out["tokens"] += [[s + off, e + off] for s, e in part["tokens"]]
    # The order a whole document has: by type (the schema's order, the rules' order), then by position.
    out["relations"].sort(key=lambda r: list(RELATIONS).index(r["type"]))
    out["frames"].sort(key=lambda f: list(FRAME_SLOTS).index(f["type"]))
    return out


def annotate_long(nlp: Language, text: str, doc_id: str, with_tokens: bool = False) -> tuple[dict, int]:
    """The annotate line of a text of any length, and its number of words."""
    from pipeline.nlp import to_json

    starts = cut_points(text, nlp.max_length, nlp.tokenizer)
    parts, n_words = [], 0
    for a, b in zip(starts, starts[1:] + [len(text)]):
        doc = nlp(text[a:b])
        parts.append(to_json(doc, doc_id, with_tokens=with_tokens))
        parts[-1].pop("text")
        n_words += len(doc_words(doc).words)
    return merge(doc_id, text, parts, starts), n_words
