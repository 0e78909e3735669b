"""DD107 of the thirty-sixth session (rules36d). Sentences written for these tests.

A clause in disguise with no article before it: a participle or adjective before its noun with a
phrase of its own that opens with a preposition ("met andere bij de gemeente bekende gegevens").
Dutch says it with a clause after the noun ("gegevens die bij de gemeente bekend zijn"). The
part is behind the setting ``bare_phrase`` (off by default: 3 judged findings, fewer than the ten
a new part needs to be on)."""

from conftest import codes

ON = {"rules": {"DD107": {"bare_phrase": True}}}


def found(check, text, **settings):
    return [(text[f.start:f.end], f.message) for f in codes(check(text, select="DD107", **settings), "DD107")]


def test_bare_phrase_after_an_adjective_of_the_noun(check):
    text = "Wij vergelijken uw inkomen met andere bij de gemeente bekende gegevens."
    assert found(check, text, **ON) == [(
        "bij de gemeente bekende gegevens",
        "Voor 'gegevens' staat een stuk zin: 'bij de gemeente bekende'. Zet dat achter 'gegevens': "
        "'gegevens die bij de gemeente bekend zijn'.")]
    assert not found(check, text)  # off by default


def test_bare_phrase_inside_a_preposition_and_after_en(check):
    spans = [s for s, _ in found(check, "Wij kijken alleen naar in 2025 betaalde bedragen.", **ON)]
    assert spans == ["in 2025 betaalde bedragen"]
    spans = [s for s, _ in found(check, "Stuur het ingevulde en door u ondertekende formulier terug.", **ON)]
    assert spans == ["door u ondertekende formulier"]


def test_no_bare_phrase_where_the_preposition_is_the_whole_phrase_s(check):
    # 'tot' belongs to the whole phrase; the parse may hang 'aantallen' on the participle
    assert not found(check, "De drukte heeft geleid tot grote aantallen geparkeerde fietsen in de straat.", **ON)
    # an adverb right before the participle: 'het aantal' is the head of the whole phrase
    assert not found(check, "Door het aantal positief geteste mensen te tellen zien we de trend.", **ON)
    # a name with a capital, no clause in disguise
    assert not found(check, "In de Algemene wet inkomensafhankelijke regelingen staat deze taak.", **ON)
    assert not found(check, "Dit staat in de wet en in de Algemene wet inkomensafhankelijke regelingen.", **ON)
    # an adverb only, no phrase with a preposition: one thing to read ("de eerder genoemde datum")
    assert not found(check, "Wij kijken naar andere eerder genoemde gegevens.", **ON)
    assert not found(check, "Wij zoeken naar andere al lang bekende gegevens.", **ON)
    # a comma between the modifier and the noun: the modifier is no longer right before its noun
    assert not found(check, "Wij kijken naar andere bij de gemeente bekende, nieuwe gegevens.", **ON)
    # a fixed phrase read as one word (wordlists/fixed_adverbials.tsv), as after an article
    assert not found(check, "De boete geldt niet voor andere op tijd betaalde rekeningen.", **ON)
    # a plain adjective without a phrase of its own, and an article's own reading stays as it was
    assert not found(check, "Wij sturen u nieuwe formulieren.", **ON)
    assert [s for s, _ in found(check, "Stuur het door u ondertekende formulier terug.", **ON)] \
        == ["het door u ondertekende formulier"]


def test_no_bare_phrase_at_the_start_of_a_sentence(check):
    # nothing before the preposition shows that it opens the modifier's phrase and not the whole
    # phrase ("Tot grote aantallen geparkeerde fietsen ..."): left alone
    assert not found(check, "Bij de gemeente bekende gegevens gebruiken wij ook.", **ON)
