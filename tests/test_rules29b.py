"""Twenty-ninth session (rules29b): DD103 and DD104 where a word is plain Dutch in its place.
Own sentences, both ways."""

import pytest


def found(check, text, code):
    """The words of the text's findings of ``code``, in lower case."""
    return [f.text.lower() for f in check(text, select=[code]).findings if f.code == code]


def suggestions(check, text, word):
    """The suggestions of the DD103 finding on ``word``."""
    for f in check(text, select=["DD103"]).findings:
        if f.code == "DD103" and f.text.lower() == word:
            return list(f.suggestions)
    raise AssertionError(f"no DD103 finding on {word!r}")


# --- DD103 'deze' before its noun: a determiner, also when the tagger hangs the noun elsewhere --

@pytest.mark.parametrize("text", [
    "Waarom is deze app belangrijk?",
    "Heb je corona? Dan helpt deze app de mensen die misschien ook besmet zijn.",
    "Wij hebben deze app gemaakt.",
])
def test_deze_before_its_noun_is_no_pointer(check, text):
    assert "deze" not in found(check, text, "DD103"), text


@pytest.mark.parametrize("text", [
    "Wij hebben uw aanvraag gekregen. Deze is nog niet compleet.",
    "Wij hebben uw aanvraag gekregen. Eén van onze medewerkers beantwoordt deze zo snel mogelijk.",
])
def test_deze_alone_still_points_back(check, text):
    assert "deze" in found(check, text, "DD103"), text


# --- DD103 'wensen' with a person and a thing: a wish, no 'willen' -----------------------------

@pytest.mark.parametrize("text", [
    "Wij wensen jullie alvast een onvergetelijke dag.",
    "Wij wensen u een goede reis.",
    "De gemeente wenst u een fijne dag.",
])
def test_wishing_someone_something_is_no_officialese(check, text):
    assert not any(w.startswith("wens") for w in found(check, text, "DD103")), text


@pytest.mark.parametrize("text", [
    "Wenst u een kopie van het besluit?",
    "Als u wenst dat wij u terugbellen, kunt u bellen.",
    "Indien u dit wenst, kunt u bellen.",
])
def test_wensen_as_want_stays(check, text):
    assert any(w.startswith("wens") for w in found(check, text, "DD103")), text


# --- DD103 a listed verb group has one finite verb: two finite verbs are two clauses -----------

def test_no_verb_group_over_two_finite_verbs(check):
    text = "Als je een test doet en corona blijkt te hebben, belt de GGD je."
    assert not any("blijk" in w for w in found(check, text, "DD103"))


@pytest.mark.parametrize("text", [
    "Hij heeft zijn spijt doen blijken.",
    "De gemeente doet blijken dat zij de regels kent.",
])
def test_doen_blijken_stays(check, text):
    assert any("blijk" in w for w in found(check, text, "DD103")), text


# --- DD103 a noun + verb alternative cannot replace a participle in a passive -------------------

@pytest.mark.parametrize("text", [
    "U bent niet gemachtigd om dit dossier te bekijken.",
    "U wordt gemachtigd door de aanvrager.",
])
def test_no_noun_verb_alternative_in_a_passive(check, text):
    assert suggestions(check, text, "gemachtigd") == []


def test_noun_verb_alternative_in_the_perfect_stays(check):
    text = "Ik heb mijn zoon gemachtigd om dit te regelen."
    assert suggestions(check, text, "gemachtigd") == ["toestemming gegeven"]


# --- DD103 'uittreksel': an official copy, no alternative fits as a replacement -----------------

def test_uittreksel_is_explained_without_a_replacement(check):
    text = "Vraag een uittreksel van jullie huwelijksakte aan."
    assert suggestions(check, text, "uittreksel") == []
    assert "uittreksel" in found(check, text, "DD103")


# --- DD104 a verb in -ëren read by its lemma with the trema ------------------------------------

def test_trema_lemma():
    from duidelijk.rules.difficult_words import trema_lemma

    assert trema_lemma("kopieren", "VERB") == "kopiëren"
    assert trema_lemma("creeren", "VERB") == "creëren"
    assert trema_lemma("financieren", "VERB") == "financieren"  # no "financiëren"
    assert trema_lemma("kopieren", "NOUN") == "kopieren"


def test_imperative_of_kopieren_is_no_hard_word(check):
    assert "kopieer" not in found(check, "Selecteer de link en kopieer deze zelf.", "DD104")


def test_rare_verb_in_eren_stays_hard(check):
    # the trema reading frees no rare verb: 'exploiteren' has no trema spelling
    assert "exploiteert" in found(check, "De gemeente exploiteert de parkeergarage aan de rand van de stad.", "DD104")


# --- DD104 a word the text writes with a capital inside a sentence is a name --------------------

def test_capitalised_name_at_the_start_of_a_sentence(check):
    text = "Bluetooth is niet gekoppeld aan je locatie. De app ziet via Bluetooth of je in de buurt bent."
    assert "bluetooth" not in found(check, text, "DD104")


def test_same_word_in_small_letters_elsewhere_is_no_name(check):
    text = "Bluetooth is niet gekoppeld aan je locatie. Zet je bluetooth aan."
    assert "bluetooth" in found(check, text, "DD104")
