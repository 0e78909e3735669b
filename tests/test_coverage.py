"""Every word of a letter is read as prose, or set aside as a named letter part (issue 12).

The three traps that used to hide prose (a bezwaar paragraph after the closing, a bijlage
after the signature, a paragraph that starts with "Aan de hand van"), with negative examples
(a real salutation, closing and three-line signature stay letter parts), the coverage in
JSON and text, the honest verdict, and a property test over generated letters.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duidelijk.readers import text_document

HARD = ("Indien u zich niet kunt verenigen met dit besluit, kunt u binnen zes weken na de "
        "dagtekening van deze brief een gemotiveerd bezwaarschrift indienen bij het college van "
        "burgemeester en wethouders, waarbij het bezwaarschrift dient te zijn ondertekend.")

HEAD = """Gemeente Hofstede
Team Parkeren
Postbus 120
7500 AC Hofstede

De heer J. Jansen
Dorpsstraat 4
7511 AB Hofstede

Hofstede, 12 maart 2026
Ons kenmerk: PARK/2026/88
Onderwerp: uw parkeervergunning

Geachte heer Jansen,

Wij hebben uw aanvraag ontvangen. U krijgt binnen twee weken bericht van ons.
"""

CLOSING = """Met vriendelijke groet,

Anna de Boer
Teamleider Parkeren
Gemeente Hofstede
"""


def parts(text):
    doc = text_document(text)
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def kind_of(text, needle):
    """The kind of the block that holds ``needle``."""
    doc = text_document(text)
    at = doc.text.index(needle)
    return doc.block_at(at).kind


def findings_in(report, needle):
    source = report.document.source_text
    start = source.index(needle)
    end = start + len(needle)
    return [f for f in report.findings if start <= f.start < end]


# --- the three traps ------------------------------------------------------------------------

def test_bezwaar_after_the_closing_is_prose(check):
    letter = HEAD + "\n" + CLOSING + "\n" + HARD + "\n"
    assert kind_of(letter, HARD[:40]) == "paragraph"
    report = check(letter)
    assert findings_in(report, HARD)
    assert report.verdict["b1"] is not True
    kinds = [p["kind"] for p in report.coverage["parts"]]
    assert kinds[-2:] == ["closing", "signature"]


def test_bijlage_after_the_signature_is_prose(check):
    letter = HEAD + "\n" + CLOSING + "\nBijlage\n" + HARD + "\n"
    got = parts(letter)
    assert ("heading", "Bijlage") in got
    assert ("paragraph", HARD) in got
    assert ("signature", "Anna de Boer\nTeamleider Parkeren\nGemeente Hofstede") in got
    report = check(letter)
    assert findings_in(report, HARD)
    assert report.verdict["b1"] is not True


def test_bijlage_as_its_own_block_after_the_signature(check):
    letter = HEAD + "\n" + CLOSING + "\nBijlage 1\n\n" + HARD + "\n"
    got = parts(letter)
    assert ("heading", "Bijlage 1") in got and ("paragraph", HARD) in got


def test_aan_de_hand_van_is_prose_not_a_salutation(check):
    sentence = "Aan de hand van de door u verstrekte gegevens is door ons besloten."
    assert parts(sentence) == [("paragraph", sentence)]
    alone = check(sentence)
    in_letter = check(HEAD + "\n" + sentence + "\n\n" + CLOSING)
    assert len(alone.findings) >= 3
    assert len(findings_in(in_letter, sentence)) == len(alone.findings)
    assert alone.verdict["b1"] is False


@pytest.mark.parametrize("line", [
    "Dag en nacht staan onze medewerkers voor u klaar, ook in het weekend.",
    "Beste wensen voor het nieuwe jaar worden door het college aan alle inwoners gestuurd.",
    "Hallo zeggen is niet genoeg als u een aanvraag doet.",
])
def test_greeting_words_at_the_start_of_prose(line):
    assert parts(line) == [("paragraph", line)]


# --- negative examples: real parts stay parts ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Geachte heer Jansen,", "Geachte mevrouw De Vries,", "Geachte heer/mevrouw,", "Beste Jan,",
    "Beste bewoner,", "Hallo XXX,", "Dag Fatima,", "Geachte heer, mevrouw,", "Beste inwoners van Hofstede,",
])
def test_real_salutations(line):
    got = parts(line + "\n\nWij hebben uw brief ontvangen.")
    assert got[0] == ("salutation", line)
    assert got[1] == ("paragraph", "Wij hebben uw brief ontvangen.")


def test_salutation_and_text_on_one_line():
    got = parts("Geachte mevrouw Smit, u kunt het formulier online invullen.")
    assert got == [("salutation", "Geachte mevrouw Smit,"), ("paragraph", "u kunt het formulier online invullen.")]


def test_real_closing_and_three_line_signature(check):
    letter = HEAD + "\n" + CLOSING
    got = parts(letter)
    assert ("closing", "Met vriendelijke groet,") in got
    assert ("signature", "Anna de Boer\nTeamleider Parkeren\nGemeente Hofstede") in got
    report = check(letter)
    kinds = [p["kind"] for p in report.coverage["parts"]]
    assert kinds == ["letterhead", "address", "date", "reference", "subject", "salutation", "closing", "signature"]
    signature = report.coverage["parts"][-1]
    assert signature["words"] == 7
    assert report.document.source_text[signature["start"]:signature["end"]].startswith("Anna de Boer")


def test_signature_with_namens_line():
    letter = HEAD + "\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders van Hofstede,\n\nJ.H. Kuipers\nConsulent Wmo\n"
    got = parts(letter)
    assert [k for k, _ in got[-3:]] == ["closing", "signature", "signature"]


def test_signature_is_at_most_a_few_lines():
    names = "\n".join(f"Medewerker nummer {i}" for i in range(10))
    got = parts(HEAD + "\nMet vriendelijke groet,\n" + names + "\n")
    signature = [t for k, t in got if k == "signature"]
    assert len("\n".join(signature).split("\n")) <= 6
    assert any(k in {"paragraph", "heading"} for k, _ in got[-3:])


def test_a_second_letter_after_the_signature_is_read(check):
    """The cause of "267 woorden" for a file of many copies: all after the first closing was
    signature. Now every copy is read."""
    letter = HEAD + "\n" + HARD + "\n\n" + CLOSING
    one = check(letter)
    three = check("\n\n".join([letter] * 3))
    assert three.metrics["words"] == 3 * one.metrics["words"]
    assert three.coverage["set_aside_words"] == 3 * one.coverage["set_aside_words"]
    assert len(findings_in(three, HARD)) == len(findings_in(one, HARD))
    assert len(three.findings) >= 3 * len([f for f in one.findings if f.code != "DD116"])


# --- coverage in the output and an honest verdict --------------------------------------------

def test_coverage_adds_up(check):
    report = check(HEAD + "\n" + HARD + "\n\n" + CLOSING)
    cover = report.coverage
    assert cover["prose_words"] == report.metrics["words"]
    assert cover["set_aside_words"] == sum(p["words"] for p in cover["parts"])
    total = cover["prose_words"] + cover["set_aside_words"]
    assert cover["set_aside_share"] == round(cover["set_aside_words"] / total, 3)
    for part in cover["parts"]:
        assert set(part) == {"kind", "label", "start", "end", "line", "words"}
        assert part["end"] > part["start"] and part["label"]


def test_dd116_counts_the_same_words_as_the_summary(check):
    body = "\n\n".join(["Wij hebben uw aanvraag voor een parkeervergunning goed ontvangen en bekeken. "
                        "U krijgt de vergunning voor de straat waar u woont."] * 12)
    report = check(HEAD + "\n" + body + "\n\n" + CLOSING, select="DD116")
    [finding] = report.findings
    assert f"heeft {report.metrics['words']} woorden" in finding.message


def test_no_prose_means_no_verdict(check):
    report = check(HEAD.split("\n\nGeachte")[0] + "\n\nGeachte heer Jansen,\n\n" + CLOSING)
    assert report.metrics["words"] == 0
    assert report.verdict["b1"] is None
    assert report.verdict["text"].startswith("Er is geen lopende tekst gevonden")


def test_large_share_set_aside_is_said(check):
    report = check(HEAD + "\n" + CLOSING)
    assert report.coverage["set_aside_share"] > 0.4
    assert "procent van de woorden is geen lopende tekst" in report.verdict["note"]
    small = check(HEAD + "\n" + "\n\n".join([HARD] * 3) + "\n\n" + CLOSING)
    assert small.verdict["note"] is None


def test_coverage_in_json_and_text(check):
    from duidelijk.formatters import json_format, text

    report = check(HEAD + "\n" + CLOSING)
    data = json.loads(json_format.render([report]))["files"][0]
    assert data["coverage"]["prose_words"] == data["metrics"]["words"]
    assert [p["kind"] for p in data["coverage"]["parts"]][-2:] == ["closing", "signature"]
    out = text.render([report])
    line = next(l for l in out.splitlines() if "Niet gelezen als lopende tekst" in l)
    assert f"{report.coverage['set_aside_words']} woorden" in line and "naam onder de brief" in line
    assert report.verdict["note"] in out
    plain = check("Wij hebben uw brief ontvangen.")
    assert "Niet gelezen" not in text.render([plain])


def test_coverage_kept_in_the_cache(check):
    from duidelijk.cache import report_from_data, report_to_data

    report = check(HEAD + "\n" + CLOSING)
    assert report_from_data(report_to_data(report)).coverage == report.coverage


# --- property: a sentence placed anywhere is read, unless it sits in a reported part ---------

WORDS = st.sampled_from("aanvraag brief gemeente vergunning huis straat formulier school bijdrage week".split())
VERBS = st.sampled_from(["ontvangt", "krijgt", "betaalt", "stuurt", "leest", "bekijkt"])


TAILS = st.sampled_from(["", " op 12 maart 2026", " via Postbus 120", " in 7500 AC Hofstede", " van de heer Jansen"])
HEADS = st.sampled_from(["", "Aan de hand van de brief ", "Dag en nacht ", "Met vriendelijke groet ", "Beste wensen: "])


@st.composite
def sentences(draw):
    """A prose sentence of 8 or more words with a finite verb; sometimes with words that look
    like a letter part (a greeting word, a date, a postcode), sometimes hard-wrapped."""
    subject = draw(st.sampled_from(["U", "De gemeente", "Uw buurman", "Het team"]))
    verb = draw(VERBS)
    rest = draw(st.lists(WORDS, min_size=6, max_size=14))
    head = draw(HEADS)
    words = f"{head}{subject if not head else subject.lower()} {verb} de {' '.join(rest)}{draw(TAILS)}.".split()
    wrap = draw(st.integers(min_value=0, max_value=len(words) - 1))
    if wrap >= 4:  # a hard line break inside the sentence, as in a wrapped text file
        return " ".join(words[:wrap]) + "\n" + " ".join(words[wrap:])
    return " ".join(words)


PIECES = [
    "Gemeente Hofstede\nTeam Parkeren\nPostbus 120\n7500 AC Hofstede",
    "De heer J. Jansen\nDorpsstraat 4\n7511 AB Hofstede",
    "Hofstede, 12 maart 2026",
    "Ons kenmerk: PARK/2026/88\nOnderwerp: uw parkeervergunning",
    "Geachte heer Jansen,",
    "Wij hebben uw aanvraag ontvangen. U krijgt snel bericht.",
    "Wat moet u doen?",
    "Met vriendelijke groet,",
    "Anna de Boer\nTeamleider Parkeren",
    "Bijlage",
    "PS Neem uw pas mee.",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=9), sentence=sentences(),
       at=st.integers(min_value=0, max_value=9), glue=st.sampled_from(["\n\n", "\n"]))
def test_a_sentence_anywhere_is_prose_or_in_a_reported_part(pieces, sentence, at, glue):
    at = min(at, len(pieces))
    text = "\n\n".join(pieces[:at])
    text += (glue if text else "") + sentence
    rest = "\n\n".join(pieces[at:])
    text += ("\n\n" + rest) if rest else ""
    doc = text_document(text)
    start = doc.text.index(sentence)
    end = start + len(sentence)
    holders = [b for b in doc.blocks if b.start < end and start < b.end]
    assert holders, "the sentence is in no block"
    # a letter part may only hold the sentence if it is a part that is reported
    from duidelijk.structure import PART_LABELS

    for block in holders:
        assert block.is_prose or block.kind in PART_LABELS
    # and in fact a sentence of eight words or more with a finite verb is never set aside
    assert all(b.is_prose for b in holders), [(b.kind, doc.text[b.start:b.end]) for b in holders]


def test_a_text_too_long_for_the_model_is_refused_with_a_message(monkeypatch, tmp_path):
    """The whole text is checked, or the limit is said (never a silent cut, never a crash)."""
    import duidelijk.readers as readers
    from click.testing import CliRunner

    from duidelijk.cli import cli

    monkeypatch.setattr(readers, "MAX_CHARS", 2000)
    long_file = tmp_path / "lang.txt"
    long_file.write_text((HEAD + "\n" + CLOSING + "\n") * 10, encoding="utf-8")
    short_file = tmp_path / "kort.txt"
    short_file.write_text(HEAD + "\n" + CLOSING, encoding="utf-8")
    with pytest.raises(readers.ReadError) as err:
        readers.read_path(long_file)
    assert err.value.code == "too-long" and "hoogstens 2.000 tekens" in err.value.message
    result = CliRunner().invoke(cli, ["check", str(long_file), str(short_file)])
    assert "De tekst is te lang" in result.output
    assert "kort.txt: Deze tekst" in result.output or "kort.txt: De lopende tekst" in result.output
    assert result.exit_code == 2
