"""Deadlines (placeholder while being written)."""
def extract(text, layout, record):
    return None
