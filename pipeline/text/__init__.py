"""Text handling that never rewrites the text: character classes and the tokenizer."""
