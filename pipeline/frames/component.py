"""Relations and frames as a spaCy component: `doc._.relations` and `doc._.frames` from
`doc.ents` and `doc._.numbers`. Each frame type is its own small rule module."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.frames import award, decision, enforcement, meeting, target
from pipeline.frames.context import Context
from pipeline.frames.relations import relations
from pipeline.schema import FRAME_SLOTS, entity_records
from pipeline.text.tokenizer import doc_words

# frame type -> its rule module; frames come out in the registry's order of types (schema.FRAME_SLOTS)
FRAME_RULES = {"meeting": meeting, "award": award, "enforcement": enforcement, "decision": decision, "target": target}


def relations_and_frames(text: str, spans, sent_flags, entities: list[dict], numbers: list[dict]) -> tuple[list, list]:
    """Both layers for one document given its words, entities and numbers (JSONL dicts)."""
    ctx = Context.build(text, spans, sent_flags, entities, numbers)
    frames = [f for ftype in FRAME_SLOTS for f in FRAME_RULES[ftype].frames(ctx)]
    return relations(ctx), frames


class FramesComponent:
    def __call__(self, doc: Doc) -> Doc:
        w = doc_words(doc)
        ents = entity_records(doc.ents)  # the ids to_json writes
        doc._.relations, doc._.frames = relations_and_frames(doc.text, w.spans, w.sent_starts, ents, doc._.numbers or [])
        return doc


@Language.factory("arabic_frames")
def make_frames(nlp: Language, name: str) -> FramesComponent:
    return FramesComponent()
