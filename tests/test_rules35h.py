"""DD120 tikfout (thirty-fifth session, rules35h): typing slips a careful editor always fixes: a
function word typed twice, a full stop with no space before the next sentence, a function word
glued to a word with a capital. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return [(f.text, f.suggestions[0]) for f in codes(check(text, select=["DD120"]), "DD120")]


@pytest.mark.parametrize("text, span, suggestion", [
    # a function word twice, also across a line break and in other case
    ("Wij hebben de de aanvraag van uw dochter ontvangen.", "de de", "de"),
    ("U kunt het formulier ophalen bij het loket van\nvan de bibliotheek.", "van\nvan", "van"),
    ("Wij vragen u om uw Uw paspoort mee te nemen.", "uw Uw", "uw"),
    ("Het is belangrijk om op tijd te te betalen.", "te te", "te"),
    # a full stop or question mark with no space before the next sentence
    ("De monteur komt op dinsdag.Hij belt eerst aan.", "dinsdag.Hij", "dinsdag. Hij"),
    ("Wij kunnen uw melding niet verwerken.U hoort nog van ons.", "verwerken.U", "verwerken. U"),
    ("Heeft u vragen?Bel dan het wijkteam.", "vragen?Bel", "vragen? Bel"),
    ("U krijgt een e-mail van ons.Daarin staat de datum.", "ons.Daarin", "ons. Daarin"),
    ("Wij sturen u een AOW-uitkering.Die krijgt u elke maand.", "uitkering.Die", "uitkering. Die"),
    # a function word glued to a word with a capital
    ("Dit staat in de brief vanMaandag over uw huurtoeslag.", "vanMaandag", "van Maandag"),
    ("U kunt uw afspraak opZaterdag niet verzetten.", "opZaterdag", "op Zaterdag"),
])
def test_found(check, text, span, suggestion):
    assert found(check, text) == [(span, suggestion)]


@pytest.mark.parametrize("text", [
    # Dutch writes these twice in good sentences
    "Ik denk dat dat voor uw buurman ook geldt.",
    "Is het het goede adres voor de aanvraag?",
    "Wij vragen u u binnen twee weken bij ons te melden.",
    "Vul het formulier in in het portaal van de gemeente.",
    "Stap uit uit de bus bij de halte voor het stadhuis.",
    "Wat het probleem is is nog niet duidelijk.",
    # a dot in an address, a domain, an e-mail address, an abbreviation, a number, a file name
    "Kijk op www.gemeente.nl/Afval voor de data.",
    "Meer staat op Overheid.nl en op rijksoverheid.nl.",
    "Mail naar info@wijkteam.Nl als u vragen heeft.",
    "U krijgt o.a.De uitslag van het onderzoek per post.",
    "Neem bijv.Uw paspoort mee.",
    "Het bedrag is 12.Vijftig euro is te veel.",
    "Open het bestand brief.Docx in uw map.",
    # names written so on purpose, and a glued word that is a word itself
    "Log in op MijnLoket met uw DigiD of met eHerkenning.",
    "De iVRI bij het kruispunt regelt het verkeer.",
    "Stuur uw opGave voor 1 mei naar ons.",
])
def test_not_found(check, text):
    assert found(check, text) == []


def test_placeholder_not_a_slip(check):
    """A template field between two equal words is no slip."""
    assert found(check, "Beste {naam}, wij sturen u de {{ de }} brief.") == []


@pytest.mark.parametrize("text, span", [
    ("Wij sturen u (de de brief) nu.", "de de"),
    ('Zie "de de brief" onderaan.', "de de"),
    ("Betaal het bedrag, en en stuur de bon mee.", "en en"),
])
def test_a_word_twice_beside_a_mark_is_found(check, text, span):
    # finalF: the quick test split on spaces only, so "(de" and "de" differed and the pattern,
    # which takes these, never ran
    assert [s for s, _ in found(check, text)] == [span]


@pytest.mark.parametrize("text", [
    # rev35h: "via via" is one Dutch expression (by way of others), no slip
    "Wij hoorden via via dat de speeltuin dicht gaat.",
    # rev35h: "van alles" is one group (all kinds of things); a preposition may go before it
    "Veel bewoners hebben last van van alles in de straat.",
    # rev35h: "een op een" (one to one) written without hyphens after the article 'een'
    "Wij nodigen u uit voor een een op een gesprek met de coach.",
    # rev35h: a word with a capital after the same small word starts a name ("Van Dijk", "De Lijn")
    "U krijgt de uitslag van Van Dijk, onze wijkagent.",
    "Het advies van Van der Linden staat in de bijlage.",
    "U kunt met de De Lijn-bus of de De Lijn tram komen.",
    # rev35h: the two words between quotes are a word named, not a word used
    'In goed Nederlands staat nooit "de de" na elkaar.',
    "Het woord “van van” is een tikfout.",
    # rev35h: the first word is the end of an address or a path, the second the start of one
    "Ga naar gemeente.nl/van van de pagina met de regels.",
    "Mail naar info@de de Wijkteams voor vragen.",
    "Schrijf naar de de@gemeente.nl voor een afspraak.",
])
def test_not_a_slip_rev35h(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # rev35h: still slips: the same word with a capital but no name after it; one quote mark only
    ("Wij sturen u uw Uw paspoort terug.", "uw Uw"),
    ("Het gaat om de De gemeente van Delft.", "de De"),
    ('Zie "de de brief" onderaan.', "de de"),
    ("Ik heb last van van de buren.", "van van"),
    ("Er ligt een een brief op de mat.", "een een"),
])
def test_still_a_slip_rev35h(check, text, span):
    assert [s for s, _ in found(check, text)] == [span]


@pytest.mark.parametrize("text, slips", [
    # rev35h: a domain written with a capital end ("tuin.Nl") is an address, no sentence end
    ("Meer staat op wijkteam.Nl en op zorgloket.Com voor u.", []),
    ("De vereniging heeft een site: buurthuis.Org of buurthuis.Be.", []),
    # still a slip: a word that starts a sentence, also one that is short
    ("Wij komen in de buurt.De brief volgt.", ["buurt.De"]),
    ("Wij komen volgende week.Net als vorig jaar.", ["week.Net"]),
])
def test_domain_end_rev35h(check, text, slips):
    assert [s for s, _ in found(check, text)] == slips


def found_in(nlp, document):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config

    report = next(analyse([document], Config.from_dict({"select": ["DD120"]}), nlp))
    return [f.text for f in codes(report, "DD120")]


@pytest.mark.parametrize("reader, text, slips", [
    # rev35h: code in a Markdown or HTML file is no running text: the readers drop the
    # backticks and tags, so the rule looks at the source ("Typ `de de`" was found in .md)
    ("markdown", "Typ `de de` in het veld en kies `bestand.Opslaan`.\n", []),
    ("html", "<p>Typ <code>de de</code> of <kbd>van van</kbd> in het veld.</p>", []),
    # still a slip: the same words outside the code, also in bold
    ("markdown", "Typ `naam` in de de balk.\n", ["de de"]),
    ("html", "<p>Typ <code>naam</code> in de de balk.</p><pre>Wij sturen van van alles.De brief.</pre>",
     ["de de", "alles.De"]),
])
def test_code_in_a_file_rev35h(nlp, reader, text, slips):
    from duidelijk.readers import markdown_document
    from duidelijk.readers.html import html_document

    document = (markdown_document if reader == "markdown" else html_document)(text)
    assert found_in(nlp, document) == slips


def test_no_suggestion_across_markup_rev35h(nlp):
    """rev35h: '**De** de brief' is a slip, but 'De' put in place of 'De** de' in the source
    would break the bold: no suggestion then; without markup between, the suggestion stays."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import markdown_document

    report = next(analyse([markdown_document("**De** de brief komt. Wij sturen u de de bon.\n")],
                          Config.from_dict({"select": ["DD120"]}), nlp))
    assert [(f.text, f.suggestions) for f in codes(report, "DD120")] == [("De** de", []), ("de de", ["de"])]
