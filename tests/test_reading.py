"""reading.read_input: decoding, binary and empty files, paths that are not files, HTML pages."""
from __future__ import annotations

import codecs

import pytest

from graphbuild.errors import InputError
from graphbuild.reading import read_input

TEXT = "Jane Porter visited Leeds on Monday — the café was “full”.\n"

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Police pay row</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Police pay row deepens</h1>
<p>Jane Porter visited a police station in Leeds on Monday and spoke to officers about their pay.</p>
<p>Tom Ellison, chairman of the Police Federation, said the offer was <b>not good enough</b> for anyone.</p>
<p>The Home Office said it would publish its response to the pay review body later this month.</p>
</article>
</body></html>
"""


@pytest.mark.parametrize(
    "name, data, expected, warned",
    [
        ("utf8.txt", TEXT.encode("utf-8"), TEXT, False),
        ("utf8-bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, False),
        ("utf16-le.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, False),
        ("utf16-be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, False),
        ("cp1252.txt", TEXT.encode("cp1252"), TEXT, True),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"],
)
def test_decoding(tmp_path, name, data, expected, warned):
    path = tmp_path / name
    path.write_bytes(data)
    raw = read_input(path)
    assert raw.text == expected  # no BOM left, no mojibake
    assert raw.source == name
    assert not raw.is_html
    if warned:
        assert len(raw.warnings) == 1
        assert name in raw.warnings[0] and "Windows-1252" in raw.warnings[0]
    else:
        assert raw.warnings == ()


@pytest.mark.parametrize(
    "name, data, message_words",
    [
        # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in Windows-1252 and invalid UTF-8
        ("neither.txt", b"Jane Porter \x81\x8d\x8f\x90\x9d visited Leeds.\n", ["UTF-8"]),
        ("empty.txt", b"", ["no text"]),
        ("blank.txt", b"  \n\t\r\n   \n", ["no text"]),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(32), ["PNG"]),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(32), ["PNG"]),  # magic bytes, not the suffix
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ["PDF"]),
        ("article.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(16), ["gzip"]),
    ],
    ids=["neither-utf8-nor-cp1252", "empty", "whitespace-only", "png", "png-named-txt", "pdf", "gzip"],
)
def test_unreadable_files_raise_one_line_input_error(tmp_path, name, data, message_words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_input(path)
    message = str(info.value)
    assert name in message
    assert "\n" not in message
    for word in message_words:
        assert word in message


@pytest.mark.parametrize("what", ["missing", "directory"])
def test_paths_that_are_not_files(tmp_path, what):
    if what == "missing":
        path = tmp_path / "no-such-article.txt"
    else:
        path = tmp_path / "articles"
        path.mkdir()
        (path / "inside.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_input(path)
    message = str(info.value)
    assert path.name in message
    assert "\n" not in message
    assert ("no such file" if what == "missing" else "folder") in message


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"], ids=["html", "htm", "html-content-in-txt"])
def test_html_page_main_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(HTML_PAGE, encoding="utf-8")
    raw = read_input(path)
    assert raw.is_html
    for paragraph in (
        "Jane Porter visited a police station in Leeds on Monday and spoke to officers about their pay.",
        "Tom Ellison, chairman of the Police Federation, said the offer was not good enough for anyone.",
        "The Home Office said it would publish its response to the pay review body later this month.",
    ):
        assert paragraph in raw.text
    assert "<" not in raw.text and ">" not in raw.text
    assert "DOCTYPE" not in raw.text
    # paragraphs stay separate, so cleaning sees them as separate lines
    assert "for anyone.\n\nThe Home Office" in raw.text


@pytest.mark.parametrize("meta, outlet", [
    ('<meta property="og:site_name" content="The Northtown Echo">', "The Northtown Echo"),
    ('<meta content="Kent &amp; Sussex News" property="og:site_name" />', "Kent & Sussex News"),
    ("", ""),
], ids=["site-name", "attributes-reversed-and-escaped", "none"])
def test_an_html_page_names_its_outlet(tmp_path, meta, outlet):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE.replace("<title>", meta + "<title>"), encoding="utf-8")
    assert read_input(path).outlet == outlet


def test_the_outlet_reaches_the_graph_and_the_article_list(tmp_path):
    from rdflib import Graph, Literal

    from graphbuild.api import build
    from graphbuild.export.overview import articles_of
    from graphbuild.vocab import GB

    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE.replace("<title>", '<meta property="og:site_name" content="The Northtown Echo"><title>'),
                    encoding="utf-8")
    out = tmp_path / "out"
    build(page, out, use_cache=False)
    graph = Graph().parse(out / "graph.ttl")
    assert set(graph.objects(None, GB.outlet)) == {Literal("The Northtown Echo")}
    assert [a["outlet"] for a in articles_of(graph)] == ["The Northtown Echo"]
