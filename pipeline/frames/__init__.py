"""Relations between entities and event frames, built from entities, numbers and words."""
