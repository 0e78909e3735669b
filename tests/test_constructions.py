"""Constructions of officialese that no list entry matches well (issue 13, fourteenth session):
a clause in disguise between an article and its noun (DD107), and split or mis-lemmatised verb
expressions of DD103's list."""

import pytest



def found(check, code, text):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD103: a particle verb the lemmatizer reads with its particle -----------------------------
def test_daaruit_vloeit_voort(check):
    f = found(check, "DD103", "Daaruit vloeit voort dat u geen recht heeft.")
    assert [x.text for x in f] == ["Daaruit vloeit voort"]
    assert found(check, "DD103", "Hieruit vloeit voort dat u geen recht heeft.")


def test_afdoet_in_a_subclause(check):
    f = found(check, "DD103", "Wij vinden dat dit niets afdoet aan uw plicht.")
    assert [x.text for x in f] == ["afdoet aan"]
    assert "'veranderen aan'" in f[0].message


@pytest.mark.parametrize("text", [
    "Wij vinden dat dit iets afdoet aan de balie.",  # 'afdoen aan' only with niets/niks/weinig
    "De rivier vloeit voort.",
])
def test_no_particle_verb_without_its_words(check, text):
    assert not found(check, "DD103", text)


# --- DD103 'bijschrijven': only an "erbij" in the verb's own clause means 'write next to it' --
def test_bijschrijven_with_erbij_in_another_clause(check):
    f = found(check, "DD103", "Wij schrijven het bedrag van 50 euro bij op uw rekening, en de rente komt erbij.")
    assert any("bijschrijven" in x.message for x in f)


@pytest.mark.parametrize("text", [
    "Schrijf het bedrag erbij.",
    "U schrijft het bedrag erbij.",
    "Als u het bedrag erbij schrijft, ziet u het totaal.",
    "Wij schrijven het bedrag erbij op uw formulier.",
])
def test_bijschrijven_with_erbij_in_its_clause_is_writing(check, text):
    assert not [x for x in found(check, "DD103", text) if "bijschrijven" in x.message]


# --- split "er ... op": a negation stops only the entry whose alternative it flips ------------
def test_split_er_with_a_negation_is_found(check):
    f = found(check, "DD103", "Wij wijzen u er niet nogmaals op dat u moet betalen.")
    assert f and "'laten weten'" in f[0].message
    assert found(check, "DD103", "Wij wijzen u er nogmaals op dat u moet betalen.")


@pytest.mark.parametrize("text", [
    "Wij vertrouwen er niet op dat u betaalt.",
    "Wij vertrouwen er nooit op dat u betaalt.",
])
def test_negated_trust_is_no_hope(check, text):
    assert not found(check, "DD103", text)


@pytest.mark.parametrize("text", [
    "Wij vertrouwen er graag op dat u betaalt.",
    "Wij vertrouwen erop dat u niet te laat betaalt.",  # the negation is the subclause's
])
def test_trust_without_negation_is_found(check, text):
    f = found(check, "DD103", text)
    assert f and "'hopen'" in f[0].message
