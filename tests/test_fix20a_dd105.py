"""Review fixes of the twentieth session (fix20a): DD105's official names with a short form: the short form found beside the name in any writing, the plural kept whole. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text, code):
    return codes(check(text, select=code), code)


@pytest.mark.parametrize("text", [
    # the short form beside the name, in any case, with brackets, a comma or 'of'
    "Uw burgerservicenummer (bsn) staat op uw paspoort.",
    "Uw burgerservicenummer, of BSN, staat op uw paspoort.",
    "Uw BSN-nummer (burgerservicenummer) staat op uw paspoort.",
    "Uw burgerservicenummer (BSN) staat op uw paspoort.",
])
def test_official_name_with_its_short_form(check, text):
    assert found(check, text, "DD105") == []


@pytest.mark.parametrize("text, word", [
    ("Vul uw burgerservicenummers in.", "burgerservicenummers"),  # the plural: never split
    ("Uw burgerservicenummer staat op uw paspoort.", "burgerservicenummer"),
])
def test_official_name_alone_is_kept_whole(check, text, word):
    f = found(check, text, "DD105")
    assert [x.text for x in f] == [word]
    assert "vaste naam" in f[0].message and "losse woorden" not in f[0].message
