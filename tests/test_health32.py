"""health32: one scan for "the first participle after this word" in DD102 (passive.py).

``_first_participle`` takes what a participle must be and which words end the stretch; the
three scans of passive.py that had their own loop call it. Sentences written for these tests,
as parsed Docs built by hand so that the test does not hang on the parser."""

from spacy.tokens import Doc

from duidelijk.rules.passive import _first_participle, _participle_after_comparison


def _doc(nlp):
    # "De brief wordt morgen verstuurd en gelezen ."
    words = ["De", "brief", "wordt", "morgen", "verstuurd", "en", "gelezen", "."]
    pos = ["DET", "NOUN", "AUX", "ADV", "VERB", "CCONJ", "VERB", "PUNCT"]
    morphs = ["", "", "VerbForm=Fin", "", "VerbForm=Part", "", "VerbForm=Part", ""]
    heads = [1, 4, 4, 4, 4, 6, 4, 4]
    deps = ["det", "nsubj:pass", "aux:pass", "advmod", "ROOT", "cc", "conj", "punct"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs, sent_starts=[True] + [False] * 7)


def test_the_first_participle_after_the_word(nlp):
    doc = _doc(nlp)
    sent = doc[:]
    assert _first_participle(doc[2], sent, lambda t: True).text == "verstuurd"
    # one that does not fit is passed over; the next one is found when nothing stops the scan
    assert _first_participle(doc[2], sent, lambda t: t.text != "verstuurd").text == "gelezen"


def test_a_stop_before_the_participle_gives_none(nlp):
    doc = _doc(nlp)
    sent = doc[:]
    assert _first_participle(doc[2], sent, lambda t: True, lambda t: t.text == "morgen") is None
    # "en" opens the next clause: "gelezen" is no longer this word's participle
    assert _first_participle(doc[2], sent, lambda t: t.text != "verstuurd", lambda t: t.pos_ == "CCONJ") is None
    # nothing after the last participle
    assert _first_participle(doc[6], sent, lambda t: True) is None


def test_comparison_stops_at_a_finite_verb_built_like_a_participle(nlp):
    # "Zij wordt zoals gepland gebeld": the parse hung "wordt" on "gepland"; when the tagger
    # called "gebeld" finite, the comparison's scan stops there (a finite verb ends the clause)
    words = ["Zij", "wordt", "zoals", "gepland", "gebeld", "."]
    pos = ["PRON", "AUX", "SCONJ", "VERB", "VERB", "PUNCT"]
    morphs = ["", "VerbForm=Fin", "", "VerbForm=Part", "VerbForm=Fin", ""]
    doc = Doc(nlp.vocab, words=words, heads=[4, 3, 3, 4, 4, 4], deps=["nsubj:pass", "aux:pass", "mark", "advcl", "ROOT", "punct"],
              pos=pos, morphs=morphs, sent_starts=[True] + [False] * 5)
    assert _participle_after_comparison(doc[3]) is None
    morphs[4] = "VerbForm=Part"
    doc = Doc(nlp.vocab, words=words, heads=[4, 3, 3, 4, 4, 4], deps=["nsubj:pass", "aux:pass", "mark", "advcl", "ROOT", "punct"],
              pos=pos, morphs=morphs, sent_starts=[True] + [False] * 5)
    assert _participle_after_comparison(doc[3]).text == "gebeld"
