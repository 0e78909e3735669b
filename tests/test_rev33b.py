"""Review rev33b of rules33b (DD117 lead_clause_alone, DD107 _verb_past_subclause). Own
sentences, both ways."""

import pytest

from conftest import codes


def found(check, text, code="DD117"):
    return codes(check(text, select=code), code)


# --- DD117: a main clause right after the subclause, its subject 'u' labelled otherwise ------
# In "Bijvoorbeeld als u wilt weten wat u krijgt kunt u bellen" the parse calls the 'u' after
# 'kunt' an object; a personal pronoun right after a finite verb is its subject there, the
# order of a main clause after a subclause in front without a comma.
@pytest.mark.parametrize("text", [
    "Bijvoorbeeld als u wilt weten wat u krijgt kunt u bellen.",
])
def test_main_clause_with_pronoun_subject_after_the_subclause_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, start", [
    ("Wij bellen u later. Bijvoorbeeld als u wilt weten wat u krijgt.", "Bijvoorbeeld als"),
    ("Wij bellen u later. Dit omdat wij u dan beter kunnen helpen.", "Dit omdat"),  # 'u' before the verb
    ("Wij bellen u later. Dit zodat wij kunnen zien wie u bent.", "Dit zodat"),
])
def test_subclause_with_a_pronoun_in_it_is_still_found(check, text, start):
    f = found(check, text)
    assert len(f) == 1 and f[0].text.startswith(start)


# (``broken._inverted_subject_after`` on such sentences, both ways: cases of
# ``test_structure33.test_inverted_subject_after_the_subclause``)


# --- DD117: a question word or a personal pronoun as the lead --------------------------------
@pytest.mark.parametrize("text", [
    "U mag bezwaar maken. Wat als u het niet eens bent met ons besluit.",   # a question, no '?'
    "Wat als u het niet eens bent met het besluit.",
    "Hoe als u geen DigiD heeft.",
    "Jan en Piet komen niet. Hij omdat hij ziek is.",                       # a verb left out
    "Mijn buren komen ook. Wij ook omdat wij het belangrijk vinden.",
])
def test_question_or_personal_pronoun_lead_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, said", [
    ("Wij sturen de brief later. Dit omdat de post druk is.", "Dit"),
    ("Wij sturen de brief later. Dat omdat de post druk is.", "Dat"),
])
def test_demonstrative_lead_may_go(check, text, said):
    f = found(check, text)
    assert len(f) == 1 and f"Laat '{said}' weg en zet ', omdat ...' achter de zin ervoor" in f[0].message


def test_adverb_lead_is_not_told_to_go(check):
    f = found(check, "Wij helpen u graag. Vooral als u net verhuisd bent.")
    assert len(f) == 1 and "Laat" not in f[0].message and "Zet het met een komma" in f[0].message


# --- DD107: _verb_past_subclause on parses made by hand ----------------------------------------
# The parse of "Daarom worden bewoners bij wie de kans klein wordt geacht, later uitgenodigd":
# 'worden' hung on 'geacht', the verb of the relative clause, which has its own finite 'wordt'.
def _bracket_doc(nlp, first=("Daarom", "ADV", ""), end=(("later", "ADV", "", "advmod"),)):
    """The hand-made parse; ``end``: the words between the comma and the participle at the end
    (word, tag, morphology, label), each hung on that participle."""
    from spacy.tokens import Doc

    rows = [(*first, 11, "advmod"), ("worden", "AUX", "VerbForm=Fin", 9, "aux:pass"), ("bewoners", "NOUN", "", 11, "nsubj:pass"),
            ("bij", "ADP", "", 4, "case"), ("wie", "PRON", "", 9, "obl"), ("de", "DET", "", 6, "det"),
            ("kans", "NOUN", "", 9, "nsubj:pass"), ("klein", "ADJ", "", 9, "xcomp"), ("wordt", "AUX", "VerbForm=Fin", 9, "aux:pass"),
            ("geacht", "VERB", "VerbForm=Part", 11, "advcl"), (",", "PUNCT", "", 9, "punct")]
    verb = len(rows) + len(end)
    rows = [(w, p, m, verb if h == 11 else h, d) for w, p, m, h, d in rows]
    rows += [(w, p, m, verb, d) for w, p, m, d in end]
    rows += [("uitgenodigd", "VERB", "VerbForm=Part", verb, "ROOT"), (".", "PUNCT", "", verb, "punct")]
    words, pos, morphs, heads, deps = (list(col) for col in zip(*rows))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               sent_starts=[True] + [False] * (len(rows) - 1))


def test_auxiliary_belongs_to_the_verb_after_the_subclause(nlp):
    from duidelijk.rules.tang import _verb_past_subclause

    doc = _bracket_doc(nlp)
    assert _verb_past_subclause(doc[1], doc[:]).text == "uitgenodigd"


def test_finite_auxiliary_in_the_verb_cluster_at_the_end_does_not_count(nlp):
    # "..., later worden uitgenodigd": the tagger may call the 'worden' of the cluster finite
    from duidelijk.rules.tang import _verb_past_subclause

    doc = _bracket_doc(nlp, end=(("later", "ADV", "", "advmod"), ("worden", "AUX", "VerbForm=Fin", "aux:pass")))
    assert _verb_past_subclause(doc[1], doc[:]).text == "uitgenodigd"


def test_no_other_verb_when_the_verb_has_its_own_finite_verb_or_one_comes_first(nlp):
    from duidelijk.rules.tang import _verb_past_subclause

    # "..., wordt nu uitgenodigd": a finite verb of its own with a word after it: another clause
    doc = _bracket_doc(nlp, end=(("wordt", "AUX", "VerbForm=Fin", "aux:pass"), ("nu", "ADV", "", "advmod")))
    assert _verb_past_subclause(doc[1], doc[:]) is None
    # "Kunt worden ...": a finite verb before the auxiliary; the main clause is elsewhere
    doc = _bracket_doc(nlp, first=("Kunt", "AUX", "VerbForm=Fin"))
    assert _verb_past_subclause(doc[1], doc[:]) is None


def test_relative_clause_in_a_bracket_with_a_verb_cluster_is_found(check):
    text = ("Daarom zullen bewoners bij wie de kans op een fout klein wordt geacht, minder vaak voor een gesprek "
            "worden uitgenodigd.")
    f = found(check, text, "DD107")
    assert len(f) == 1 and f[0].text.startswith("zullen") and f[0].text.endswith("uitgenodigd")


# --- DD108: the advice that names the subject's relative clause --------------------------------
# Only where the part in front is the subject: with 'u' right after the finite verb it is the
# object ("De brief die ... kunt u weggooien"), whatever label the parse gives 'u'.
def test_object_with_relative_clause_in_front_keeps_the_general_advice(check):
    f = found(check, "De brief die wij u op 3 maart over uw aanvraag voor een vergunning hebben gestuurd kunt u "
                     "weggooien.", "DD108")
    assert len(f) == 1 and "Het onderwerp" not in f[0].message and "Zet het werkwoord eerder" in f[0].message


def test_long_subject_without_relative_clause_keeps_the_general_advice(check):
    f = found(check, "De huurders van de woningen aan de Dorpsstraat en de Kerkstraat in het centrum van het dorp "
                     "krijgen een brief.", "DD108")
    assert len(f) == 1 and "Het onderwerp" not in f[0].message and "Zet het werkwoord eerder" in f[0].message


def test_subject_with_relative_clause_gets_its_advice(check):
    f = found(check, "De regels die gelden voor het parkeren in de binnenstad van onze gemeente staan op de website.",
              "DD108")
    assert len(f) == 1 and "Het onderwerp heeft een bijzin met 'die'" in f[0].message


# --- DD117: the subclause word must open a clause, not hang on a noun ---------------------------
# 'als' in "als gevolg van" and 'om' before a noun ("om een formulier vragen") open no clause; a
# verb further on belongs to another clause (a relative clause, a clause of its own).
@pytest.mark.parametrize("text", [
    "Wij betalen later. Dit als gevolg van een storing bij de bank die de betalingen verzorgt.",
    "U kunt ons bellen. Of om een formulier als u geen computer heeft om het in te vullen.",
])
def test_subclause_word_before_a_noun_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, start", [
    ("Wij betalen later. Dit omdat de bank dicht is.", "Dit omdat"),      # 'omdat' on 'dicht' with 'is'
    ("Wij helpen u graag. Vooral als u ziek bent.", "Vooral als"),
    ("Wij bellen u. Dit om u beter te helpen.", "Dit om"),
])
def test_subclause_word_that_opens_a_clause_is_found(check, text, start):
    f = found(check, text)
    assert len(f) == 1 and f[0].text.startswith(start)


def test_advice_names_the_word_that_opens_the_relative_clause(check):
    # the parse hangs 'waar' elsewhere; 'men' is the subject of the relative clause, not its opener
    f = found(check, "Maar groepensex, waar men tegenwoordig ook zo over hoort praten, lijkt me helemaal niet "
                     "plezierig.", "DD108")
    assert len(f) == 1 and "bijzin met 'men'" not in f[0].message
