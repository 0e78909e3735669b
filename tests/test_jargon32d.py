"""Thirty-second session (rules32d): officialese DD103 missed. Forms of entries that exist
('onderdeel uitmaken van', 'in samenspraak', 'doormiddel van', 'zonder tussenkomst van',
'inzicht krijgen in', 'onder regie van'), formal words beside an everyday one (onlangs,
eenmalig, feitelijk, vergen, behoeden voor, diens), and 'sprake zijn van' where the parse does
not hang 'sprake' on 'is'. Own sentences, both ways."""

import pytest


def findings(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def found(check, text):
    """(text in lower case, first suggestion) of each DD103 finding."""
    return [(f.text.lower(), f.suggestions[0] if f.suggestions else None) for f in findings(check, text)]


@pytest.mark.parametrize("text, span, suggestion", [
    # another noun of a listed expression, in both word orders
    ("Het fietspad maakt onderdeel uit van de nieuwe wijk.", "maakt onderdeel uit van", None),
    ("Alle kinderen die onderdeel uitmaken van het gezin tellen mee.", "onderdeel uitmaken van", None),
    # the adverb without 'met'; the one-word spelling; the negative; the other side; a preposition
    ("Wij nemen dit besluit in samenspraak.", "in samenspraak", "in overleg"),
    ("Doormiddel van dit formulier vraagt u een pas aan.", "doormiddel van", "Met"),
    ("Uw aanvraag wordt zonder tussenkomst van een medewerker behandeld.", "zonder tussenkomst van", "zonder"),
    ("Wij willen inzicht krijgen in de kosten van uw zorg.", "inzicht krijgen in", None),
    ("De bouw van de school gebeurt onder regie van de gemeente.", "onder regie van", "onder leiding van"),
    # formal words beside an everyday one
    ("Wij hebben onlangs met u gesproken.", "onlangs", "kort geleden"),
    ("Wij vragen u eenmalig om uw adres.", "eenmalig", None),
    ("De feitelijke kosten zijn hoger dan wij dachten.", "feitelijke", "echte"),
    ("Deze klus vergt veel geduld.", "vergt", "vraagt"),
    ("Wij willen u behoeden voor een boete.", "behoeden voor", "beschermen tegen"),
    ("De huurder en diens partner krijgen een brief.", "diens", "zijn"),
    # a formal noun with a light verb
    ("De commissie kan tot het oordeel komen dat u gelijk heeft.", "tot het oordeel komen", None),
    ("Wij zien geen aanleiding om het besluit te wijzigen.", "zien geen aanleiding om", None),
    ("Als de consulent daar aanleiding voor ziet, belt hij u.", "daar aanleiding voor ziet", None),
])
def test_officialese_is_found(check, text, span, suggestion):
    assert (span, suggestion) in found(check, text), (text, found(check, text))


def test_the_longer_listed_expression_wins(check):
    assert found(check, "In samenspraak met de buurt maken wij een plan.") == [("in samenspraak met", "Samen met")]


@pytest.mark.parametrize("text", [
    "Dit onderdeel van de fiets is kapot.",
    "Er was een samenspraak tussen twee koren.",
    "Zonder hulp van een medewerker lukt het ook.",
    "Onder leiding van de gemeente bouwen wij een school.",
    "Feitelijk is dit hetzelfde.",          # the adverb ('eigenlijk'): only the adjective is listed
    "Wij willen u beschermen tegen een boete.",
    "Wat was de aanleiding voor uw brief?",     # 'aanleiding' alone: the reason, no light verb
    "Wij hebben een goed oordeel over de school.",
])
def test_plain_words_stay_free(check, text):
    assert found(check, text) == [], text


def test_eenmalig_as_predicate_gets_no_replacement(check):
    # "De bijdrage is één keer" is no Dutch: advice, no word in its place
    assert found(check, "De bijdrage is eenmalig.") == [("eenmalig", None)]


# --- 'sprake zijn van' where the parse does not hang 'sprake' on 'is'

def test_sprake_zijn_van_when_is_is_read_as_an_auxiliary(check):
    # the parse takes 'is' for the auxiliary of 'klagen', after the conjunction
    assert "is sprake van" in [t for t, _ in found(check, "Er is sprake van overlast als buren klagen.")]


def test_sprake_zijn_van_when_sprake_hangs_on_a_later_word(nlp):
    # the parse of "en er is geen sprake van nieuwe regels" hangs 'sprake' on 'nieuwe', and
    # 'nieuwe' on 'regels': no link to 'is' within two steps; the words follow 'is' tightly
    from spacy.tokens import Doc

    from duidelijk.rules.jargon import jargon_index

    words = ["Wij", "zijn", "blij", "en", "er", "is", "geen", "sprake", "van", "nieuwe", "regels", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 7, 9, 9, 10, 5, 2],
              deps=["nsubj", "cop", "ROOT", "cc", "advmod", "conj", "det", "nsubj", "case", "acl", "nsubj", "punct"],
              pos=["PRON", "AUX", "ADJ", "CCONJ", "ADV", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
              lemmas=["wij", "zijn", "blij", "en", "er", "zijn", "geen", "spraak", "van", "nieuw", "regel", "."],
              morphs=["", "VerbForm=Fin", "", "", "", "VerbForm=Fin", "", "", "", "", "", ""])
    hits = [(" ".join(t.text for t in f), e.term) for f, e in jargon_index().matches(list(doc))]
    assert ("is sprake van", "sprake zijn van") in hits
    # not when other words stand between 'is' and 'sprake' ("is in de wijk sprake van")
    words = ["Wij", "zijn", "blij", "en", "er", "is", "in", "de", "wijk", "sprake", "van", "nieuwe", "regels", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 8, 8, 5, 11, 11, 12, 5, 2],
              deps=["nsubj", "cop", "ROOT", "cc", "advmod", "conj", "case", "det", "obl", "nsubj", "case", "acl",
                    "nsubj", "punct"],
              pos=["PRON", "AUX", "ADJ", "CCONJ", "ADV", "VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "VERB", "NOUN",
                   "PUNCT"],
              lemmas=["wij", "zijn", "blij", "en", "er", "zijn", "in", "de", "wijk", "spraak", "van", "nieuw", "regel",
                      "."],
              morphs=["", "VerbForm=Fin", "", "", "", "VerbForm=Fin", "", "", "", "", "", "", "", ""])
    assert [e.term for _, e in jargon_index().matches(list(doc))] == []


@pytest.mark.parametrize("text, span", [
    # 'is' the auxiliary of a participle right after: the participle's expression, not 'zijn'
    ("Uw aanvraag is in behandeling genomen.", "in behandeling genomen"),
])
def test_a_real_auxiliary_stays_an_auxiliary(check, text, span):
    assert [t for t, _ in found(check, text)] == [span]


# --- 'weer' apart as the particle of a separable verb ('weergeven')

@pytest.mark.parametrize("text", [
    "De tabel geeft het aantal inwoners per wijk weer.",
    "Wij geven de cijfers weer in een grafiek.",
])
def test_weergeven_with_weer_apart_is_found(check, text):
    assert [f.message for f in findings(check, text) if "'weergeven'" in f.message], text


@pytest.mark.parametrize("text", [
    "Wij spreken u graag weer.",        # 'weerspreken' keeps its 'weer': here 'again'
    "Wij zien u graag weer.",
    "U krijgt uw pas weer.",
    "Wij vinden de sleutel weer.",
])
def test_weer_as_again_stays_free(check, text):
    assert found(check, text) == [], text


# --- a listed verb and its preposition, the preposition apart from 'waar', 'daar', 'hier', 'er'

@pytest.mark.parametrize("text, span", [
    ("Dit is de regel waar de brief betrekking op heeft.", "waar de brief betrekking op heeft"),
    ("Dit is het bedrag waar u aanspraak op kunt maken, als u ziek bent.", "waar u aanspraak op kunt maken"),
    ("Wij helpen alle kinderen die daar later behoefte aan hebben.", "daar later behoefte aan hebben"),
    ("Dit zijn de eisen waar u aan moet voldoen.", "waar u aan moet voldoen"),
    ("Het is de groep waar u toe behoort.", "waar u toe behoort"),
    ("Wij weten dat daar geen sprake van is.", "daar geen sprake van is"),
    ("Er wordt daar aandacht aan besteed.", "daar aandacht aan besteed"),      # the nearest pointing word
])
def test_preposition_apart_from_the_pointing_word_is_found(check, text, span):
    assert span in [t for t, _ in found(check, text)], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Dit is de brief waar wij op wachten.",            # 'wachten op': not listed
    "Daar staat uw naam op de kaart.",                 # 'op' has a phrase of its own
    "Er komt morgen een brief aan.",
    "Het is een plan waar veel partijen bij zijn betrokken.",   # the list's ordinary 'betrokken zijn bij'
])
def test_preposition_apart_without_listed_expression(check, text):
    assert found(check, text) == [], (text, found(check, text))


def test_participle_before_a_noun_is_no_verb_at_the_end(check):
    # 'van' has its own phrase ("van geautomatiseerde besluiten"): the list's own match, without 'er'
    text = "Wij zijn blij en er is geen sprake van geautomatiseerde besluiten."
    assert not any(t.startswith("er ") for t, _ in found(check, text)), found(check, text)
