"""DD103: formal loanwords of written Dutch with an everyday Dutch word (thirty-eighth session,
rules38c helper): 'specifiek', 'relatief', 'variëren', 'garanderen', 'complex', 'effectief',
'tonen', 'optreden' of a problem, 'reëel'. And the forms of a listed verb in '-iëren' that
Dutch spells without a trema ('varieert', 'definieert', 'initieerde'), which the list missed
because the lemmatizer gives them no lemma with 'ë'. Each entry has a sentence that must be
found; where the word has another sense, a sentence that must stay quiet. Sentences written
for these tests."""

import pytest

from duidelijk.phrases import _trema_infinitives


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def found(check, text, span):
    return [f for f in dd103(check, text) if f.text.lower() == span.lower()]


@pytest.mark.parametrize("text, span, suggestion", [
    ("Heeft u een specifieke vraag over uw aanslag?", "specifieke", "bepaalde"),
    ("Het gaat om relatief weinig geld.", "relatief", "vrij"),
    ("De wachttijden variëren per wijk.", "variëren", "verschillen"),
    ("De huur varieert per woning.", "varieert", "verschilt"),
    ("Wij kunnen niet garanderen dat de bus op tijd komt.", "garanderen", "beloven"),
    ("Als er storingen optreden, bel dan de storingslijn.", "optreden", "ontstaan"),
    ("Er is een fout opgetreden bij het betalen.", "opgetreden", "ontstaan"),
    ("Wij moeten uw paspoort tonen aan de ambtenaar.", "tonen", "laten zien"),
])
def test_found_with_plain_word(check, text, span, suggestion):
    hits = found(check, text, span)
    assert hits, (text, [f.text for f in dd103(check, text)])
    assert hits[0].suggestions and hits[0].suggestions[0] == suggestion, hits[0].suggestions


@pytest.mark.parametrize("text, span", [
    # explained: the plain word needs the sentence to change ("laat ... zien", "werkt goed")
    ("Het overzicht toont uw betalingen van dit jaar.", "toont"),
    ("Deze aanpak is niet effectief gebleken.", "effectief"),
    ("Dit is een complexe aanvraag.", "complexe"),  # 'ingewikkeld' named as an example
    # 'echt' or 'redelijk' by the noun ("een echt bedrag", "een redelijk risico" say something else):
    # explained only (rev38c)
    ("Dat is een reëel bedrag voor deze klus.", "reëel"),
    # forms of listed '-iëren' verbs without a trema
    ("De gemeente initieert een nieuw buurtproject.", "initieert"),
    ("In de regeling definieert de gemeente wat een mantelzorger is.", "definieert"),
])
def test_found(check, text, span):
    assert found(check, text, span), (text, [f.text for f in dd103(check, text)])


@pytest.mark.parametrize("text", [
    # another sense or word class
    "Het complex aan de Parkstraat krijgt nieuwe ramen.",  # a block of buildings
    "De politie treedt op tegen wildplassen.",  # to act: no problem that happens
    "Mijn dochter treedt zaterdag op met haar band.",  # to perform
    "De muziek heeft mooie tonen.",  # the plural of 'toon'
])
def test_quiet(check, text):
    hits = [f.text for f in dd103(check, text)]
    assert not hits, (text, hits)


def test_trema_infinitives():
    assert _trema_infinitives({"varieert", "varieren"}) == {"variëren"}
    assert _trema_infinitives({"definieren"}) == {"definiëren"}
    assert _trema_infinitives({"vieren"}) == set()  # too short to be a loan verb
    assert _trema_infinitives({"creeren"}) == set()  # a vowel before "ieren": no "-iëren" verb
