"""The forms of a verb that DD104's familiarity sums (``verbs.verb_forms``, the one place for all
callers; fix38v, thirty-eighth session). Sentences and verbs chosen for these tests, both ways.

Dutch conjugates a strong verb with its own past and participle ("meten": 'mat', 'gemeten'), and
so does the same verb after a particle or prefix ("afwegen": 'afgewogen'; "bespreken":
'besprak'). A separable verb's finite forms stand apart in a main clause ('vinkt ... aan'), so
text may lack its joined present while its participle is common ("afgevinkt"). Forms that are
other words stay out: a strong past that is a noun ("reden", "maten"), and the participle of a
verb whose infinitive is also a noun's plural when it is far more common than the verb's finite
forms ("onderworpen aan" is mostly an adjective)."""

import pytest

from conftest import codes
from duidelijk import dictionary, verbs


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


# --- the forms counted ------------------------------------------------------------------------
@pytest.mark.parametrize("verb, form", [
    ("afvinken", "afgevinkt"),  # separable; text writes no 'afvinkt'
    ("afwegen", "afgewogen"),  # strong after a particle
    ("doorlezen", "doorgelezen"),
    ("inschenken", "ingeschonken"),
    ("bespreken", "besprak"),  # strong after an inseparable prefix: its past
    ("bespreken", "besproken"),
    ("meten", "gemeten"),  # the strong list's own verbs
    ("lopen", "liep"),
    ("wegen", "woog"),
    ("zwemmen", "gezwommen"),
])
def test_form_is_counted(verb, form):
    assert form in verbs.verb_forms(verb)


@pytest.mark.parametrize("verb, form", [
    ("meten", "gemeet"),  # weak forms of a strong verb are no Dutch
    ("meten", "meette"),
    ("zwemmen", "zwemde"),
    ("wegen", "weegde"),
])
def test_weak_form_of_a_strong_verb_is_not_counted(verb, form):
    assert form not in verbs.verb_forms(verb)


@pytest.mark.parametrize("verb, form", [
    ("rijden", "reden"),  # the noun "reden"
    ("meten", "maten"),  # plural of "maat"
    ("meten", "mat"),  # "de mat"
    ("bieden", "gebied"),  # a noun, no participle of "bieden"
    ("uitgeven", "uitgaven"),  # "de uitgaven"
    ("onderwerpen", "onderworpen"),  # "onderwerpen" is a noun's plural; "onderworpen aan"
])
def test_form_that_is_another_word_is_not_counted(verb, form):
    assert form not in verbs.verb_forms(verb)


def test_separable_verb_that_is_a_noun_keeps_its_participle():
    # "aanvragen" is also the plural of "aanvraag", but its finite forms stand joined only in a
    # subclause: the participle is the verb's, not an adjective
    assert "aangevraagd" in verbs.verb_forms("aanvragen")
    assert "uitgegeven" in verbs.verb_forms("uitgeven")


def test_strong_forms():
    assert verbs.strong_forms("meten") == ("mat", "maten", "gemeten")
    assert verbs.strong_forms("afmeten") == ("afmat", "afmaten", "afgemeten")
    assert verbs.strong_forms("ontbieden")[2] == "ontboden"
    assert verbs.strong_forms("onderscheppen") == ()  # weak: 'onderschept'
    assert verbs.strong_forms("vinken") == ()


# --- the sums and DD104 -----------------------------------------------------------------------
def test_sum_counts_the_strong_participle():
    # "afwegen": 'afgewogen' is its most common written form
    assert dictionary.live_lemma_zipf("afwegen", "VERB") > 3.4
    assert dictionary.live_lemma_zipf("doorverwijzen", "VERB") > 3.3


def test_weak_past_of_a_compound_that_is_weak_too():
    # "bevragen" is weak ('bevraagd', 'bevraagde') though "vragen" is in the strong list, and
    # 'bevroeg' is written too; "ondervragen" the same
    assert {"bevraagde", "bevroeg"} <= verbs.verb_forms("bevragen")
    assert {"ondervraagde", "ondervroeg"} <= verbs.verb_forms("ondervragen")


@pytest.mark.parametrize("text", [
    "Wij kunnen de kinderen bij familie onderbrengen.",
    "U moet uw fiets in de schuur opbergen.",
    "Wilt u het formulier voor vrijdag inzenden?",
])
def test_everyday_strong_particle_verb_is_known(check, text):
    # "onderbrengen", "opbergen", "inzenden": their strong forms ("ondergebracht", "opgeborgen",
    # "ingezonden") are most of what text writes of them
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    ("Wij zijn die mening niet toegedaan.", "toegedaan"),
    ("Hij onderwierp zich aan de regels.", "onderwierp"),  # "onderworpen aan" is no count of it
    ("Hij heeft het geheim nooit prijsgegeven.", "prijsgegeven"),
])
def test_rare_strong_particle_verb_stays_hard(check, text, word):
    assert words(check, text) == [word]
