"""fix44b: DD103 once per text for a noun the writer must keep (no one-word replacement, only an
explanation), the names of municipal taxes as field terms, a row of data is no menu item, the
sense of 'betrekken bij', 'afweging', 'afschrift', 'intrekken', the plain verb of "ter" + a rare
verb, and the signer's title under the name as part of the signature. Examples written for
these tests."""

from conftest import codes


def findings(report, word):
    return [f for f in codes(report, "DD103") if f.text.lower() == word]


# -- a noun that must stay: once per text ------------------------------------------------------

def test_kept_noun_is_reported_once(check):
    text = ("Wij hebben uw verzoek om kwijtschelding ontvangen.\n\n"
            "Voor kwijtschelding kijken wij naar uw inkomen. De kwijtschelding geldt voor één jaar.")
    found = findings(check(text), "kwijtschelding")
    assert len(found) == 1
    assert found[0].start == text.index("kwijtschelding")


def test_word_with_a_plain_replacement_keeps_every_use(check):
    text = "Indien u vragen heeft, bel ons. Indien u niet kunt komen, laat het ons weten."
    assert len(findings(check(text), "indien")) == 2


def test_noun_with_a_one_word_example_keeps_every_use(check):
    # 'voorziening' has 'hulp' and 'regeling' as examples: the writer replaces it at every use
    text = "Wij geven u een voorziening voor uw huis. Deze voorziening is gratis."
    assert len(findings(check(text), "voorziening")) == 2


def test_hearing_is_reported_once(check):
    text = ("Wij nodigen u uit voor de hoorzitting over uw bezwaar.\n\n"
            "Tijdens de hoorzitting kunt u uw bezwaar uitleggen. Na de hoorzitting beslissen wij.")
    assert len(findings(check(text), "hoorzitting")) == 1


# -- taxes on the bill are field terms; a row with an amount is read as text --------------------

LETTER = ("Geachte heer Jansen,\n\n"
          "Wij sturen u het overzicht van uw belastingen voor dit jaar. U moet nog een bedrag betalen.\n\n"
          "Rioolheffing: € 196,20\n"
          "Precariobelasting: € 45,00\n"
          "Totaal: € 241,20\n\n"
          "U kunt de rioolheffing in termijnen betalen. Bel ons als u vragen heeft over de rekening.\n\n"
          "Met vriendelijke groet,\n\n"
          "P. de Vries\n"
          "medewerker belastingen\n")


def test_tax_name_is_a_field_term_at_its_row(check):
    report = check(LETTER)
    riool = findings(report, "rioolheffing")
    assert len(riool) == 1
    assert riool[0].start == LETTER.index("Rioolheffing")  # the row of the bill, not the later use
    assert "vakwoord" in riool[0].message
    precario = findings(report, "precariobelasting")
    assert len(precario) == 1 and "vakwoord" in precario[0].message


def test_data_row():
    from duidelijk.rules.jargon import _DATA_ROW

    assert _DATA_ROW.search("Rioolheffing: € 196,20")
    assert _DATA_ROW.search("Datum: 3 maart 2025")
    assert not _DATA_ROW.search("Erfpacht")
    assert not _DATA_ROW.search("Let op: neem uw pas mee")  # a colon before a word: a label of text


# -- senses ---------------------------------------------------------------------------------------

def test_betrekken_bij_of_a_view_is_weighing(check):
    found = findings(check("Wij zullen uw reactie betrekken bij ons besluit."), "betrekken bij")
    assert found and "meewegen" in found[0].message and "meedoen" not in found[0].message
    assert not found[0].suggestions


def test_betrekken_bij_of_a_person_keeps_its_sense(check):
    report = check("Wij betrekken de buren bij het plan voor het plein.")
    found = [f for f in codes(report, "DD103") if "betrekken" in f.text.lower()]
    assert found and "meedoen" in found[0].message


def test_weighing_of_interests_is_no_choice(check):
    found = findings(check("Bij de afweging van alle belangen kijken wij ook naar de buren."), "afweging")
    assert found and "keuze" not in found[0].message and not found[0].suggestions


def test_other_afweging_keeps_keuze(check):
    found = findings(check("Dat was voor ons een moeilijke afweging."), "afweging")
    assert found and "keuze" in found[0].message


def test_bank_statement_is_an_overview(check):
    found = findings(check("Stuur ons de afschriften van uw bankrekening van de laatste drie maanden."), "afschriften")
    assert found and found[0].suggestions == ["overzichten"]


def test_copy_of_a_deed_stays_a_copy(check):
    found = findings(check("Stuur ons een afschrift van de akte."), "afschrift")
    assert found and found[0].suggestions == ["kopie"]


def test_a_payment_is_stopped_not_undone(check):
    found = findings(check("Als u niet meewerkt, wordt uw uitkering ingetrokken."), "ingetrokken")
    assert found and found[0].suggestions == ["gestopt"]


def test_a_permit_keeps_the_lists_order(check):
    found = findings(check("De vergunning voor het terras is ingetrokken."), "ingetrokken")
    assert found and found[0].suggestions[0] == "teruggedraaid"


def test_ter_with_a_rare_verb_names_the_plain_verb(check):
    report = check("De commissie komt bijeen ter beslechting van het geschil.")
    found = [f for f in codes(report, "DD103") if f.text.lower().startswith("ter beslechting")]
    assert found and "'oplossen'" in found[0].message


def test_ter_with_a_common_verb_keeps_it(check):
    report = check("U krijgt dit bedrag ter erkenning van uw werk.")
    found = [f for f in codes(report, "DD103") if f.text.lower().startswith("ter erkenning")]
    assert found and "'erkennen'" in found[0].message


# -- the signer's title under the name -----------------------------------------------------------

def test_title_under_the_name_is_part_of_the_signature(check):
    report = check(LETTER)
    assert not [f for f in report.findings if f.start >= LETTER.index("P. de Vries")]


def test_consultant_title_gets_no_word_finding(check):
    text = ("Geachte mevrouw Bakker,\n\nWij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons.\n\n"
            "Met vriendelijke groet,\n\nmevrouw A. van den Berg\nconsulent Wmo\n")
    report = check(text)
    assert not [f for f in report.findings if f.start >= text.index("mevrouw A.")]


def test_name_line():
    from duidelijk.structure import _name_line

    assert _name_line("R. Smeenk")
    assert _name_line("mr. A.C. de Ruyter-Vos")
    assert _name_line("mevrouw C. van den Brink")
    assert not _name_line("wij zien u graag")
    assert not _name_line("Bel ons gerust")


# -- a term "in de zin van" a law -------------------------------------------------------------------

def test_term_in_the_sense_of_a_law_is_explained_not_replaced(check):
    text = "Let op: uw brief is geen zienswijze of bezwaar in de zin van de Algemene wet bestuursrecht."
    found = findings(check(text), "zienswijze")
    assert found and not found[0].suggestions
    assert "vakwoord" in found[0].message and "'reactie'" not in found[0].message


def test_term_in_everyday_use_keeps_its_replacement(check):
    found = findings(check("U kunt uw zienswijze naar ons sturen."), "zienswijze")
    assert found and found[0].suggestions[0] == "reactie"


def test_in_legal_sense_stops_at_a_verb(nlp):
    from duidelijk.rules.jargon import in_legal_sense

    doc = nlp("Wij lezen uw zienswijze en reageren in de zin van de wet.")
    tok = next(t for t in doc if t.text == "zienswijze")
    assert not in_legal_sense(tok)
