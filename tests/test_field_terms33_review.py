"""DD103 field terms reviewed (rev33d): a field term (kind 'vak' in wordlists/jargon.tsv) is a
vakwoord, not officialese; the writer should explain it once, at its first place in the text.
No finding where the text explains it right after (an apposition after a comma or a dash, the
next sentence), nor in a heading or menu item. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return codes(check(text, select=["DD103"]), "DD103")


def on(check, text, word):
    return [f for f in found(check, text) if f.text.lower() == word]


def test_explain_only_field_term_says_vakwoord_and_explain_once(check):
    f = on(check, "Voor uw tuin geldt een bestemmingsplan met strenge regels.", "bestemmingsplan")
    assert len(f) == 1 and not f[0].suggestions
    assert "vakwoord" in f[0].message and "ambtelijke taal" not in f[0].message
    assert "Leg het de eerste keer uit, bijvoorbeeld: 'plan waarin staat wat er op een plek mag'" in f[0].message


def test_field_term_with_a_plain_word_keeps_offering_it(check):
    f = on(check, "Het hemelwater van de garage gaat naar de sloot.", "hemelwater")
    assert len(f) == 1 and f[0].suggestions == ["regenwater"]
    assert "vakwoord" in f[0].message and "'regenwater'" in f[0].message


def test_officialese_keeps_its_own_message(check):
    f = found(check, "Wij verzoeken u de stukken te verstrekken.")
    assert f and all("vakwoord" not in x.message for x in f)


def test_field_term_only_at_its_first_place(check):
    text = ("De gemeente verkoopt de grond in erfpacht. De erfpacht loopt vijftig jaar. "
            "Na die tijd stopt de erfpacht.")
    assert len(on(check, text, "erfpacht")) == 1
    # another field term in the same text still gets its own finding
    text2 = "U betaalt erfpacht. Het bestemmingsplan staat een garage toe."
    assert on(check, text2, "erfpacht") and on(check, text2, "bestemmingsplan")


@pytest.mark.parametrize("explained, plain, word", [
    # an apposition after a comma or between dashes
    ("U betaalt de canon, het bedrag voor het gebruik van de grond, elk jaar in januari bij de erfpacht.",
     "U betaalt de canon elk jaar in januari bij de erfpacht.", "canon"),
    ("Het bestemmingsplan – de regels voor de bouw in uw straat – staat een schuur toe.",
     "Het bestemmingsplan staat een schuur toe.", "bestemmingsplan"),
    # the next sentence says what it holds, or names the term again with its meaning
    ("Voor uw straat geldt een bestemmingsplan. Daarin staat wat u op uw grond mag bouwen.",
     "Voor uw straat geldt een bestemmingsplan. Wij sturen u een kopie.", "bestemmingsplan"),
    ("Uw huis staat op grond in erfpacht. Erfpacht betekent dat u de grond van de gemeente huurt.",
     "Uw huis staat op grond in erfpacht. Wij sturen u de rekening in mei.", "erfpacht"),
    ("Wij kijken eerst in het omgevingsplan. Een omgevingsplan is een plan met alle regels voor bouwen in de gemeente.",
     "Wij kijken eerst in het omgevingsplan. Dat duurt een paar weken.", "omgevingsplan"),
])
def test_field_term_explained_right_after_is_not_found(check, explained, plain, word):
    assert on(check, plain, word)
    assert not on(check, explained, word)


@pytest.mark.parametrize("text", [
    "Wonen\n- Erfpacht\n- Parkeren\n- Afval",
    "Mijn zaken\nParkeren\nErfpacht\nAccount\nHallo, hier ziet u uw zaken.",
])
def test_field_term_in_a_menu_is_not_found_there(check, text):
    # a menu item leads to a page of its own, which explains it
    assert not on(check, text, "erfpacht")


def test_heading_the_text_never_uses_again_keeps_the_finding(check):
    # the reader meets the term only in the heading
    text = "Erfpacht\nU betaalt elk jaar een bedrag aan de gemeente voor de grond onder uw huis."
    f = on(check, text, "erfpacht")
    assert len(f) == 1 and f[0].start == 0


def test_heading_then_first_use_below_is_found_below(check):
    text = "Erfpacht\nDe gemeente geeft de grond onder uw huis in erfpacht."
    f = on(check, text, "erfpacht")
    assert len(f) == 1 and f[0].start > text.index("\n")


def test_sentence_broken_over_lines_is_no_menu(check):
    text = ("U betaalt elk jaar een bedrag aan de gemeente voor de grond, en dat heet\n"
            "erfpacht\n"
            "en dat staat in uw akte.")
    assert on(check, text, "erfpacht")


def test_field_term_in_a_name_still_needs_explaining(check):
    f = on(check, "Het Bestemmingsplan Centrum-Noord ligt tot 1 mei op het gemeentehuis.", "bestemmingsplan")
    assert len(f) == 1 and "vakwoord" in f[0].message


def test_later_use_is_not_called_hard_by_another_rule(check):
    text = "De incubatietijd van deze ziekte is lang. Na twee keer de incubatietijd testen wij opnieuw."
    report = check(text, select=["DD103", "DD104", "DD105"])
    assert [f.code for f in report.findings if "incubatietijd" in f.text] == ["DD103"]


def test_a_new_clause_after_the_comma_is_no_explanation(check):
    text = "Wij werken straks met een omgevingsplan, de software daarvoor is nog niet klaar."
    assert on(check, text, "omgevingsplan")


def test_phrase_alternative_agrees_with_the_article(check):
    # 'putje' is a het-word: "de straatkolk" is no "de putje in de straat"; after 'een' it fits
    f = on(check, "De straatkolk voor uw huis is verstopt.", "straatkolk")
    assert f and not f[0].suggestions and "bijvoorbeeld: 'putje in de straat'" in f[0].message
    f = on(check, "Er is een straatkolk verstopt bij de school.", "straatkolk")
    assert f and f[0].suggestions == ["putje in de straat"]


def test_later_use_counts_for_the_score(check):
    # the advice is given once, but the reader meets the term each time: the sentence with the
    # later use keeps its jargon feature for the score (a hidden finding)
    report = check("De erfpacht gaat omhoog. Wij sturen u een brief over de erfpacht.")
    assert len([f for f in report.findings if f.code == "DD103"]) == 1
    assert report.sentence_features[1]["jargon"] == 1.0


@pytest.mark.parametrize("text", [
    # compounds of everyday words whose parts say what the whole means (taken out of the list)
    "Uw toeslagpartner moet ook tekenen.",
    "Voor een nieuwe oprit heeft u een uitritvergunning nodig.",
    "De bezwaarschriftencommissie hoort u op 3 mei.",
])
def test_transparent_compounds_are_not_field_terms(check, text):
    assert not found(check, text)


def test_a_narrower_word_is_no_replacement(check):
    # a watergang may be a ditch, a canal or a brook: 'sloot' is only an example
    f = on(check, "De watergang achter de school wordt schoongemaakt.", "watergang")
    assert f and not f[0].suggestions and "bijvoorbeeld: 'sloot'" in f[0].message


@pytest.mark.parametrize("text, word", [
    # a name with a field term at its head: the name says which one, the term what kind of thing
    ("De Welstandscommissie Utrecht kijkt volgende week naar uw plan.", "welstandscommissie"),
    ("U kunt Bijzondere Bijstand aanvragen bij de gemeente.", "bijzondere bijstand"),
])
def test_field_term_heading_a_name_is_found(check, text, word):
    f = on(check, text, word)
    assert len(f) == 1 and "vakwoord" in f[0].message


@pytest.mark.parametrize("text", [
    'Klik op de knop "Erfpacht" om verder te gaan.',   # a label the reader must find as it stands
    "Bel met de afdeling Erfpacht als u vragen heeft.",  # the name of a department
])
def test_field_term_as_a_label_or_department_is_not_found(check, text):
    assert not on(check, text, "erfpacht")
