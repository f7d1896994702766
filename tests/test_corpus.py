"""Corpus builds: one node per entity across articles, cross-article resolution, cache, processes, Dask."""
from __future__ import annotations

import json
import subprocess
from dataclasses import replace
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from graphbuild.pipeline import build
from graphbuild.vocab import GB

ARTICLES = {
    "a-announce.txt": "4 March 2019\n\nHome Secretary Jane Porter announced 500 more officers for the Metropolitan Police.\n\n"
                      "Jane Porter said: “Our streets will be safer.”\n",
    "b-surname.txt": "5 March 2019\n\nPorter defended stop and search on Tuesday.\n\n"
                     "Porter said: “It is a vital tool for the police.”\n",
    "c-post.txt": "6 March 2019\n\nThe Police Federation criticised the Home Office.\n\n"
                  "The home secretary said: “We are listening to officers.”\n",
}
AMBIGUOUS = {
    "d-other-porter.txt": "7 March 2019\n\nTom Porter, chairman of the Police Federation, criticised the Home Office.\n",
    "e-which-porter.txt": "8 March 2019\n\nThe crime figures were questioned again.\n\nPorter said the figures were wrong.\n",
}


def _corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _node(graph: Graph, label: str) -> set:
    return set(graph.subjects(RDFS.label, None)) & {s for s, o in graph.subject_objects(RDFS.label)
                                                   if str(o) == label}


def _speakers(graph: Graph, fragment: str) -> set[str]:
    return {str(graph.value(sp, RDFS.label)) for q in graph.subjects(RDF.type, GB.Quote)
            if fragment in str(graph.value(q, GB.text)) for sp in graph.objects(q, GB.speaker)}


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    folder = _corpus(root / "in", ARTICLES)
    result = build([folder], out=root / "out", formats=["trig"], use_cache=False)
    return result, root / "out"


def test_one_node_per_entity_with_evidence_from_every_article(corpus_build):
    result, out = corpus_build
    graph = Graph().parse(out / "graph.ttl")
    porter = _node(graph, "Jane Porter")
    assert len(porter) == 1
    node = porter.pop()
    articles = set(graph.objects(node, PROV.wasDerivedFrom))
    assert len(articles) == 2  # named in full in one article, by surname in another
    assert len({graph.value(ev, GB.inArticle) for ev in graph.objects(node, GB.evidence)}) == 2
    assert "Porter" in {str(a) for a in graph.objects(node, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert len(_node(graph, "Home Office")) == 1
    assert len(list(graph.objects(node, RDFS.label))) == 1


def test_surname_and_post_resolve_across_articles(corpus_build):
    _, out = corpus_build
    graph = Graph().parse(out / "graph.ttl")
    assert _speakers(graph, "vital tool") == {"Jane Porter"}
    assert _speakers(graph, "listening to officers") == {"Jane Porter"}


def test_every_statement_keeps_its_article(corpus_build):
    result, out = corpus_build
    graph = Graph().parse(out / "graph.ttl")
    for cls in (GB.Quote, GB.Figure, GB.RelationStatement, GB.Post, GB.Policy):
        for node in graph.subjects(RDF.type, cls):
            assert (node, PROV.wasDerivedFrom, None) in graph, node
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    article_graphs = {g.identifier for g in dataset.graphs() if (None, RDF.type, GB.NewsArticle) in g}
    assert len(article_graphs) == len(ARTICLES)
    for name in article_graphs:
        assert set(dataset.graph(name).subjects(RDF.type, GB.NewsArticle)) == {name}


def test_ambiguous_surnames_stay_apart_and_are_reported(tmp_path):
    folder = _corpus(tmp_path / "in", {**ARTICLES, **AMBIGUOUS})
    result = build([folder], out=tmp_path / "out", use_cache=False, validation="skip")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(_node(graph, "Jane Porter")) == 1 and len(_node(graph, "Tom Porter")) == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    ambiguous = [a for a in report["ambiguous"] if a["article"] == "e-which-porter.txt"]
    assert ambiguous and set(ambiguous[0]["candidates"]) == {"person:jane porter", "person:tom porter"}
    # and the earlier surname-only article, now ambiguous too, merges into neither and makes no
    # node of its own: the quote stays, without a speaker
    assert _speakers(graph, "vital tool") == set()
    assert any("vital tool" in str(t) for t in graph.objects(None, GB.text))
    assert not _node(graph, "Porter")
    assert result.ambiguities


def test_incremental_build_equals_a_clean_build(tmp_path):
    folder = _corpus(tmp_path / "in", ARTICLES)
    out = tmp_path / "out"
    build([folder], out=out, validation="skip")
    (folder / "c-post.txt").write_text(ARTICLES["c-post.txt"].replace("listening", "still listening"),
                                       encoding="utf-8")
    _corpus(folder, AMBIGUOUS)
    build([folder], out=out, validation="skip")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    cached = {a["source"]: a["cached"] for a in report["articles"]}
    assert cached == {"a-announce.txt": True, "b-surname.txt": True, "c-post.txt": False,
                      "d-other-porter.txt": False, "e-which-porter.txt": False}
    build([folder], out=tmp_path / "clean", validation="skip", use_cache=False)
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "clean" / "graph.ttl").read_bytes()


def test_processes_give_the_same_graph(tmp_path, corpus_build):
    folder = _corpus(tmp_path / "in", ARTICLES)
    build([folder], out=tmp_path / "jobs", jobs=2, use_cache=False, validation="skip")
    assert (tmp_path / "jobs" / "graph.ttl").read_bytes() == (corpus_build[1] / "graph.ttl").read_bytes()


def test_dask_local_cluster_gives_the_same_graph(tmp_path, corpus_build):
    pytest.importorskip("dask.distributed")
    folder = _corpus(tmp_path / "in", ARTICLES)
    build([folder], out=tmp_path / "dask", executor="dask", jobs=2, use_cache=False, validation="skip")
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (corpus_build[1] / "graph.ttl").read_bytes()


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    folder = _corpus(tmp_path / "in", ARTICLES)
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(folder), "--out", str(tmp_path / "o"),
                           "--skip-validation"], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "article/s" not in done.stderr and "\r" not in done.stderr


def _summary(source: str, published: str, *, people=(), roles=(), placeholders=()):
    from graphbuild.corpus import ArticleSummary

    return ArticleSummary(source, published, tuple((k, "person", k.split(":")[1].title()) for k in people), (),
                          tuple(roles), tuple(placeholders))


@pytest.mark.parametrize("published, expected", [
    ("2019-05-02", "person:jane porter"),  # only the 2019 holder's time overlaps
    ("2023-07-03", "person:tom ashby"),
    ("", ""),  # undated: nothing tells which holder is meant, so neither (and it is reported)
    ("2021-06-01", ""),  # dated between them, far from both: neither, and never guessed
    ("2019-04-01", "person:jane porter"),
])
def test_a_post_resolves_to_the_holder_of_its_time(published, expected):
    from graphbuild.corpus import plan

    summaries = [
        _summary("a.txt", "2019-03-12", people=["person:jane porter"], roles=[("home secretary", "person:jane porter")]),
        _summary("b.txt", "2023-06-01", people=["person:tom ashby"], roles=[("home secretary", "person:tom ashby")]),
        _summary("c.txt", published, placeholders=["title:home secretary"]),
    ]
    resolution = plan(summaries)
    assert resolution.mappings[2]["title:home secretary"] == expected
    assert resolution.ambiguities == []
    unresolved = [(a.mention, a.candidates) for a in resolution.unresolved]
    assert unresolved == ([] if expected else [("home secretary", ("person:jane porter", "person:tom ashby"))])


def test_a_surname_resolves_only_within_its_time():
    from graphbuild.corpus import plan

    summaries = [
        _summary("a.txt", "2010-01-05", people=["person:jane porter"]),
        _summary("b.txt", "2024-02-01", people=["person:tom porter"]),
        _summary("c.txt", "2011-03-01", people=["person:porter"]),
        _summary("d.txt", "", people=["person:porter"]),
    ]
    resolution = plan(summaries)
    assert resolution.mappings[2] == {"person:porter": "person:jane porter"}
    assert resolution.mappings[3] == {}  # undated: a node of its own, never a guess between the two
    assert resolution.ambiguities == []
    assert [(a.article, a.candidates, a.reason) for a in resolution.unresolved] == [
        ("d.txt", ("person:jane porter", "person:tom porter"), "the article has no date")]


DATED = {
    "a-2019.txt": "12 March 2019\n\nHome Secretary Jane Porter announced 500 more officers for the Metropolitan "
                  "Police.\n",
    "b-2023.txt": "1 June 2023\n\nHome Secretary Tom Ashby announced a review of stop and search.\n",
    "c-2019.txt": "2 May 2019\n\nThe Police Federation criticised the Home Office.\n\n"
                  "The home secretary said: “Every force will get more officers.”\n",
    "d-2023.txt": "3 July 2023\n\nThe Police Federation welcomed the review.\n\n"
                  "The home secretary said: “The review will report next year.”\n",
}


def test_dated_articles_resolve_posts_to_the_holder_of_the_day(tmp_path):
    folder = _corpus(tmp_path / "in", DATED)
    build([folder], out=tmp_path / "out", use_cache=False, validation="strict")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert _speakers(graph, "more officers") == {"Jane Porter"}
    assert _speakers(graph, "report next year") == {"Tom Ashby"}
    dates = {str(o) for o in graph.objects(None, URIRef("http://schema.org/datePublished"))}
    assert dates == {"2019-03-12", "2023-06-01", "2019-05-02", "2023-07-03"}


def _titles(graph: Graph) -> list[str]:
    source = URIRef(str(GB) + "sourceFile")
    headline = URIRef("http://schema.org/headline")
    articles = sorted(graph.subjects(RDF.type, GB.NewsArticle), key=lambda a: str(graph.value(a, source)))
    return [str(graph.value(a, headline)) for a in articles]


@pytest.mark.parametrize("max_nodes, detail_limit", [(None, None), (6, 1)])
def test_the_page_from_the_table_is_the_page_of_the_whole_graph(tmp_path, monkeypatch, max_nodes, detail_limit):
    """The build loads only the neighbourhood of the nodes shown; the page is the one of the whole graph."""
    import graphbuild.export.html as html
    from graphbuild.export.html import PageOptions, html_bytes

    if detail_limit:
        monkeypatch.setattr(html, "DETAIL_LIMIT", detail_limit)
    folder = _corpus(tmp_path / "in", {**ARTICLES, **DATED})
    out = tmp_path / "out"
    build([folder], out=out, use_cache=False, validation="skip", max_nodes=max_nodes)
    graph = Graph().parse(out / "graph.ttl")
    options = PageOptions(max_nodes=max_nodes) if max_nodes else PageOptions()
    assert (out / "graph.html").read_bytes() == html_bytes(graph, _titles(graph), options)
    if max_nodes:
        assert "most central of" in (out / "graph.html").read_text(encoding="utf-8")
        assert "and more in graph.ttl" in (out / "graph.html").read_text(encoding="utf-8")


def test_large_graphs_stream_through_pyoxigraph_with_the_same_triples(tmp_path, monkeypatch, corpus_build):
    """Over RDFLIB_LIMIT the outputs are streamed by pyoxigraph: same triples, same bytes on a rerun."""
    import graphbuild.export.turtle as turtle
    from rdflib.compare import isomorphic

    folder = _corpus(tmp_path / "in", ARTICLES)
    monkeypatch.setattr(turtle, "RDFLIB_LIMIT", 10)
    runs = []
    for name in ("one", "two"):
        build([folder], out=tmp_path / name, use_cache=False, validation="skip", formats=["nt", "trig", "jsonld"])
        runs.append(tmp_path / name)
    small = Graph().parse(corpus_build[1] / "graph.ttl")
    streamed = Graph().parse(runs[0] / "graph.ttl")
    assert "@prefix gb:" in (runs[0] / "graph.ttl").read_text(encoding="utf-8")
    assert (runs[0] / "graph.ttl").read_bytes() != (corpus_build[1] / "graph.ttl").read_bytes()  # another writer
    assert isomorphic(streamed, small)
    assert isomorphic(Graph().parse(runs[0] / "graph.jsonld", format="json-ld"), small)
    assert isomorphic(Graph().parse(runs[0] / "graph.nt", format="nt"), small)
    for name in ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld", "graph.html"):
        assert (runs[0] / name).read_bytes() == (runs[1] / name).read_bytes(), name


KEPT_APART = {
    "a-sergeant.txt": "Sergeant Ann Hollis, of Kent Police, said officers were exhausted.\n\n"
                      "Ms Hollis said: “Patrols will double this summer.”\n",
    "b-peer.txt": "Baroness Hollis told peers: “This bill goes too far and must be amended.”\n",
    "c-mister.txt": "Mr Hollis told reporters: “Nobody asked the officers.”\n",
}


def test_people_sharing_a_surname_stay_apart_when_the_text_tells_them_apart(tmp_path):
    folder = _corpus(tmp_path / "in", KEPT_APART)
    build([folder], out=tmp_path / "out", use_cache=False, validation="skip")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    # the baroness is not the sergeant, and Mr Hollis is neither: three people
    assert _speakers(graph, "Patrols will double") == {"Ann Hollis"}
    assert _speakers(graph, "goes too far") == {"Baroness Hollis"}  # a peer is known by the title
    assert _speakers(graph, "Nobody asked") == {"Hollis"}
    speakers = {sp for q in graph.subjects(RDF.type, GB.Quote) for sp in graph.objects(q, GB.speaker)}
    assert len(speakers) == 3


def _profiled(source, people, profiles, roles=(), bodies=(), placeholders=(), orgs=(), published="2020-01-01"):
    from graphbuild.corpus import ArticleSummary

    return ArticleSummary(source, published, tuple((k, "person", k.split(":")[1].title()) for k in people)
                          + tuple((k, "organization", k) for k in orgs), (),
                          tuple(roles), tuple(placeholders), tuple(profiles), tuple(bodies))


def test_one_full_name_with_conflicting_profiles_becomes_two_people():
    from graphbuild.corpus import Profile, plan

    police, peer = Profile("f", False, frozenset({"police"})), Profile("f", True, frozenset())
    summaries = [
        _profiled("a.txt", ["person:ann hollis"], [("person:ann hollis", police)]),
        _profiled("b.txt", ["person:ann hollis"], [("person:ann hollis", peer)]),
        _profiled("c.txt", ["person:ann hollis"], [("person:ann hollis", Profile("f"))]),
    ]
    mappings = plan(summaries).mappings
    assert mappings[0]["person:ann hollis"] != mappings[1]["person:ann hollis"]
    assert mappings[2]["person:ann hollis"] == mappings[0]["person:ann hollis"]  # nothing conflicts: joins the first


def test_a_post_resolves_only_to_a_holder_in_a_body_the_article_names():
    from graphbuild.corpus import plan

    summaries = [
        _profiled("a.txt", ["person:ann hollis"], [], roles=[("chief constable", "person:ann hollis")],
                  bodies=[("chief constable", "person:ann hollis", "org:kent")], orgs=["org:kent"]),
        _profiled("b.txt", [], [], placeholders=["title:chief constable"], orgs=["org:essex"]),
        _profiled("c.txt", [], [], placeholders=["title:chief constable"], orgs=["org:kent"]),
    ]
    mappings = plan(summaries).mappings
    assert mappings[1]["title:chief constable"] == ""
    assert mappings[2]["title:chief constable"] == "person:ann hollis"


@pytest.mark.parametrize("title, resolved", [
    ("chief constable", ""),  # every force has one: a holder whose force is unknown is nobody's "the chief constable"
    ("home secretary", "person:ann hollis"),  # one office: its holder near in time is meant
], ids=["post-of-every-force", "one-office"])
def test_a_bare_post_resolves_across_articles_only_when_it_is_one_office(title, resolved):
    from graphbuild.corpus import plan

    summaries = [
        _profiled("a.txt", ["person:ann hollis"], [], roles=[(title, "person:ann hollis")], orgs=["org:kent"]),
        _profiled("b.txt", [], [], placeholders=[f"title:{title}"], orgs=["org:essex"]),
    ]
    assert plan(summaries).mappings[1][f"title:{title}"] == resolved


TRUST = {  # one dated article, one undated and one far from it: nothing may be carried across
    "a-dated.txt": "2 March 2025\n\nHarriet Vane, the chief constable of Kent Police, spoke to the board.\n\n"
                   "Ms Vane said: “Our officers are stretched thin by the new rota.”\n",
    "b-undated.txt": "The police board is recruiting a chief constable for Kent Police.\n\n"
                     "“We want someone who will stay for years,” a chief constable told the board.\n\n"
                     "The chief constable of Kent Police said: “The money has run out.”\n",
    "c-old.txt": "14 May 2012\n\nKent Police faced more cuts this spring.\n\n"
                 "“The money has gone,” the chief constable of Kent Police said.\n",
    "d-namesake.txt": "3 March 2025\n\nPeter Vane, the policing minister, visited Kent Police.\n\n"
                      "Mr Vane said: “Every force will get more officers.”\n",
}


def test_no_guesses_across_articles(tmp_path):
    """An indefinite post, or a post in an undated article or one far in time, never becomes the
    holder another article names: it stays apart and report.json says why."""
    out = tmp_path / "out"
    build([_corpus(tmp_path / "in", TRUST)], out=out, use_cache=False, validation="skip")
    graph = Graph().parse(out / "graph.ttl")
    for fragment in ("stay for years", "money has run out", "money has gone"):
        assert _speakers(graph, fragment) == set(), fragment
    assert _speakers(graph, "stretched thin") == {"Harriet Vane"}
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    unresolved = {(a["article"], a["mention"].split(",")[0]): a for a in report["unresolved"]}
    assert unresolved[("b-undated.txt", "Chief Constable")]["candidates"] == ["person:harriet vane"]
    assert unresolved[("b-undated.txt", "Chief Constable")]["reason"] == "the article has no date"
    assert ("c-old.txt", "Chief Constable") in unresolved
    assert report["ambiguous"] == []


NAMED_BODY = {
    "a-dated.txt": TRUST["a-dated.txt"],
    "e-same-force.txt": "5 March 2025\n\nKent Police will close two stations.\n\n"
                        "The chief constable of Kent Police said: “Both buildings are empty.”\n",
    "f-other-force.txt": "6 March 2025\n\nEssex Police will not follow Kent Police in closing stations.\n\n"
                         "The chief constable of Essex Police said: “Our stations stay open.”\n",
}


def test_a_post_in_a_named_body_resolves_only_to_that_bodys_holder(tmp_path):
    """Dated and near: Kent's chief constable is the one another article names; Essex's is nobody
    the corpus knows, though that article names Kent Police too."""
    out = tmp_path / "out"
    build([_corpus(tmp_path / "in", NAMED_BODY)], out=out, use_cache=False, validation="skip")
    graph = Graph().parse(out / "graph.ttl")
    assert _speakers(graph, "buildings are empty") == {"Harriet Vane"}
    assert _speakers(graph, "stations stay open") == set()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(a["article"], a["candidates"]) for a in report["unresolved"]] == [("f-other-force.txt", [])]


def test_namesakes_share_no_label(tmp_path):
    """Two people of one surname: "Ms Vane" and "Mr Vane" would label both "Vane", so a search (or a
    scorer) finds two nodes for each; only the full names stay, one node per person."""
    out = tmp_path / "out"
    build([_corpus(tmp_path / "in", {k: TRUST[k] for k in ("a-dated.txt", "d-namesake.txt")})], out=out,
          use_cache=False, validation="skip")
    graph = Graph().parse(out / "graph.ttl")
    people = {str(graph.value(p, RDFS.label)): p for cls in (GB.Person, GB.Politician, GB.PoliceOfficer)
              for p in graph.subjects(RDF.type, cls)}
    assert {"Harriet Vane", "Peter Vane"} <= set(people)
    names = {}
    for name in ("Harriet Vane", "Peter Vane"):
        labels = {str(o) for o in graph.objects(people[name], SKOS.altLabel)} | {name}
        names[name] = {label.split()[-1] if len(label.split()) <= 2 and label.split()[0] in ("Mr", "Ms", "Vane")
                       else label for label in labels}
    assert not names["Harriet Vane"] & names["Peter Vane"]


def test_an_undated_surname_joins_the_only_namesake_the_text_agrees_with():
    from graphbuild.corpus import Profile, plan

    woman = Profile("f")
    summaries = [
        _profiled("a.txt", ["person:ann hollis"], [("person:ann hollis", woman)], published=""),
        _profiled("b.txt", ["person:hollis"], [("person:hollis", woman)], published=""),  # "Ms Hollis"
        _profiled("c.txt", ["person:hollis"], [("person:hollis", Profile())], published=""),  # "Hollis"
    ]
    resolution = plan(summaries)
    assert resolution.mappings[1] == {"person:hollis": "person:ann hollis"}
    assert resolution.mappings[2] == {}  # nothing in the text says it is she: a node of its own, reported
    assert [a.article for a in resolution.unresolved] == ["c.txt"]
    dated = [replace(s, published=day) for s, day in zip(summaries[:2], ("2010-01-05", "2024-02-01"))]
    assert plan(dated).mappings[1] == {}  # dated far apart: the dates say no, whatever the text agrees on



@pytest.mark.parametrize("first, second, labels", [
    # a body every force area has: the story's one force says whose
    ("Kent Police faces cuts. The chief constable will put the plans to the Police and Crime Panel next week.",
     "Essex Police faces cuts. The chief constable will put the plans to the Police and Crime Panel next week.",
     ["Essex Police and Crime Panel", "Kent Police and Crime Panel"]),
    ("Kent Police faces cuts. The chief will take the plans to the police authority next week.",
     "Essex Police faces cuts. The chief will take the plans to the police authority next week.",
     ["Essex Police Authority", "Kent Police Authority"]),
    # the same area twice: one body
    ("Kent Police faces cuts. The chief constable will put the plans to the Police and Crime Panel next week.",
     "Kent Police hires staff. The Police and Crime Panel approved the budget on Monday.",
     ["Kent Police and Crime Panel"]),
    # nothing says whose: each article's own
    ("The chief constable will put the plans to the Police and Crime Panel next week.",
     "The Police and Crime Panel approved the budget on Monday.",
     ["Police and Crime Panel", "Police and Crime Panel"]),
    ("The Council said the budget was set on Monday.", "The Council said the roads would be mended.",
     ["Council", "Council"]),
    ("The Committee said the report was late.", "The Committee will meet on Friday.", ["Committee", "Committee"]),
    ("The Board said the chief would stay.", "The Board said the cuts were needed.", ["Board", "Board"]),
    ("The Panel said the plan was flawed.", "The Panel backed the plan on Friday.", ["Panel", "Panel"]),
    ("The Authority said the precept would rise.", "The Authority set the precept on Friday.",
     ["Authority", "Authority"]),
], ids=["panel-by-force", "authority-by-force", "panel-same-force", "panel-unsaid", "council", "committee", "board",
        "panel", "authority"])
def test_a_body_named_by_its_kind_is_one_node_per_body(nlp, first, second, labels):
    import graphbuild

    extractions = [graphbuild.extract("Budget row\n\n" + text + "\n", source=f"{n}.txt", nlp=nlp)
                   for n, text in enumerate((first, second))]
    graph = graphbuild.to_graph(extractions, validation="skip")
    kinds = {label.split()[-1] for label in labels}
    found = sorted(str(label) for node, label in graph.subject_objects(RDFS.label)
                   if str(label).split()[-1] in kinds and (node, RDF.type, GB.Policy) not in graph)
    assert found == labels


POST_ONLY = {
    "p-first.txt": "4 March 2019\n\nBorder talks resumed.\n\nThe Taoiseach said: “We will find a way through.”\n",
    "p-second.txt": "6 March 2019\n\nBorder talks stalled.\n\nThe Taoiseach said: “We will not give up.”\n",
}


@pytest.mark.parametrize("holder", [True, False], ids=["holder-named-nearby", "no-holder-in-the-corpus"])
def test_a_speaker_known_by_post_is_the_holder_or_one_person_per_article(tmp_path, holder):
    articles = dict(POST_ONLY)
    if holder:
        articles["p-holder.txt"] = "5 March 2019\n\nTaoiseach Ann Lee visited Belfast on Tuesday.\n"
    build([_corpus(tmp_path / "in", articles)], out=tmp_path / "out", use_cache=False, validation="skip")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    said = (_speakers(graph, "find a way"), _speakers(graph, "not give up"))
    people = {n for n in _node(graph, "Taoiseach") if (n, RDF.type, GB.Post) not in graph}
    if holder:  # the articles that name no one take the holder the corpus knows (not each other's stand-in)
        assert said == ({"Ann Lee"}, {"Ann Lee"})
        assert not people
    else:  # a person known by the post in each article, never merged across them
        assert said == ({"Taoiseach"}, {"Taoiseach"})
        assert len(people) == 2
