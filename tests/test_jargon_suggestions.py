"""Issue 13, part 2: DD103 offers a replacement only when it fits the sentence as it stands
(form, number, gender, word class, word order, meaning); otherwise it explains without one."""

import pytest

from conftest import codes


def jargon(check, text, word):
    return [f for f in codes(check(text, select="DD103"), "DD103") if f.text == word]


# --- a plural the lemmatizer left as it was matches its singular entry ---------------------
@pytest.mark.parametrize("text, word, proposals", [
    ("U kunt de randvoorwaarden lezen op onze website.", "randvoorwaarden", ["voorwaarden"]),
    ("De randvoorwaarde is dat u in de gemeente woont.", "randvoorwaarde", ["voorwaarde"]),
])
def test_plural_matches_its_singular_entry_and_gets_the_plural(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_plural_key_only_for_nouns(check):
    # "voorwaarden" is an everyday plural: no list entry, no finding
    assert not codes(check("U leest de voorwaarden op onze website.", select="DD103"), "DD103")


def test_plural_of_an_alternative():
    from duidelijk.rules.jargon import _tag_plural

    assert _tag_plural(None, "voorwaarde") == "voorwaarden"
    assert _tag_plural(None, "contactpersoon") == "contactpersonen"  # the plural of its head
    assert _tag_plural(None, "mogelijkheid") == "mogelijkheden"
    assert _tag_plural(None, "steun") == ""  # "steunen" is a verb
    assert _tag_plural(None, "hulp") == ""  # "hulpen" nobody writes


# --- gender: the words around the noun must fit the alternative ------------------------------
@pytest.mark.parametrize("text, word", [
    ("Wij hebben ons verzoek aan de provincie gestuurd.", "verzoek"),  # no "ons vraag"
    ("Elk verzoek wordt apart bekeken.", "verzoek"),  # no "elk vraag"
    ("Een belangrijke toepassing is de bouw van huizen.", "toepassing"),  # no "een belangrijke gebruik"
    ("Dit is een belangrijk verzoek.", "verzoek"),  # no "een belangrijk vraag"
    ("Wij hebben uw schriftelijk verzoek ontvangen.", "verzoek"),  # no "uw schriftelijk vraag"
    ("Het schriftelijke verzoek is ontvangen.", "verzoek"),  # no article swap over an adjective
    ("Het verzoek dat u heeft gedaan, is afgewezen.", "verzoek"),  # no "de vraag dat"
    ("U krijgt een nieuwe beschikking.", "beschikking"),  # no "een nieuwe besluit"
])
def test_no_replacement_when_the_gender_around_it_does_not_fit(check, text, word):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == []
    assert "Kies een gewoon woord" in f[0].message


@pytest.mark.parametrize("text, word, proposals", [
    ("Wij hebben uw verzoek ontvangen.", "verzoek", ["vraag"]),
    ("U krijgt een beschikking.", "beschikking", ["besluit"]),
    ("Het verzoek is binnen.", "Het verzoek", ["De vraag"]),
    ("U krijgt de beschikking per post.", "de beschikking", ["het besluit"]),
])
def test_replacement_when_the_gender_fits_or_the_article_changes_with_it(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_adjective_before_a_noun_after_a_determiner_is_no_noun(check):
    # "uw per brief verzoek" is no Dutch
    f = jargon(check, "Wij hebben uw schriftelijk verzoek ontvangen.", "schriftelijk")
    assert f and f[0].suggestions == []
    f = jargon(check, "U kunt schriftelijk reageren.", "schriftelijk")
    assert f and f[0].suggestions and f[0].suggestions[0] == "per brief"


# --- "Gelieve ... te <verb>" becomes an instruction ------------------------------------------
@pytest.mark.parametrize("text, span, proposal", [
    ("Gelieve het formulier vóór 1 mei terug te sturen.", "Gelieve het formulier vóór 1 mei terug te sturen",
     "Stuur het formulier vóór 1 mei terug"),
    ("Gelieve contact op te nemen met de afdeling Burgerzaken.", "Gelieve contact op te nemen", "Neem contact op"),
    ("Gelieve niet te roken in het gebouw.", "Gelieve niet te roken", "Rook niet"),
    ("Gelieve u te melden bij de balie.", "Gelieve u te melden", "Meld u"),
    ("Gelieve te betalen bij de kassa.", "Gelieve te betalen", "Betaal"),
    ("Gelieve geduld te hebben.", "Gelieve geduld te hebben", "Heb geduld"),
])
def test_gelieve_becomes_an_instruction(check, text, span, proposal):
    f = jargon(check, text, span)
    assert f and f[0].suggestions == [proposal]
    assert "Gelieve" in f[0].message and proposal.split()[0] in f[0].message


@pytest.mark.parametrize("text", [
    "Voor vragen gelieve contact op te nemen met ons.",  # not at the start: the sentence must change
    "Gelieve.",  # no verb
])
def test_gelieve_without_a_rewrite(check, text):
    f = [f for f in codes(check(text, select="DD103"), "DD103") if f.text.lower().startswith("gelieve")]
    assert f and f[0].suggestions == []


def test_imperative():
    from duidelijk.rules.jargon import imperative

    assert imperative("sturen") == "stuur"
    assert imperative("melden") == "meld"
    assert imperative("zijn") == "wees"
    assert imperative("kunnen") == ""  # no instruction with a modal verb
