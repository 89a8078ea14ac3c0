"""A third-party checker, registered through the `copylint.checkers` entry-point group."""

from copylint.model import Category, Example, Finding, Meta, Severity


class NoBreaking:
    meta = Meta(
        id="style.no-breaking",
        category=Category.STYLE,
        severity=Severity.INFO,
        summary="Avoid 'breaking' in copy that will outlive the news cycle.",
        bad=(Example("[[Breaking]]: the mayor resigned today."),),
        good=(Example("The mayor resigned today."),),
    )

    def check(self, doc, ctx):
        for t in doc.tokens:
            if t.lower == "breaking":
                yield Finding(t.start, t.end, "'Breaking' dates quickly: drop it.")
