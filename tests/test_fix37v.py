"""fix37v: verb forms that were wrong (thirty-seventh session).

``verbs.past_participle`` gave the present of strong particle verbs and of strong verbs after an
inseparable prefix ("afspreekt", "onderzoekt", "bespreekt"); the verbs below are our own."""

import pytest

from duidelijk import verbs

# a particle or prefix before a strong verb of wordlists/strong_verbs.tsv: Dutch puts "ge" after
# a particle that splits off and none after a prefix or a particle that stays on
STRONG_COMPOUNDS = {
    "afspreken": "afgesproken", "aanbieden": "aangeboden", "tegenhouden": "tegengehouden",
    "onderzoeken": "onderzocht", "overlijden": "overleden", "aankomen": "aangekomen",
    "bespreken": "besproken", "verlopen": "verlopen", "ontbijten": "ontbeten",
    "aanbevelen": "aanbevolen", "opstaan": "opgestaan", "ingaan": "ingegaan",
    "voorkomen": "voorkomen", "onderhouden": "onderhouden", "toegeven": "toegegeven",
    "vergeven": "vergeven", "bezitten": "bezeten", "ontvangen": "ontvangen",
    "verbinden": "verbonden", "opeten": "opgegeten", "inzien": "ingezien",
    "begrijpen": "begrepen", "verkopen": "verkocht", "bekijken": "bekeken",
    "afsluiten": "afgesloten", "besluiten": "besloten", "vasthouden": "vastgehouden",
    "uitzoeken": "uitgezocht", "loslaten": "losgelaten", "verbieden": "verboden",
    "terugtrekken": "teruggetrokken", "doorbreken": "doorbroken", "oversteken": "overgestoken",
    "intrekken": "ingetrokken", "opheffen": "opgeheven", "meedenken": "meegedacht",
    "bestrijden": "bestreden", "vermijden": "vermeden", "nadenken": "nagedacht",
}


@pytest.mark.parametrize("infinitive,participle", sorted(STRONG_COMPOUNDS.items()))
def test_strong_compound_participle(infinitive, participle):
    assert verbs.past_participle(infinitive) == participle


@pytest.mark.parametrize("infinitive", sorted(STRONG_COMPOUNDS))
def test_no_present_for_a_participle(infinitive):
    stem = verbs.stem_from_infinitive(infinitive)
    assert verbs.past_participle(infinitive) not in {stem, verbs.t_form(stem)}


# weak verbs keep their participle, with "ge" after a particle or none after a prefix; a form
# spelled as the present stays when the verb is weak ("onderschept": 'onderschepte';
# "onderscheppen" ends like the strong "scheppen")
WEAK = {
    "onderscheppen": "onderschept", "beantwoorden": "beantwoord", "ondersteunen": "ondersteund",
    "invullen": "ingevuld", "werken": "gewerkt", "uitbetalen": "uitbetaald",
    "aanvragen": "aangevraagd", "beseffen": "beseft", "ontdekken": "ontdekt",
    "opbellen": "opgebeld", "verhuizen": "verhuisd", "overleggen": "overlegd",
}


@pytest.mark.parametrize("infinitive,participle", sorted(WEAK.items()))
def test_weak_participles_stay(infinitive, participle):
    assert verbs.past_participle(infinitive) == participle


def test_strong_verb_not_in_list_after_particle_gives_no_present():
    # "krimpen" and "zuipen" are strong (text knows 'krimpt', not 'gekrimpt'): no "inkrimpt"
    assert verbs.past_participle("inkrimpen") != "inkrimpt"
    assert verbs.past_participle("verzuipen") != "verzuipt"


def test_the_lists_own_verbs_unchanged():
    # the list's own verbs keep the regular answer (callers read them from the list)
    assert verbs._strong_compound("spreken") is None
    assert verbs._strong_compound("beginnen") is None


def test_verb_forms_count_no_strong_participle():
    # the strong participle that is mostly an adjective ("onderworpen aan": "onderwerpen" is mostly
    # a noun's plural) stays out; since fix38v the others count ("aangebracht", "gesproken"), and a
    # regular one stays in
    assert "onderworpen" not in verbs.verb_forms("onderwerpen")
    assert "aangebracht" in verbs.verb_forms("aanbrengen")
    assert "gesproken" in verbs.verb_forms("spreken")
    assert "aangevraagd" in verbs.verb_forms("aanvragen")
    assert "ingevuld" in verbs.verb_forms("invullen")
    assert "onderschept" in verbs.verb_forms("onderscheppen")


# --- "vol" is a particle that also begins inseparable verbs (rev37s's note 5) -----------------
@pytest.mark.parametrize("verb", ["volhouden", "volstoppen", "volgooien", "volschrijven"])
def test_vol_splits_off(verb):
    # 'hij houdt het vol', 'volgehouden'
    assert verbs.separable(verb) == ("vol", verb[3:])


@pytest.mark.parametrize("verb", ["voldoen", "volbrengen", "voltooien", "volstaan", "volharden", "volgen"])
def test_vol_stays_on(verb):
    # 'dit voldoet', 'voldaan'; "volgen" has no particle at all
    assert verbs.separable(verb) == ("", verb)


def test_vol_participles():
    assert verbs.past_participle("volhouden") == "volgehouden"
    assert verbs.past_participle("volbrengen") == "volbracht"
