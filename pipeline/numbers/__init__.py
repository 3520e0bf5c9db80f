"""Numeric facts: parsing surfaces to values (parse), and later detection and linking."""
