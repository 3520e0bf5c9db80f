"""Neural NER: encoder pretraining, token classification with subword alignment, the spaCy component."""
