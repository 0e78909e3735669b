"""DD103: the formal-loanword entries of rules38c read again (thirty-eighth session, rev38c
helper). A plain word that fits one use of a loanword can say something else, or be no Dutch,
in another use; there the finding stays, without a replacement (or with the alternative that
fits). Sentences written for these tests."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def first(check, text, span):
    """The first suggestion of the finding on ``span`` ("" without one); None without a finding."""
    hits = [f for f in dd103(check, text) if f.text.lower() == span.lower()]
    if not hits:
        return None
    return hits[0].suggestions[0] if hits[0].suggestions else ""


@pytest.mark.parametrize("text, span, suggestion", [
    # 'speciaal' as a modifier of a verb or a phrase ("speciaal voor jongeren")
    ("Wij hebben specifiek gekeken naar de veiligheid van fietsers.", "specifiek", "speciaal"),
    ("Deze avond is specifiek bedoeld voor ouderen.", "specifiek", "speciaal"),
    # 'bepaalde' in an indefinite phrase ("een bepaald moment", "bepaalde situaties")
    ("Is er een specifiek moment dat u niet kunt?", "specifiek", "bepaald"),
    ("In specifieke gevallen kunnen wij u helpen.", "specifieke", "bepaalde"),
    # 'bepaalde' says 'a certain one': not after a definite or possessive word ("deze bepaalde
    # regeling"); 'speciale' is then the first word
    ("Deze specifieke regeling geldt alleen voor ouderen.", "specifieke", "speciale"),
    ("In uw specifieke geval maken wij een uitzondering.", "specifieke", "speciale"),
    # in a degree or as the predicate: 'precies' ("zo precies mogelijk"), no 'speciaal'
    ("Omschrijf zo specifiek mogelijk wat er kapot is.", "specifiek", "precies"),
    ("Kunt u specifieker zijn over de schade?", "specifieker", "preciezer"),
    # 'vrij' before an adjective or adverb
    ("Het gaat om relatief weinig geld.", "relatief", "vrij"),
    # 'beloven' with what is promised in a clause
    ("Wij garanderen dat uw gegevens veilig zijn.", "garanderen", "beloven"),
    # 'verschillen' of things that differ by place or time
    ("De huur varieert per woning.", "varieert", "verschilt"),
])
def test_fitting_first_word(check, text, span, suggestion):
    assert first(check, text, span) == suggestion, (text, [(f.text, f.suggestions) for f in dd103(check, text)])


@pytest.mark.parametrize("text, span", [
    # 'vrij' and 'in verhouding' are no predicate: "Alles is vrij" says something else
    ("Zo'n bedrag is relatief, zegt de wethouder.", "relatief"),
    # 'beloven' is said by someone, of what he promises: not of a state that must be kept safe,
    # nor of a thing as the subject, nor in the passive ("is niet beloofd", "zeker gezegd")
    ("De gemeente moet de veiligheid van bezoekers garanderen.", "garanderen"),
    ("Dit systeem garandeert een goede toegang tot zorg.", "garandeert"),
    ("Een plek op de lijst is niet gegarandeerd.", "gegarandeerd"),
    # 'verschillen' takes no range ("verschilt tussen 0 en 1") and no passive ("is verschild")
    ("De score varieert tussen 0 en 1.", "varieert"),
    ("De kosten variëren van 50 tot 200 euro.", "variëren"),
    ("De wachttijd kan variëren tussen 6 en 10 dagen.", "variëren"),  # "tussen" on the number
    ("Dit varieert van minder zicht in één oog, tot blindheid in beide ogen.", "varieert"),
    ("Het aanbod is sterk gevarieerd.", "gevarieerd"),
    # 'echt' before a noun is no 'reasonable' ("een echt bedrag"), 'redelijk' no 'real' ("een
    # redelijk risico"): which one fits depends on the noun
    ("Dat is een reëel bedrag voor deze klus.", "reëel"),
    ("Er is een reëel risico op wateroverlast.", "reëel"),
])
def test_found_without_replacement(check, text, span):
    assert first(check, text, span) == "", (text, [(f.text, f.suggestions) for f in dd103(check, text)])


@pytest.mark.parametrize("text", [
    # 'optreden' of a problem only with the problem as its own subject, not a complaint or a
    # mistake elsewhere in the sentence (the police, the town act)
    "De boa trad op toen er een fout werd gemaakt.",
    "Na klachten van buren is de gemeente opgetreden.",
])
def test_quiet(check, text):
    hits = [f.text for f in dd103(check, text)]
    assert not hits, (text, hits)


@pytest.mark.parametrize("text, span", [
    ("Er treden vertragingen op bij de bouw.", "treden"),
    ("Als de storing opnieuw optreedt, meld het dan.", "optreedt"),
    ("Schade die optreedt door het werk, vergoeden wij.", "optreedt"),
])
def test_problem_still_found(check, text, span):
    assert first(check, text, span) is not None, (text, [f.text for f in dd103(check, text)])


@pytest.mark.parametrize("text, span, suggestion", [
    ("Heeft u specifieke vragen over uw aanvraag?", "specifieke", "bepaalde"),  # "u" is no possessive
    ("De kosten zijn relatief hoog voor een klein huishouden.", "relatief", "vrij"),
])
def test_first_word_kept(check, text, span, suggestion):
    assert first(check, text, span) == suggestion, (text, [(f.text, f.suggestions) for f in dd103(check, text)])


@pytest.mark.parametrize("text, span, hint", [
    # an adjective before its noun: 'vrij' grades a word after it only ("vrije armoede")
    ("Wij kijken naar relatieve armoede in de wijk.", "relatieve", "in verhouding"),
])
def test_hint(check, text, span, hint):
    hits = [f for f in dd103(check, text) if f.text.lower() == span]
    assert hits and not hits[0].suggestions and f"'{hint}'" in hits[0].message, [(f.text, f.message) for f in hits]


def test_no_object_for_differing_verbs(check):
    assert first(check, "U kunt uw menu variëren met groente en fruit.", "variëren") == ""


@pytest.mark.parametrize("text, span, hint", [
    # terms of care and money: their own sense, explained once (a field term), not 'ingewikkeld', 'goed'
    ("Wij bieden complexe zorg aan ouderen.", "complexe zorg", "zorg voor mensen"),
    ("De effectieve rente is 4 procent.", "effectieve rente", "de rente die u per jaar echt betaalt"),
])
def test_field_term(check, text, span, hint):
    hits = [f for f in dd103(check, text) if f.text.lower() == span]
    assert hits and hint in hits[0].message and "vakwoord" in hits[0].message, [(f.text, f.message) for f in dd103(check, text)]


@pytest.mark.parametrize("text, span", [
    ("Dit is een complexe aanvraag.", "complexe"),  # the adjective alone: still officialese
    ("Wij nemen effectieve maatregelen tegen overlast.", "effectieve"),
])
def test_adjective_alone_still_found(check, text, span):
    assert first(check, text, span) is not None


def test_state_kept_safe_advice(check):
    # no promise: the advice names 'zorgen voor'
    text = "De gemeente moet de veiligheid van bezoekers garanderen."
    hits = [f for f in dd103(check, text) if f.text == "garanderen"]
    assert hits and not hits[0].suggestions and "'zorgen voor'" in hits[0].message, [(f.text, f.message) for f in hits]
