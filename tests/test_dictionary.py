"""duidelijk.dictionary: real words, compound parts and familiarity, with and without the
OpenTaal word list (Debian package hunspell-nl)."""

import pytest

from duidelijk import dictionary


def _reset():
    for fn in (dictionary._words, dictionary.exists, dictionary.exists_inflected, dictionary._part_ok,
               dictionary._plain_part_ok, dictionary._inflected_from,
               dictionary.compound_parts, dictionary._split, dictionary.lemma_zipf, dictionary.familiarity,
               dictionary._form_familiarity,
               dictionary.likely_typo, dictionary.known_meaning,
               dictionary.established_compound, dictionary.verb_lemmas,
               dictionary.noun_lemmas, dictionary.lemma_candidates, dictionary.spelled_verb_lemmas,
               dictionary.particle_strong_verbs, dictionary.strong_reading_zipf,
               dictionary._weak_reading):
        fn.cache_clear()


@pytest.fixture(params=["word list", "wordfreq only"])
def mode(request, monkeypatch):
    if request.param == "word list":
        if not any(__import__("os").path.exists(p) for p in dictionary.DIC_PATHS):
            pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
        monkeypatch.delenv("DUIDELIJK_OPENTAAL", raising=False)
    else:
        monkeypatch.setenv("DUIDELIJK_OPENTAAL", "")
    _reset()
    yield request.param
    _reset()


@pytest.mark.parametrize("word, first, last", [
    ("vergunningverlening", "vergunning", "verlening"),
    ("klimaatadaptatie", "klimaat", "adaptatie"),
    ("parkeervergunning", "parkeer", "vergunning"),
    ("voorbeeldbrieven", "voorbeeld", "brieven"),
])
def test_compounds_split_into_real_parts_in_order(mode, word, first, last):
    parts = dictionary.compound_parts(word)
    assert parts[0] == first and parts[-1] == last
    assert "".join(parts) == word


@pytest.mark.parametrize("word", ["belanghebbenden", "maatschappelijke"])
def test_no_nonsense_parts(mode, word):
    parts = dictionary.compound_parts(word)
    assert not {"den", "tie", "ada", "heb", "benden"} & set(parts)


def test_verb_stem_in_f_or_s_is_read_from_its_infinitive_with_v_or_z(mode):
    """"inschrijf" (inschrijven), "verhuis" (verhuizen): the stem drops the v or z of the
    infinitive, so the first part of "inschrijfformulier" is as familiar as the verb. A
    rare verb gives no bonus ("kerf": kerven)."""
    assert dictionary.familiarity("inschrijfformulier", "inschrijfformulier", "NOUN") >= 4.0
    assert dictionary.familiarity("verhuisformulier", "verhuisformulier", "NOUN") >= 4.0
    assert dictionary.familiarity("kerfformulier", "kerfformulier", "NOUN") < 3.3
    # the numeral "zeven" lends "zeef" nothing: text hardly has "zeeft"
    assert dictionary._part_ok("zeef", False) < 3.0
    assert dictionary._part_ok("leef", False) >= 5.0


def test_the_word_list_is_used_when_present(mode):
    assert dictionary.has_word_list() == (mode == "word list")


@pytest.mark.parametrize("easy, hard", [
    (("parkeren", "parkeren", "VERB"), ("prolongeren", "prolongeren", "VERB")),
    (("inlogt", "inlgen", "VERB"), ("doorberekenen", "doorberekenen", "VERB")),
    (("parkeervergunning", "parkeervergunning", "NOUN"), ("onverkort", "onverkort", "ADJ")),
])
def test_familiarity_knows_dutch(mode, easy, hard):
    """Summed over forms, the lemma found from the form when the lemmatizer errs ("inlgen"),
    particle verbs as one unit ("doorberekenen" is rare although "berekenen" is not)."""
    assert dictionary.familiarity(*easy) >= 3.5 > dictionary.familiarity(*hard)


def test_part_names_drop_the_linking_s(mode):
    assert dictionary.part_word("bestemmings") == "bestemming"
    assert dictionary.part_word("onroerende") == "onroerende"


@pytest.mark.parametrize("word, parts", [
    ("bezwaartermijn", ("bezwaar", "termijn")),
    ("wachttijd", ("wacht", "tijd")),
    ("bijdrageregeling", ("bijdrage", "regeling")),
])
def test_words_with_ij_are_words(mode, word, parts):
    """OpenTaal writes "ij" as one letter ("termĳn"); text has two letters. Without reading
    the list that way, every word with "ij" would be missing as a word and as a part."""
    assert dictionary.exists("termijn") and dictionary.exists("tijdig")
    assert dictionary.compound_parts(word) == parts


@pytest.mark.parametrize("word", ["begrijpelijkheid", "huishoudelijk", "viertal", "bereikbaarheid",
                                  "wetenschappelijke", "landschappelijke", "beleidsmatige", "klantgericht"])
def test_a_derived_word_is_no_compound(mode, word):
    """-heid, -lijk, -tal ... make a derived word; they are no compound head, even though the
    word list also has "heid" (heath), "lijk" (corpse) and "tal" as words; "wetenschappelijk" is
    "wetenschap" + -elijk, not "weten" + "schappelijk" (reasonable). The half suffixes
    "-matig" and "-gericht" too: "beleidsmatig" is not "beleid" + moderate."""
    assert dictionary.compound_parts(word) == (word,)


def test_a_compound_with_a_real_head_still_splits(mode):
    assert dictionary.compound_parts("parkeervergunning") == ("parkeer", "vergunning")


def test_adjective_head_is_not_read_as_a_noun(mode):
    """"tussentijds" is no everyday compound of "tussen" and "tijd": its head "tijds" is an
    adverb form, not the plural of a noun, so its own frequency decides."""
    assert dictionary.familiarity("tussentijds", "tussentijds", "ADJ") < 4.0
    assert dictionary.familiarity("voorbeeldbrieven", "voorbeeldbrief", "NOUN") >= 4.0


@pytest.mark.parametrize("word", ["parkeervergunningaanvraag", "onroerendezaakbelasting", "belanghebbenden",
                                  "achterstandswijk", "afvalstoffenheffing", "zxqvbrmpkl"])
def test_quick_no_for_unknown_parts_gives_the_same_split(mode, word, monkeypatch):
    """Splitting skips substrings that no list knows (issue 14); the full check says no to them too."""
    quick = {}
    for i in range(len(word)):
        for j in range(i + 3, len(word) + 1):
            for final in (False, True):
                quick[(word[i:j], final)] = dictionary._unknown(word[i:j], final)
    assert any(quick.values()) and not all(quick.values())
    for (part, final), unknown in quick.items():
        if unknown:
            # the full scoring, without the quick no, says no to them too
            assert dictionary._part_score(part, final) == -1.0, part
            assert dictionary._part_ok(part, final) == -1.0 == dictionary._plain_part_ok(part, final), part
        elif len(part) >= 3 and part not in dictionary.FUNCTION_WORDS and not (final and part in dictionary.SUFFIX_HEADS):
            assert dictionary._part_ok(part, final) == dictionary._part_score(part, final), part


@pytest.mark.parametrize("word", ["geeft", "staat", "zaken", "gaan", "bushok", "tuinhek", "e-mail", "wijkteam"])
def test_a_word_shorter_than_two_parts_is_answered_without_a_split(mode, word):
    """live_compound_parts answers a word of fewer than MIN_COMPOUND letters at once (issue 14:
    DD104 asks it of every short verb form): as the split would, which tries no part of fewer
    than three letters; a longer word is still split."""
    split = dictionary._split(word)
    if len(word) < dictionary.MIN_COMPOUND:
        assert split == (word,) and dictionary.live_compound_parts(word) == (word,)
        assert all(dictionary._split(c) == (c,) for c in dictionary.lemma_candidates(word))
    else:
        assert dictionary.live_compound_parts(word) == (split if len(split) > 1 else (word,))


def test_a_compound_of_the_shortest_length_still_splits(mode):
    assert len("zeeman") == dictionary.MIN_COMPOUND and dictionary.live_compound_parts("zeeman") == ("zee", "man")


@pytest.mark.parametrize("easy, hard", [
    (("terugbellen", "terugbellen", "VERB"), ("opschorten", "opschorten", "VERB")),
    (("meegestuurd", "meesturen", "VERB"), ("doorberekenen", "doorberekenen", "VERB")),
])
def test_a_particle_with_its_own_meaning_keeps_the_verb_familiar(mode, easy, hard):
    """"terug", "mee", "weg" keep their meaning ("bellen" + back); "op" in "opschorten" and
    "door" in "doorberekenen" do not, so those verbs stay as rare as they are."""
    assert dictionary.familiarity(*easy) >= 4.0 > dictionary.familiarity(*hard)


def test_comparative_left_as_it_was_is_read_as_its_adjective(mode):
    """"gezelliger" (in quotes the lemmatizer keeps it as it is) is as familiar as "gezellig";
    a rare adjective in -er stays rare."""
    assert dictionary.familiarity("gezelliger", "gezelliger", "ADJ") >= 4.0
    assert dictionary.familiarity("gezelligste", "gezelligste", "ADJ") >= 4.0
    assert dictionary.familiarity("onverkort", "onverkort", "ADJ") < 3.5


@pytest.mark.parametrize("verb, split", [
    ("inplannen", True), ("overmaken", True), ("afschrijven", True), ("aanvragen", True),
    ("informeren", False),  # no "ingeformeerd": "in" belongs to the verb
    ("overwegen", False), ("ondertekenen", False),  # "wij overwegen": never split
    ("voortduren", False),  # "voort" is written Dutch: no extra spoken uses to add
])
def test_separable_verbs(mode, verb, split):
    assert dictionary.separable(verb) == split


def test_separable_verb_gets_its_split_uses(mode):
    """The joined forms of "inplannen" miss the main clauses where "in" stands apart."""
    from duidelijk.lexicon import zipf

    joined = sum(10 ** zipf(f) for f in dictionary._forms("inplannen", "VERB") if zipf(f) > 0)
    assert dictionary.lemma_zipf("inplannen", "VERB") > __import__("math").log10(joined) + 0.1
    assert dictionary.familiarity("inplannen", "inplannen", "VERB") >= 3.5
    assert dictionary.familiarity("doorberekenen", "doorberekenen", "VERB") < 3.5


def test_plural_of_a_noun_in_e_counts_for_its_lemma(mode):
    """"voorwaarde" is also "voorwaarden"; a plural the lemmatizer left as it was
    ("randvoorwaarden") is counted with its singular."""
    from duidelijk.lexicon import zipf

    assert "voorwaarden" in dictionary._forms("voorwaarde", "NOUN")
    assert dictionary.lemma_zipf("voorwaarde", "NOUN") > zipf("voorwaarde")
    assert dictionary.noun_lemmas("randvoorwaarden", "randvoorwaarden") == {"randvoorwaarde"}
    assert dictionary.noun_lemmas("randvoorwaarden", "randvoorwaarde") == set()  # lemma known
    assert dictionary.noun_lemmas("werkzaamheden", "werkzaamheden") == set()  # no made-up singular


@pytest.mark.parametrize("word, slip", [
    ("wijzingen", True), ("oorsponkelijke", True), ("afsprak", True),
    ("inzender", False), ("prolongeren", False), ("gesaldeerd", False), ("onverkort", False),
    ("aangeplakt", False),  # real ("aan" + "geplakt"), though one letter from "aangepakt"
])
def test_spelling_slips(mode, word, slip):
    assert dictionary.likely_typo(word) == slip


def test_noun_of_quality_is_known_through_its_adjective(mode):
    assert dictionary.known_meaning("gladheid", "gladheid", "NOUN") >= 3.5
    assert dictionary.known_meaning("gladheid", "gladheid", "NOUN") > dictionary.familiarity("gladheid", "gladheid", "NOUN")
    # from a participle the noun means more than the adjective: no lift
    assert dictionary.known_meaning("gesteldheid", "gesteldheid", "NOUN") == dictionary.familiarity(
        "gesteldheid", "gesteldheid", "NOUN")
    assert dictionary.known_meaning("ontvankelijkheid", "ontvankelijkheid", "NOUN") < 3.5


def test_established_compound_leans_on_its_head(mode):
    """Listed in LiNT-II's noun list with its head: the first part may be a little less familiar
    ("corona" in "coronavirus"); a compound that is not listed keeps the rarest part's score."""
    assert dictionary.established_compound("coronavirus", "coronavirus", "virus")
    assert not dictionary.established_compound("restantbedrag", "restantbedrag", "bedrag")
    assert dictionary.familiarity("coronavirus", "coronavirus", "NOUN") >= 3.5
    assert dictionary.familiarity("restantbedrag", "restantbedrag", "NOUN") < 3.5


def test_past_plural_kept_as_its_own_lemma_is_read_as_its_verb(mode):
    """The lemmatizer sometimes keeps a past plural as its lemma ("mislukten"): it is the verb
    "mislukken", as familiar as that. An infinitive in -den/-ten stays itself, and a rare verb
    stays rare ("naspeelden": "naspelen")."""
    assert "mislukken" in dictionary.verb_lemmas("mislukten")
    assert dictionary.familiarity("mislukten", "mislukten", "VERB") >= 4.0
    assert dictionary.verb_lemmas("antwoorden") == {"antwoorden"}
    assert dictionary.familiarity("naspeelden", "naspeelde", "VERB") < 3.5


def test_participle_of_a_transparent_particle_verb_tagged_as_adverb(mode):
    """"meegesprongen" (tagged as an adverb, lemma "meegesprong") is "mee" + "gesprongen";
    a participle with a particle of its own meaning ("doorberekend") stays rare."""
    assert dictionary.familiarity("meegesprongen", "meegesprong", "ADV") >= 3.5
    assert dictionary.familiarity("doorberekend", "doorberekend", "ADV") < 3.5


def test_plural_with_a_lemma_that_is_no_word_counts_with_its_singular(mode):
    """A plural whose lemma the lemmatizer garbled ("vitaminen" -> "vitamian") counts with its
    singular; a rare plural stays rare."""
    from duidelijk.lexicon import zipf

    assert dictionary.familiarity("vitaminen", "vitamian", "NOUN") > zipf("vitaminen")
    assert dictionary.familiarity("tractaten", "tractatan", "NOUN") < 3.5


def test_lemma_sums_are_the_same_in_every_process():
    """A lemma's forms are summed in a fixed order: in the order of a set of strings the float
    sum differed in its last bit between processes (string hashes are salted per process;
    hash seeds 1 and 4 gave other sums), and DD104's scores with it."""
    import os
    import subprocess
    import sys

    code = ("from duidelijk.dictionary import live_lemma_zipf\n"
            "from duidelijk.subtlex import spoken_zipf\n"
            "for lemma, pos in [('verstrekken', 'VERB'), ('aanvragen', 'VERB'), ('invullen', 'VERB'),"
            " ('geven', 'VERB'), ('betalen', 'VERB'), ('zaak', 'NOUN'), ('voorwaarde', 'NOUN'),"
            " ('brief', 'NOUN'), ('groot', 'ADJ'), ('mooi', 'ADJ')]:\n"
            "    print(repr(live_lemma_zipf(lemma, pos)), repr(live_lemma_zipf(lemma, pos, spoken_zipf)))\n")
    outputs = set()
    for seed in ("1", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   check=True).stdout)
    assert len(outputs) == 1 and next(iter(outputs)).count("\n") == 10
    assert list(dictionary._forms("voorwaarde", "NOUN")) == sorted(dictionary._forms("voorwaarde", "NOUN"))


def test_new_compound_with_an_everyday_abstract_head_is_read_by_its_parts(mode):
    """A new compound with an abstract head is less familiar than its parts ("inlogfunctie",
    "parkeernormen": heads of written Dutch), unless its head is one of the everyday abstract
    words of speech: "afvalregels" are rules about waste, "scootergebruik" is the use of
    scooters."""
    assert dictionary.everyday_head(dictionary.lemma_candidates("regels"))
    assert dictionary.everyday_head(dictionary.lemma_candidates("gebruik"))
    assert not dictionary.everyday_head(dictionary.lemma_candidates("functie"))
    assert not dictionary.everyday_head(dictionary.lemma_candidates("normen"))
    assert dictionary.familiarity("afvalregels", "afvalregel", "NOUN") >= 3.5
    assert dictionary.familiarity("scootergebruik", "scootergebruik", "NOUN") >= 3.5
    assert dictionary.familiarity("inlogfunctie", "inlogfunctie", "NOUN") < 3.5
    assert dictionary.familiarity("parkeernormen", "parkeernorm", "NOUN") < 3.5


def test_the_head_as_it_stands_decides_whether_it_is_abstract(mode):
    """"haven" is a harbour (concrete in LiNT-II's list), though "have" (one of the singulars
    it could be) is abstract: a new compound with it is no compound with an abstract head.
    A head the list does not hold as it stands is read by its singular ("methoden")."""
    assert not dictionary.novel_abstract("woonboothaven", "woonboothaven", "haven")
    assert dictionary.novel_abstract("inlogfunctie", "inlogfunctie", "functie")
    assert dictionary.novel_abstract("inlogmethoden", "inlogmethode", "methoden")


def test_the_shipped_table_is_kept_with_the_word_list_it_was_opened_for(monkeypatch):
    """``_shipped`` opens a part of the shipped table once per word list the process reads
    (``_words``), without asking the environment at every call; a new word list (the cache of
    ``_words`` cleared after ``DUIDELIJK_OPENTAAL`` changed) opens it again, for that list."""
    from duidelijk import compound_table

    real = dictionary.word_list_path()
    if real is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    asked: list = []
    monkeypatch.setattr(compound_table, "table_for", lambda path: asked.append(path) or ("table for", path))
    opened: dict = {}
    past = [dictionary.TABLE_AFTER]

    def shipped():
        return dictionary._shipped(opened, past, dictionary.TABLE_AFTER, "table_for")

    first = shipped()
    assert first == ("table for", real)
    assert shipped() is first and asked == [real]  # kept: opened once
    monkeypatch.setenv("DUIDELIJK_OPENTAAL", "")
    assert shipped() is first and asked == [real]  # the process still reads the same word list
    dictionary._words.cache_clear()
    try:
        assert shipped() == ("table for", None)  # no word list now: the table for none
        assert asked == [real, None]
    finally:
        monkeypatch.undo()
        dictionary._words.cache_clear()


def test_a_first_part_with_linking_en_is_as_familiar_as_its_noun(mode):
    """"grassen" in "grassenfamilie" is the plural of "gras" (the linking "-en-" of Dutch
    compounds): readers know "gras", however seldom text writes "grassen". A first part that
    is no plural of a noun gets nothing ("kinder", "recycle"), and a rare noun stays rare."""
    assert dictionary.linked_plural("grassen") >= dictionary.lemma_zipf("gras", "NOUN") - 0.01
    assert dictionary.linked_plural("grassen") > dictionary.zipf("grassen") + 1.0
    assert dictionary.linked_plural("recycle") == -1.0
    assert dictionary.familiarity("grassenfamilie", "grassenfamilie", "NOUN") >= 3.5
    assert dictionary.familiarity("restantbedrag", "restantbedrag", "NOUN") < 3.5


# --- sixteenth session (dd104p16): particle verbs of irregular and strong verbs ---------------
@pytest.mark.parametrize("verb, split", [
    ("doorgaan", True), ("overslaan", True), ("opstaan", True), ("afgaan", True), ("omgaan", True),
    ("ondergaan", False),  # "een behandeling ondergaan": text hardly writes "ondergegaan"
    ("doorstaan", False),  # "de proef doorstaan": no "doorgestaan"
    ("overstaan", False), ("achterstaan", False),
])
def test_particle_verb_of_a_verb_of_one_syllable(mode, verb, split):
    """"gaan", "staan", "slaan" have no "-en" to make a participle from by rule: their particle
    verbs are separable when the particle always splits off or text writes "doorgegaan"."""
    assert dictionary.separable(verb) == split


@pytest.mark.parametrize("form, verb", [
    ("terugkreeg", "terugkrijgen"), ("doorgaf", "doorgeven"), ("meenam", "meenemen"),
    ("ingebracht", "inbrengen"), ("toegaf", "toegeven"),
])
def test_strong_form_with_its_particle_finds_its_verb(mode, form, verb):
    assert verb in dictionary.particle_strong_verbs(form)
    assert verb in dictionary.verb_lemmas(form)


@pytest.mark.parametrize("form", ["afwas", "aanwas", "aanbod", "vergaf", "terugweg", "opgeven"])
def test_no_strong_verb_in_other_words(mode, form):
    """Nouns made of a particle and a short word ("afwas", "aanwas": not "af" + "was"), a verb
    with a prefix that is no particle ("vergaf") and a word whose rest is no past form."""
    assert dictionary.particle_strong_verbs(form) == frozenset()


def test_particle_past_tense_tagged_as_a_noun_is_read_as_its_verb(mode):
    """"het geld dat u terugkreeg": the tagger may call the past tense a noun and leave it as it
    is; it is "terugkrijgen", as familiar as "krijgen" ("terug" keeps its meaning). A rare one
    stays rare."""
    assert dictionary.familiarity("terugkreeg", "terugkreeg", "NOUN") >= 4.0
    assert dictionary.familiarity("toedroeg", "toedroeg", "NOUN") < 3.5


# --- sixteenth session (hardfix16): a noun's frequency does not vouch for a particle verb -------
@pytest.mark.parametrize("form", ["toegedaan", "voorviel", "onderwierp", "binnentrad"])
def test_strong_particle_form_with_a_noun_reading_stays_rare(mode, form):
    """"toedoen" (the noun "door uw toedoen"), "voorvallen", "onderwerpen", "treden" (plurals
    of "voorval", "onderwerp", "trede"): only the forms that are no noun count for the verb."""
    assert dictionary.familiarity(form, form, "VERB") < 3.5
    assert dictionary.familiarity(form, form, "NOUN" if form != "binnentrad" else "VERB") < 3.5


@pytest.mark.parametrize("form, verb", [
    ("afgeweken", "afwijken"), ("doorgaven", "doorgeven"), ("doorstonden", "doorstaan"),
    ("doorgeschoven", "doorschuiven"), ("opgebroken", "opbreken"),
])
def test_strong_en_participle_and_past_plural_find_their_verb(mode, form, verb):
    """The early return for forms in "-en" no longer skips the strong reading."""
    assert verb in dictionary.verb_lemmas(form)
    assert verb not in dictionary.spelled_verb_lemmas(form)


def test_en_forms_as_familiar_as_their_singular(mode):
    assert dictionary.familiarity("doorgaven", "doorgaven", "VERB") == pytest.approx(
        dictionary.familiarity("doorgaf", "doorgaf", "VERB"))
    assert dictionary.familiarity("afgeweken", "afgeweken", "VERB") >= 3.5
    assert dictionary.familiarity("opgebroken", "opgebroken", "VERB") < 3.5  # "opbreken" is rare


def test_strong_reading_keeps_a_verb_without_noun_forms(mode):
    """A verb no form of which is a noun keeps its lemma sum; one with a noun form less."""
    assert dictionary.strong_reading_zipf("doorgeven") == dictionary.lemma_zipf("doorgeven", "VERB")
    assert dictionary.strong_reading_zipf("onderwerpen") < dictionary.lemma_zipf("onderwerpen", "VERB") - 1
    assert dictionary.noun_reading("voorvallen") and not dictionary.noun_reading("krijgen")


@pytest.mark.parametrize("form, verb", [
    ("aantroffen", "aantreffen"), ("aantrof", "aantreffen"), ("inspande", "inspannen"),
    ("uitgebarsten", "uitbarsten"),
])
def test_added_strong_verbs_find_their_particle_verb(mode, form, verb):
    """"treffen", "spannen", "barsten" (REVIEW16-hard note 7) in wordlists/strong_verbs.tsv."""
    assert verb in dictionary.particle_strong_verbs(form)


def test_rare_particle_verb_of_an_added_strong_verb_stays_rare(mode):
    assert dictionary.familiarity("dichtgevouwen", "dichtgevouwen", "VERB") < 3.5


# --- READTHROUGH16 item 1: a strong past form that is also a weak verb ------------------------
@pytest.mark.parametrize("form, verb", [
    ("uitvoeren", "uitvoeren"), ("invoeren", "invoeren"), ("uitvoer", "uitvoeren"), ("afzagen", "afzagen"),
])
def test_strong_form_that_is_also_a_weak_verb_keeps_only_that_verb(mode, form, verb):
    """"voeren" and "voer" are past forms of "varen" and the verb "voeren"; "zagen" is a past
    form of "zien" and the verb "zagen": no "uitvaren", "invaren", "afzien"."""
    assert dictionary.verb_lemmas(form) == frozenset({verb})
    assert dictionary.particle_strong_verbs(form) == frozenset()


@pytest.mark.parametrize("form, verb", [
    ("afzag", "afzien"), ("terugkregen", "terugkrijgen"), ("voorlas", "voorlezen"), ("meenamen", "meenemen"),
])
def test_strong_form_that_is_no_weak_verb_still_finds_its_particle_verb(mode, form, verb):
    """"zag" is no form of "zagen" (that is "zaag"); "kregen", "las", "namen" are no weak verb."""
    assert verb in dictionary.particle_strong_verbs(form)


@pytest.mark.parametrize("word, parts", [
    ("ganzenoverlast", ("ganzen", "overlast")),  # gans: s -> z
    ("duivenplaag", ("duiven", "plaag")),  # duif: f -> v
    ("brievenbus", ("brieven", "bus")),  # brief: f -> v after "ie"
    ("hazenpad", ("hazen", "pad")),  # haas: s -> z and "aa" -> "a"
    ("rozenstruik", ("rozen", "struik")),  # roos
    ("druivensap", ("druiven", "sap")),
    # plurals the word list itself lets pass stay as they were
    ("meeuwenoverlast", ("meeuwen", "overlast")), ("kattenluik", ("katten", "luik")),
    ("bomenrij", ("bomen", "rij")),
])
def test_first_part_plural_with_changed_spelling_splits(mode, word, parts):
    """A first part that is the plural of a noun whose spelling changes before "-en" ("gans"
    -> "ganzen") is a part, though the word list lacks the plural form itself."""
    assert dictionary.live_compound_parts(word) == parts


@pytest.mark.parametrize("word", [
    "rivenwater",  # "rif" keeps its short "i": "riffen", so "riven" is no plural of it
    "givenbus",  # the same: "gif" -> "giffen"
    "haazenpad",  # "aa" before one consonant and "-en" is no Dutch spelling
    "bravenhuis",  # "braaf" is an adjective, no noun: "braven" is no plural
    "aalmoezenier",  # a word of its own, not "aalmoezen" + a part
])
def test_false_plural_first_part_does_not_split(word):
    _reset()
    if not dictionary.has_word_list():
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    assert dictionary.live_compound_parts(word) == (word,)


def test_plural_singulars_and_plural_noun():
    assert "gans" in dictionary.plural_singulars("ganzen")
    assert "duif" in dictionary.plural_singulars("duiven")
    assert "haas" in dictionary.plural_singulars("hazen")
    assert "kat" in dictionary.plural_singulars("katten")
    assert {"weg", "weeg"} <= set(dictionary.plural_singulars("wegen"))  # both readings
    assert dictionary.plural_singulars("tafels") == ("tafel",)
    assert dictionary.plural_singulars("auto's") == ("auto",)
    assert "rif" not in dictionary.plural_singulars("riven")
    assert dictionary.plural_singulars("haazen") == ()
    assert dictionary.plural_singulars("kiss") == ()
    _reset()
    if dictionary.has_word_list():
        assert dictionary.plural_noun("ganzen") and dictionary.plural_noun("duiven")
        assert not dictionary.plural_noun("braven")  # "braaf": no noun
        assert not dictionary.plural_noun("riven")


VERB_FORMS = ["uitgeprint", "uitgeprinte", "ingelogd", "inlogt", "parkeert", "geparkeerd", "antwoorden",
              "mislukten", "naspeelden", "terugkreeg", "doorgaf", "ingebracht", "doorgeschoven", "afgeweken",
              "opgebroken", "uitvoeren", "afzagen", "goedgekeurd", "verhuisd", "leefde", "tafel", "huis",
              "gemeentehuis", "zeef", "controleert", "inschrijft"]


@pytest.mark.parametrize("form", VERB_FORMS)
def test_verb_lemmas_among_is_verb_lemmas_within_the_set(mode, form):
    """``verb_lemmas_among`` asks the look-ups only of the spellings in the set, and gives the
    same verbs as ``verb_lemmas`` within it: for the verbs of the form itself (found), for a
    set that holds none of them (empty) and for the B1 list."""
    from duidelijk.rules.difficult_words import b1_safe

    found = dictionary.verb_lemmas(form)
    assert dictionary.verb_lemmas_among(form, found) == set(found)
    assert dictionary.verb_lemmas_among(form, frozenset({"lopen", form + "x"})) == set(found & {"lopen"})
    assert dictionary.verb_lemmas_among(form, b1_safe()) == set(found & b1_safe())
    # the spellings it reads are those verb_lemmas keeps, and more (not yet asked)
    sure, spelled = dictionary._verb_spellings(form)
    assert dictionary.spelled_verb_lemmas(form) == sure | {v for v in spelled if dictionary._used_verb(v)}


def test_verb_lemmas_among_finds_listed_verbs_only():
    assert dictionary.verb_lemmas_among("uitgeprint", frozenset({"uitprinten"})) == {"uitprinten"}
    assert dictionary.verb_lemmas_among("uitgeprint", frozenset({"printen"})) == set()
    assert dictionary.verb_lemmas_among("terugkreeg", frozenset({"terugkrijgen"})) == {"terugkrijgen"}
    assert dictionary.verb_lemmas_among("terugkreeg", frozenset({"krijgen"})) == set()
