"""Code health of the thirtieth session (open30): per-Doc tables instead of a walk over the
Doc per word, one source for data that two modules kept. Findings unchanged (the findings dump
of the 1,565 texts is identical); these tests pin the behaviour. Sentences written for them."""

import pytest


def test_capital_inside_reads_the_words_once_per_doc(nlp):
    from duidelijk.rules import difficult_words as dw

    doc = nlp("Bluetooth werkt niet. Zet dan via Bluetooth de koptelefoon aan. Wij passen de Verordening toe. "
              "Verordening is een moeilijk woord.")
    first = [t for t in doc if t.text == "Bluetooth"][0]
    rule = [t for t in doc if t.text == "Verordening"][-1]
    assert dw.capital_inside(doc, first)  # "via Bluetooth": a name
    assert not dw.capital_inside(doc, rule)  # only after "de": a defined term, no name
    # the places come from one table made per Doc, kept with it: a later question reads that
    # table, not the Doc (emptied here, it finds no other "Bluetooth")
    places = doc.user_data[dw._TEXT_PLACES][1]
    assert places["Bluetooth"] == [t.i for t in doc if t.text == "Bluetooth"] and len(places["Bluetooth"]) == 2
    doc.user_data[dw._TEXT_PLACES] = (len(doc), {})
    assert not dw.capital_inside(doc, first)
