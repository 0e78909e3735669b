"""miss42: words a list already names that DD103 did not find (own sentences).

- a listed adjective as the predicate of 'zijn' ("Als uw situatie complex is", "Dat is niet
  geoorloofd") is an adjective: ``word_class`` calls a word without -e and without a noun after
  it an adverb, which made the list's word class 'ADJ' pass it by;
- a phrase that works as a preposition ("op basis van", "naar aanleiding van", "in verband met",
  "met het oog op") with its last preposition joined to 'daar', 'hier', 'waar' or 'er' ("op basis
  daarvan", "op basis waarvan"): the same officialese, found as a whole, with the plain
  prepositions joined the same way as a hint ("daarmee", "daardoor");
- a present participle ("functionerend") takes the plain verb's present participle ("werkend"),
  not its past participle ("gewerkt").
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules.jargon import joined_alternatives


def findings(text: str, code: str = "DD103") -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [(text[f.start:f.end], f.suggestions, f.message) for f in report.findings if f.code == code]


def one(text: str, span: str):
    found = [f for f in findings(text) if f[0] == span]
    assert found, findings(text)
    return found[0]


# --- a listed adjective as a predicate ---------------------------------------------------------

def test_predicate_adjective_found_with_its_plain_word():
    _, suggestions, _ = one("Als uw situatie complex is, bellen wij u.", "complex")
    assert suggestions == ["ingewikkeld"]


@pytest.mark.parametrize("text, span", [
    ("Het is niet geoorloofd om hier te parkeren.", "geoorloofd"),
    ("Uw huur van maart is nog achterstallig.", "achterstallig"),
])
def test_other_predicate_adjectives(text, span):
    one(text, span)


def test_attributive_adjective_as_before():
    assert one("Dit is een complexe regeling.", "complexe")


def test_adverb_of_an_adjective_stays_free():
    # 'feitelijk' says how wrong it is: an adverb of 'onjuist', no predicate
    assert not [f for f in findings("Dat is feitelijk onjuist.") if f[0] == "feitelijk"]


def test_adverb_at_the_start_stays_free():
    # the parse may hang the copula on a clause adverb that opens the sentence
    assert not [f for f in findings("Feitelijk is dit hetzelfde.") if f[0] == "Feitelijk"]


def test_noun_complex_stays_free():
    # 'complex' as a group of buildings is a noun: the list names the adjective only
    assert not [f for f in findings("Het complex aan de Stationsstraat heeft veertig woningen.")
                if f[0] == "complex"]


# --- a phrase that works as a preposition, its preposition joined ------------------------------

@pytest.mark.parametrize("text, span, hint", [
    ("Op basis daarvan besluiten wij dat u geen recht hebt op bijstand.", "Op basis daarvan", "daarmee"),
    ("Dit zijn de regels op basis waarvan wij uw aanvraag beoordelen.", "op basis waarvan", "waarmee"),
    ("Wij hebben de regels bekeken en op grond daarvan een besluit genomen.", "op grond daarvan", "daardoor"),
    ("In verband daarmee is het loket morgen dicht.", "In verband daarmee", "daardoor"),
    ("Met het oog daarop vragen wij u om uw gegevens.", "Met het oog daarop", "daarvoor"),
])
def test_joined_phrase_found_as_a_whole(text, span, hint):
    _, suggestions, message = one(text, span)
    assert suggestions == []  # the sentence changes: a hint only
    assert f"'{hint}'" in message


def test_listed_joined_form_keeps_its_own_entry():
    # the list names "ten gevolge hiervan" itself, with its own plain word
    _, suggestions, _ = one("Ten gevolge hiervan heeft u geen recht.", "Ten gevolge hiervan")
    assert suggestions == ["Daardoor"]


def test_phrase_with_its_own_preposition_as_before():
    _, suggestions, _ = one("Op basis van uw inkomen krijgt u een toeslag.", "Op basis van")
    assert suggestions and suggestions[0] == "Volgens"


@pytest.mark.parametrize("text", [
    "Wij hebben daar een nieuwe regel voor gemaakt.",
    "De kosten van de reis daarvan betalen wij.",
    "Wij houden rekening met het weer en passen onze plannen daarop aan.",
    "Zij legde daarmee de basis voor een nieuw plan.",
])
def test_joined_words_alone_stay_free(text):
    assert not [f for f in findings(text) if f[0].lower().endswith(("daarvan", "daarop", "daarmee", "daarvoor"))]


def test_joined_alternatives():
    assert joined_alternatives("daarvan", ("volgens", "met", "uit")) == ["daarmee", "daaruit"]
    assert joined_alternatives("hiervan", ("door",)) == ["hierdoor"]
    assert joined_alternatives("ervan", ("tot",)) == ["ertoe"]
    assert joined_alternatives("waarvan", ("omdat", "wat u bedoelt")) == []


# --- a present participle -----------------------------------------------------------------------

def test_present_participle_takes_present_participle():
    _, suggestions, _ = one("Dit apparaat is al een week niet functionerend.", "functionerend")
    assert suggestions == ["werkend"]


def test_present_participle_before_a_noun_gets_a_hint():
    # fix42b: before a noun a present participle is an adjective, often with a sense of its own
    # ("verstrekkende gevolgen", "de sturende afdeling"): no replacement, a hint with the verb
    _, suggestions, message = one("Een slecht functionerend apparaat kunt u bij ons melden.", "functionerend")
    assert suggestions == [] and "'werken'" in message


@pytest.mark.parametrize("text, span, plain", [
    ("Het apparaat heeft goed gefunctioneerd.", "gefunctioneerd", "gewerkt"),
    ("Het apparaat functioneert niet goed.", "functioneert", "werkt"),
])
def test_other_verb_forms_as_before(text, span, plain):
    _, suggestions, _ = one(text, span)
    assert suggestions == [plain]
