"""DD103 entries audited one by one (eighteenth session, benchmarks/dd103_audit18.tsv): a listed
word matched in another sense or in an ordinary fixed expression is no finding; the listed
sense still is. Every sentence written for these tests."""

import pytest

from conftest import codes


def spans(report):
    return [f.text.lower() for f in codes(report, "DD103")]


def found(check, text, word):
    return [f for f in codes(check(text), "DD103") if word in f.text.lower()]


# --- a verb with a separable particle of its own is another verb than the listed one
@pytest.mark.parametrize("text, word", [
    ("De kinderen staken de drukke straat over.", "staken"),  # oversteken (past of 'steken')
    ("Na de storm staken de problemen weer de kop op.", "staken"),  # de kop opsteken
    ("De omroep zendt het debat vanavond uit.", "zendt"),  # uitzenden
])
def test_verb_with_another_particle_is_another_verb(check, text, word):
    assert not found(check, text, word)


def test_opheffen_is_its_own_verb(check):
    """'opheffen' is no 'heffen' ('laten betalen'), but formal itself: 'afschaffen'
    (fix18c, after review rev18b)."""
    for text in ("De gemeente heft de parkeervergunning voor uw straat op.", "De gemeente heft de regel op."):
        f = found(check, text, "heft")
        assert f and "afschaffen" in f[0].message and "laten betalen" not in f[0].message


# --- a particle that only adds a direction keeps the formal base verb (fix18c)
@pytest.mark.parametrize("text, word", [
    ("Wij zenden de stukken na.", "zenden"),  # nasturen
    ("Wij zenden de stukken later na.", "zenden"),
    ("De gemeente zendt u de stukken na.", "zendt"),
])
def test_particle_of_direction_keeps_the_formal_verb(check, text, word):
    assert found(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Wij staken de betaling van uw uitkering per 1 mei.", "staken"),  # to stop: listed
    ("Wij zenden u de stukken zo snel mogelijk.", "zenden"),
    ("Wij zenden u de stukken toe.", "zenden"),  # toezenden is listed too
    ("De gemeente heft belasting op honden.", "heft"),  # 'op' of 'op honden' is no particle
    ("Wij houden een deel van uw uitkering in.", "houden"),  # the listed particle verb 'inhouden'
    ("U kunt uw saldo inzien via de website.", "inzien"),  # 'via' is no particle, whatever the parse
])
def test_listed_verb_and_listed_particle_verb_stay(check, text, word):
    assert found(check, text, word)


# --- word class: the adjective or noun of the same stem is another word
@pytest.mark.parametrize("text, word", [
    ("Zij kregen een rechtvaardige straf.", "rechtvaardig"),
    ("Het weer blijft de komende dagen bestendig.", "bestendig"),
    ("Mijn moeder neemt volgende week haar intrek in een verzorgingshuis.", "intrek"),
    ("Na de oorlog volgde een lange periode van verval.", "verval"),
])
def test_adjective_or_noun_of_a_listed_verb(check, text, word):
    assert not found(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Hoe rechtvaardigt u deze hoge kosten?", "rechtvaardigt"),
    ("Wij willen deze goede samenwerking bestendigen.", "bestendigen"),
    ("Wij hebben uw vergunning ingetrokken.", "ingetrokken"),
    ("Uw vergunning vervalt na een jaar.", "vervalt"),
    ("Het recht op toeslag is vervallen.", "vervallen"),
    # the participle before its noun has the same sense (fix18c, after review rev18b)
    ("De vervallen vergunning geldt niet meer.", "vervallen"),
    ("De vervallen rechten komen niet terug.", "vervallen"),
    ("De ingetrokken vergunning geldt niet meer.", "ingetrokken"),
])
def test_the_listed_verb_stays(check, text, word):
    assert found(check, text, word)


# --- 'vervallen' of a building is run-down, not expired (fix18c)
@pytest.mark.parametrize("text", [
    "Het huis is vervallen.",
    "Een vervallen boerderij staat aan de rand van het dorp.",
    "Het oude kantoorpand is erg vervallen.",
])
def test_vervallen_of_a_building_is_run_down(check, text):
    assert not found(check, text, "vervallen")


# --- ordinary fixed expressions (the 'unless' column)
@pytest.mark.parametrize("text, word", [
    ("Neem uw paspoort, uw rijbewijs en dergelijke mee.", "dergelijke"),
    ("De rechter wilde de getuige het zwijgen opleggen.", "opleggen"),
    ("Hij legde zijn broer het zwijgen op.", "legde"),
    ("Mijn zoon was betrokken bij een ongeluk.", "betrokken"),
    ("De buren houden uw huis in de gaten.", "houden"),
    ("U kunt een automatische incasso instellen voor de hondenbelasting.", "incasso"),
    ("Betaal via automatische incasso.", "incasso"),
    ("De kwaliteit van de stoep laat veel te wensen over.", "wensen"),
    ("Toen wendde hij zich af van zijn vrienden.", "wendde"),
])
def test_ordinary_fixed_expression(check, text, word):
    assert not found(check, text, word)
    # ordinary Dutch: no other word rule calls it hard instead
    assert not [f for f in check(text).findings if word in f.text.lower()]


@pytest.mark.parametrize("text, word", [
    ("Wij hebben dergelijke aanvragen vaker gehad.", "dergelijke"),
    ("Wij houden een deel van uw uitkering elke maand in.", "houden"),
    ("Wij leggen u een boete op.", "leggen"),
    ("De bewoners worden betrokken bij de plannen.", "betrokken"),
    ("Wij betrekken de bewoners bij de plannen.", "betrekken"),
    ("Wij sturen u een incasso voor de openstaande rekening.", "incasso"),
    ("Indien u dit wenst, kunt u ons bellen.", "wenst"),
    ("Wij proberen een faillissement af te wenden.", "wenden"),
])
def test_the_listed_sense_stays(check, text, word):
    assert found(check, text, word)


# --- the alternative in the same sense: 'echtgenote' is a woman
def test_echtgenote_is_vrouw(check):
    f = found(check, "Uw echtgenote moet het formulier ook tekenen.", "echtgenote")
    assert f and f[0].suggestions[0] == "vrouw"


# --- 'waarnemend' before a title is acting for someone, no form of 'waarnemen' (to see);
# a formal word itself: 'tijdelijk' (fix18c, after review rev18b)
def test_waarnemend_is_acting(check):
    f = found(check, "De waarnemend burgemeester opent de vergadering.", "waarnemend")
    assert f and f[0].suggestions[0] == "tijdelijk"
    assert found(check, "Wij hebben geluidsoverlast waargenomen.", "waargenomen")

