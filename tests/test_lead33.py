"""The lead's mends of the thirty-third session."""

import pytest

from duidelijk.model import load_pipeline
from duidelijk.rules.nominalisation import _with_particle


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("text, verb, expected", [
    # the parse gives "vindt ... plaats" the lemma 'plaatsvinden' already: no second particle
    ("De afhandeling van uw klacht vindt plaats door de ombudsman.", "vindt", "plaatsvinden"),
    # a lemma without its particle gets it in front
    ("De samenstelling van uw gezin komt uit op vier personen.", "komt", "uitkomen"),
    # no particle: the lemma as it is
    ("De behandeling van uw aanvraag duurt acht weken.", "duurt", "duren"),
])
def test_with_particle_names_the_particle_verb_once(nlp, text, verb, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    assert _with_particle(token) == expected
