"""Template placeholders: masked as one word, control blocks removed, offsets kept."""

from __future__ import annotations

import pytest

from duidelijk import placeholders
from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.readers import text_document

CASES = [
    ("Beste {{ naam }}, welkom.", "Beste XXX, welkom.", "{{ naam }}"),
    ("Beste {{ naam|title }}, welkom.", "Beste XXX, welkom.", "{{ naam|title }}"),
    ("Hallo ${zaak.title} hier.", "Hallo XXX hier.", "${zaak.title}"),
    ("Op ${defaultDateFormat(\n  step.date\n)} klaar.", "Op XXX klaar.", "${defaultDateFormat(\n  step.date\n)}"),
    ("Zie ${url ? `<a href=\"${url}\">hier</a>` : ''} nu.", "Zie XXX nu.", None),
    ("U betaalt %(price)s euro.", "U betaalt XXX euro.", "%(price)s"),
    ("Document %{document_type} is klaar.", "Document XXX is klaar.", "%{document_type}"),
    ("Zaak {ZAAKNUMMER} is open.", "Zaak XXX is open.", "{ZAAKNUMMER}"),
    ("Vraag: {Vul adviesvraag in}.", "Vraag: XXX.", "{Vul adviesvraag in}"),
    ("U heeft {n, plural, one {# dag} other {# dagen}} nodig.", "U heeft XXX nodig.", None),
    ("Het fonds :fund_name helpt.", "Het fonds XXX helpt.", ":fund_name"),
    ("Beste [NAAM], op [vul datum in] dus.", "Beste XXX, op XXX dus.", "[NAAM]"),
    ("Beste «Voornaam», welkom.", "Beste XXX, welkom.", "«Voornaam»"),
    ("Beste <<voornaam>>, welkom.", "Beste XXX, welkom.", "<<voornaam>>"),
    ("Ja{% if x %} graag{% endif %}.", "Ja graag.", None),
    ("Ja {# opmerking #}nee.", "Ja nee.", None),
    ("{{#each items}}Punt {{this}}{{/each}}", "Punt XXX", None),
    ("Beste %(tt_openvariable)s naam %(tt_closevariable)s, %(tt_openblock)s if x %(tt_closeblock)s ja",
     "Beste XXX,  ja", None),
]


@pytest.mark.parametrize("source, masked, first", CASES)
def test_mask(source, masked, first):
    text, segments, spans = placeholders.mask(source, PLACEHOLDER_SYNTAXES)
    assert text == masked
    doc = text_document(source)
    if first:
        a, b = doc.placeholders[0]
        s, e = doc.source_span(a, b)
        assert doc.source_text[s:e] == first


def test_syntax_can_be_switched_off():
    text, _, _ = placeholders.mask("Het fonds :fund_name helpt.", [s for s in PLACEHOLDER_SYNTAXES if s != "laravel"])
    assert text == "Het fonds :fund_name helpt."


def test_times_and_urls_are_not_laravel_placeholders():
    text, _, _ = placeholders.mask("Om 10:30 uur, zie https://x.nl/a:b", PLACEHOLDER_SYNTAXES)
    assert "XXX" not in text


def test_markdown_link_is_not_a_placeholder():
    text, _, _ = placeholders.mask("Klik [hier](https://x.nl).", PLACEHOLDER_SYNTAXES)
    assert text == "Klik [hier](https://x.nl)."


def test_placeholder_is_never_a_difficult_or_long_word(check):
    report = check("Beste {{ ontvangerVolledigeNaamMetTitulatuur }}, wij hebben ${aanvraagOmschrijvingLang} ontvangen.")
    for f in report.findings:
        if f.code in {"DD104", "DD105"}:
            assert "{" not in f.text and "$" not in f.text


def test_every_syntax_starts_with_a_listed_character():
    """The combined pattern first looks for one of ``STARTS`` (placeholders._compile): a syntax
    whose match could start with another character would never be found."""
    import re

    for name, patterns in placeholders.SYNTAXES.items():
        for pattern, _ in patterns:
            body = re.sub(r"^\(\?<!\[[^\]]*\]\)", "", pattern)  # a look-behind consumes nothing
            first = body[1] if body.startswith("\\") else body[0]
            assert first in placeholders.STARTS, (name, pattern)
    # and the check above can fail: a pattern that starts with a letter is caught
    assert "v" not in placeholders.STARTS


def test_the_start_characters_change_no_match():
    """The same spans as the alternatives on their own, placeholders or not."""
    import re

    text = ("Beste {{ naam }}, {% if x %}uw{% endif %} [NAAM] «Voornaam» <<adres>> ${bedrag} %(n)s %s "
            "%{jaar} {Vul datum in} :fund_name om 10:30 uur. {aantal, plural, one {# brief}} [hier](x)")
    pattern = placeholders._compile(tuple(PLACEHOLDER_SYNTAXES))
    plain = re.compile(pattern.pattern.split("(?:", 1)[1][:-1], re.DOTALL)
    ours = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
    assert ours == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(ours) >= 12


def _by_definition(marks, idx, texts):
    """``Document.is_placeholder`` asked of every token, as ``placeholder_tokens`` did."""
    import bisect

    starts = [a for a, _ in marks]
    out = []
    for i, at in enumerate(idx):
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and marks[k][0] <= at and at + len(texts[i]) <= marks[k][1]:
            out.append(i)
    return out


def test_placeholder_tokens_by_bisection_equal_the_test_per_token():
    """``metrics_report._tokens_inside`` finds the tokens of each mark by bisection: the same
    tokens as the test per token, also for marks that touch, overlap or start together."""
    import random

    from duidelijk.metrics_report import _tokens_inside

    rng = random.Random(14)
    shown = 0
    for _ in range(400):
        texts = [rng.choice(["a", "XXX", "bb", " ", ",", "XXXXXX"]) for _ in range(rng.randint(0, 30))]
        idx, at = [], 0
        for t in texts:
            idx.append(at)
            at += len(t) + rng.choice([0, 0, 1])
        marks = sorted((a, a + rng.randint(0, 9)) for a in (rng.randint(0, at + 2) for _ in range(rng.randint(0, 5))))
        found = _tokens_inside(marks, idx, texts)
        assert found == _by_definition(marks, idx, texts)
        shown += bool(found)
    assert 50 < shown < 400  # both: marks with tokens inside and marks without


def test_placeholder_tokens_of_a_text(nlp):
    from duidelijk.config import Config
    from duidelijk.metrics import token_table
    from duidelijk.metrics_report import placeholder_tokens
    from duidelijk.rules.base import Context

    document = text_document("Beste [NAAM], op [vul datum in][tijd] of {{ x }}{{ y }} komt :fund_name langs.")
    ctx = Context(doc=nlp(document.text), document=document, config=Config())
    table = token_table(ctx.doc)
    found = placeholder_tokens(ctx)
    assert sorted(found) == _by_definition(document.placeholders, table.idx, table.texts)
    assert [ctx.doc[i].text for i in sorted(found)] == ["XXX", "XXX"]  # marks side by side make one token, which is no mark
    assert all(ctx.is_placeholder(t) == (t.i in found) for t in ctx.doc)


CODE_CASES = [
    # a field name written as code is a placeholder
    ("Op (*DatumIncompleetbrief* of *DatumVraagbrief*) heb ik u geschreven.", "Op (XXX of XXX) heb ik u geschreven."),
    ("Vul aan vóór *DatumVraagbrief+14* dagen.", "Vul aan vóór XXX dagen."),
    ("Stuur het uiterlijk DocumentDatum+14dagen. Dank u.", "Stuur het uiterlijk XXX. Dank u."),
    ("download_letter_today: \"Download het bestand\"", "XXX: \"Download het bestand\""),
    ("De stap statusStep is klaar. Is aanvraagUrl goed?", "De stap XXX is klaar. Is XXX goed?"),
    # a name the reader sees stays a word, and so do addresses, links and words
    ("Log in met DigiD, eHerkenning of MijnOverheid.", "Log in met DigiD, eHerkenning of MijnOverheid."),
    ("Mail jan_de_vries@voorbeeld.nl of kijk op voorbeeld.nl/mijn_pagina.", None),
    ("Zie https://voorbeeld.nl/a?id=abc_def&b=c_d of bestand Bijlage_1.pdf.", None),
    ("Uw BurgerServiceNummer staat op de brief.", None),
    ("Een _nadruk_ en een *nadruk* en 3+14 dagen.", None),
]


@pytest.mark.parametrize("source, masked", CODE_CASES)
def test_code_field_names_are_placeholders(source, masked):
    text, _, _ = placeholders.mask(source, PLACEHOLDER_SYNTAXES)
    assert text == (masked or source)


def test_code_inside_another_placeholder_is_that_placeholder():
    text, _, spans = placeholders.mask("Beste {{ ontvanger_naam }} en ${aanvraagUrl}.", PLACEHOLDER_SYNTAXES)
    assert text == "Beste XXX en XXX." and len(spans) == 2


def test_code_syntax_can_be_switched_off():
    source = "Vul aan vóór *DatumVraagbrief+14* dagen."
    text, _, _ = placeholders.mask(source, [s for s in PLACEHOLDER_SYNTAXES if s != "code"])
    assert text == source
    text, _, _ = placeholders.mask(source, ["code"])  # also on its own
    assert text == "Vul aan vóór XXX dagen."


def test_code_field_points_back_to_the_source():
    source = "Uiterlijk *DocumentDatum+14dagen* graag."
    doc = text_document(source)
    (a, b), = doc.placeholders
    s, e = doc.source_span(a, b)
    assert doc.source_text[s:e] == "*DocumentDatum+14dagen*"


def test_code_field_is_no_word_finding(check):
    report = check("Ik heb u op DatumIncompleetbrief+14 gevraagd uw aanvraag aan te vullen met "
                   "uitkeringsspecificaties_overzicht_maand.")
    assert not [f for f in report.findings if f.code in {"DD103", "DD104", "DD105"}]
    report = check("Ik heb u gevraagd uw aanvraag aan te vullen met uitkeringsspecificaties.")
    # the word itself gets its word finding (DD103 since miss20 lists it: 'overzicht van uw uitkering')
    assert [f.text for f in report.findings if f.code in {"DD103", "DD105"}] == ["uitkeringsspecificaties"]


def test_a_left_out_space_is_no_code():
    source = "Daarom willen we rekening houden met uw situatieU kunt het vragen."
    assert placeholders.mask(source, PLACEHOLDER_SYNTAXES)[0] == source


NAME_CASES = [
    # a name or words of Dutch text written with a capital inside are no field (review 15)
    "Log in met mijnOverheid om uw brief te lezen.",
    "Bel de heer deVries als u vragen hebt.",
    "Het is een project in het programma vanHarte.",
    "Uw bloeddruk was 150/95 mmHg bij de meting.",
    "Het project heet jouwZaak.",
    # a name between asterisks is emphasis of plain text
    "Log in op *MijnOverheid* en kies Berichtenbox.",
    "Gebruik *eHerkenning* als u namens een bedrijf handelt.",
    "Uw *BurgerServiceNummer* staat op uw paspoort.",
    # a left-out space before a small word that starts a sentence
    "Wij hebben uw aanvraag ontvangenWij nemen binnen acht weken een besluit.",
    "De afdeling heeft het zorgvuldig beoordeeldWij sturen u een brief.",
]


@pytest.mark.parametrize("source", NAME_CASES)
def test_dutch_names_and_words_are_no_code(source):
    assert placeholders.mask(source, PLACEHOLDER_SYNTAXES)[0] == source


@pytest.mark.parametrize("source, masked", [
    # fields stay fields after the names above (the other way)
    ("Zie documentType, defaultDateFormat en productName.", "Zie XXX, XXX en XXX."),
    ("Vul *DatumVraagbrief* in of *DocumentDatum+14dagen*.", "Vul XXX in of XXX."),
])
def test_fields_stay_code_beside_dutch_names(source, masked):
    assert placeholders.mask(source, PLACEHOLDER_SYNTAXES)[0] == masked


def test_a_code_field_is_reported_in_the_coverage(check):
    from duidelijk.metrics_report import coverage_line

    report = check("De stap statusStep is klaar. Log in met mijnOverheid. Vul {{ naam }} in bij form_name.")
    fields = report.coverage["fields"]
    assert [f["text"] for f in fields] == ["statusStep", "form_name"]  # not the marked {{ naam }}
    assert all(f["line"] == 1 for f in fields)
    assert coverage_line(report.coverage) == "Gelezen als veld in plaats van als woord: 'statusStep' en 'form_name'."
    report = check("Log in met mijnOverheid en vul {{ naam }} in.")
    assert report.coverage["fields"] == [] and coverage_line(report.coverage) is None


def test_many_code_fields_are_listed_in_short():
    from duidelijk.metrics_report import coverage_line

    cover = {"parts": [], "set_aside_words": 0, "fields": [{"text": f"veld_{n}"} for n in range(7)]}
    assert coverage_line(cover) == ("Gelezen als veld in plaats van als woord: 'veld_0', 'veld_1', 'veld_2', "
                                    "'veld_3', 'veld_4' en 2 andere.")


def test_code_fields_in_the_text_and_json_output(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text("De stap statusStep is klaar. Log in met mijnOverheid en lees de brief.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "duidelijk", "check", "--format", "json", str(path)],
                         capture_output=True, text=True).stdout
    (file,) = json.loads(out)["files"]
    assert [f["text"] for f in file["coverage"]["fields"]] == ["statusStep"]
    out = subprocess.run([sys.executable, "-m", "duidelijk", "check", str(path)], capture_output=True, text=True).stdout
    assert "Gelezen als veld in plaats van als woord: 'statusStep'." in out


def test_only_a_code_key_before_a_colon_makes_a_settings_line(check):
    """A key written as code before a colon ("form_name: ...") is a line of a settings file,
    each line a message of its own; a marked placeholder before a colon ("[NAAM]: ...",
    "{{ datum }}: ...") starts a line of a template, prose like any other (review 15, 12)."""
    long = " ".join(["Wij sturen u deze brief omdat u een aanvraag hebt gedaan."] * 14)

    def dd115(text):
        return [f.message for f in check(text).findings if f.code == "DD115"]

    # one long sentence per line: each line a paragraph of its own (fix43a: a line break the
    # writer typed, no wrap at a width), template lines and settings lines alike
    sentence = ", ".join(["wij sturen u deze brief omdat u een aanvraag hebt gedaan"] * 14).capitalize() + "."
    assert dd115(f"[NAAM]: {sentence}\n{{{{ datum }}}}: {sentence}\n") == [
        "Deze alinea is lang (155 woorden). Maak er twee of meer korte alinea's van."] * 2
    assert dd115(f"form_name: {sentence}\nform_date: {sentence}\n") == [
        "Deze alinea is lang (155 woorden). Maak er twee of meer korte alinea's van."] * 2
    # many sentences on each line: each line a paragraph (fix43a; fix23c read one of 310 words)
    assert dd115(f"[NAAM]: {long}\n{{{{ datum }}}}: {long}\n") == [
        "Deze alinea is lang (155 woorden). Maak er twee of meer korte alinea's van."] * 2
    # short lines at a wrap's width: template lines join as wrapped prose, settings lines do not
    short = "Wij sturen u deze brief omdat u bij ons een aanvraag hebt gedaan voor een pas."
    template = "\n".join([f"[NAAM]: {short}"] * 10)
    settings = "\n".join(f"form_name_{n}: {short}" for n in range(10))
    assert len(dd115(template)) == 1 and dd115(settings) == []
    assert dd115(f"form_name: {long}\nform_date: {long}\n") == [
        "Deze alinea is lang (155 woorden). Maak er twee of meer korte alinea's van."] * 2
