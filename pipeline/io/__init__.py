"""Reading and writing documents: the JSONL contract, CoNLL, and the gold markup."""
