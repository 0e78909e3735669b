"""fix43e: two DD103 suggestions of the forty-third session's new entries (own sentences).

- a listed verb's present participle as a predicate or after its noun ("Het bedrag is
  resterend", "U heeft nog 200 tekens resterend"): Dutch puts a present participle there only
  when it has become an adjective of its own ("De lift is niet werkend", "De prijzen zijn
  verschillend"), so the plain verb's present participle is offered only when Dutch text writes
  it often ("overblijvend" it hardly does); a particle of a state with 'blijven' says the state
  itself ("overblijven" -> 'over': "U heeft nog 200 tekens over"). Before a noun the hint stays
  (fix42b), and a manner adverb ("knikte beamend") is as before;
- "progressie" of a tax or rate that rises with income, or of an illness, is another sense
  than 'vooruitgang': no DD103 there ("de progressie in de belastingtarieven").
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules.jargon import _predicate_present


def findings(text: str, code: str = "DD103") -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [(text[f.start:f.end], f.suggestions, f.message) for f in report.findings if f.code == code]


def on(text: str, span: str) -> list:
    return [f for f in findings(text) if f[0] == span]


# --- a present participle as a predicate or after its noun ------------------------------------

@pytest.mark.parametrize("text", [
    "U heeft nog 200 tekens resterend.",
    "Er is na de verbouwing nog 300 euro resterend.",
    "Het bedrag is na aftrek van de kosten resterend.",
    "Tekens resterend: 50.",
    "Het bedrag blijft resterend tot 1 juni.",
])
def test_resterend_after_its_noun_or_as_predicate_gets_over(text):
    [(_, suggestions, message)] = on(text, "resterend")
    assert suggestions == ["over"], findings(text)
    assert "overblijvend" not in message


@pytest.mark.parametrize("text, span", [
    ("Het resterende bedrag betalen wij in juni.", "resterende"),
    ("De resterende dagen van uw verlof vervallen.", "resterende"),
])
def test_before_its_noun_keeps_the_hint(text, span):
    [(_, suggestions, message)] = on(text, span)
    assert suggestions == [], findings(text)
    assert "'overblijven'" in message


@pytest.mark.parametrize("text, span, plain", [
    ("De lift is al een week niet functionerend.", "functionerend", "werkend"),
])
def test_participle_that_is_an_adjective_of_its_own_stays(text, span, plain):
    [(_, suggestions, _)] = on(text, span)
    assert suggestions == [plain], findings(text)


@pytest.mark.parametrize("text, span, rare", [
    ("Deze regeling is voor kleine ondernemers erg stimulerend.", "stimulerend", "aanmoedigend"),
])
def test_rare_participle_of_the_plain_verb_is_not_offered(text, span, rare):
    found = on(text, span)
    assert found, findings(text)
    assert all(rare not in suggestions for _, suggestions, _ in found), found


@pytest.mark.parametrize("text, span, plain", [
    ("De wethouder knikte beamend.", "beamend", "bevestigend"),
    ("Zij antwoordde beamend op de vraag.", "beamend", "bevestigend"),
])
def test_manner_adverb_takes_the_present_participle(text, span, plain):
    # an adverb of manner Dutch makes of nearly every verb; 'beamen' (present "beaamt") is a
    # listed verb, so "beamend" is its present participle, no "bevestigd"
    [(_, suggestions, _)] = on(text, span)
    assert suggestions == [plain], findings(text)


def test_past_participle_with_a_garbled_lemma_keeps_its_form():
    # the lemmatizer may give "onderteken" for "ondertekende": no present participle, the
    # past participle before its noun as before ('getekende')
    [(_, suggestions, _)] = on("Het ondertekende formulier stuurt u naar ons.", "ondertekende")
    assert suggestions == ["getekende"]


@pytest.mark.parametrize("alternative, ending, form", [
    ("overblijven", "d", "over"),
    ("openblijven", "d", "open"),
    ("overblijven", "de", ""),  # "het overblijvende": no particle with an -e
    ("werken", "d", "werkend"),
    ("verschillen", "d", "verschillend"),
    ("wisselen", "d", "wisselend"),
    ("aanmoedigen", "d", ""),
    ("willen", "d", ""),
    ("uitblijven", "d", ""),  # 'uit' is no state that 'uitblijven' keeps
])
def test_predicate_present(alternative, ending, form):
    assert _predicate_present(alternative, ending) == form


# --- progressie: a rising rate or an illness ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "De progressie in de belastingtarieven is groot.",
    "Bij de inkomstenbelasting is de progressie in box 1 sterk.",
    "Door de progressie betaalt u in de hoogste schijf meer.",
    "De progressie van deze heffing volgt uw inkomen.",
    "De progressie van de ziekte gaat bij haar snel.",
])
def test_progressie_of_a_rate_or_illness_is_free(text):
    assert not on(text, "progressie"), findings(text)


@pytest.mark.parametrize("text", [
    "De progressie van het project is goed.",
    "Wij zien veel progressie bij de leerlingen van de taalcursus.",
    "U ziet de progressie van uw belastingaangifte online.",
])
def test_progressie_as_progress_keeps_vooruitgang(text):
    [(_, suggestions, _)] = on(text, "progressie")
    assert suggestions == ["vooruitgang"], findings(text)
