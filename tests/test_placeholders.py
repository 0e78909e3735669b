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
