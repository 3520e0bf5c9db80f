"""Moved to `pipeline.training.card`. This alias keeps `from pipeline.ner.card import write_card` working
for a training run whose code was loaded before the move (it imports the card writer only when it saves);
remove it once no such run is left."""
from pipeline.training.card import LICENCES, score_sections, write_card  # noqa: F401
