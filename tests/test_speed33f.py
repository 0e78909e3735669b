"""Shortcuts of the speed33f helper (thirty-third session) in DD103's work per match:
``in_other_sense`` asks the tests that hold for one word (or only for more) under one test of
the match's length and finds the match's last word with ``_place`` instead of
``list.index``; ``in_fixed_expression`` reads the match keys once and tries a start only where
the expression's first word stands. The old two functions are kept here (as source, run in
the module's namespace) as the reference: the same answer for every match DD103 asks about in
the example letters and in sentences written for it, and for every word and every entry that
lists fixed expressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules import jargon
from test_speed33e import _sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# sentences with fixed expressions of the list's "unless" column, with a particle, a
# subclause, words in between, white space inside the sentence, and without any
OWN = [
    "Dit komt niet altijd overeen met de akte.",
    "Wij vinden dat u niet aan de eisen voldoet.",
    "Als zich een fout voordoet, bellen wij u.",
    "Hij doet zich voor als agent van de gemeente.",
    "U kunt het bedrag voldoen aan de balie.",
    "De rekening voldoet u  aan de kassa van het stadhuis.",
    "Wij verzoeken u het formulier\nvoor 1 mei terug te sturen.",
    "Namens deze werkgroep sturen wij u het verzochte bedrag.",
    "Er is geen sprake van dat wij dit betalen.",
    "Hierop worden de lichten afgestemd.",
    "De chauffeurs staken morgen, en het huis is vervallen.",
    "Wij stellen de subsidie vast op grond van de regeling.",
    "Uw geregistreerd partner mag ook tekenen.",
    "Het percentage geeft aan hoeveel mensen ziek zijn.",
    "De kinderen staken de straat over om de bus te halen.",
    "Volgt u op dit moment onderwijs?",
    "Wij wensen jullie een fijne dag.",
    "Is het gewenst dat wij u bellen? Het is gewenst dat u op tijd komt.",
    "Wij hebben de door u gewenste wijziging verwerkt.",
    "Hij heeft zijn enkel gebroken en kan enkel thuis werken.",
]

OLD_SOURCE = 'def in_other_sense(found: list, tokens: list, entry: Entry) -> bool:\n    """Is the match ordinary Dutch here: another word class ("uw uiterlijk", "de verhalen"),\n    or part of a fixed expression ("voldoen aan", "ter beschikking", "op uw verzoek")?"""\n    if entry.pos and len(found) == 1 and word_class(found[0]) not in entry.pos and not _mistagged_noun(found[0], entry):\n        return True\n    if len(found) == 1 and entry.pos and "NOUN" not in entry.pos and _owned(found[0]):\n        return True  # "zijn enkel gebroken": the ankle, no "alleen" (the tagger may say ADV)\n    if len(found) == 1 and entry.pos and "ADJ" not in entry.pos and _expletive_predicate(found[0]):\n        return True  # "is het gewenst dat": an adjective (desirable), no form of "wensen" ("gewild")\n    if len(found) > 1 and sum(1 for t in found if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")) > 1:\n        return True  # "als je een test doet en corona blijkt te hebben": two finite verbs are two\n        # clauses, no "doen blijken" (a verb group has one finite verb)\n    if len(found) > 1 and any(t.dep_ == "nummod" and not _listed_number(t, entry) for t in found):\n        return True  # "Wij slaan acht pallets op": the number, no "acht slaan op"\n    if len(found) == 1 and " " not in entry.term and _other_particle_verb(found[0], entry):\n        return True  # "De kinderen staken de straat over": \'oversteken\', no "stoppen met"\n    if len(found) == 1 and " " not in entry.term and _particle_only_a_preposition(found[0], tokens, entry):\n        return True  # "Volgt u op dit moment onderwijs?": \'op\' opens "op dit moment", no "opvolgen"\n    if len(found) == 1 and status_name(found[0]):\n        return True  # "een geregistreerd partnerschap", "uw geregistreerd partner": the name of a legal status\n    if len(found) == 1 and entry.term in _ARGUMENT_SENSE_TERMS and _argument_sense(found[0], entry.term):\n        return True  # "De chauffeurs staken morgen": a strike, nothing stopped\n    if len(found) == 1 and entry.term in _THING_SENSE_TERMS and _of_a_thing(found[0]):\n        return True  # "de draagkracht van de zoldervloer": what it can carry, no money\n    if len(found) == 1 and entry.term == "vervallen" and any(_building(n) for n in _said_of(found[0])):\n        return True  # "Het huis is vervallen": run-down, not expired\n    if len(found) == 1 and entry.term == "wensen" and _wished_to_someone(found[0]):\n        return True  # "Wij wensen jullie een fijne dag": a wish for someone, no "willen"\n    if len(found) == 1 and entry.term == "geachte" and _salutation(found[0]):\n        return True  # "aanhef: Geachte heer/mevrouw,": the salutation, which the note lets stay\n    if len(found) == 1 and entry.term == "registreren" and _signing_up(found[0]):\n        return True  # "Registreren of inloggen", "Je hoeft je niet te registreren": making an account\n    if len(found) == 1 and entry.term == "inschakelen" and _switched_on(found[0]):\n        return True  # "Als u de sms-controle heeft ingeschakeld": switched on, nobody called in\n    if entry.term in _SEEING_A_REASON and any(_definite_cause(t) for t in found):\n        return True  # "U ziet hieronder wat de aanleiding voor deze brief is": the cause, no \'een reden zien\'\n    if entry.term in _ASSIGNING and any(t.pos_ == "VERB" and _work_assigned(t) for t in found):\n        return True  # "De melding is aan jou toegewezen": work handed out, nothing granted\n    if entry.term == "sprake zijn van" and _out_of_the_question(found, tokens):\n        return True  # "Er is geen sprake van dat wij dit betalen": it will not happen, no "er is geen ..."\n    if len(found) == 1 and entry.term in _SHOWING_TERMS and _shown_by_a_thing(found[0]):\n        return True  # "Het percentage geeft aan hoeveel ...": what a thing shows, nobody tells anything\n    if len(found) == 1 and entry.term in _FINDING_TERMS and _illness_found(found[0]):\n        return True  # "Er is een besmetting vastgesteld": an illness found, no decision of an office\n    if len(found) == 1 and " " not in entry.term and _preposition_opens_te_clause(found[0], entry.term):\n        return True  # "Door te berekenen hoeveel ...": \'door\' opens the clause (\'by\'), no "doorberekenen"\n    n = tokens.index(found[-1])\n    nxt = tokens[n + 1] if n + 1 < len(tokens) else None\n    if nxt is not None and found[0].lower_ == "namens" and found[-1].lower_ in {"deze", "dezen"} and nxt.is_alpha:\n        return True  # "namens deze werkgroep": a pointing word before its noun, no signature formula\n    if nxt is not None and len(found) == 2 and found[0].lower_ == "het" and nxt.pos_ in {"NOUN", "PROPN", "ADJ"}:\n        return True  # "het verzochte bedrag": an adjective before its noun, no "uw verzoek"\n    if len(found) == 1 and entry.term == "bewonen" and not _dwelling_object(found[0], entry.with_):\n        return True  # "Het huis is niet bewoond": a state of the house (everyday), no one who lives in it\n    if entry.term == "voldoen" and _paid(found):\n        return False  # "Het bedrag voldoet u aan de balie": paying, also with \'aan\' after it (its \'unless\')\n    if entry.with_:\n        keys = doc_keys(found[0].doc)  # token_keys of each token, without a call each\n        if entry.term in _WITH_LINKED:\n            if not _with_linked(found, keys, entry.with_):\n                return True  # "De lopende kosten van uw aanvraag": \'lopende\' does not go with \'aanvraag\'\n        elif entry.term in _WITH_IN_PHRASE:\n            if not _with_in_phrase(found, keys, entry.with_):\n                return True  # "Na uw vrijlating kunt u een uitkering aanvragen": a prisoner set free\n        elif entry.term in _WITH_TOLD:\n            if not _told(found, keys, entry.with_):\n                return True  # "De schade wordt mede gedeeld door de verzekeraar": shared too, nothing told\n        elif entry.term == "openstaan":\n            if not _money_near(found, tokens, keys, entry.with_):\n                return True  # "Het raam staat open", "Het bezwaar staat nog open": no unpaid bill\n        elif not any(keys[t.i] & entry.with_ for t in tokens) and not (\n                entry.term == "bijschrijven" and _with_before(found, tokens, keys, entry.with_)):\n            return True  # "armoede bestrijden" is no "een besluit bestrijden"\n    if entry.term in _WILLING_WITH_TE and not _before_te(tokens, n):\n        return True  # "Hij is haar zeer genegen": fond of her, no "bereid" (willing to do something)\n    if entry.term == "opmaken uit" and not (nxt is not None and nxt.lower_ in _CONCLUDED or any(\n            _finite_clause(c) for t in found for c in t.children if c.dep_ == "ccomp")):\n        return True  # "Hij heeft zijn geld opgemaakt uit verveling": spent; one concludes a clause ("dat", "hoe")\n    if entry.term in _BOUND_WITH_TE and not _bound_to(found, tokens, n):\n        return True  # "De vergadering is gehouden in het stadhuis": held, nobody bound to do anything\n    if _object_of_listed_verb(found, entry):\n        return True  # "waarom u naar het oordeel van uw arts vraagt": \'vragen naar\', no "volgens"\n    if entry.term in {"lopende de", "lopende het"} and not (\n            found[1].i == found[0].i + 1 and (found[0].pos_ == "ADP" or found[0].dep_ == "case")):\n        return True  # "de lopende actualisering van de kaart": an adjective, no "tijdens"\n    if entry.term == "voldoen aan" and _paid(found):\n        return True  # "U kunt het bedrag voldoen aan de balie", "De rekening voldoet u aan de kassa": paying, no rule met\n    if entry.term == "het geval zijn" and not _predicate_case(found):\n        return True  # "Het geval is niet bijzonder": \'geval\' is the subject, a case\n    if entry.term == "opmaken" and _drawn_up_otherwise(found):\n        return True  # "Uit het rapport maak ik op": to conclude; "mooi opgemaakt": the layout\n    # "beslissen op" whose \'op\' has another noun ("op basis van", "op tijd") is no match at all:\n    # ``_not_on_the_request``, the veto of ``PhraseIndex.matches``\n    if entry.term in _REFLEXIVE_OTHER_SENSE and _reflexive(found):\n        return True  # "Wilt u zich beschikbaar stellen als lid van het stembureau?": to volunteer, no \'geven\'\n    if entry.term in _FLIPPED_BY_NEGATION and _negated(found):\n        return True  # "Wij vertrouwen er niet op dat u betaalt" is no "Wij hopen niet dat u betaalt"\n    if entry.term in _POINTING_TERMS and _points_itself(found):\n        return True  # "Alles wijst erop dat de kosten stijgen": a sign, nobody tells the reader\n    if entry.term == "bijschrijven" and _written_next_to(found, tokens):\n        return True  # "Schrijf er het bedrag bij": write it on the form, no money paid in\n    if len(found) == 1 and _put_in_place(found[0]):\n        return True  # "De containers worden op het plein opgesteld": placed, not written\n    if len(found) in _PURPOSE_LENGTHS and [t.lower_ for t in found] in PURPOSE_WITH_TE \\\n            and te_infinitive(tokens, n) is None:\n        return True  # "loopt op 1 mei ten einde", "ten einde raad": to an end, no "in order to"\n    if entry.term.startswith("gelet ") and any(c.dep_ in {"aux", "aux:pass"} for c in found[0].children):\n        return True  # "Er wordt gelet op de kosten": the verb \'letten op\' in a tense, no "gelet op" (because of)\n    if len(found) > 1 and any(t.pos_ == "AUX" for t in found):\n        members = {t.i for t in found}\n        for tok in found:\n            if any(c.dep_ in {"aux", "aux:pass"} and c.i not in members for c in tok.children):\n                return True  # "gescheiden moeten worden gehouden van ... is": no "gehouden zijn"\n    return in_fixed_expression(found, tokens, entry)\n\n\ndef in_fixed_expression(found: list, tokens: list, entry: Entry) -> bool:\n    """Is the match part of an ordinary fixed expression listed with it ("zich voordoen als")?"""\n    if not entry.unless:\n        return False  # most entries list none: no positions to work out\n    index = {t.i: n for n, t in enumerate(tokens)}\n    for words in entry.unless:\n        for tok in found:\n            n = index[tok.i]\n            if len(words) > 1 and words[0] in token_keys(tok) and _rest_after_particle(tokens, index, tok, words):\n                return True  # "Dit komt niet altijd overeen met ...", "Hierop worden de lichten afgestemd"\n            for start in range(max(0, n - 4), n + 1):\n                if _expression_at(tokens, start, words, tok):\n                    return True\n            if len(words) == 2 and words[0] in token_keys(tok) and any(\n                    words[1] in token_keys(t) for t in tokens[max(0, n - 5): n] if t.i > found[0].i or len(found) == 1):\n                return True  # a subclause puts the preposition first: "dat u niet aan de eisen voldoet",\n                # "dat hij zich als agent voordoet" (after "zich": "Als zich een fout voordoet" is no "voordoen als")\n    return False\n'


def _old():
    namespace = dict(vars(jargon))
    exec(OLD_SOURCE, namespace)  # the old in_other_sense calls the old in_fixed_expression
    return namespace["in_other_sense"], namespace["in_fixed_expression"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + OWN


def test_every_match_of_dd103_gets_the_old_answer(nlp, monkeypatch):
    old_other_sense, _ = _old()
    new_other_sense = jargon.in_other_sense
    asked = []

    def both(found, tokens, entry):
        new = new_other_sense(found, tokens, entry)
        asked.append((new, old_other_sense(found, tokens, entry), [t.text for t in found], entry.term))
        return new

    monkeypatch.setattr(jargon, "in_other_sense", both)
    config = Config()
    docs = [text_document(t, None, config.placeholders) for t in _texts()]
    for _ in analyse(docs, config, nlp):
        pass
    assert len(asked) >= 100
    assert sum(new for new, *_ in asked) >= 10 and sum(not new for new, *_ in asked) >= 10
    for new, old, words, term in asked:
        assert new == old, (words, term)


def test_fixed_expressions_give_the_old_answer_for_every_word(nlp):
    _, old_fixed = _old()
    entries = [e for e in (jargon._entry(row) for row in jargon.wordlists.load("jargon")) if e.unless]
    assert len(entries) >= 10
    yes = 0
    for text in _texts():
        for _, _, tokens, _ in _sentences(nlp, text):  # as DD103 makes them: no white space
            for n, tok in enumerate(tokens):
                for found in ([tok], tokens[n:n + 2]):
                    for entry in entries:
                        new = jargon.in_fixed_expression(found, tokens, entry)
                        assert new == old_fixed(found, tokens, entry), ([t.text for t in found], entry.term)
                        yes += new
    assert yes >= 5


def test_place_is_list_index(nlp):
    for text in OWN:
        doc = nlp(text)
        whole = list(doc)
        no_space = [t for t in doc if not t.is_space]
        for tokens in (whole, no_space, whole[2:], no_space[1:-1]):
            for tok in tokens:
                assert jargon._place(tokens, tok) == tokens.index(tok)
        with pytest.raises(ValueError):
            jargon._place(whole[3:], whole[0])
    # white space in the sentence: the word stands before its distance from the first
    doc = nlp("Wij  sturen u de brief.")
    tokens = [t for t in doc if not t.is_space]
    assert len(tokens) < len(doc) and jargon._place(tokens, tokens[-1]) == len(tokens) - 1
