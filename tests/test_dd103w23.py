"""Twenty-third session (dd103w23): DD103 on fresh text, second round. Own sentences, both ways."""

import pytest


def found(check, text, code="DD103"):
    return [f.text for f in check(text, select=["DD103", "DD104"]).findings if f.code == code]


# --- 'toekennen' / 'toewijzen' of work handed to someone: nothing is granted ---------------

@pytest.mark.parametrize("text", [
    "De volgende melding is aan jou toegewezen:",
    "Er is een zaak aan jou toegekend met nummer 4512.",
    "Wij hebben de taak aan een collega toegewezen.",
    "Een medewerker wijst de melding toe aan een team.",
    "De aan jou toegewezen meldingen staan hieronder.",
    "De storingsmelding die aan jou is toegewezen, staat hieronder.",
    "Het ticket is toegewezen aan de helpdesk.",
    "Dit dossier is aan een nieuwe consulent toegekend.",
])
def test_work_handed_out_is_no_officialese(check, text):
    assert not [w for w in found(check, text) if "toe" in w.lower() or w.lower() in {"wijst", "kennen"}], \
        (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Er is een woning aan u toegewezen.",
    "Er is een tegoed aan je toegekend.",
    "Wij hebben uw aanvraag toegekend.",
    "Het team heeft de aanvraag toegewezen.",          # an object of its own: the request is granted
    "De rechter heeft de vordering toegewezen.",       # a claim granted, not work handed out
    "Wij kennen u een uitkering toe.",
    "De subsidie is toegekend aan de vereniging.",
    "Uw klacht is toegewezen.",
])
def test_what_is_granted_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if "toe" in w.lower() or w.lower() in {"wijzen", "kennen"}], text


def test_assigned_work_is_read_from_the_word_list():
    from duidelijk.rules.jargon import assigned_work
    assert {"taak", "melding", "zaak"} <= assigned_work()
    assert not {"aanvraag", "verzoek", "klacht", "vordering", "woning", "opdracht"} & assigned_work()


# --- 'Geachte' as a salutation where no salutation line is seen ------------------------------

@pytest.mark.parametrize("text", [
    "aanhef: Geachte heer/mevrouw,",
    '"Geachte heer/mevrouw,<br><br>U heeft het formulier verstuurd."',
    '  greeting: "Geachte mevrouw De Vries,"',
    "Geachte heer Jansen, wij schrijven u over uw aanvraag.",
])
def test_geachte_as_a_salutation_is_no_finding(check, text):
    assert not [w for w in found(check, text) if w.lower() == "geachte"], text


@pytest.mark.parametrize("text", [
    "Wij danken de geachte afgevaardigde voor de vragen.",   # a word before it: no salutation
    "Wij hebben u geachte leden uitgenodigd.",
    "Bedankt voor uw brief. Geachte heer, wij schrijven u.",  # words before it on its line
])
def test_geachte_elsewhere_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if w.lower() == "geachte"], text


# --- a letter part's label written alone: 'Kenmerk', 'Betreft' -------------------------------

@pytest.mark.parametrize("text", [
    "reference: Kenmerk",
    "re: Betreft",
    "Ons kenmerk",
    "Helpdesk\nT 088 000 00 00\n\nKenmerk\n%{brief_code}\n\nGeachte heer/mevrouw,\n\nU krijgt een nieuwe code.",
    "Uw kenmerk:\n2024-113",
])
def test_a_part_label_alone_is_no_finding(check, text):
    assert not [w for w in found(check, text) if w.lower() in {"kenmerk", "betreft"}], text


@pytest.mark.parametrize("text", [
    "U kunt dit kenmerk noemen als u contact met ons opneemt.",
    "Vermeld het kenmerk bij uw betaling.",
    "Kenmerk van de zaak",                     # words after it: a heading, no label alone
    "Het betreft een maatregel voor iedereen.",
    "Uw brief is verzonden",                   # 'verzonden' is no part's label
])
def test_the_label_word_in_a_sentence_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if w.lower() in {"kenmerk", "betreft", "verzonden"}], text
