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
    assert f and ("mededelen" in f[0].message or "laten weten" in f[0].message or "laten ... weten" in f[0].message)
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
    # an adjective with a degree word only (with a phrase of its own, "de voor u belangrijke
    # regels", it is a clause in disguise since the thirty-second session: test_dd107_modifier32)
    "Wij hebben de zeer belangrijke regels hieronder gezet.",
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


# --- review fixes (REVIEW15-misses, missfix15) ---------------------------------------------------
def _disguise(check, text):
    return [x.text for x in found(check, "DD107", text) if "stuk zin" in x.message]


@pytest.mark.parametrize("text, inner", [
    # 'het' is a pronoun: a preposition right before the participle takes its noun phrase
    ("Wij hebben het met u over ingediende bezwaren gehad.", []),
    ("U kunt het bij ons met ingevulde formulieren inleveren.", []),
    ("Wij regelen het voor u met betaalde krachten.", []),
    ("Wij hebben het in de vergadering over gemaakte afspraken gehad.", []),
    ("Wij bespreken het op dinsdag met getrainde vrijwilligers.", []),
    ("Wij denken dat het bij ons met verbeterde systemen sneller werkt.", []),
    ("Wij leggen het voor aan de speciaal opgeleide medewerkers.", []),
    # an inner noun phrase with its own clause in disguise: only that one
    ("Wij sturen het naar de door u opgegeven adressen.", ["de door u opgegeven adressen"]),
    ("Zij vroegen het aan de door ons gekozen aannemer.", ["de door ons gekozen aannemer"]),
    ("Wij hebben het aan onze in mei aangenomen medewerkers gevraagd.", ["onze in mei aangenomen medewerkers"]),
    ("Wij vinden het voor de in de wijk geplaatste bakken jammer.", ["de in de wijk geplaatste bakken"]),
])
def test_het_as_pronoun_opens_no_clause_in_disguise(check, text, inner):
    assert _disguise(check, text) == inner


@pytest.mark.parametrize("text, span", [
    ("U vindt het in de bijlage vermelde bedrag op uw rekening.", "het in de bijlage vermelde bedrag"),
    ("Wij hebben het tot 1 mei verlengde contract ontvangen.", "het tot 1 mei verlengde contract"),
    ("Wij betalen het na aftrek van kosten overgebleven bedrag uit.", "het na aftrek van kosten overgebleven bedrag"),
    ("Zij betaalden het door ons genoemde bedrag niet.", "het door ons genoemde bedrag"),
])
def test_het_with_its_noun_still_a_clause_in_disguise(check, text, span):
    assert _disguise(check, text) == [span]


@pytest.mark.parametrize("text", [
    "Wij vorderen uw ten onrechte ontvangen toeslag terug.",
    "Wij vorderen het ten onrechte ontvangen bedrag terug.",
    "Wij vorderen het ten onrechte betaalde bedrag terug.",
    "Wij hebben het ter plaatse gemaakte proces-verbaal ontvangen.",
    "U moet de ten onrechte ontvangen toeslag terugbetalen.",
    "Wij vorderen de ten onrechte betaalde bedragen terug.",
    "U moet het ten minste vereiste bedrag betalen.",
])
def test_fixed_adverbial_after_any_opener(check, text):
    assert _disguise(check, text) == []


def _verb_last(check, text):
    return [x for x in found(check, "DD103", text) if " " in x.text and x.text.split()[0].lower() in
            {"tot", "in", "op", "over", "van", "met", "aan", "voor", "zich"}
            and x.text != "aan te geven"  # "om aan te geven": 'aangeven' of its own
            and x.text != "in alle gevallen"]  # a listed phrase of its own ('altijd', rules33e)


@pytest.mark.parametrize("text", [
    # a phrase of time or place is no object of the verb's preposition
    "De tuin die tot vorig jaar bij het huis behoorde, is nu van de gemeente.",
    "De problemen die wij in de komende jaren voorzien, lossen wij samen op.",
    "Wij verwachten niet dat wij in de toekomst problemen voorzien.",
    "Wij vinden het goed dat u op dat moment toeziet.",
    "Het is nodig dat u het formulier in alle gevallen van uw handtekening voorziet.",
    "Wij zorgen ervoor dat wij op zaterdag toezicht houden.",
    "Wij hopen dat wij u in deze brief meer inzicht geven.",
    "Wij vragen u om aan te geven of u in de bijlage inzicht geeft.",
    "Wij denken dat de deurwaarder op maandag bij u beslag legt.",
])
def test_time_or_place_phrase_is_no_verb_last_object(check, text):
    assert _verb_last(check, text) == []


@pytest.mark.parametrize("text, span, quote", [
    # two phrases with the same preposition: the one nearest the verb
    ("Wij controleren of de gemeente op zaterdag op de naleving toeziet.", "op de naleving toeziet", "op ... toeziet"),
    ("Wij hebben gezien dat u over twee weken over het geld beschikt.", "over het geld beschikt", "over ... beschikt"),
    ("Het werk dat tot 2024 tot uw taken behoorde, doen wij nu zelf.", "tot uw taken behoorde", "tot ... behoorde"),
    ("Het kan zijn dat dit in uw geval in een boete resulteert.", "in een boete resulteert", "in ... resulteert"),
    # the parse's prepositional object (obl:arg)
    ("Het is belangrijk dat u over een geldig paspoort beschikt.", "over een geldig paspoort beschikt",
     "over ... beschikt"),
    ("Als u tot de doelgroep behoort, krijgt u een vergoeding.", "tot de doelgroep behoort", "tot ... behoort"),
    ("Wij vragen u of u van de regeling afziet.", "van de regeling afziet", "van ... afziet"),
    ("Wij zien dat dit met uw verhuizing verband houdt.", "met uw verhuizing verband houdt", "met ... verband houdt"),
    ("Wij sturen een brief zodra wij u van een nieuwe code hebben voorzien.", "van een nieuwe code hebben voorzien",
     "van ... voorzien"),
    # the quote leaves out the reader's own words
    ("Nadat wij op uw aanvraag hebben beslist, krijgt u een brief.", "op uw aanvraag hebben beslist", "op ... beslist"),
    ("Wij weten dat u van uw aanvraag afziet.", "van uw aanvraag afziet", "van ... afziet"),
    # 'zich' before the phrase
    ("Wij weten dat u zich op deze regel beroept.", "zich op deze regel beroept", "zich op ... beroept"),
    ("Het is goed dat u zich tot de gemeente wendt.", "zich tot de gemeente wendt", "zich tot ... wendt"),
    ("Wij vragen of u zich met ons in verbinding stelt.", "zich met ons in verbinding stelt",
     "zich met ... in verbinding stelt"),
    ("Het is fijn als u zich aan de regels conformeert.", "zich aan de regels conformeert", "zich aan ... conformeert"),
])
def test_verb_last_object_and_its_quote(check, text, span, quote):
    f = [x for x in _verb_last(check, text) if x.text == span]
    assert f and f"'{quote}'" in f[0].message
    assert len(_verb_last(check, text)) == 1


@pytest.mark.parametrize("text", [
    "Hij zegt dat hij zich op zijn werk richt.",  # 'zich richten op', not the listed 'tot'
])
def test_no_zich_verb_last_without_its_preposition(check, text):
    assert _verb_last(check, text) == []


@pytest.mark.parametrize("text", [
    "Wij delen uw zorgen, mede omdat de kosten hoog zijn.",  # 'mede' is 'also'
    "Wij delen de kosten, mede door de hoge huur.",
])
def test_mede_as_also_is_no_mededelen(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower() in {"delen", "deel"}]


def test_mededelen_still_found(check):
    text = "Met deze brief delen wij u mede dat uw aanvraag is toegekend."
    assert [x for x in found(check, "DD103", text) if "mededelen" in x.message]
