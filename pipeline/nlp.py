"""The pipeline as a spaCy `Language`: the project's tokenizer, then each stage as a component.

Stages add their own layer to the `Doc` (`doc.ents`, `doc._.numbers`,
`doc._.relations`, `doc._.frames`); `to_json` turns a `Doc` into the JSONL line
of ANNOTATION.md.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.schema import entity_records
from pipeline.text.tokenizer import ArabicTokenizer, doc_words

# The default NER model: $ARABIC_IE_MODEL, else the checkout's models/ner-default (a wheel holds no model:
# the shipped one carries a non-commercial data licence and stays in the repository).
MODEL_ENV = "ARABIC_IE_MODEL"
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "ner-default"

for _name in ("numbers", "relations", "frames"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("doc_id"):
    Doc.set_extension("doc_id", default=None)


@spacy.registry.tokenizers("arabic_ie.ArabicTokenizer.v1")
def create_tokenizer():
    """The project tokenizer for spaCy configs (`[nlp.tokenizer] @tokenizers = ...`)."""
    return lambda nlp: ArabicTokenizer(nlp.vocab)


def resolve_model(model: str | os.PathLike | None = None) -> str | None:
    """The NER model directory to load, or None for none.

    `model` is a directory or "none"; left out, it is `$ARABIC_IE_MODEL`, else the checkout's
    `models/ner-default` when the package runs from a checkout, else no NER (said once on stderr).
    A named directory that is not a model is an error ("not a model directory: PATH"), never a download.
    """
    from pipeline.ner.model import is_model_dir, require_model_dir

    if model is None:
        model = os.environ.get(MODEL_ENV) or None
        if model is None:
            if is_model_dir(DEFAULT_MODEL):
                return str(DEFAULT_MODEL)
            print(f"note: no NER model (pass --model DIR or set {MODEL_ENV}=DIR): entities are not reported",
                  file=sys.stderr)
            return None
    if str(model) == "none":
        return None
    return str(require_model_dir(model))


def build(model: str | None = None, meeting_triggers: str | None = None) -> Language:
    """A blank Arabic `Language` with the project tokenizer and the stages that have a model.

    `model` names a NER model directory (default: see `resolve_model`); "none" leaves NER out.
    `meeting_triggers` names the frames stage's meeting-trigger model directory, "" for none (default:
    `trigger_model.resolve_triggers`, which reads $ARABIC_IE_TRIGGERS).
    Without a NER model the other stages still run and no entities are reported: the
    pipeline never invents them.
    """
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    model = resolve_model(model)
    if model is not None:
        import pipeline.ner.component  # noqa: F401  (registers the factory)

        nlp.add_pipe("arabic_ner", config={"model_dir": str(model)})
    import pipeline.numbers.component  # noqa: F401

    import pipeline.frames.component  # noqa: F401
    from pipeline.frames.meeting.trigger_model import resolve_triggers

    nlp.add_pipe("arabic_numbers")
    triggers = resolve_triggers() if meeting_triggers is None else meeting_triggers
    nlp.add_pipe("arabic_frames", config={"meeting_triggers": triggers})
    return nlp


def to_json(doc: Doc, doc_id: str | None = None, with_tokens: bool = False) -> dict:
    """The annotate output line for `doc`, in the schema of ANNOTATION.md."""
    out: dict = {"id": doc_id if doc_id is not None else doc._.doc_id, "text": doc.text}
    out["entities"] = entity_records(doc.ents)
    out["numbers"] = list(doc._.numbers or [])
    out["relations"] = list(doc._.relations or [])
    out["frames"] = list(doc._.frames or [])
    if with_tokens:
        out["tokens"] = [list(w) for w in doc_words(doc).spans]
    return out
