"""Thirty-seventh session (rules37b): DD103's wrong findings, second round.

An entry of wordlists/jargon.tsv whose first plain word is rarer than the listed word itself,
in spoken Dutch (SUBTLEX-NL) and in written Dutch (wordfreq), makes no text plainer: the
reader knows the listed word at least as well. Such entries are out, by a rule applied to the
whole list (the comment at the end of jargon.tsv says which four it hit). A word that is hard
in itself ('evaluatie', 'inspraak') stays: DD104 would call it hard anyway, and the plain word
is the better advice. Own sentences, both ways."""

import pytest

from duidelijk import wordlists


def codes_on(check, text, word):
    """The word rules (DD103 officialese, DD104 hard word) that find ``word`` in ``text``."""
    return [f.code for f in check(text).findings if f.code in {"DD103", "DD104"} and word in f.text.lower()]


@pytest.mark.parametrize("text, word", [
    ("Het rapport wordt volgende week gepubliceerd.", "gepubliceerd"),
    ("De krant publiceert morgen een stuk over onze wijk.", "publiceert"),
    ("Mijn huisarts adviseert mij om meer te bewegen.", "adviseert"),
    ("Wij adviseren u om op tijd te komen.", "adviseren"),
])
def test_a_word_as_common_as_its_plain_word_is_no_finding(check, text, word):
    # neither officialese (DD103) nor a hard word (DD104): the reader knows it
    assert codes_on(check, text, word) == []


@pytest.mark.parametrize("text, word", [
    # as frequent as 'aanmoedigen' in spoken Dutch: not rarer, so the entry stays
    ("De gemeente stimuleert het gebruik van de fiets.", "stimuleert"),
    # the alternative is rarer, but the word is hard itself: the plain word stays the advice
    ("Na de zomer volgt een evaluatie van het plan.", "evaluatie"),
    ("Bewoners krijgen inspraak in het plan.", "inspraak"),
    # an entry with another sense in the list's own columns: its counts hold the other sense
    ("U kunt het bedrag storten op uw rekening.", "storten"),
])
def test_entries_the_rule_keeps_still_find_the_word(check, text, word):
    assert "DD103" in codes_on(check, text, word)


# rev37c: the plain word must be rarer by this much (Zipf) in both counts; a smaller gap is
# within what two counts of one word differ by (the comment at the end of jargon.tsv)
CLEARLY_RARER = 0.2


def _rarer_plain_word_entries() -> set[str]:
    """The entries that meet parts (1) to (3) of the rule at the end of jargon.tsv, read by
    lemma (the forms of the word class: "betreden" with "betreedt", "aflossing" with
    "aflossingen"; rev37c) and with the margin ``CLEARLY_RARER``."""
    import wordfreq

    from duidelijk.dictionary import lemma_zipf
    from duidelijk.subtlex import spoken_lemma_zipf as spoken_of

    def written(word):
        return max(lemma_zipf(word, pos, lambda form: wordfreq.zipf_frequency(form, "nl")) for pos in ("VERB", "NOUN"))

    def spoken_lemma_zipf(word):
        return max(spoken_of(word, pos) for pos in ("VERB", "NOUN"))

    hits = set()
    for row in wordlists.load("jargon"):
        term, alts = row["term"], wordlists.alternatives(row.get("alternatives", ""))
        if " " in term or not alts or row.get("mild") == "ja" or row.get("kind") == "vak" \
                or any(row.get(c, "").strip() for c in ("pos", "unless", "with")):
            continue
        alt = alts[0]
        if " " in alt or "..." in alt:
            continue
        spoken_alt, written_alt = spoken_lemma_zipf(alt), written(alt)
        if 0 < spoken_alt <= spoken_lemma_zipf(term) - CLEARLY_RARER and 0 < written_alt <= written(term) - CLEARLY_RARER:
            hits.add(term)
    return hits


def test_no_entry_offers_a_clearly_rarer_plain_word():
    assert _rarer_plain_word_entries() == set()


@pytest.mark.parametrize("text, word", [
    # rev37c: the plain word is rarer by a gap within the counts' own spread: the entry stays
    ("Het is verboden om het terrein te betreden.", "betreden"),
    ("De aflossing van de schuld is 40 euro per maand.", "aflossing"),
    ("Wij hebben de stukken bijgevoegd.", "bijgevoegd"),
])
def test_a_plain_word_not_clearly_rarer_keeps_the_entry(check, text, word):
    assert "DD103" in codes_on(check, text, word)
