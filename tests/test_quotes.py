"""Quotes: spans found, speakers attributed, scare quotes and titles left alone, never a crash."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.extract.quotes import find_quote_spans

HEADLINE = "Police pay row deepens\n"


def name_of(extraction, key):
    if not key:
        return ""
    names = [e.name for e in extraction.entities if e.key == key]
    assert len(names) == 1, (key, [e.key for e in extraction.entities])
    return names[0]


def check_evidence(extraction):
    text = extraction.article.text
    for q in extraction.quotes:
        assert q.evidence is not None
        assert text[q.evidence.start:q.evidence.end] == q.text
        assert q.evidence.sentence_start <= q.evidence.start <= q.evidence.end <= q.evidence.sentence_end
        assert text[q.evidence.sentence_start:q.evidence.sentence_end] == q.evidence.sentence


def quote_with(extraction, fragment):
    found = [q for q in extraction.quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in extraction.quotes]
    return found[0]


@pytest.mark.parametrize(
    "text, fragment, speaker, expect",
    [
        ("Jane Porter said: “We will recruit more officers this year.”",
         "We will recruit more officers this year.", "Jane Porter", {"cue": "say", "partial": False}),
        ("“We will recruit more officers this year,” Jane Porter said.",
         "We will recruit more officers this year,", "Jane Porter", {"cue": "say", "partial": False}),
        ("Tom Ellison spoke after the debate. “Where is the money coming from?” Mr Ellison asked.",
         "Where is the money coming from?", "Tom Ellison", {"cue": "ask"}),
        ("Tom Ellison told The Guardian: “Officers are leaving in large numbers.”",
         "Officers are leaving in large numbers.", "Tom Ellison",
         {"cue": "tell", "addressee": "The Guardian", "partial": False}),
        ("Tom Ellison warned of “a crisis in recruitment that nobody is ready for”.",
         "a crisis in recruitment that nobody is ready for", "Tom Ellison", {"cue": "warn", "partial": True}),
        ("Tom Ellison told ministers to “stop pretending everything is fine”.",
         "stop pretending everything is fine", "Tom Ellison", {"cue": "tell", "partial": True}),
        ("Tom Ellison accused the government of “abandoning the officers who keep us safe”.",
         "abandoning the officers who keep us safe", "Tom Ellison", {"cue": "accuse", "partial": True}),
        ("Tom Ellison said the plan was \"a betrayal of every officer on the street\".",
         "a betrayal of every officer on the street", "Tom Ellison", {"cue": "say", "partial": True}),
        # headline style: a name and a colon open the paragraph
        ("Jane Porter met officers on Monday.\nTom Ellison: ‘We cannot go on like this’\n"
         "Tom Ellison leads the Police Federation.",
         "We cannot go on like this", "Tom Ellison", {"cue": ""}),
        # a paragraph left open continues in the next one, which opens with a quote mark and has no cue
        ("Jane Porter announced the award on Monday.\n"
         "Tom Ellison said: “Officers are exhausted and the public can see it.\n"
         "“Something has to change before the summer.”",
         "Something has to change before the summer.", "Tom Ellison", {"cue": ""}),
        # a caption between the paragraphs of an open quote does not end it
        ("Jane Porter announced the award on Monday.\n"
         "Tom Ellison said: “Officers are exhausted and the public can see it.\n"
         "Officers march through central Leeds on Monday (PA)\n"
         "“Something has to change before the summer.”",
         "Something has to change before the summer.", "Tom Ellison", {"cue": ""}),
        # ... but a closed quote followed by narrative does not lend its speaker to the next one
        ("Jane Porter announced the award on Monday.\n"
         "Tom Ellison said: “Officers are exhausted and the public can see it.”\n"
         "Officers marched through central Leeds on Monday.\n"
         "“Something has to change before the summer.”",
         "Something has to change before the summer.", "", {"cue": ""}),
        # pronouns: the latest person of matching gender, even when the other one is the subject
        ("Ms Jane Porter met Mr Tom Ellison in Leeds. He told delegates: “We are running out of patience.”",
         "We are running out of patience.", "Tom Ellison", {"cue": "tell"}),
        ("Mr Tom Ellison met Ms Jane Porter in Leeds. She told reporters: “We are listening to officers.”",
         "We are listening to officers.", "Jane Porter", {"cue": "tell"}),
        ("Tom Ellison spoke at the conference in Leeds. He told delegates: “We are running out of patience.”",
         "We are running out of patience.", "Tom Ellison", {"cue": "tell"}),
        # a role mention: the title without a name speaks for the person holding the post
        ("Home Secretary Jane Porter visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "The home secretary said: “We will recruit more officers this year.”",
         "We will recruit more officers this year.", "Jane Porter", {"cue": "say"}),
        # an organisation speaks
        ("The Home Affairs Committee warned of “a serious shortage of detectives in every region”.",
         "a serious shortage of detectives in every region", "Home Affairs Committee", {"cue": "warn"}),
        # a body reports a person's words: the person is the speaker, the body the channel
        ("Jane Porter met the Commissioner on Monday. The Home Office said she told the Commissioner: "
         "“The public expects results.”",
         "The public expects results.", "Jane Porter", {"cue": "tell", "channel": "Home Office"}),
        ("The Home Office said that Jane Porter told the Commissioner: “The public expects results.”",
         "The public expects results.", "Jane Porter", {"cue": "tell", "channel": "Home Office"}),
        # the outlet a person's words ran in is their channel; an outlet they only mention is not
        ("Tom Ellison, in a piece for the Guardian's website, argued that: “The orders worked.”",
         "The orders worked.", "Tom Ellison", {"cue": "argue", "channel": "The Guardian"}),
        ("Tom Ellison, writing in The Times, said: “The orders worked.”",
         "The orders worked.", "Tom Ellison", {"cue": "say", "channel": "The Times"}),
        ("Speaking on BBC Radio 4, Tom Ellison said the orders were “deeply worrying”.",
         "deeply worrying", "Tom Ellison", {"cue": "say", "channel": "BBC", "partial": True}),
        ("Tom Ellison said: “I read an article in The Times about the orders.”",
         "I read an article in The Times about the orders.", "Tom Ellison", {"cue": "say"}),
        # a quoted word after the noun it judges is said by whoever judges it, even in "with X calling …"
        ("Peers voted against the pay award, with Tom Ellison calling parts of it “outrageous”.",
         "outrageous", "Tom Ellison", {"cue": "call", "partial": True}),
        # "he" after "a spokesman for X said": the spokesman, who speaks for X; a spokeswoman is not "he"
        ("A spokesman for Kent Police said the force was helping. “Our thoughts are with the family,” he added.",
         "Our thoughts are with the family,", "Kent Police", {"cue": "add"}),
        ("A spokeswoman for Kent Police said the force was helping. “Our thoughts are with the family,” he added.",
         "Our thoughts are with the family,", "", {"cue": "add"}),
        # a bare spokeswoman right after a body spoke speaks for it; after a body was only criticised, for nobody
        ("The Home Office said the plans were fair. A spokeswoman said: “We have funded 500 officers.”",
         "We have funded 500 officers.", "Home Office", {"cue": "say"}),
        ("Jane Porter criticised the Home Office. A spokeswoman said: “We have funded 500 officers.”",
         "We have funded 500 officers.", "", {"cue": "say"}),
        # "put" speaks only as "as she put it": a quote that is what a plan "would put" is the reporter's
        ("Jane Porter said the new guarantee would put “bobbies back on the beat”.",
         "bobbies back on the beat", "Jane Porter", {"cue": "say", "partial": True}),
        # names inside the quote are never the speaker
        ("“Jane Porter has failed every officer in the country,” said Tom Ellison.",
         "Jane Porter has failed every officer in the country,", "Tom Ellison", {"cue": "say"}),
        ("Tom Ellison said: “Jane Porter told me nothing about the pay award.”",
         "Jane Porter told me nothing about the pay award.", "Tom Ellison", {"cue": "say"}),
        ("Officers gathered outside the station on Monday.\n“Jane Porter has failed every officer in the country.”",
         "Jane Porter has failed every officer in the country.", "", {}),
    ],
    ids=["said-colon", "quote-comma-said", "quote-mr-asked", "told-outlet", "warned-of", "told-to",
         "accused-of", "straight-quotes-partial", "headline-name-colon", "multi-paragraph",
         "multi-paragraph-across-caption", "closed-quote-then-narrative", "pronoun-he-gender",
         "pronoun-she-gender", "pronoun-he", "role-mention", "organisation", "body-reports-person",
         "body-reports-person-that", "piece-for-outlet", "writing-in-outlet", "speaking-on-outlet", "outlet-only-mentioned",
         "quoted-epithet-after-noun", "he-the-spokesman", "he-not-the-spokeswoman",
         "bare-spokeswoman-after-the-body-spoke", "bare-spokeswoman-after-no-body-spoke", "put-is-no-speech",
         "name-inside-quote", "name-inside-quote-after-colon",
         "name-inside-quote-no-cue"],
)
def test_quote_speakers(extract_text, text, fragment, speaker, expect):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    quote = quote_with(ex, fragment)
    assert quote.text == fragment
    assert name_of(ex, quote.speaker) == speaker
    if "cue" in expect:
        assert quote.cue == expect["cue"]
    assert name_of(ex, quote.addressee) == expect.get("addressee", "")
    assert name_of(ex, quote.channel) == expect.get("channel", "")
    if "partial" in expect:
        assert quote.partial is expect["partial"]
    # entities named inside the quote are listed as mentioned (policies may be too), and none of them spoke
    inside = {e.key for e in ex.entities for ev in e.mentions
              if quote.evidence.start <= ev.start and ev.end <= quote.evidence.end}
    assert {key for key in quote.mentions if key in {e.key for e in ex.entities}} == inside
    assert quote.speaker not in inside


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ellison said: 'We cannot go on like this, and ministers know it.'",
        "Tom Ellison said: \"We cannot go on like this, and ministers know it.\"",
        "Tom Ellison said: “We cannot go on … not like this – not any more.”",
        "Tom Ellison said: “We cannot go on like this...” and left the room.",
        "Tom Ellison said: “We cannot go on like this.",
        "Tom Ellison said: We cannot go on like this.”",
        "Tom Ellison said: “We cannot “go on” like this.”",
        "Tom Ellison said: ‘We can’t go on like this – the officers’ patience has run out.’",
        "Tom Ellison said: “‘Enough’ is what officers say.”",
        "“",
        "Tom Ellison said: ”",
        "\"\"\" Tom Ellison said \"\" ' ‘ ’ “ ” « »",
    ],
    ids=["single", "straight-double", "ellipsis-dash", "three-dots", "unclosed", "unopened", "nested-double",
         "apostrophes-in-single", "single-in-double", "lone-open", "lone-close", "marks-only"],
)
def test_odd_quote_marks_never_crash(extract_text, text):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    for q in ex.quotes:
        assert q.text.strip() == q.text and q.text
        assert not any(mark in q.text[:1] + q.text[-1:] for mark in "“”")


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("So this is what they call “progress” now.", "progress"),
        ("The government defended its so-called “reforms” on Monday.", "reforms"),
        ("Jane Porter defended the “reforms” and the “targets” on Monday.", "reforms"),
        ("Tom Ellison visited the “new” station in Leeds.", "new"),
        ("Officers called it a “total betrayal” of the service.", "total betrayal"),
        ("Ministers launched the “Safer Streets Fund” scheme in Leeds.", "Safer Streets Fund"),
        ("Jane Porter praised the “Safer Streets Fund” in a speech.", "Safer Streets Fund"),
        ("Jane Porter said the “Safer Streets Fund” scheme had cut crime.", "Safer Streets Fund"),
    ],
    ids=["scare-one-word", "so-called", "scare-with-person", "scare-adjective", "scare-two-words",
         "quoted-title", "quoted-title-with-person", "quoted-title-in-reported-speech"],
)
def test_scare_quotes_and_titles_are_not_quotes(extract_text, text, fragment):
    ex = extract_text(HEADLINE + text)
    assert not [q for q in ex.quotes if fragment in q.text], ex.quotes


def test_a_headline_quote_takes_the_speaker_of_its_echo_in_the_body(extract_text):
    ex = extract_text("Funding settlement branded ‘smoke and mirrors’\n\nJane Porter has said the settlement is "
                      "“smoke and mirrors” and warned of cuts.\n\nTom Hale said the plan was ‘a start’.")
    assert [name_of(ex, q.speaker) for q in ex.quotes if q.text == "smoke and mirrors"] == ["Jane Porter"] * 2
    ex = extract_text("Funding settlement branded ‘smoke and mirrors’\n\nTom Hale said the plan was ‘a start’.")
    assert [name_of(ex, q.speaker) for q in ex.quotes if q.text == "smoke and mirrors"] in ([], [""])


@pytest.mark.parametrize("text, quoted", [
    # a plural's apostrophe inside single marks does not close them while a closing mark still follows
    ("She said: ‘It’s the officers’ morale that worries me. We can’t go on.’",
     ["It’s the officers’ morale that worries me. We can’t go on."]),
    ("She said: 'It's the officers' morale that worries me. We can't go on.'",
     ["It's the officers' morale that worries me. We can't go on."]),
    # ... but it closes a quote when a new one opens after it
    ("He praised the ‘officers’ and the ‘staff’ alike.", ["officers", "staff"]),
    # a single mark after a colon, never closed, runs to the paragraph's end; so does a turned double one
    ("Sir Tom said: 'Victims were let down. That must change.", ["Victims were let down. That must change."]),
    ("The report said:”This kind of thing is costly.", ["This kind of thing is costly."]),
    # a straight single mark typed with a space after it opens a quote when a closing mark follows; never
    # closed, it is a stray mark
    ("The union called the delay ' a needless insult to staff'. It's now in talks.", ["a needless insult to staff"]),
    ("The union called the delay ' a needless insult to staff. It is now in talks.", []),
])
def test_quote_spans(text, quoted):
    assert [text[q.start:q.end] for q in find_quote_spans(text, ((0, len(text)),))] == quoted


# --- find_quote_spans over arbitrary text ------------------------------------------------------

QUOTE_CHARS = "\"'“”‘’„‟«»‹›‛"
TEXT_CHARS = st.sampled_from(list(QUOTE_CHARS) + list("ab .,:;!?…–—-\n") + ["Jane", "said", "  "])


@st.composite
def quoted_texts(draw):
    text = "".join(draw(st.lists(st.one_of(TEXT_CHARS, st.characters()), max_size=80)))
    # paragraphs: the non-empty lines, as cleaning makes them
    spans, offset = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return text, tuple(spans)


@settings(max_examples=400, deadline=None)
@given(quoted_texts())
def test_find_quote_spans_on_arbitrary_text(sample):
    text, paragraphs = sample
    spans = list(find_quote_spans(text, paragraphs))
    last_end = {}
    for q in spans:
        p_start, p_end = paragraphs[q.paragraph]
        assert p_start < q.start < q.end <= p_end  # inside its paragraph, after an opening mark
        inner = text[q.start:q.end]
        assert inner == inner.strip()  # whitespace inside the marks is trimmed
        before = text[p_start:q.start].rstrip()
        assert before and before[-1] in QUOTE_CHARS  # preceded by the opening mark
        if not q.open_end:
            after = text[q.end:p_end].lstrip()
            assert after and after[0] in QUOTE_CHARS  # followed by the closing mark
        assert q.start >= last_end.get(q.paragraph, p_start)  # in order, never overlapping
        last_end[q.paragraph] = q.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "Tom Ellison said", "Jane Porter", "told the Home Office", ":", ",", ".", " ", "\n", "“", "”", "‘", "’",
    "\"", "'", "…", "–", "we cannot go on", "He", "the home secretary", "(PA)",
]), min_size=1, max_size=30))
def test_extraction_survives_random_quote_soup(extract_text, parts):
    ex = extract_text(HEADLINE + "".join(parts))
    check_evidence(ex)


@pytest.mark.parametrize(
    "text, speaker",
    [("A Home Office spokesman said: “We are recruiting more officers than ever.”", "Home Office"),
     ("“We are recruiting more officers than ever,” a spokeswoman for the Metropolitan Police said.",
      "Metropolitan Police Service"),
     ("The Police Federation's spokesman said: “Officers are exhausted.”",
      "Police Federation of England and Wales"),
     # ... unless the text names the spokesperson: then that person speaks
     ("A Home Office spokesman, Tom Ellison, said: “We are recruiting more officers than ever.”", "Tom Ellison"),
     # a description modifying the noun refers back to the latest body it fits
     ("The Police Federation met ministers on Monday. A federation spokesman said: “Officers are exhausted.”",
      "Police Federation of England and Wales"),
     ("Kent Police met ministers on Monday. A federation spokesman said: “Officers are exhausted.”", ""),
     # a description as the possessor: the body it refers back to
     ("Kent Police met ministers on Monday. The force's spokeswoman said: “Officers are exhausted.”",
      "Kent Police"),
     ("The Home Office met ministers on Monday. The force's spokeswoman said: “Officers are exhausted.”", ""),
     # a person's own spokesperson speaks for them
     ("Jane Porter MP met the chief constable. Ms Porter's spokesman said: “She was deeply concerned.”",
      "Jane Porter"),
     ("Jane Porter MP met the chief constable. A spokeswoman for Jane Porter said: “She was deeply concerned.”",
      "Jane Porter"),
     # "the campaign" refers back to a body whose name says campaign, and to no other
     ("The Eastvale Road Safety Campaign met ministers on Monday. A spokeswoman for the campaign said: “Drivers "
      "are scared.”", "Eastvale Road Safety Campaign"),
     ("The Eastvale Road Safety Trust met ministers on Monday. A spokeswoman for the campaign said: “Drivers "
      "are scared.”", "")],
    ids=["compound", "spokeswoman-for", "possessive", "named-in-apposition", "described-body",
         "described-body-fitting-none", "described-possessor", "described-possessor-fitting-none",
         "persons-spokesman", "spokeswoman-for-a-person", "campaign-described", "campaign-fitting-none"],
)
def test_a_spokesperson_speaks_for_their_body(extract_text, text, speaker):
    extraction = extract_text(HEADLINE + text)
    names = {e.key: e.name for e in extraction.entities}
    assert [names.get(q.speaker, q.speaker) for q in extraction.quotes] == [speaker]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a sentence-initial pronoun refers to the previous sentence's main subject, not to a
        # person named in its subordinate clause
        ("Ann Lee chairs the trust.\n\nLee told staff at the meeting that Joan Stone had broken her promise.\n\n"
         "She said the board had acted with \"haste rather than care over the whole deal\".",
         "haste rather than care", "Ann Lee"),
        # two people of the same rank in the latest sentence: the pronoun is unclear, no speaker
        ("Ann Lee and Joan Stone met the minister on Monday.\n\n"
         "She said the talks were \"a waste of everybody's time and money\".",
         "a waste of everybody's time", ""),
        # no one a pronoun could mean is a subject in the latest sentence naming people: the one of them already
        # quoted goes on speaking; when both were quoted, or they are coordinated subjects, it stays unclear
        ("Ann Lee chairs the housing trust.\n\nLee said the merger was “a costly mistake for every tenant”.\n\n"
         "The plan came from Joan Stone's office and was backed by Ann Lee's board.\n\n"
         "She said: “We were never asked what we thought of it.”", "never asked", "Ann Lee"),
        ("Ann Lee chairs the housing trust.\n\nLee said the merger was “a costly mistake for every tenant”.\n\n"
         "Joan Stone said the merger was “the only way to save the homes”.\n\n"
         "The plan came from Joan Stone's office and was backed by Ann Lee's board.\n\n"
         "She said: “We were never asked what we thought of it.”", "never asked", ""),
        ("Ann Lee chairs the housing trust.\n\nLee said the merger was “a costly mistake for every tenant”.\n\n"
         "Ann Lee and Joan Stone met the minister on Monday.\n\n"
         "She said: “We were never asked what we thought of it.”", "never asked", ""),
        # gender from honorifics still filters the candidates
        ("Mr Tom Hale spoke after Ms Ann Lee.\n\nShe said the cuts were \"far deeper than anyone had been told\".",
         "far deeper than anyone", "Ann Lee"),
        # or, failing those, from a common given name
        ("Tom Hale spoke after Ann Lee.\n\nShe said the cuts were \"far deeper than anyone had been told\".",
         "far deeper than anyone", "Ann Lee"),
        # a surname that doubles as a modal verb is read as the subject of a past-tense speech verb
        ("Home Secretary Jane May opened the conference.\n\n"
         "May said it was \"time to rethink how neighbourhoods are policed\", calling the old scheme a failure.",
         "time to rethink", "Jane May"),
        # descriptions refer back to the body they fit ('the watchdog', 'the force')
        ("HM Inspectorate of Constabulary published its review on Tuesday.\n\n"
         "The watchdog said: \"Too many files were incomplete and nobody checked them.\"",
         "Too many files", "HM Inspectorate of Constabulary and Fire & Rescue Services"),
        # "it" goes on speaking for the body across its own cues ("It said: “…”" rooted in the quote, then "It added")
        ("Plans for new prisons were shelved.\n\nThe Home Office said the plans were under review.\n\nIt said: "
         "\"We will not comment on individual sites while talks continue.\"\n\nIt added that the review \"will take "
         "months to finish\".", "will take months", "Home Office"),
        # "its author", "the author of the review", "the report's author" (`author_noun`): whoever wrote the work
        ("Prisons are full.\n\nThe Ann Lee review was published on Monday. Its author said the service was "
         "\"close to breaking point\".", "close to breaking", "Ann Lee"),
        ("Prisons are full.\n\nA review by Ann Lee was published on Monday.\n\nThe author of the review said the "
         "service was \"close to breaking point\".", "close to breaking", "Ann Lee"),
        ("Prisons are full.\n\nThe Tallow Trust published a report on Monday. The report's author said the service "
         "was \"close to breaking point\".", "close to breaking", "Tallow Trust"),
        ("Prisons are full.\n\nA review was published on Monday. Its author said the service was \"close to breaking "
         "point\".", "close to breaking", ""),
        # "A <Body> statement said …. It said: “…”": "it" speaks for the author of the work that spoke before
        ("Plans for new prisons were shelved.\n\nA Holyrood Directorate statement issued on Monday said the plans "
         "were under review.\n\nIt said: “We will not comment on individual sites while talks continue.”",
         "We will not comment", "Holyrood Directorate"),
        ("Pay row\n\nThink tank the Tallow Institute said the cuts were “savage and unnecessary”.", "savage and",
         "Tallow Institute"),
        ("Pay row\n\nUnison published figures on Monday. The think tank said the cuts were “savage and "
         "unnecessary”.", "savage and", ""),
        # "it" after a sentence whose subject was a written work is the work, speaking with its author's words
        ("Pay row\n\nThe report, by former chief constable Jane Porter, found serious failings.\n\nIt said: “The "
         "force has lost its way.”", "lost its way", "Jane Porter"),
        # an epithet after a sentence naming one person and the post said of them ("was appointed chief constable")
        ("Pay row\n\nTom Hale was appointed chief constable in May.\n\nThe 52-year-old said: “I am honoured to "
         "lead the force.”", "honoured to lead", "Tom Hale"),
        ("Pay row\n\nTom Hale took over as chief constable in May.\n\nThe 52-year-old said: “I am honoured to "
         "lead the force.”", "honoured to lead", "Tom Hale"),
        ("Pay row\n\nTom Hale replaced Mark Lane as chief constable in May.\n\nThe 52-year-old said: “I am "
         "honoured to lead the force.”", "honoured to lead", ""),
        # the relative pronoun subject of a speech verb is the noun its clause hangs on
        ("Pay row\n\nTom Hale has come under fire from Jane Porter, who called his plan “reckless”.", "reckless",
         "Jane Porter"),
        # a passive speech verb's agent, which the parser hung on the quoted words
        ("Pay row\n\nThe cuts were described as “a disaster for victims” by Jane Porter, Kent's chief constable.",
         "a disaster for victims", "Jane Porter"),
        # a bare description set before the body's name ("Watchdog <Name> said"), whatever the parser makes of it
        ("Forces are struggling with recruitment.\n\nWatchdog Her Majesty's Inspectorate of Constabulary and Fire & "
         "Rescue Services said the force had been \"slow to act on repeated warnings\".", "slow to act",
         "HM Inspectorate of Constabulary and Fire & Rescue Services"),
        ("Kent Police and the Home Office agreed the plan.\n\nThe department said: \"We will fund 200 officers.\"",
         "We will fund", "Home Office"),
        ("The Home Office and Kent Police agreed the plan.\n\nThe force said: \"We will recruit 200 officers.\"",
         "We will recruit", "Kent Police"),
        ("Pay row\n\nThe Northtown Tenants Association rejected the offer on Monday.\n\nThe group warned:\n\n"
         "\"Unless the council moves, we will take it to court.\"", "Unless the council moves",
         "Northtown Tenants Association"),
        ("Pay row\n\nKent Police closed the station on Monday.\n\nThe group warned:\n\n"
         "\"Unless the council moves, we will take it to court.\"", "Unless the council moves", ""),
        ("Pay row\n\nNorthtown Borough Council approved the cameras on Monday.\n\nThe council said: \"Residents "
         "want to feel safe.\"", "Residents want to feel safe", "Northtown Borough Council"),
        # "it" speaking is the body the sentence before was about; "they" only if that body was speaking there
        ("Pay row\n\nThe Northtown Borough Council said the cameras would help. It added: \"Residents want to feel "
         "safe.\"", "Residents want to feel safe", "Northtown Borough Council"),
        ("Pay row\n\nThe Northtown Tenants Association said the scheme was flawed.\n\nThey said: \"There is no "
         "evidence that cameras cut crime.\"", "There is no evidence", "Northtown Tenants Association"),
        ("Pay row\n\nThe Northtown Tenants Association surveyed its members.\n\nThey said: \"There is no "
         "evidence that cameras cut crime.\"", "There is no evidence", ""),
        # ... except in the lead, where a bare description may come before the name, given soon after
        ("Pay row\n\nThe police watchdog said the force had \"missed every chance to act\".\n\nThe Independent "
         "Office for Police Conduct published its findings on Monday.", "missed every chance",
         "Independent Office for Police Conduct"),
        ("Kent Police and Northtown Borough Council agreed the plan.\n\nThe council said: \"We will fund two "
         "wardens.\"", "We will fund", "Northtown Borough Council"),
        # a description that fits no body named before it refers to none
        ("The Home Office published figures on Monday.\n\nThe watchdog said: \"Nobody had checked the numbers.\"",
         "Nobody had checked", ""),
        ("The National Police Chiefs' Council published figures.\n\nThe council said: \"We will fund two "
         "wardens.\"", "We will fund", ""),
        # a bare plural naming a body's people speaks for the one body of that description the article names
        ("Pay row\n\nKent Police arrested two men after the break-in.\n\nPolice said: \"We are appealing for "
         "witnesses.\"", "We are appealing", "Kent Police"),
        ("Pay row\n\nKent Police arrested two men after the break-in.\n\nDetectives said: \"We are appealing for "
         "witnesses.\"", "We are appealing", "Kent Police"),
        ("Pay row\n\nThe Welsh Government announced free school meals.\n\nMinisters said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", "Welsh Government"),
        # ... and none when the article names two ("Police" could be either) or none that fits
        ("Pay row\n\nKent Police and Essex Police arrested two men.\n\nPolice said: \"We are appealing for "
         "witnesses.\"", "We are appealing", ""),
        ("Pay row\n\nThe Police Federation met on Monday.\n\nPolice said: \"We are appealing for "
         "witnesses.\"", "We are appealing", ""),
        ("Pay row\n\nThe Welsh Government and the Scottish Government announced free school meals.\n\n"
         "Ministers said: \"Every child deserves a hot lunch.\"", "Every child deserves", ""),
        ("Pay row\n\nKent Police arrested two men after the break-in.\n\nA police spokesman said: \"We are "
         "appealing for witnesses.\"", "We are appealing", "Kent Police"),
        ("Pay row\n\nKent Police and Essex Police arrested two men.\n\nA police spokesman said: \"We are "
         "appealing for witnesses.\"", "We are appealing", ""),
        # a bare "the Government" is the story's own: the one government it names, unless it names the UK's too
        ("Pay row\n\nThe Welsh Government announced free school meals.\n\nThe Government said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", "Welsh Government"),
        ("Pay row\n\nThe Irish Government announced free school meals.\n\nThe Government said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", "Government of Ireland"),
        ("Pay row\n\nThe Welsh Government and the UK Government disagreed over school meals.\n\nThe Government "
         "said: \"Every child deserves a hot lunch.\"", "Every child deserves", "HM Government"),
        ("Pay row\n\nMinisters in London announced free school meals.\n\nThe government said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", "HM Government"),
        # a written work its author issued, published or released speaks with the author's words
        ("Pay row\n\nKent Police warned of a £9m gap.\n\nA statement issued by the force said: \"Every team "
         "will be protected.\"", "Every team", "Kent Police"),
        ("Pay row\n\nKent Police warned of a £9m gap.\n\nA report published by the Home Office said: \"Every "
         "team will be protected.\"", "Every team", "Home Office"),
        # ... not one another body only asked for
        ("Pay row\n\nKent Police warned of a £9m gap.\n\nA report commissioned by the Home Office said: \"Every "
         "team will be protected.\"", "Every team", ""),
        # a bare statement right after a body spoke is that body's; after a body only acted, nobody's
        ("Pay row\n\nKent Police said the road would close. A statement added: \"Every team will be "
         "protected.\"", "Every team", "Kent Police"),
        ("Pay row\n\nKent Police closed the road on Monday. A statement said: \"Every team will be "
         "protected.\"", "Every team", ""),
        # a capitalised description is still a description, no body of its own
        ("Pay row\n\nKent Police and the Home Office agreed the plan.\n\nThe Department said: \"We will fund 200 "
         "officers.\"", "We will fund", "Home Office"),
        # "a government spokesman" is the government's voice, named or not before; "local government" is none
        ("Pay row\n\nCouncils welcomed free school meals.\n\nA government spokesman said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", "HM Government"),
        ("Pay row\n\nCouncils welcomed free school meals.\n\nA local government spokesman said: \"Every child "
         "deserves a hot lunch.\"", "Every child deserves", ""),
        # a bare description modifying a spokesperson: the government named before
        ("Pay row\n\nThe Scottish Government announced free school meals.\n\nA government spokeswoman said: "
         "\"Every child deserves a hot lunch.\"", "Every child deserves", "Scottish Government"),
        # 'according to X'
        ("Pay row\n\nThe pay award was \"a betrayal of every officer\", according to Jane Porter, the chair.",
         "a betrayal of every officer", "Jane Porter"),
        # ... which a verb that speaks only with a clause ("maintaining buildings") does not override
        ("Pay row\n\nKent Police opened a new station.\n\nAccording to Jane Porter, the force spends millions "
         "maintaining stations that are \"falling apart around the officers\".", "falling apart", "Jane Porter"),
        # a quote standing as its own sentence after one about someone speaking is theirs
        ("Pay row\n\nJane Porter spoke to reporters outside the hall on Tuesday. "
         "\"We will not back down on this pay award.\"", "We will not back down", "Jane Porter"),
        # a party's spokesman named in apposition is the person a later pronoun refers to, not the party
        ("Pay row\n\nThe Scottish Greens' justice spokesman, Euan Tolmie MSP, criticised the plan. \"The plan "
         "will leave whole towns without a station,\" he said.", "whole towns", "Euan Tolmie"),
        # the subject of a passive speech verb is spoken about; the speaker is the agent, if named
        ("Pay row\n\nJane Porter was accused of presiding over a \"culture of neglect\" in the service.",
         "culture of neglect", ""),
        ("Pay row\n\nJane Porter was described as \"out of her depth\" by Tom Hale.", "out of her depth", "Tom Hale"),
        # "it" in what a body is reported to say is that body
        ("Pay row\n\nThe Police Federation said it backed the review but warned against \"a witch hunt on "
         "officers\".", "a witch hunt", "Police Federation of England and Wales"),
        # "the Labour assembly member" is the person just named, not the party
        ("Pay row\n\nThe committee's chair, Ann Lee, said trust had gone. \"Trust is at rock bottom,\" the "
         "Labour assembly member said.", "Trust is at rock bottom", "Ann Lee"),
        # ... as is "the AM", and a former member, who no longer speaks for the body
        ("Pay row\n\nAnn Lee chaired the hearing on Monday.\n\nThe AM says the plan is a “shambles from start to "
         "finish”.", "shambles from start", "Ann Lee"),
        ("Pay row\n\nAsked why she had not resigned, Ann Lee said: ‘Because I do not run the force. My job is "
         "different.’\n\nShe said that it had been ‘time to act’ and that the force needed new leaders.\n\nThe former "
         "Cabinet minister, 61, added that the cuts had been ‘a grave mistake’.", "a grave mistake", "Ann Lee"),
        # a definite epithet of age or family ("the 34-year-old", "the father-of-three") is the person just
        # spoken of; a bare "the mother" may be anyone's
        ("Pay row\n\nPC Jane Porter was stabbed while on patrol last year.\n\n\"I thought I was going to die,\" the "
         "34-year-old said.", "I thought I was going", "Jane Porter"),
        ("Pay row\n\nTom Hale, who has served for 30 years, received the medal on Monday.\n\n\"It is an honour,\" the "
         "father-of-three said.", "It is an honour", "Tom Hale"),
        ("Pay row\n\nAnn Lee, 15, was hurt in the attack on Monday.\n\n\"She is a fighter,\" the mother said.",
         "She is a fighter", ""),
        ("Pay row\n\nJudge Ann Lee jailed Tom Hale for six years on Monday.\n\n\"I am truly sorry,\" the 34-year-old "
         "said.", "I am truly sorry", ""),
        # after a sentence about something else it is nobody's we can name
        ("Pay row\n\nJane Porter was sacked on Tuesday. \"We will not back down on this pay award.\"",
         "We will not back down", ""),
        # a quote set in a sentence of the reporter's own takes no speech verb from the next sentence
        ("Pay row\n\nThe council has broken its promise to “keep every library open”. Jane Porter said it was sad.",
         "keep every library open", ""),
        # a speech verb in a clause hanging off the quote's own clause, after it, reports other words (the words
        # are those of the quote's own clause's subject)
        ("Pay row\n\nJane Porter refused to close the station without “a proper public hearing” after Tom Hale "
         "told councillors that the budget was gone.", "a proper public hearing", "Jane Porter"),
        # a pronoun after an office holder the text never names is theirs, not the person named before
        # (a one-article build knows no holder: the person known by the post speaks)
        ("Pay row\n\nTom Hale and Ann Lee met on Sunday.\n\nTom Hale praised the vote.\n\n"
         "The Taoiseach welcomed the result.\n\n"
         "Speaking in Cork on Monday he said \"This is a day of real hope for everyone on this island.\"",
         "a day of real hope", "Taoiseach"),
        # a single mark opening the last paragraph, never closed, runs to its end
        ("Pay row\n\nHome Secretary Jane Porter said:\n\n'Every officer in this force deserves our thanks. "
         "If you carry a knife you will be caught.", "Every officer in this force", "Jane Porter"),
        # ... as does one right after a colon, and the next paragraph goes on with it
        ("Pay row\n\nSir Tom Hale said: 'Victims have been let down time and again. That must change.\n\n'We will "
         "return in six months to check on progress.'", "That must change", "Tom Hale"),
        ("Pay row\n\nSir Tom Hale said: 'Victims have been let down time and again. That must change.\n\n'We will "
         "return in six months to check on progress.'", "We will return", "Tom Hale"),
        # a bare spokesperson after a body that is the subject of the clause before, in the same sentence
        ("Pay row\n\nThe Home Office declined to comment, but a spokeswoman said: 'This is a matter for the local "
         "police and crime commissioner.'", "This is a matter", "Home Office"),
        ("Pay row\n\nJane Porter declined to comment, but a spokeswoman said: 'This is a matter for the local "
         "police and crime commissioner.'", "This is a matter", ""),
        # "continued" speaks right before a colon or right after a quote, never when it continues an act
        ("Pay row\n\nTom Hale opened the meeting.\n\nMr Hale continued: \"We will not close a single station.\"",
         "We will not close", "Tom Hale"),
        ("Pay row\n\nKent Police continued to close stations. \"We feel abandoned by everyone here.\"",
         "We feel abandoned", ""),
        # words that something nobody can name found are reported by the speaker of the sentence
        ("Pay row\n\nThe review revealed there was “a worrying lack of grip”, Jane Porter told MPs.",
         "a worrying lack of grip", "Jane Porter"),
        # a colon after any verb presents the quote as its subject's words, in the paragraph or before it
        ("Pay row\n\nTom Hale, who chairs the residents' group, has welcomed the news: “We have waited ten "
         "years for this station.”", "We have waited", "Tom Hale"),
        ("Pay row\n\nTom Hale had a blunt message for the council:\n\n“Stop closing our stations now.”",
         "Stop closing our stations", "Tom Hale"),
        ("Pay row\n\nThe audit listed its findings: “poor vetting, weak oversight and no records at all”.",
         "poor vetting", ""),
        # ... as does a clause before it whose subject or complement is someone's words, or set "for" someone
        ("Pay row\n\nJane Porter's message to ministers was blunt: \"Pay our officers properly or lose them.\"",
         "Pay our officers", "Jane Porter"),
        ("Pay row\n\nTom Hale spoke first. Then it was Jane Porter's turn: \"Pay our officers properly or lose "
         "them.\"", "Pay our officers", "Jane Porter"),
        ("Pay row\n\nFor Jane Porter, the answer is simple: \"Pay our officers properly or lose them.\"",
         "Pay our officers", "Jane Porter"),
        ("Pay row\n\nJane Porter's critics were scathing: \"Pay our officers properly or lose them.\"",
         "Pay our officers", ""),
        # a second subject hung on the verb names the speaker when the first names nobody
        ("Pay row\n\nNorthtown's Deputy Mayor for Transport, Ann Lee added: “Our buses will run all night.”",
         "Our buses will run", "Ann Lee"),
        # a participle after a comma shares the subject of the nearest clause before it that names someone
        ("Pay row\n\nThe plan collapsed after Tom Hale called it ‘a fantasy’, adding: ‘Nobody costed any of "
         "it.’", "Nobody costed", "Tom Hale"),
        # a lowercase epithet quoted before its noun, in what someone said, is their word
        ("Pay row\n\nJane Porter said a “shoddy” review had let the victims down.", "shoddy", "Jane Porter"),
        # a verb that speaks with its noun ("raised concerns", "paid tribute"), however deep the quote in its clause
        ("Pay row\n\nThe Police Federation raised concerns over the number of officers assigned to the stations "
         "in the north as well as the “sudden closure” of the depots.", "sudden closure",
         "Police Federation of England and Wales"),
        ("Pay row\n\nIn his speech, Tom Hale paid tribute to Ann Lee as a ‘fearless reformer’.", "fearless reformer",
         "Tom Hale"),
        ("Pay row\n\nIn his speech, Tom Hale paid the bill for Ann Lee, a ‘fearless reformer’.", "fearless reformer",
         None),
        # a capitalised title whose phrase ends in the speaker's name, hung inside its "of" phrase
        ("Pay row\n\nSome officers should never have passed vetting.\n\nHM Inspector of Constabulary Ann Lee told "
         "the BBC Radio 4 Today programme that the issue of unsuitable officers joining the police is 'widespread' "
         "and 'has been historic'.", "has been historic", "Ann Lee"),
        # a speech verb the parser leaves without a subject, right after a name it hung elsewhere
        ("Pay row\n\nIn what Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services described this "
         "month as a ‘worrying lapse’, the force lost 300 files.", "worrying lapse",
         "HM Inspectorate of Constabulary and Fire & Rescue Services"),
        # verbs that judge aloud: the quoted judgement is the subject's
        ("Pay row\n\nJane Porter branded the scheme “a reckless gamble with public money”.", "reckless gamble",
         "Jane Porter"),
        ("Pay row\n\nTom Hale condemned “the thugs who attacked our officers” on Monday.", "the thugs who",
         "Tom Hale"),
        # a headline drops its articles: a bare description there is the body named soon after
        ("Watchdog warns of ‘serious failings’ in vetting\n\nThe Independent Office for Police Conduct has "
         "criticised Kent Police over its handling of complaints.", "serious failings",
         "Independent Office for Police Conduct"),
        ("Force says cuts will hit ‘every single neighbourhood’\n\nKent Police has lost 300 officers since 2010.",
         "every single neighbourhood", "Kent Police"),
        # a commitment quoted as its content is its maker's words: the possessor, or the subject "its" refers to
        ("Pay row\n\nThe Home Office has honoured its manifesto pledge to “hire 3,500 detectives”.",
         "hire 3,500 detectives", "Home Office"),
        ("Pay row\n\nAnn Lee repeated her vow to “never close a station”.", "never close a station", "Ann Lee"),
        ("Pay row\n\nThe report mocks Ann Lee's promise to “never close a station”.", "never close a station",
         "Ann Lee"),
        ("Pay row\n\nThe plan is a promise to “keep every library open”.", "keep every library open", ""),
        # a verb judging its object in quoted words ("slammed the report as “…”") speaks them
        ("Pay row\n\nAnn Lee has slammed the new rota as “unsafe and unworkable”.", "unsafe and unworkable",
         "Ann Lee"),
        # a quote paragraph with no cue continues the speech the paragraph before reports (page scraps skipped)
        ("Pay row\n\nTom Hale said the force needed to change its ways.\n\nAdvertisement\n\n“If we do not change "
         "now, we will fail the public.”", "If we do not change", "Tom Hale"),
        # a paragraph that is only a quote, after a paragraph about one person (the active subject, the only
        # person named), is theirs; not after a passive, a paragraph naming two, or when the next paragraph
        # continues the quote as someone else's
        ("Pay row\n\nJane Porter, who chairs the residents' group, is furious about the closure.\n\n“Nobody "
         "asked the people who live here.”", "Nobody asked the people", "Jane Porter"),
        ("Pay row\n\nTom Hale visited the station on Monday.\n\n“If we do not change now, we will fail the "
         "public.”", "If we do not change", "Tom Hale"),
        ("Pay row\n\nTom Hale was arrested on Monday.\n\n“If we do not change now, we will fail the "
         "public.”", "If we do not change", ""),
        ("Pay row\n\nAnn Lee visited Tom Hale at the station on Monday.\n\n“If we do not change now, we will "
         "fail the public.”", "If we do not change", ""),
        ("Pay row\n\nJane Porter is furious about the closure.\n\n“Nobody asked the people who live here.”\n\n"
         "“We will take it to the council,” added Chief Inspector Mark Doyle.", "Nobody asked the people", ""),
        # a paragraph break inside a sentence (a stray line break of the page) keeps the speaker of its quotes
        ("Pay row\n\nJane Porter said the force had been ‘far too slow to act’, accusing\n\nits leaders of a "
         "‘culture of denial’ that had to end.", "culture of denial", "Jane Porter"),
        ("Pay row\n\nJane Porter said the force had been ‘far too slow to act’.\n\nIts leaders had denied a "
         "‘culture of denial’ for years.", "culture of denial", ""),
        # a sentence of two words quoted on its own is speech, a word or two in a sentence only when said
        ("Pay row\n\n'They let her down at every turn,' Ann Lee told the Daily Mirror. 'Nobody listened.'",
         "Nobody listened", "Ann Lee"),
        ("Pay row\n\nAnn Lee runs the 'safe streets' scheme in the town.", "safe streets", None),
        # a quote left open whose next paragraph's cue names a speaker is theirs throughout
        ("Pay row\n\nOfficers are leaving in record numbers, the Police Federation has warned.\n\n\"We are losing "
         "good officers every week. They are tired and undervalued.\n\n\"Unless something changes, the service will "
         "not recover,\" said Tom Hale, the federation's chair.", "We are losing good officers", "Tom Hale"),
        # ... nor when the paragraph after reports someone else speaking (whatever guessed the speaker)
        ("Pay row\n\nTom Hale, 34, of Northtown, admitted causing death by dangerous driving.\n\n“This was a "
         "tragedy that could have been avoided.”\n\nDetective Inspector Ann Lee said the family was devastated.",
         "This was a tragedy", ""),
        ("Pay row\n\nJane Porter is furious about the closure.\n\n“Nobody asked the people who live here.”\n\n"
         "Inspector Mark Doyle said the station would reopen.", "Nobody asked the people", ""),
        # a speech verb right after the closing mark, then a name, is the cue however the parser reads it
        ("Pay row\n\nJane Porter is furious about the closure.\n\n“Nobody asked the people who live here.”\n\n"
         "“We will take it to the council,” added Chief Inspector Mark Doyle.", "We will take it", "Mark Doyle"),
        ("Pay row\n\n“We will take it to the council,” added Chief Inspector Mark Doyle in a statement on Monday.",
         "We will take it", "Mark Doyle"),
        # "according to" makes its person the one asserting, as a subject would be
        ("Pay row\n\nAccording to Ann Lee, the mayor's office failed to tell the committee.\n\nShe says this is "
         "the third such ‘snub’ this year.", "snub", "Ann Lee"),
        # a post named as a capacity ("her post as Home Secretary") is nobody else the pronoun could mean
        ("Pay row\n\nMr Tom Hale sacked Ms Ann Lee from her post as Home Secretary after the row.\n\nThe Times "
         "did not print the article.\n\nShe was criticised for comments in which she said the cuts were a "
         "“necessity”.", "necessity", "Ann Lee"),
        # a pronoun whose latest fitting person is named only in a phrase, while the subject there is no
        # person the pronoun's sex rules out, is unclear: no speaker rather than a guess
        ("Pay row\n\nThe first task will be a priority for Jane Porter.\n\nShe said the force "
         "\"must rebuild trust with every community\".", "must rebuild trust", ""),
        # ... unless the sentence stops to describe them ("for Jane Porter, a former magistrate"): they are its topic
        ("Pay row\n\nThe first task will be a priority for Jane Porter, a former magistrate.\n\nShe said the force "
         "\"must rebuild trust with every community\".", "must rebuild trust", "Jane Porter"),
        # a written work speaks with its author's words: named in the phrase, or the body that published it
        ("Pay row\n\nA review by the Home Office concluded that forces had “lost their grip”.", "lost their grip",
         "Home Office"),
        ("Pay row\n\nThe Home Office published its report on Monday.\n\nThe report said: \"Forces have failed "
         "victims for too long.\"", "Forces have failed", "Home Office"),
        # "the watchdog report": a description modifying the work names its author as "the watchdog" would
        ("Pay row\n\nThe Independent Office for Police Conduct inspected Kent Police last year.\n\nThe watchdog "
         "report said the force had “failed victims for years”.", "failed victims for years",
         "Independent Office for Police Conduct"),
        # "her report" is the report of the woman named before; "the statement" the one a body spoke "in"
        ("Pay row\n\nThe inquiry's chairwoman, Ann Lee, said the force had failed victims.\n\nHer report "
         "concluded: \"The culture of the force must change from the top.\"", "The culture of the force", "Ann Lee"),
        ("Pay row\n\nIn a statement, Kent Police said it accepted every recommendation.\n\n\"We will implement "
         "every one of them,\" the statement added.", "We will implement", "Kent Police"),
        # ... or the one an earlier phrase named the author of, past mentions that name none; a colon and a
        # closing-shaped mark written without spaces still open the quote
        ("Pay row\n\nThe Home Affairs Committee report looks at the cost of the scheme.\n\nThe report also "
         "criticises the panel.\n\nThe report said:”Forces have failed victims for too long.", "Forces have failed",
         "Home Affairs Committee"),
        ("Pay row\n\nThe Home Affairs Committee report looks at the cost of the scheme.\n\nA Home Office report "
         "looks at the staff.\n\nThe report said: “Forces have failed victims for too long.”", "Forces have failed",
         ""),
        # "a report said", "…, inspection report says", "research published by X": a work whose phrase names no
        # author is the story's one work of its kind when every phrase naming an author names the same one
        ("Pay row\n\nA report said officers were “exhausted and demoralised”.\n\nThe Tallow Trust published the "
         "report on Monday.", "exhausted and demoralised", "Tallow Trust"),
        ("Pay row\n\nResearch published by the Tallow Trust said prisons were “at breaking point”.",
         "at breaking point", "Tallow Trust"),
        ("Pay row\n\nThe Tallow Trust inspected Kent Police in May.\n\nKent Police is ‘inadequate’, inspection "
         "report says.\n\nThe Tallow Trust report was published on Monday.", "inadequate", "Tallow Trust"),
        ("Pay row\n\nKent Police was rated ‘inadequate’ at recording crime, a report has said.\n\nThe report, "
         "published by the Tallow Trust, found 2,000 crimes went unrecorded.", "inadequate", "Tallow Trust"),
        # ... two authors, none, or authors of another kind of work: nobody
        ("Pay row\n\nA report by the Tallow Trust said the force was “failing victims”.\n\nA report by the Home "
         "Office said the force was “doing well in most areas”.\n\nA report said forces were “losing the trust of "
         "the public”.", "losing the trust", ""),
        ("Pay row\n\nThe Tallow Trust and the Home Office published reports on Monday.\n\nA report said forces "
         "were “losing the trust of the public”.", "losing the trust", ""),
        ("Pay row\n\nThe Tallow Trust published a study on Monday.\n\nA report said forces were “losing the "
         "trust of the public”.", "losing the trust", ""),
        ("Pay row\n\nA report said the force was “failing victims in many cases”.\n\nJane Porter welcomed it.",
         "failing victims", ""),
        # "the report" in the lead, its author named only after; two authors after: nobody
        ("Pay row\n\nThe report said forces were “losing the trust of the public”.\n\nThe report, published by "
         "the Tallow Trust, ran to 200 pages.", "losing the trust", "Tallow Trust"),
        ("Pay row\n\nThe report said forces were “losing the trust of the public”.\n\nThe Tallow Trust and the "
         "Home Office published reports on Monday.", "losing the trust", ""),
        # the name set off after a whole subject phrase the parser hangs on its last noun is the subject
        ("Pay row\n\nThe party's candidate for mayor, Owen Fairley, said the sale of stations had hurt towns.\n\n"
         "“When you close a station, you close a door,” he said on Tuesday.", "close a door", "Owen Fairley"),
        # a quoted phrase that is the object of a clause with no speech verb is its active subject's words; not
        # behind a noun (the “…” claims), before the verb, for a passive subject or a verb taking up others' words
        ("Pay row\n\nCouncillor Ann Lee will only sign the lease without “any hidden costs for tenants”.",
         "any hidden costs for tenants", "Ann Lee"),
        # a clause told of a noun, a charge or an award, a name, a split phrase: nobody's words
        ("Pay row\n\nTom Hale sued the paper over claims he was “a danger to the public”.", "a danger", ""),
        ("Pay row\n\nTom Hale lost his job for “gross misconduct during a long inquiry”.", "gross misconduct", ""),
        ("Pay row\n\nJane Lee won the award for “outstanding service to the community”.", "outstanding service", ""),
        ("Pay row\n\nJane Lee joined the force under the “Northtown Graduate Leadership Scheme”.", "Graduate", None),
        # a quoted judgement of someone's remarks is not what they said
        ("Pay row\n\nTom Hale attacked Jane Lee's “reckless and dangerous” remarks.", "reckless", ""),
        ("Pay row\n\nThe Tallow Trust opposes ‘a tax on every commuter’ in the city.",
         "a tax on every commuter", "Tallow Trust"),
        ("Pay row\n\nCouncillor Ann Lee answered the claims of “a secret deal with developers” on Monday.",
         "a secret deal with developers", ""),
        ("Pay row\n\nCouncillor Ann Lee was cleared of “a secret deal with developers” on Monday.",
         "a secret deal with developers", ""),
        ("Pay row\n\nCouncillor Ann Lee faced “a storm of anger from tenants” on Monday.",
         "a storm of anger", ""),
        ("‘A secret deal with developers’: Councillor Ann Lee cleared by the panel",
         "secret deal with developers", ""),
        ("Pay row\n\nThe Tallow Trust closed the depot after “a large fire in the loading bay”.",
         "a large fire in the loading bay", ""),
        # words quoted as the content of a possessed utterance noun are the possessor's
        ("Pay row\n\nCouncillor Tom Hale's “we will not back down” remarks angered tenants.",
         "we will not back down", "Tom Hale"),
        ("Pay row\n\nCouncillor Joan Stone spoke to tenants.\n\nThe committee heard her “serious doubts about "
         "the whole plan” warning.", "serious doubts about", "Joan Stone"),
        ("Pay row\n\nCouncillor Tom Hale's “bold vision for the town centre” plan angered tenants.",
         "bold vision for the town", ""),
        ("Pay row\n\nCouncillor Joan Stone met tenants on Friday.\n\nHer warning of “a long summer of empty "
         "buses” was ignored by the cabinet.", "a long summer of empty buses", "Joan Stone"),
        # ... a bare surname as the headline's subject, left unlinked there, is the one person whose name ends
        # with it
        ("Harbour row: Penrose plans ‘a summer of open meetings’\n\nDame Ruth Penrose chairs the harbour board "
         "and took questions on Monday.", "a summer of open meetings", "Ruth Penrose"),
        ("Pay row\n\nCouncillor Joan Stone met tenants on Friday.\n\nHer reply to “a long summer of empty "
         "buses” was ignored by the cabinet.", "a long summer of empty buses", ""),
    ],
)
def test_speaker_by_salience_and_reference(extract_text, text, fragment, speaker):
    extraction = extract_text(text)
    if speaker is None:  # not a quote at all
        assert not [q for q in extraction.quotes if fragment in q.text], extraction.quotes
        return
    assert name_of(extraction, quote_with(extraction, fragment).speaker) == speaker


def test_month_named_like_a_surname_is_no_person(extract_text):
    extraction = extract_text("Jane May chairs the panel.\n\nIn May the panel met twice and May 2020 saw no meeting.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Jane May"]
    person = next(e for e in extraction.entities if e.kind == "person")
    assert len(person.mentions) == 1


def test_unclear_speaker_is_listed_in_the_report(tmp_path):
    import json

    from graphbuild.pipeline import build

    (tmp_path / "a.txt").write_text("Talks fail again\n\nAnn Lee and Joan Stone met the minister on Monday.\n\n"
                                    "She said the talks were \"a waste of everybody's time and money\".\n",
                                    encoding="utf-8")
    build([tmp_path / "a.txt"], out=tmp_path / "out", use_cache=False, validation="skip")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    unattributed = report["articles"][0]["unattributed"]
    assert [u["text"] for u in unattributed] == ["a waste of everybody's time and money"]
    assert unattributed[0]["start"] > 0


def test_members_named_by_their_group_speak_for_it(extract_text):
    ex = extract_text("Protest grows\n\nThe so-called “Stop the Cuts” campaigners wrote to the council amid fears the "
                      "sale “will leave the town without a single green space”.")
    names = {e.key: e.name for e in ex.entities}
    assert [(names.get(q.speaker), q.text) for q in ex.quotes] == [
        ("Stop the Cuts", "will leave the town without a single green space")]  # the quoted name is no quote
    assert not ex.policies  # the policy word inside the group's name is its name


def test_a_surname_tagged_as_a_month_still_owns_and_acts(extract_text):
    ex = extract_text("Orders row\n\nThe home secretary, Jane May, spoke on Monday.\n\n"
                      "Critics attacked May's plan. In May the orders were used 300 times.")
    person = next(e for e in ex.entities if e.name == "Jane May")
    assert [m.text for m in person.mentions][-1] == "May" and len(person.mentions) == 2


def test_the_force_is_never_its_staff_association(extract_text):
    ex = extract_text("Cuts row\n\nKent Police announced cuts. The Kent Police Federation objected.\n\n"
                      "The force said: \"We have no choice but to cut 200 posts.\"")
    assert name_of(ex, quote_with(ex, "We have no choice").speaker) == "Kent Police"


def test_a_printed_debate_gives_each_turn_to_the_speaker_before_its_colon(extract_text):
    ex = extract_text(
        "Rural Policing: Funding\n\n"
        "1. Mrs Ann Lee (Northvale) (Con): What steps her Department is taking to fund rural forces.\n\n"
        "The Minister for Policing (Tom Hale): I thank my hon. Friend. Every force now has more officers.\n\n"
        "Mrs Lee: Villages in my constituency have not seen an officer for months.\n\n"
        "The Minister for Policing: Deployment is a matter for chief constables.\n\n"
        "Tom Hale: I will meet my hon. Friend to discuss it.")
    speakers = {q.text.split(".")[0]: name_of(ex, q.speaker) for q in ex.quotes}
    assert speakers["What steps her Department is taking to fund rural forces"] == "Ann Lee"
    assert speakers["I thank my hon"] == "Tom Hale"
    assert speakers["Villages in my constituency have not seen an officer for months"] == "Ann Lee"
    assert speakers["I will meet my hon"] == "Tom Hale"
    # a turn whose speaker is named only by office is nobody's we can name, not the previous speaker's
    assert "Deployment is a matter for chief constables" not in speakers
    assert {e.name for e in ex.entities if e.kind == "place"} >= {"Northvale"}
    assert next(e for e in ex.entities if e.name == "Ann Lee").types == ("Politician",)
    assert not [e for e in ex.entities if e.name in ("Rural Policing", "Mr Speaker", "Lee")]


def test_a_spokesman_named_with_post_letters_speaks(extract_text):
    ex = extract_text(HEADLINE + "Their justice spokesman, Owain Price-Evans MS, said: \"We want more officers.\"")
    assert name_of(ex, quote_with(ex, "We want more officers").speaker) == "Owain Price-Evans"


def test_a_paragraph_ending_said_colon_announces_the_quote_after_it(extract_text):
    # a press release's form: the speaker's paragraph, then the quote as a paragraph of its own
    ex = extract_text(HEADLINE + "Ministers set out new rules on Monday.\n\nCrime Minister Tom Ellison said:\n\n"
                      "“Victims deserve swift justice. These rules will deliver it.”\n\nJane Porter said:\n\n"
                      "“We will hold the government to its word.”")
    assert name_of(ex, quote_with(ex, "Victims deserve").speaker) == "Tom Ellison"
    assert name_of(ex, quote_with(ex, "We will hold").speaker) == "Jane Porter"
    # a paragraph that says nothing before its colon announces nobody
    ex = extract_text(HEADLINE + "Tom Ellison spoke on Monday. The measures include:\n\n"
                      "“Victims deserve swift justice. These rules will deliver it.”")
    assert name_of(ex, quote_with(ex, "Victims deserve").speaker) in ("", "Tom Ellison")



def speaker_name(extraction, key):
    """The name of a quote's speaker; "post" for a post nobody here is named to hold (left to the corpus)."""
    return "post" if key.startswith("title:") else name_of(extraction, key)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # an indefinite member or post ("one MP", "one minister") is nobody: no holder, no post to resolve later
        ("Court delays\n\nTory MP Tom Hale called for action on the backlog.\n\n"
         "One MP said: \"The waiting lists shame every one of us.\"", "The waiting lists", ""),
        ("Court delays\n\nPrisons Minister Ann Lee visited the jail on Monday.\n\n"
         "One minister said: \"We are building as fast as we can.\"", "We are building", ""),
        # the post was spoken of, unnamed, before the person of the sentence before was named: its holder still
        # (the one person in the post, known by it here)
        ("Rural crime\n\nThe Policing Minister has pledged £5m for rural patrols.\n\nGrain farmer Ann Lee said "
         "tractor thefts had trebled. She wants more patrols.\n\nThe minister said: \"We have heard the "
         "countryside loud and clear.\"", "We have heard", "Policing Minister"),
        # a person described by a noun that is no post ("a passer-by, X", "X, a taxi driver") holds no bare post after
        ("Canal rescue\n\nTwo officers pulled a boy from the canal after a call from a dog walker, Tom Hale."
         "\n\nTom Hale said he had heard shouting.\n\n\"They were heroes,\" the superintendent added.",
         "They were heroes", ""),
        ("Canal rescue\n\nTwo officers pulled a boy from the canal.\n\nTom Hale, a retired welder, said he had "
         "heard shouting.\n\n\"They were heroes,\" the superintendent added.", "They were heroes", ""),
        # direct speech by a bare post speaks as someone known already: not the next new name, nor the person
        # of the sentence before whom nothing here gives the post
        ("Bus fares\n\nFares rose again on Monday. It is the third rise in a year.\n\nTom Hale, 45, said he could no longer afford the fare.\n\nThe mayor said: \"Fares will "
         "be frozen next year.\"\n\nAnn Lee said the freeze came too late.", "Fares will be frozen", ""),
        ("Bus fares\n\nThe rise was announced on Monday. It is the third in a year.\n\nAnn Lee told the meeting that fares were too high."
         "\n\nThe mayor said: \"Fares will be frozen next year.\"", "Fares will be frozen", ""),
        # someone holding a post of another kind is not the minister
        ("Bus fares\n\nUnion boss Tom Hale attacked the rise. Tom Hale said drivers were angry.\n\n"
         "\"We have frozen fares twice,\" the minister said.", "We have frozen fares", ""),
        # a post introduced by reported speech is still the next new name's; a post the text gives is its holder's
        ("Bus fares\n\nThe mayor of Westport has said fares will be frozen.\n\nAnn Lee said the rise had been a "
         "mistake.\n\n\"We got it wrong,\" the mayor added.", "We got it wrong", "Ann Lee"),
        ("Bus fares\n\nMayor Ann Lee froze the fares.\n\nTom Hale said drivers were angry.\n\n"
         "\"We got it wrong,\" the mayor said.", "We got it wrong", "Ann Lee"),
        # a generic head ("the chief", "the police chief") is the one head of a police body the story names
        ("Budget gap\n\nChief Constable Ann Lee warned of a £9m gap. Tom Hale said victims would suffer.\n\n"
         "The chief said: \"Every team will be protected.\"", "Every team will be protected", "Ann Lee"),
        ("Budget gap\n\nChief Constable Ann Lee warned of a £9m gap. Tom Hale said victims would suffer.\n\n"
         "\"Every team will be protected,\" the police chief added.", "Every team will be protected", "Ann Lee"),
        # ... and nobody when the story names two, or only a deputy
        ("Budget gap\n\nChief Constable Ann Lee of Kent Police met Chief Constable Mary Jones of Essex Police on Monday. "
         "Tom Hale said victims would suffer.\n\nThe chief said: \"Every team will be protected.\"",
         "Every team will be protected", ""),
        ("Budget gap\n\nDeputy Chief Constable Ann Lee warned of a £9m gap. Tom Hale said victims would suffer."
         "\n\nThe chief said: \"Every team will be protected.\"", "Every team will be protected", ""),
        # a post named with its body ("the Home Office minister") is the one minister of that body the story names
        ("Budget gap\n\nPolicing Minister Ann Lee defended the Home Office settlement. Tom Hale said victims "
         "would suffer.\n\nThe Home Office minister said: \"Forces have more money than ever.\"",
         "Forces have more money", "Ann Lee"),
        # a post whose owner the text names in words no entity resolves is a holder's only when those words stand
        # beside the holder's post too
        ("Depot closure\n\nCouncil chairman Tom Hale backed the plan.\n\nThe union's chairman said: \"We will "
         "fight every job loss.\"", "We will fight", ""),
        ("Depot closure\n\nUnion chairman Tom Hale attacked the plan.\n\nAnn Lee said the depot was old.\n\n"
         "The union's chairman said: \"We will fight every job loss.\"", "We will fight", "Tom Hale"),
        ("Control rooms\n\nChief Constable Ann Lee of Essex Police backed the plan.\n\nKent's chief constable "
         "said: \"We will keep our own.\"", "We will keep our own", ""),
        # "the council leader": the one leader of a body whose name holds "council"; not another body's leader
        ("CCTV cuts\n\nNorthby Council's leader, Ann Lee, defended the cuts. Tom Hale said crime would rise.\n\n"
         "The council leader said: \"We have no choice.\"", "We have no choice", "Ann Lee"),
        ("CCTV cuts\n\nThe Green Party's leader, Ann Lee, attacked the cuts. Tom Hale said crime would rise.\n\n"
         "The council leader said: \"We have no choice.\"", "We have no choice", ""),
        # a head's post written with its body ("Commissioner of Police of the Metropolis") is a head's post too;
        # "chairman" and "chair" are one post
        ("Budget gap\n\nMetropolitan Police Commissioner Ann Lee backed the plan. Tom Hale said victims would "
         "suffer.\n\nThe boss of the force said: \"Every team will be protected.\"", "Every team will be protected",
         "Ann Lee"),
        ("Budget gap\n\nProfessor Ann Lee, chair of the Northby Police Panel, backed the plan. Tom Hale said victims "
         "would suffer.\n\nThe chairman of the panel said: \"Every team will be protected.\"",
         "Every team will be protected", "Ann Lee"),
        # a chair the text gives by a verb ("X, who chairs the panel") holds the post "the chair of the panel" names
        ("Response times\n\nProfessor Ann Lee, who chairs the Northby Police Panel, visited the station.\n\nThe "
         "chair of the panel said: \"Response times must fall.\"", "Response times must fall", "Ann Lee"),
        # a description the tagger ran into the next new name ("Headteacher Amy Ward") is someone else still
        ("Training college\n\nThe policing minister opened a college in Dunford on Friday.\n\nHeadteacher Amy "
         "Ward brought pupils to meet recruits.\n\n\"This college will train the officers of tomorrow,\" the "
         "minister said.", "This college will train", "Policing Minister"),
    ],
    ids=["one-mp", "one-minister", "post-unnamed-before-the-name", "described-by-apposition-before",
         "described-by-apposition-after", "direct-speech-not-the-next-name", "direct-speech-not-the-name-before",
         "post-of-another-kind", "reported-lead-names-its-holder-next", "the-one-holder",
         "chief-is-the-one-chief-constable", "police-chief-is-the-one-chief-constable", "chief-of-two",
         "chief-not-a-deputy", "minister-of-a-named-body", "owner-in-words-not-another-bodys-holder",
         "owner-in-words-beside-the-holder", "place-owner-not-another-forces-holder",
         "council-leader-of-the-council", "council-leader-not-a-partys", "head-post-with-its-body",
         "chairman-is-the-chair", "chair-by-a-verb",
         "description-run-into-the-next-name"],
)
def test_a_post_speaks_only_for_its_one_holder(extract_text, text, fragment, speaker):
    extraction = extract_text(text)
    assert speaker_name(extraction, quote_with(extraction, fragment).speaker) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker, holds",
    [
        # a post only one person holds at a time, whose holder the text never names: that person, known by it
        ("Border talks\n\nThe Taoiseach met union leaders on Monday.\n\nThe Taoiseach said: \"We will find a way "
         "through this together.\"", "We will find a way", "Taoiseach", "Taoiseach"),
        ("Border talks\n\n\"No force will lose a single officer,\" the Home Secretary told MPs on Tuesday.",
         "No force will lose", "Home Secretary", "Home Secretary"),
        # ... the holder when the text names one
        ("Border talks\n\nHome Secretary Jane Porter visited Leeds.\n\nThe Home Secretary said: \"No force will "
         "lose a single officer.\"", "No force will lose", "Jane Porter", "Home Secretary"),
        # a post every force or party has, or one in a body of many ("the DUP leader"), names nobody
        ("Border talks\n\nThe chief constable said: \"No station will close.\"", "No station will close", "", ""),
        ("Border talks\n\nThe DUP leader said: \"No station will close.\"", "No station will close", "", ""),
        ("Border talks\n\nA minister said: \"No station will close.\"", "No station will close", "", ""),
        # a seat many members hold names nobody alone
        ("Border talks\n\nThe MSP said: \"No station will close.\"", "No station will close", "", ""),
        # someone named holds a post in the post's body: perhaps this one, in other words; no second person
        ("Border talks\n\nPolicing Minister Ann Lee of the Home Office visited Leeds.\n\nThe Home Secretary said: "
         "\"No force will lose a single officer.\"", "No force will lose", "", ""),
        # ... or when the text names a politician with no post, who may be its holder
        ("Border talks\n\nPolice numbers have fallen for a decade. Forces say they cannot cope. Labour's Tom Hale "
         "criticised the plan on Monday. Officers marched in London.\n\n\"No force will lose a single officer,\" "
         "the Home Secretary told MPs on Tuesday.", "No force will lose", "", ""),
    ],
    ids=["one-holder-unnamed", "one-holder-inverted-cue", "holder-named", "post-of-every-force", "post-of-a-body",
         "indefinite-post", "a-seat", "someone-in-the-posts-body", "a-politician-with-no-post"],
)
def test_a_speaker_known_only_by_a_one_holder_post_is_a_person(extract_text, text, fragment, speaker, holds):
    extraction = extract_text(text)
    key = quote_with(extraction, fragment).speaker
    assert name_of(extraction, key) == speaker
    person = [e for e in extraction.entities if e.key == key]
    assert [e.types for e in person] == ([("Politician",)] if speaker else [])
    assert sorted(r.title for r in extraction.roles if r.person == key) == ([holds] if holds else [])


@pytest.mark.parametrize("text, fragment, body", [
    ("Kent Police was criticised on Monday.\n\n“The force has let victims down,” said Jane Roe.",
     "The force has let victims down,", "Kent Police"),
    ("The Home Affairs Committee met on Monday.\n\n“The committee was kept in the dark,” said Jane Roe.",
     "The committee was kept in the dark,", "Home Affairs Committee"),
], ids=["the-force", "the-committee"])
def test_a_quote_speaks_of_the_body_it_describes(extract_text, text, fragment, body):
    """"The force has let victims down": the quote is about the force named before, as the reporter's words would be."""
    ex = extract_text(HEADLINE + text)
    quote = quote_with(ex, fragment)
    assert body in {name_of(ex, key) for key in quote.mentions}


@pytest.mark.parametrize("text, speaker", [
    # "the inquiry's chairman", "the head of the review": the one person the article says chaired or led it
    ("Sir John Barr, who chaired the inquiry, published his findings on Monday.\n\nThe inquiry's chairman said: "
     "“Victims were failed at every turn.”", "John Barr"),
    ("The review, led by Ann Lee, was published on Monday.\n\nThe head of the review said: “Victims were failed "
     "at every turn.”", "Ann Lee"),
    ("The Ann Lee inquiry reported on Monday.\n\nThe inquiry's chairwoman said: “Victims were failed at every "
     "turn.”", "Ann Lee"),
    # two people each chaired one: neither is meant
    ("Sir John Barr chaired one inquiry in 2019. Ann Lee chaired another inquiry in 2021.\n\nThe inquiry's "
     "chairman said: “Victims were failed at every turn.”", None),
    # the head described as heading it, and named nowhere: nobody (and no endless search round the loop)
    ("The inquiry's chairman, who chaired the inquiry for a year, said: “Victims were failed at every turn.”", None),
    ("The review's head led the review. The review's head said: “Victims were failed at every turn.”", None),
])
def test_the_head_of_a_written_work_speaks_for_it(extract_text, text, speaker):
    ex = extract_text(HEADLINE + text)
    said = quote_with(ex, "Victims were failed").speaker
    people = {e.key: e.name for e in ex.entities if e.kind == "person" and not e.key.startswith("title:")}
    if speaker is None:
        assert said not in people
    else:
        assert people.get(said) == speaker
