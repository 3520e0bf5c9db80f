"""Relations and frames as a spaCy component: `doc._.relations` and `doc._.frames` from
`doc.ents` and `doc._.numbers`. Each frame type is its own small rule module; the meeting rules also open the
meetings a learned trigger model accepts (frames/meeting/trigger_model.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.frames import award, decision, enforcement, meeting, target
from pipeline.frames.context import Context
from pipeline.frames.meeting.trigger_model import TriggerModel, resolve_triggers
from pipeline.frames.relations import relations
from pipeline.schema import FRAME_SLOTS, entity_records
from pipeline.text.tokenizer import doc_words

# frame type -> its rule module; frames come out in the registry's order of types (schema.FRAME_SLOTS)
FRAME_RULES = {"meeting": meeting, "award": award, "enforcement": enforcement, "decision": decision, "target": target}


def relations_and_frames(text: str, spans, sent_flags, entities: list[dict], numbers: list[dict],
                         triggers: TriggerModel | None = None) -> tuple[list, list]:
    """Both layers for one document given its words, entities and numbers (JSONL dicts). With `triggers` the meeting
    nouns the rules left closed and the model accepts open frames too (the rules fill their slots)."""
    ctx = Context.build(text, spans, sent_flags, entities, numbers)
    frames = []
    for ftype in FRAME_SLOTS:
        found = FRAME_RULES[ftype].frames(ctx)
        if ftype == "meeting" and triggers is not None and (forced := triggers.accept(ctx, found)):
            found = meeting.frames(ctx, forced)
        frames += found
    return relations(ctx), frames


def default_triggers() -> TriggerModel | None:
    """The meeting-trigger model the pipeline loads by default (`resolve_triggers`), or None."""
    return TriggerModel.load(path) if (path := resolve_triggers()) else None


class FramesComponent:
    def __init__(self, meeting_triggers: str = ""):
        self.triggers = TriggerModel.load(meeting_triggers) if meeting_triggers else None

    def __call__(self, doc: Doc) -> Doc:
        w = doc_words(doc)
        ents = entity_records(doc.ents)  # the ids to_json writes
        doc._.relations, doc._.frames = relations_and_frames(doc.text, w.spans, w.sent_starts, ents,
                                                             doc._.numbers or [], self.triggers)
        return doc


@Language.factory("arabic_frames", default_config={"meeting_triggers": ""})
def make_frames(nlp: Language, name: str, meeting_triggers: str) -> FramesComponent:
    """`meeting_triggers`: a meeting-trigger model directory (trigger_model), or "" for the rules alone."""
    return FramesComponent(meeting_triggers)
