"""Built-in checkers, one per file. Each is a class with `meta` and a pure `check(doc, ctx)`;
register it in copylint/registry.py BUILTIN."""
