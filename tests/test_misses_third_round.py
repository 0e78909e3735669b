"""Misses of officialese constructions, third round (issue 13, fifteenth session): a
participle the tagger calls a finite verb before its noun (DD107), a verb form the
lemmatizer leaves as it is next to a spelling no one writes ('wijs' -> 'wijzen'), the written
particle 'mede' of 'mededelen' standing apart, and an expression of a verb and its
preposition in a clause whose verb comes last ("nadat wij op uw aanvraag hebben beslist")."""

import pytest


def found(check, code, text):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD107: the participle by its spelling when the tagger calls it finite --------------------
@pytest.mark.parametrize("text, span", [
    # the tagger calls 'ingevulde' Fin here (VerbForm=Fin)
    ("U kunt deze toevoegen aan uw aanvraag door het door u ingevulde aanvraagformulier te heropenen in Mijn DUS-I.",
     "het door u ingevulde aanvraagformulier"),
    ("U kunt de ontbrekende informatie aan uw aanvraag toevoegen door het door u ingevulde "
     "aanvraagformulier te heropenen in Mijn DUS-I.", "het door u ingevulde aanvraagformulier"),
])
def test_participle_tagged_finite_is_found(check, text, span):
    f = [x for x in found(check, "DD107", text) if "stuk zin" in x.message]
    assert [x.text for x in f] == [span]


def test_participle_form_by_spelling(nlp):
    from duidelijk.rules.tang import _participle_form

    doc = nlp("U kunt deze toevoegen aan uw aanvraag door het door u ingevulde aanvraagformulier te heropenen.")
    part = next(t for t in doc if t.text == "ingevulde")
    assert "Fin" in part.morph.get("VerbForm")  # what the tagger says, so the spelling decides
    assert _participle_form(part)
    doc = nlp("Wij vulden het formulier samen in.")
    assert not _participle_form(next(t for t in doc if t.text == "vulden"))  # a past tense
    doc = nlp("Wij helpen u graag.")
    assert not _participle_form(next(t for t in doc if t.text == "helpen"))


@pytest.mark.parametrize("text", [
    "U kunt het formulier terugsturen door de rode knop te gebruiken.",  # an adjective
    "Wij danken u voor uw getoonde inzet.",  # a participle alone stays out
])
def test_no_clause_in_disguise_from_spelling(check, text):
    assert not [x for x in found(check, "DD107", text) if "stuk zin" in x.message]


# --- a verb form next to a spelling no one writes: 'wijs' is 'wijzen' --------------------------
@pytest.mark.parametrize("text, span", [
    ("Ik wijs u er verder op dat een registratie van onregelmatigheden wordt bijgehouden.", "wijs u er verder op"),
    ("Ik wijs u erop dat u moet betalen.", "wijs u erop"),
    ("Ik wijs u er nogmaals op dat u moet betalen.", "wijs u er nogmaals op"),
])
def test_wijs_is_wijzen(check, text, span):
    assert span in [x.text for x in found(check, "DD103", text)]


@pytest.mark.parametrize("text", [
    "Ik wijs naar de deur.",  # 'wijzen' without 'erop' is no officialese
    "Hij is een wijs man.",
])
def test_wijs_without_erop(check, text):
    assert not [x for x in found(check, "DD103", text) if "wijs" in x.text]


def test_one_infinitive_keeps_two_real_verbs():
    from duidelijk.phrases import _one_infinitive

    assert _one_infinitive("wijs") == {"wijzen"}  # not the spelling 'wijsen'
    assert _one_infinitive("kies") == {"kiezen"}
    assert _one_infinitive("stel") == set()  # 'stellen' and 'stelen': the sentence must tell
    assert _one_infinitive("verstrek") == set()  # 'verstrekken' and 'verstreken'
    assert _one_infinitive("beslis") == {"beslissen"}


# --- 'mede' of 'mededelen' standing apart -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Met deze brief delen wij u mede dat wij uw aanvraag hebben gehonoreerd.",
    "In deze brief delen wij u mede dat het goed is.",
    "Daarom delen wij u mede dat het goed is.",
])
def test_mede_apart_is_mededelen(check, text):
    f = [x for x in found(check, "DD103", text) if x.text == "delen"]
    assert f and ("mededelen" in f[0].message or "laten weten" in f[0].message)
    assert f[0].suggestions == []  # 'vertellen' for 'delen' would leave 'mede' behind


@pytest.mark.parametrize("text", [
    "Wij delen de kosten met uw buren.",  # 'delen' alone
    "Wij danken u mede namens de wethouder.",  # 'mede' as 'also' with another verb
])
def test_mede_not_mededelen(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text in {"delen", "danken"}]


# --- a verb and its preposition where the verb comes last ---------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Nadat wij op uw aanvraag hebben beslist, krijgt u een brief.", "op uw aanvraag hebben beslist"),
    ("Wij sturen u een brief zodra wij op uw bezwaar hebben beslist.", "op uw bezwaar hebben beslist"),
    ("Wij zorgen dat de gemeente op de naleving toeziet.", "op de naleving toeziet"),
])
def test_verb_and_preposition_with_the_verb_last(check, text, span):
    assert span in [x.text for x in found(check, "DD103", text)]


@pytest.mark.parametrize("text", [
    "Op dit moment berust de zaak bij de rechter.",  # the verb has a phrase after it: no 'berusten op'
    "Wij weten dat u op 3 maart hebt beslist.",  # 'beslissen op' only with the request
    "Op basis van de wet hebben wij beslist.",  # a preposition of its own
    "Wij zorgen dat u op tijd beslist.",
])
def test_no_verb_last_expression(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower().startswith("op ")
                and x.text.lower() not in {"op basis van"}]


# --- DD107 read from the words where the parse gave the article another role -------------------
@pytest.mark.parametrize("text, span", [
    # 'de' is 'obj' and 'onder punt 2' hangs on the noun in the parse
    ("Wij hebben de onder punt 2 genoemde voorwaarden bekeken.", "de onder punt 2 genoemde voorwaarden"),
    ("Wij lezen uw aan ons gestuurde brief.", "uw aan ons gestuurde brief"),  # 'uw' is 'obj'
    ("U moet voldoen aan de onder punt 2 genoemde voorwaarden.", "de onder punt 2 genoemde voorwaarden"),
])
def test_clause_in_disguise_from_the_words(check, text, span):
    f = [x for x in found(check, "DD107", text) if "stuk zin" in x.message]
    assert [x.text for x in f] == [span]


@pytest.mark.parametrize("text", [
    "Wij hebben het met u besproken.",  # 'het' is an object, no noun after the participle
    "Wij hebben het in mei met u besproken, zoals afgesproken.",
    "Geef de op tijd betaalde rekening af.",  # a fixed adverbial
    "Wij hebben de voor u belangrijke regels hieronder gezet.",  # an adjective, no participle
    "Wij sturen het naar u toe.",
])
def test_no_clause_in_disguise_from_the_words(check, text):
    assert not [x for x in found(check, "DD107", text) if "stuk zin" in x.message]


def test_participle_of_a_phrase_inside_is_no_clause_in_disguise(check):
    # 'aangepaste' belongs to 'een', and 'dit' is a pronoun
    text = "De meeste activiteiten zijn dan nog wel te verrichten als dit op een aangepaste manier kan."
    assert not [x for x in found(check, "DD107", text) if "stuk zin" in x.message]
    text = "Wij weten niet of het op een aangepaste manier kan."
    assert not [x for x in found(check, "DD107", text) if "stuk zin" in x.message]


# --- a verb expression with a noun and a preposition, the verb last ------------------------------
@pytest.mark.parametrize("text, span", [
    ("Het kan zijn dat de deurwaarder op uw loon beslag legt.", "op uw loon beslag legt"),
    ("Als u aan deze oproep geen gehoor geeft, stoppen wij uw uitkering.", "aan deze oproep geen gehoor geeft"),
    ("Nadat wij van uw melding kennis hebben genomen, sturen wij een brief.",
     "van uw melding kennis hebben genomen"),
])
def test_noun_verb_preposition_with_the_verb_last(check, text, span):
    assert span in [x.text for x in found(check, "DD103", text)]


@pytest.mark.parametrize("text", [
    "Op het bureau lag beslag voor de taart die wij bakten.",  # 'beslag' of a cake, no 'leggen'
    "Van de kennis die hij heeft genomen weten wij niets.",  # the noun is the phrase's own
])
def test_no_noun_verb_preposition_with_the_verb_last(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower().startswith(("op ", "van "))]
