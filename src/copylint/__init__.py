"""copylint: an editorial fact-check and style-lint pipeline for news articles."""

__version__ = "0.1.0"


def check_text(text, path="<text>", config=None):
    """Every finding for one article; see copylint.api.check_text."""
    from copylint.api import check_text as _check_text

    return _check_text(text, path=path, config=config)


__all__ = ["check_text", "__version__"]
