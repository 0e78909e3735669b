"""The lead's mends of the forty-second session, on sentences written for them."""
import pytest

import duidelijk


def _dd105(text):
    return [f.message for f in duidelijk.check_text(text).findings if f.code == "DD105"]


@pytest.mark.parametrize("word", ["schuldhulpverleningsprogramma", "kinderopvangvoorzieningsrisico"])
def test_long_word_with_curly_apostrophe_names_its_parts(word):
    # endjudge42b: "…programma’s" lost the parts the straight "…programma's" gets
    curly = _dd105(f"Wij hebben twee {word}’s besproken.")
    straight = _dd105(f"Wij hebben twee {word}'s besproken.")
    assert len(curly) == len(straight) == 1
    assert curly[0].replace("\u2019", "'") == straight[0]
    assert "Het bestaat uit" in curly[0] and "’s'" in curly[0]


def test_long_word_without_apostrophe_unchanged():
    said = _dd105("Wij hebben een schuldhulpverleningsprogramma.")
    assert said and "'schuldhulpverlening' + 'programma'" in said[0]
