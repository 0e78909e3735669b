"""DD112 and DD111 of the thirty-fifth session (rules35a). Sentences written for these tests.

DD112: a name that Dutch writes with a capital on its first word only ("de Tegemoetkoming vaste
lasten", a heading "Regionaal meldpunt overlast") explains the capitals that follow it, as a
name with a capital on every word did; unlisted capitals in a compound written as two words
("een HDMI kabel") are read as the compound with its hyphen ("HDMI-kabel")."""

from conftest import codes


def found(check, text, code="DD112"):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# --- DD112: a name in sentence case earlier in the text ------------------------------------

def test_name_with_small_words_explains(check):
    assert not found(check, "Geachte heer,\n\nU kunt de Tegemoetkoming vaste lasten krijgen. De TVL is voor "
                            "ondernemers met hoge kosten.")
    assert not found(check, "Geachte mevrouw,\n\nDe gemeente heeft een Meldpunt zorg en overlast. Het MZO helpt "
                            "buren die ruzie hebben.")


def test_heading_in_sentence_case_explains(check):
    assert not found(check, "Regionaal meldpunt overlast\n\nHet RMO helpt bij overlast. Bel het RMO op "
                            "werkdagen.")


def test_small_words_without_a_name_explain_nothing(check):
    # no capital at the start of the words: nothing tells the reader it is a name
    assert found(check, "Geachte heer,\n\nU kunt een tegemoetkoming vaste lasten krijgen. De TVL is voor "
                        "ondernemers.") == ["TVL"]
    # the first words of a sentence: the capital is the sentence's, and the words go on
    assert found(check, "Geachte heer,\n\nRegionaal meldpunt overlast helpt u snel. Het RMO is er elke dag.") \
        == ["RMO"]
    # a verb or a function word ends a name: "Wij hebben uw aanvraag" names nothing
    assert found(check, "Geachte heer, Wij hebben uw aanvraag ontvangen. De WHUA is klaar.") == ["WHUA"]


# --- DD112: capitals before a noun, written as two words -----------------------------------

def test_loose_compound_of_a_product_is_left(check):
    assert not found(check, "Geachte heer,\n\nGebruik een HDMI kabel om de tv aan te sluiten.")
    assert not found(check, "Geachte heer,\n\nWij kunnen een HEIC foto niet openen.")


def test_loose_compound_of_a_scheme_is_still_asked(check):
    # the short name of a scheme or a permit: the reader must be told it, with a hyphen or without
    assert found(check, "Geachte heer,\n\nU kunt een VEOA vergunning aanvragen bij ons.") == ["VEOA"]
    assert found(check, "Geachte heer,\n\nDe KTR regeling is voor huurders met een laag inkomen.") == ["KTR"]
    # the capitals alone, with no noun after them, are asked about as before
    assert found(check, "Geachte heer,\n\nSluit de kabel aan op de HDMI van de tv.") == ["HDMI"]


# --- DD111: a role noun for someone else, and a person named in front ----------------------
# (the same module's docstring: a role noun made from a verb, 'aanvrager' from 'aanvragen', is
# someone else where the text has said that another person did that deed)

def test_role_noun_for_whom_another_did_the_deed(check):
    text = ("Geachte mevrouw,\n\nUw buurman heeft een vergunning aangevraagd voor een dakkapel. De aanvrager "
            "wil in mei beginnen. U kunt bezwaar maken tot 1 april.")
    assert not found(check, text, "DD111")
    text = ("Geachte mevrouw,\n\nDe school heeft een verzoek ingediend voor een nieuw hek. De indiener "
            "krijgt binnen acht weken een besluit.")
    assert not found(check, text, "DD111")


def test_role_noun_for_the_reader_who_did_the_deed(check):
    # the reader did it: the role noun is the reader, and 'u' is plainer
    text = ("Geachte mevrouw,\n\nU heeft een vergunning aangevraagd voor een dakkapel. De aanvrager moet de "
            "vergunning op de bouwplaats hebben.")
    assert found(check, text, "DD111") == ["aanvrager"]
    # nobody named: as before
    text = "Geachte mevrouw,\n\nWij hebben de aanvraag ontvangen. De aanvrager krijgt binnen acht weken een besluit."
    assert found(check, text, "DD111") == ["aanvrager"]


def test_person_named_in_front_of_the_predicate(check):
    assert not found(check, "Geachte mevrouw,\n\nVoor de huurder is het niet nodig om de meterstand door te "
                            "geven. Dat doet de verhuurder.", "DD111")
    # a thing in front names nobody: who need not send it?
    assert found(check, "Geachte mevrouw,\n\nVoor deze aanvraag is het niet nodig om een tekening te sturen. "
                        "Wij hebben genoeg gegevens.", "DD111") == ["is het niet nodig"]
