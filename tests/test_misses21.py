"""Misses of the twenty-first session (miss21): DD103 on a listed noun that the tagger calls a
name or a preposition ("Herzieningsbesluit" as a heading, "aan u als kentekenhouder"), on a
plural or verb form whose lemma the lemmatizer garbled ("jaaropgaven", "dat ik het bedrag
terugvorder"), on a verb form left as it was with its particle apart ("Ik vorder het bedrag
terug"), on the strong participle of a particle verb ("toegezonden"), and entries by class
(formal phrases of who ordered something, 'opmaken uit', 'beslag leggen', parties of a court
case and of debt help). Own sentences, each kind with sentences that must stay."""

import pytest

LETTER = "Geachte mevrouw De Vries,\n\n{}\n\nWij helpen u graag."


def officialese(check, text):
    return [f for f in check(LETTER.format(text), select=["DD103"]).findings if f.code == "DD103"]


def texts(check, text):
    return [f.text for f in officialese(check, text)]


# --- a listed noun the tagger calls a name or a preposition --------------------------------

@pytest.mark.parametrize("text, word", [
    ("Herzieningsbesluit\n\nWij hebben de regels voor uw toeslag veranderd.", "Herzieningsbesluit"),
    ("Om die reden krijgt u als kentekenhouder een boete.", "kentekenhouder"),
    ("Meldingsplicht\n\nU moet een nieuwe baan binnen een week aan ons doorgeven.", "Meldingsplicht"),
])
def test_listed_noun_that_the_tagger_misreads_is_found(check, text, word):
    assert word in texts(check, text)


@pytest.mark.parametrize("text", [
    "Wij wonen in de Herzieningsstraat.",  # a street: no listed word
])
def test_other_words_tagged_as_names_stay(check, text):
    assert not any(t.lower().startswith(("krachtens", "herziening")) for t in texts(check, text))


# --- a garbled lemma: plural nouns, verb forms in a subclause ----------------------------------

def test_plural_with_a_garbled_lemma_matches_its_singular(check):
    assert "jaaropgaven" in texts(check, "Stuur ons de jaaropgaven van uw uitkering.")


def test_plural_of_an_everyday_word_stays(check):
    assert texts(check, "De uitgaven van deze maand zijn hoog.") == []


def test_present_tense_in_a_subclause_gets_no_participle(check):
    found = [f for f in officialese(check, "Het kan zijn dat ik de subsidie helemaal terugvorder.")
             if f.text == "terugvorder"]
    assert len(found) == 1
    assert "teruggevraagd" not in found[0].message and not found[0].suggestions
    assert "'terugvragen'" in found[0].message


def test_verb_with_its_particle_apart_matches_the_particle_verb(check):
    assert any("vorder" in t for t in texts(check, "Ik vorder het bedrag van u terug."))


def test_verb_without_a_listed_particle_verb_stays(check):
    assert texts(check, "Het werk aan de brug vordert goed.") == []


@pytest.mark.parametrize("text, word", [
    ("Wij hebben de brief op 3 mei aan u toegezonden.", "toegezonden"),
])
def test_strong_participle_of_a_listed_particle_verb(check, text, word):
    assert word in texts(check, text)


def test_participle_of_an_unlisted_verb_stays(check):
    assert texts(check, "U heeft de sleutel teruggevonden.") == []
    assert texts(check, "De kinderen zijn meegegaan naar het strand.") == []


# --- entries by class -------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Op last van de burgemeester is de woning gesloten.", "Op last van"),
    ("U krijgt een bril op voorschrift van uw arts.", "op voorschrift van"),
    ("Uit deze stukken kan worden opgemaakt dat u hier niet woont.", "Uit deze stukken kan worden opgemaakt"),
    ("In die periode mogen schuldeisers geen beslag leggen.", "beslag leggen"),
    ("De verweerder heeft niet gereageerd.", "verweerder"),
    ("De officier van justitie beslist of u een straf krijgt.", "officier van justitie"),
    ("U zit nu in de schuldsanering.", "schuldsanering"),
    ("Uw bewindvoering stopt op 1 mei.", "bewindvoering"),
    ("Wij beginnen eerst een minnelijk traject.", "minnelijk traject"),
    ("U betaalt griffiekosten.", "griffiekosten"),
    ("Het formulier was niet compleet, weshalve wij het terugsturen.", "weshalve"),
    ("U heeft een lopende regeling bij ons.", "lopende"),
])
def test_class_entries(check, text, span):
    assert span in texts(check, text)


@pytest.mark.parametrize("text", [
    "Wij leggen het beslag voor de pannenkoeken in de kast.",  # batter, nothing seized
    "Mijn zus heeft zich mooi opgemaakt.",
    "Ik maak elke ochtend mijn bed op.",
    "De lopende band staat stil.",
    "Ik heb last van mijn rug.",
])
def test_ordinary_senses_stay(check, text):
    found = texts(check, text)
    assert not any(("beslag" in t or "opgemaakt" in t or "maak" in t or "lopende" in t) for t in found)


# --- a listed nominal expression with its verb's particle apart -------------------------------

@pytest.mark.parametrize("text, span", [
    # the span ends at the light verb's particle: the verb is "plaatsvinden" (mend33a)
    ("De controle vindt plaats op 1 mei.", "controle vindt plaats"),
    ("Vindt de betaling op tijd plaats?", "Vindt de betaling op tijd plaats"),
])
def test_nominal_expression_with_particle_apart(check, text, span):
    found = [f for f in officialese(check, text) if f.category == "nominalisation"]
    assert [f.text for f in found] == [span]


def test_place_noun_with_vinden_is_no_nominal_style(check):
    assert not [f for f in officialese(check, "Wij vinden de plaats van de bank goed.") if f.category == "nominalisation"]


# --- 'gehouden zijn' (bound to) only before what one must do --------------------------------

@pytest.mark.parametrize("text, span", [
    ("U bent gehouden het bedrag te betalen.", "bent gehouden"),
    ("Wij zijn gehouden de regels te volgen.", "zijn gehouden"),
    ("Omdat u gehouden bent de huur te betalen, sturen wij een brief.", "gehouden bent"),
])
def test_bound_to_before_a_te_infinitive(check, text, span):
    assert span in texts(check, text)


@pytest.mark.parametrize("text", [
    "De vergadering is gehouden in het stadhuis.",
    "De vergadering is gehouden om te praten over het park.",  # a purpose
    "Omdat de vergadering gehouden is in de zaal, is het druk.",
    "Wij hebben de hond bij ons gehouden.",
])
def test_held_is_no_bound_to(check, text):
    assert not any("gehouden" in t for t in texts(check, text))


# --- fix21c (after review rev21c): each entry in its own sense only ---------------------------

@pytest.mark.parametrize("text, span", [
    ("U kunt inspreken tijdens de vergadering van de gemeenteraad.", "inspreken"),
    ("Zij heeft bij de raadscommissie ingesproken over het park.", "ingesproken"),
    ("U bent uw afspraken niet nagekomen.", "nagekomen"),
    ("Wij zijn onze belofte nagekomen.", "nagekomen"),
    ("Wij hebben de brief op 3 mei aan u toegezonden.", "toegezonden"),
])
def test_strong_participle_in_the_listed_sense(check, text, span):
    assert span in texts(check, text)


@pytest.mark.parametrize("text", [
    "Ik heb een bericht voor u ingesproken.",  # a voicemail
    "U heeft op 3 mei een bericht ingesproken op ons antwoordapparaat.",
    "Er zijn nog stukken nagekomen.",  # arrived later
    "Mijn broer is later nagekomen met de kinderen.",
])
def test_strong_participle_in_an_everyday_sense_stays(check, text):
    assert not any(("ingesproken" in t or "nagekomen" in t) for t in texts(check, text))


@pytest.mark.parametrize("text", [
    "De kans op last van muggen is deze zomer groot.",  # 'kans op', 'last van': trouble
    "Wij letten extra op last van geluid in de buurt.",
    "Er is een groot risico op last van ratten bij de containers.",
    "De kinderen lopen op last van niemand naar huis.",
])
def test_trouble_from_is_no_order_of(check, text):
    assert not any("last van" in t.lower() for t in texts(check, text))


def test_order_of_an_authority_keeps_its_replacement(check):
    found = [f for f in officialese(check, "Op last van de rechter is de woning ontruimd.") if f.text == "Op last van"]
    assert len(found) == 1 and found[0].suggestions == ["In opdracht van"]


@pytest.mark.parametrize("text", [
    "Hij heeft al zijn geld opgemaakt uit verveling.",  # spent, and 'uit' gives the cause
    "Ik maak mijn spaargeld op uit angst voor de toekomst.",
    "Zij heeft zich opgemaakt uit gewoonte.",  # make-up
    "Zij maakt zich op om uit te gaan.",
])
def test_opmaken_with_a_cause_is_no_conclusion(check, text):
    assert not any(("maak" in t or "opgemaakt" in t) for t in texts(check, text))


@pytest.mark.parametrize("text", [
    "Uit het dossier kan worden opgemaakt hoe het besluit tot stand kwam.",
    "Uit deze stukken kan worden opgemaakt dat u hier niet woont.",
])
def test_opmaken_uit_with_what_one_concludes(check, text):
    assert any("opgemaakt" in t for t in texts(check, text))


def test_report_made_from_notes_keeps_the_report_sense(check):
    found = [f for f in officialese(check, "Het verslag is opgemaakt uit aantekeningen van de politie.")
             if "opgemaakt" in f.text]
    assert [f.text for f in found] == ["opgemaakt"] and "gemaakt" in found[0].suggestions


def test_weshalve_is_explained_without_a_replacement(check):
    found = [f for f in officialese(check, "U heeft niet betaald, weshalve wij de zaak aan de deurwaarder geven.")
             if f.text == "weshalve"]
    assert len(found) == 1 and not found[0].suggestions
    assert "daarom" in found[0].message and "waarom" not in found[0].message


@pytest.mark.parametrize("text", [
    "Uw lopende indicatie blijft geldig tot 1 juli.",  # in force, not 'not ready yet'
    "U houdt uw lopende voorziening, zoals de rolstoel.",
    "Uw lopende toekenning loopt tot het einde van het jaar.",
])
def test_lopende_in_force_is_no_pending_matter(check, text):
    assert "lopende" not in texts(check, text)


@pytest.mark.parametrize("text", [
    "De vergadering is gehouden in het stadhuis, zonder iets te besluiten.",
    "De vergadering is gisteren gehouden zonder een besluit te nemen.",
    "Het feest is in de tuin gehouden, in plaats van in de zaal te zitten.",
    "Het feest is gehouden in het buurthuis, goed te bereiken met de bus.",
    "De markt is gehouden op het plein, en er was veel te zien.",
])
def test_held_before_a_te_clause_of_its_own_is_no_bound_to(check, text):
    assert not any("gehouden" in t for t in texts(check, text))


@pytest.mark.parametrize("text", [
    "Omdat u gehouden bent tot betaling van het bedrag, sturen wij een aanmaning.",
    "Omdat u gehouden bent aan de afspraken, moet u op tijd betalen.",
    "Omdat u gehouden bent om de huur te betalen, sturen wij een brief.",
    "U bent gehouden tot betaling van het volledige bedrag.",
    "U bent gehouden om het bedrag binnen 14 dagen te betalen.",
    "Wij zijn niet gehouden om u de kosten te vergoeden.",
])
def test_bound_to_with_tot_aan_or_om(check, text):
    assert any("gehouden" in t for t in texts(check, text))


@pytest.mark.parametrize("text, word", [
    ("U bent verweerder.", "verweerder"),
    ("Als verweerder moet u binnen zes weken reageren.", "verweerder"),
    ("De gedaagde heeft niet gereageerd.", "gedaagde"),
])
def test_court_party_explained_as_its_role(check, text, word):
    found = [f for f in officialese(check, text) if f.text == word]
    assert len(found) == 1 and "andere partij" not in found[0].message and "rechtszaak" in found[0].message


def test_batter_with_a_bill_is_no_seizure(check):
    assert not any("beslag" in t for t in texts(check, "Ik leg het beslag in de koelkast en betaal de rekening later."))
    assert any("beslag" in t for t in texts(check, "De deurwaarder kan beslag leggen op uw bankrekening."))
