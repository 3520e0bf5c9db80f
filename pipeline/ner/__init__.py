"""Neural NER at run time: model and ensemble loading, IOB2 Viterbi decoding, the spaCy component
(training is `pipeline.training`)."""
