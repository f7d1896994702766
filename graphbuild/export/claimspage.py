"""claims.html: the Figures view of a corpus's claims, one self-contained offline page.

Pick a measure (and a jurisdiction, a unit) and see its claims as a timeline: value against the end of
their period (else the article's date), each point coloured by who stated it, disagreeing claims drawn
as red triangles, with the list of claims and their evidence sentences beneath; a point picks its row.
Chart.js (MIT, vendored in templates/ with its licence) is inlined like vis-network in graph.html; the
claims reach the page as JSON in a `<script type="application/json">` block and are put on screen with
`textContent` only, inside the same Content-Security-Policy as graph.html (no network, no eval).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

COLUMNS = ("measure", "jurisdiction", "period", "start", "end", "kind", "direction", "value", "unit", "statedBy", "headline",
           "published", "file", "sentence", "disagreesWith", "figure")


@lru_cache(maxsize=1)
def _chart_js() -> str:
    return resources.files("graphbuild.export").joinpath("templates/chart.umd.min.js").read_text("utf-8")


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("graphbuild.export", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template("claims.html.j2")


def claims_page(table, heading: str) -> bytes:
    """The page of the rows of `queries/claims-by-measure.rq` (a `query.Table`)."""
    index = {name: table.variables.index(name) for name in COLUMNS}
    claims = [{name: row[i] for name, i in index.items()} for row in table.rows]
    return _template().render(title=f"graphbuild claims: {heading}", heading=heading, claims=claims,
                              chart_js=_chart_js()).encode("utf-8")
