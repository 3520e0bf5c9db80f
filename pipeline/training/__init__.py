"""Training: encoder pretraining, NER fine-tuning, ensemble building, model cards, augmentation
(the runtime that loads and runs the models is `pipeline.ner`)."""
