"""YAML rule engine (placeholder until the loader lands)."""


def load_folder(folder):
    return []
