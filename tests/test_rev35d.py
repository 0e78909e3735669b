"""Thirty-fifth session, rev35d: review of rules35d's 'deze' and rules35a's DD111. Sentences
written for these tests.

- DD103, 'deze' alone: the plain words the message offers fit what 'deze' can mean. A plural
  ("en deze zijn compleet", "Als u documenten heeft, neemt u deze mee") takes 'ze' or 'die', never
  'hij' or 'hem'; a het-word in the singular ("uw formulier ... en deze doorgestuurd") takes 'het'
  or 'dat' ('die' and 'hem' are for de-words).
- DD111: a deed done in the reader's name ("namens u", "in uw naam") was the reader's: 'de
  aanvrager' after it is the reader, so the finding stays."""

import pytest

from conftest import codes


DEZE_NEAR = {"DD103": {"deze_near": True}}  # 'deze' with its noun in the same sentence: a setting (lead, after endjudge35)


def deze(check, text):
    found = [f for f in codes(check(text, select=["DD103"], rules=DEZE_NEAR), "DD103") if f.text.lower() == "deze"]
    assert len(found) == 1, text
    return found[0].message


@pytest.mark.parametrize("text", [
    "Wij hebben uw formulieren ontvangen en deze zijn compleet.",
    "Als u documenten heeft, neemt u deze mee naar de balie.",
    "Wij hebben uw bonnen ontvangen en deze doorgestuurd.",
    "De kinderen van uw partner kunnen ook meedoen, als deze bij u wonen.",
    "U heeft de stukken gestuurd. Wij hebben deze bekeken.",  # the sentence before
])
def test_deze_for_a_plural_offers_ze_or_die(check, text):
    message = deze(check, text)
    assert "'ze' of 'die'" in message and "'hij'" not in message and "'hem'" not in message


@pytest.mark.parametrize("text", [
    "Wij hebben uw formulier ontvangen en deze doorgestuurd.",
    "Als u een paspoort heeft, neemt u deze mee naar de balie.",
    "Wij hebben uw verzoek gelezen en deze is compleet.",
    "U heeft een formulier gestuurd. Wij hebben deze bekeken.",  # the sentence before
])
def test_deze_for_a_het_word_offers_het_or_dat(check, text):
    message = deze(check, text)
    assert "'het' of 'dat'" in message and "'die'" not in message and "'hem'" not in message


@pytest.mark.parametrize("text, words", [
    ("Kopieer de code en vul deze in op de website.", "'hem', 'ze' of 'die'"),
    ("Uw aanvraag is compleet, dus deze wordt binnen acht weken behandeld.", "'hij', 'ze' of 'die'"),
    # (rules37e: "Wij hebben uw aanvraag aan het team gegeven en deze heeft een antwoord", a de-word
    # and a het-word it may mean, is now the finding that the reader must guess: test_rules37e.py)
    ("U heeft een uitkering aangevraagd. Deze is toegekend.", "'hij', 'ze' of 'die'"),
])
def test_deze_for_a_de_word_keeps_hij_or_hem(check, text, words):
    assert words in deze(check, text)


def impersonal(check, text):
    return [f.text for f in codes(check(text, select=["DD111"]), "DD111")]


@pytest.mark.parametrize("text", [
    "Uw adviseur heeft namens u een vergunning aangevraagd. De aanvrager moet de kosten betalen.",
    "Uw zoon heeft in uw naam een vergunning aangevraagd. De aanvrager moet de kosten betalen.",
])
def test_role_noun_for_a_deed_in_the_readers_name_is_the_reader(check, text):
    assert impersonal(check, text) == ["aanvrager"]


@pytest.mark.parametrize("text", [
    "Uw buurman heeft een vergunning aangevraagd. De aanvrager moet de kosten betalen.",
    "Uw buurman heeft in zijn naam een vergunning aangevraagd. De aanvrager moet de kosten betalen.",
    "Uw buurman heeft namens zijn bedrijf een vergunning aangevraagd. De aanvrager moet de kosten betalen.",
])
def test_role_noun_for_a_deed_of_another_stays_no_finding(check, text):
    assert impersonal(check, text) == []


def test_a_word_of_both_genders_is_no_het_word(check):
    # the tagger reads 'Kopieer' at the start as a name of either gender ("Com,Neut"): that says
    # nothing of 'de link', so the words of a de-word stay
    message = deze(check, "Kopieer de link en stuur deze naar uw partner.")
    assert "'het' of 'dat'" not in message and "'hem', 'ze' of 'die'" in message


def test_het_words_only_after_a_preposition_do_not_decide(check):
    # 'deze' is for de-words: with het-words only inside phrases with a preposition, it means
    # the de-word of the sentence before ('de vergunning'), and 'het' would be wrong
    # (rules37e: one het-word here; with two, "Op advies van het college", 'deze' may mean more
    # things and is the finding that the reader must guess)
    message = deze(check, "U vroeg om een vergunning voor het terras. Op ons advies wordt deze niet verlengd.")
    assert "'het' of 'dat'" not in message and "'hij', 'ze' of 'die'" in message


def deze_spans(check, text):
    return [f.text for f in codes(check(text, select=["DD103"]), "DD103") if f.text.lower() == "deze"]


@pytest.mark.parametrize("text", [
    # 'deze' before its noun, with a phrase of the adjective between them
    "Deze voor u belangrijke regels gelden vanaf 1 mei.",
    "Wij sturen u deze voor u belangrijke brief.",
    "Wij sturen u deze door ons opgestelde regels.",
])
def test_deze_with_a_phrase_before_its_adjective_and_noun_is_no_finding(check, text):
    assert deze_spans(check, text) == []


@pytest.mark.parametrize("text", [
    # the adjective has its own article or possessive, or follows the preposition: 'deze' alone
    "Leg deze in goede staat terug.",
    "Neem deze mee naar de nieuwe balie.",
    "Stuur deze naar uw oude adres.",
    "U heeft een brief gekregen. Bewaar deze op een veilige plek.",
])
def test_deze_alone_before_a_phrase_with_its_own_noun_stays(check, text):
    assert len(deze_spans(check, text)) == 1


@pytest.mark.parametrize("text", [
    "Iemand heeft het formulier ingevuld. Wanneer deze klaar is, sturen wij een bericht.",
    "Niemand heeft het verzoek gelezen. Daarom belt deze u morgen.",
])
def test_a_person_pronoun_beside_a_het_word_keeps_hij(check, text):
    # lead, after endjudge35: 'deze' may mean the person ('Iemand'), so not 'het' or 'dat'
    message = deze(check, text)
    assert "'het' of 'dat'" not in message and "'hij', 'ze' of 'die'" in message
