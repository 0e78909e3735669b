"""Shortcuts of the speed35b helper (thirty-fifth session) in DD103's work per match: the
guards asked at nearly every match (``in_other_sense`` and the tests it asks of every single
word, ``_form_for``, ``in_context``, ``object_in_other_sense``, ``wrong_sense``) read the
token table's columns (forms, tags, labels, heads, children, sentence bounds) where they made
a spaCy Token for a word around the match or read its morphology. The old functions are kept
here (as source, run in a copy of the module's namespace) as the reference: the same answer at
every call DD103 makes on the example letters and on sentences written for it, and for every
token where a function takes one word."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from duidelijk.rules import jargon

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# sentences for the turns of the guards: a listed verb with an object that gives it another
# sense, a number in an expression, a particle verb with its particle apart or before "te", a
# preposition that opens a "te" clause, a fixed expression with its particle at the end or a
# pointing word ("hierop"), two finite verbs, "namens deze", "het verzochte bedrag", an
# adjective before a noun (with and without -e, a het-word), a comparative, a verb after a
# subject, a participle, a bare stem, a conjunction at the start, a word before and after the
# match that a replacement must fit ("de dagtekening van deze brief", "Gelet op het bovenstaande")
OWN = [
    "Uw aanvraag is toegekend. Wij kennen u een uitkering toe. De schade is vastgesteld.",
    "Het bestemmingsplan is vastgesteld. Wij stellen vast dat u te laat bent.",
    "Wij slaan acht pallets op. U kunt het formulier op twee vlakken invullen.",
    "De kinderen staken de straat over. De gemeente heft de regel op.",
    "Volgt u op dit moment onderwijs? Volg de instructies op. Wij volgen uw melding op.",
    "Door te berekenen hoeveel u betaalt, weet u meer. Wij rekenen de kosten door.",
    "Dit komt niet altijd overeen met de akte. Hierop worden de lichten afgestemd.",
    "Als je een test doet en corona blijkt te hebben, blijf dan thuis.",
    "Namens deze werkgroep groet ik u. Namens deze, de burgemeester.",
    "Het verzochte bedrag is hoog. Wij betalen het verzochte.",
    "U krijgt een afzonderlijke brief. Wij doen een gedegen onderzoek naar de gedegen aanpak.",
    "De kosten zijn geringer. Dit is de geringste bijdrage. Het werkt efficiënter.",
    "Wij verstrekken u de gegevens. U verstrekt ons uw gegevens. Wij hebben de gegevens verstrekt.",
    "Verstrek een kopie van uw paspoort. Verleen ik u toegang? Dat ik de subsidie terugvorder.",
    "De verschuldigde leges betaalt u vooraf. De ingediende stukken zijn compleet.",
    "Echter is hier geen sprake van. Wij betalen echter niet.",
    "Gelet op het bovenstaande wijzen wij uw verzoek af. Er wordt gelet op de kosten.",
    "Gedurende drie weken ligt het plan ter inzage. Gedurende de zomer is het loket dicht.",
    "De dagtekening van deze brief is 1 maart. Wij zenden u de stukken na.",
    "Het college heeft besloten. De onderstaande gegevens kloppen niet.",
    "U dient het formulier in te zien. Dat u het in ziet, is fijn. Wij handelen uw melding af.",
    "Wij nemen uw aanvraag in behandeling. De kosten komen ten laste van u.",
    "Wij delen u het volgende mede. Hij zei: de stukken welke u stuurde.",
    "Uw geregistreerd partner tekent ook. U kunt uw partnerschap laten registreren.",
    "Wij beschikken niet over uw gegevens. Personen die woonachtig zijn in de gemeente.",
    "De melding is aan jou toegewezen. U ziet hieronder wat de aanleiding voor deze brief is.",
    "Het huis is vervallen. Wij wensen jullie een fijne dag. Registreren of inloggen.",
    "Uiterlijk op 1 maart betaalt u. Indien u vragen heeft, belt u ons.",
    # expressions of several words with a verb in them: finite or not, with an auxiliary of
    # their own or of another verb
    "Hij heeft doen blijken dat hij het wil. U heeft uw bezwaar kenbaar gemaakt.",
    "Het afval moet gescheiden worden gehouden van het andere afval. Uw aanvraag is in behandeling genomen.",
    "Wij zullen uw aanvraag in behandeling nemen. U kunt gebruik maken van de regeling.",
    "U bent verplicht om het formulier in te vullen. Wij zijn gehouden aan de regels.",
    # a replacement that says something else here (wrong_sense): a passive of 'krijgen', 'bij' after
    # sending, 'aan' after checking, 'staat aangegeven', a part against its whole, 'op basis van'
    "De gegevens worden verkregen via de Belastingdienst. U levert de stukken aan bij het loket.",
    "Het plan wordt getoetst aan de regels. In de brief staat aangegeven wanneer u betaalt.",
    "U ziet hoeveel dit is ten opzichte van het totaal. Op basis van uw gegevens blijkt dat u recht heeft.",
    "Wij berekenen op basis van de aantallen wat u betaalt. Op basis van artikel 5 mag dat.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + OWN


def _old() -> dict:
    """The old functions, each defined in one copy of the module's namespace (they ask each
    other there, as on main)."""
    namespace = dict(vars(jargon))
    for source in OLD.values():
        exec(source, namespace)
    return namespace


def _dd103(check):
    for text in _texts():
        check(text, select="DD103")


@pytest.mark.parametrize("name", ["in_other_sense", "_particle_only_a_preposition", "_preposition_opens_te_clause",
                                  "_rest_after_particle", "_form_for", "in_context", "object_in_other_sense",
                                  "wrong_sense"])
def test_the_old_answer_at_every_call(check, monkeypatch, name):
    """DD103 on the example letters and the sentences above, with each call of the function
    also asked of the old one: the same answer every time."""
    old = _old()[name]
    new = getattr(jargon, name)
    calls = []

    @functools.wraps(new)
    def both(*args):
        answer = new(*args)
        assert answer == old(*args), (name, [getattr(a, "text", a) for a in args])
        calls.append(answer)
        return answer

    monkeypatch.setattr(jargon, name, both)
    _dd103(check)
    assert len(calls) >= MIN_CALLS[name], len(calls)
    if name not in {"_particle_only_a_preposition", "_preposition_opens_te_clause"}:  # (their yes: below)
        assert len({bool(a) for a in calls}) == 2, name  # both answers met (yes and no, or a form and "")


def test_particle_only_a_preposition_for_every_token(nlp):
    """``_particle_only_a_preposition`` reads only the entry's term: asked of every token with
    particle verbs as terms (some not listed), the old answer, and both answers met."""
    from types import SimpleNamespace

    old = _old()["_particle_only_a_preposition"]
    new = jargon._particle_only_a_preposition
    answers = []
    for doc in nlp.pipe(_texts() + ["Volgt u op dit moment onderwijs?", "Volg de instructies op."]):
        tokens = list(doc)
        for tok in tokens:
            for term in ("opvolgen", "opstellen", "doorberekenen", "aangeven", "inzien", "vaststellen"):
                entry = SimpleNamespace(term=term)
                answer = old(tok, tokens, entry)
                assert new(tok, tokens, entry) == answer, (tok.text, term, tok.sent.text)
                answers.append(answer)
    assert True in answers and False in answers
    volgt = nlp("Volgt u op dit moment onderwijs?")
    assert new(volgt[0], list(volgt), SimpleNamespace(term="opvolgen"))  # 'op' opens "op dit moment"
    volg = nlp("Volg de instructies op.")
    assert not new(volg[0], list(volg), SimpleNamespace(term="opvolgen"))  # 'op' stands apart as the particle


# calls each function gets from the texts above at least (both ways, see the assertion)
MIN_CALLS = {"in_other_sense": 60, "_particle_only_a_preposition": 30, "_preposition_opens_te_clause": 30,
             "_rest_after_particle": 3, "_form_for": 50, "in_context": 40,
             "object_in_other_sense": 30, "wrong_sense": 40}


@pytest.mark.parametrize("name", ["object_in_other_sense", "_preposition_opens_te_clause"])
def test_every_token_gives_the_old_answer(nlp, name):
    """The guards of one word, asked of every token of the texts (not only where DD103 asks)."""
    old = _old()[name]
    new = getattr(jargon, name)
    yes = 0
    for doc in nlp.pipe(_texts()):
        for tok in doc:
            if name == "_preposition_opens_te_clause":
                term = tok.doc[tok.i - 2].lower_ + tok.lower_ if tok.i >= 2 else tok.lower_
                assert new(tok, term) == old(tok, term), (tok.text, tok.sent.text)
                yes += old(tok, term)
            else:
                assert new(tok) == old(tok), (tok.text, tok.sent.text)
                yes += old(tok)
    assert yes >= 1


# alternatives of each kind _form_for and in_context tell apart: a verb, a particle verb, an
# adjective, a word with a space, a clause, a conjunction, with an article, with "te"
ALTERNATIVES = ["geven", "uitzoeken", "apart", "van het bestuur", "we kunnen het doen", "maar", "omdat",
                "het huis", "te betalen", "om te", "die woont in", "let op", "tijdens", "de datum van",
                "doorgaan met", "betaald door", "nodige", "gestuurd", "gekregen", "volgens", "tegenover", "met",
                "gecontroleerd", "gezegd"]


@pytest.mark.parametrize("name", ["_form_for", "in_context", "wrong_sense"])
def test_every_token_and_alternative(nlp, name):
    """``_form_for`` and ``in_context`` of every token of the texts as a match of one word, with
    each alternative above: the old answer (they read the words around, not the entry)."""
    old = _old()[name]
    new = getattr(jargon, name)
    forms = 0
    for doc in nlp.pipe(_texts()):
        for tok in doc:
            for alternative in ALTERNATIVES:
                args = ([tok], alternative.split()[-1], alternative) if name == "wrong_sense" else ([tok], alternative)
                answer = old(*args)
                assert new(*args) == answer, (tok.text, alternative, tok.sent.text)
                forms += bool(answer)
    assert forms > (2 if name == "wrong_sense" else 1000)


@pytest.mark.parametrize("text, word, other", [
    ("Uw aanvraag is toegekend.", "toegekend", True),  # approved, no "gegeven"
    ("Wij kennen u een uitkering toe.", "kennen", False),
])
def test_object_in_other_sense_by_hand(nlp, text, word, other):
    tok = next(t for t in nlp(text) if t.text == word)
    assert jargon.object_in_other_sense(tok) is other


def test_findings_by_hand(check):
    """Findings both ways on sentences written for it: a replacement in the form the sentence
    needs, and none where the word has another sense."""
    found = {f.message for f in check("Wij verstrekken u de gegevens.", select="DD103").findings}
    assert any("geven" in m for m in found), found
    assert not check("Door te berekenen hoeveel u betaalt, weet u meer.", select="DD103").findings
    afz = [f for f in check("U krijgt een afzonderlijke brief.", select="DD103").findings]
    assert afz and "aparte" in afz[0].suggestions, afz
    assert not [f for f in check("Als je een test doet en corona blijkt te hebben, blijf thuis.",
                                 select="DD103").findings if "blijk" in f.message]
OLD = {
    'in_other_sense': 'def in_other_sense(found: list, tokens: list, entry: Entry) -> bool:\n    """Is the match ordinary Dutch here: another word class ("uw uiterlijk", "de verhalen"),\n    or part of a fixed expression ("voldoen aan", "ter beschikking", "op uw verzoek")?"""\n    # the tests in their old order; those that can only hold for one word, or only for more,\n    # are asked under one test of the match\'s length (about 1,300 calls a pass)\n    term, single = entry.term, len(found) == 1\n    if single:\n        word = found[0]\n        if entry.pos:\n            if word_class(word) not in entry.pos and not _mistagged_noun(word, entry):\n                return True\n            if "NOUN" not in entry.pos and _owned(word):\n                return True  # "zijn enkel gebroken": the ankle, no "alleen" (the tagger may say ADV)\n            if "ADJ" not in entry.pos and _expletive_predicate(word):\n                return True  # "is het gewenst dat": an adjective (desirable), no form of "wensen" ("gewild")\n    else:\n        if sum(1 for t in found if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")) > 1:\n            return True  # "als je een test doet en corona blijkt te hebben": two finite verbs are two\n            # clauses, no "doen blijken" (a verb group has one finite verb)\n        if any(t.dep_ == "nummod" and not _listed_number(t, entry) for t in found):\n            return True  # "Wij slaan acht pallets op": the number, no "acht slaan op"\n    if single:\n        if " " not in term and _other_particle_verb(word, entry):\n            return True  # "De kinderen staken de straat over": \'oversteken\', no "stoppen met"\n        if " " not in term and _particle_only_a_preposition(word, tokens, entry):\n            return True  # "Volgt u op dit moment onderwijs?": \'op\' opens "op dit moment", no "opvolgen"\n        if status_name(word):\n            return True  # "een geregistreerd partnerschap", "uw geregistreerd partner": the name of a legal status\n        if term in _ARGUMENT_SENSE_TERMS and _argument_sense(word, term):\n            return True  # "De chauffeurs staken morgen": a strike, nothing stopped\n        if term in _THING_SENSE_TERMS and _of_a_thing(word):\n            return True  # "de draagkracht van de zoldervloer": what it can carry, no money\n        if term == "vervallen" and any(_building(n) for n in _said_of(word)):\n            return True  # "Het huis is vervallen": run-down, not expired\n        if term == "wensen" and _wished_to_someone(word):\n            return True  # "Wij wensen jullie een fijne dag": a wish for someone, no "willen"\n        if term == "geachte" and _salutation(word):\n            return True  # "aanhef: Geachte heer/mevrouw,": the salutation, which the note lets stay\n        if term == "registreren" and _signing_up(word):\n            return True  # "Registreren of inloggen", "Je hoeft je niet te registreren": making an account\n        if term == "inschakelen" and _switched_on(word):\n            return True  # "Als u de sms-controle heeft ingeschakeld": switched on, nobody called in\n    if term in _SEEING_A_REASON and any(_definite_cause(t) for t in found):\n        return True  # "U ziet hieronder wat de aanleiding voor deze brief is": the cause, no \'een reden zien\'\n    if term in _ASSIGNING and any(t.pos_ == "VERB" and _work_assigned(t) for t in found):\n        return True  # "De melding is aan jou toegewezen": work handed out, nothing granted\n    if term == "sprake zijn van" and _out_of_the_question(found, tokens):\n        return True  # "Er is geen sprake van dat wij dit betalen": it will not happen, no "er is geen ..."\n    if single:\n        if term in _SHOWING_TERMS and _shown_by_a_thing(word):\n            return True  # "Het percentage geeft aan hoeveel ...": what a thing shows, nobody tells anything\n        if term in _FINDING_TERMS and _illness_found(word):\n            return True  # "Er is een besmetting vastgesteld": an illness found, no decision of an office\n        if " " not in term and _preposition_opens_te_clause(word, term):\n            return True  # "Door te berekenen hoeveel ...": \'door\' opens the clause (\'by\'), no "doorberekenen"\n    n = _place(tokens, found[-1])\n    nxt = tokens[n + 1] if n + 1 < len(tokens) else None\n    if nxt is not None and found[0].lower_ == "namens" and found[-1].lower_ in {"deze", "dezen"} and nxt.is_alpha:\n        return True  # "namens deze werkgroep": a pointing word before its noun, no signature formula\n    if nxt is not None and len(found) == 2 and found[0].lower_ == "het" and nxt.pos_ in {"NOUN", "PROPN", "ADJ"}:\n        return True  # "het verzochte bedrag": an adjective before its noun, no "uw verzoek"\n    if single and term == "bewonen" and not _dwelling_object(found[0], entry.with_):\n        return True  # "Het huis is niet bewoond": a state of the house (everyday), no one who lives in it\n    if term == "voldoen" and _paid(found):\n        return False  # "Het bedrag voldoet u aan de balie": paying, also with \'aan\' after it (its \'unless\')\n    if entry.with_:\n        keys = doc_keys(found[0].doc)  # token_keys of each token, without a call each\n        if term in _WITH_LINKED:\n            if not _with_linked(found, keys, entry.with_):\n                return True  # "De lopende kosten van uw aanvraag": \'lopende\' does not go with \'aanvraag\'\n        elif term in _WITH_IN_PHRASE:\n            if not _with_in_phrase(found, keys, entry.with_):\n                return True  # "Na uw vrijlating kunt u een uitkering aanvragen": a prisoner set free\n        elif term in _WITH_TOLD:\n            if not _told(found, keys, entry.with_):\n                return True  # "De schade wordt mede gedeeld door de verzekeraar": shared too, nothing told\n        elif term == "openstaan":\n            if not _money_near(found, tokens, keys, entry.with_):\n                return True  # "Het raam staat open", "Het bezwaar staat nog open": no unpaid bill\n        elif not any(keys[t.i] & entry.with_ for t in tokens) and not (\n                term == "bijschrijven" and _with_before(found, tokens, keys, entry.with_)):\n            return True  # "armoede bestrijden" is no "een besluit bestrijden"\n    if term in _WILLING_WITH_TE and not _before_te(tokens, n):\n        return True  # "Hij is haar zeer genegen": fond of her, no "bereid" (willing to do something)\n    if term == "opmaken uit" and not (nxt is not None and nxt.lower_ in _CONCLUDED or any(\n            _finite_clause(c) for t in found for c in t.children if c.dep_ == "ccomp")):\n        return True  # "Hij heeft zijn geld opgemaakt uit verveling": spent; one concludes a clause ("dat", "hoe")\n    if term in _BOUND_WITH_TE and not _bound_to(found, tokens, n):\n        return True  # "De vergadering is gehouden in het stadhuis": held, nobody bound to do anything\n    if _object_of_listed_verb(found, entry):\n        return True  # "waarom u naar het oordeel van uw arts vraagt": \'vragen naar\', no "volgens"\n    if term in {"lopende de", "lopende het"} and not (\n            found[1].i == found[0].i + 1 and (found[0].pos_ == "ADP" or found[0].dep_ == "case")):\n        return True  # "de lopende actualisering van de kaart": an adjective, no "tijdens"\n    if term == "voldoen aan" and _paid(found):\n        return True  # "U kunt het bedrag voldoen aan de balie", "De rekening voldoet u aan de kassa": paying, no rule met\n    if term == "het geval zijn" and not _predicate_case(found):\n        return True  # "Het geval is niet bijzonder": \'geval\' is the subject, a case\n    if term == "opmaken" and _drawn_up_otherwise(found):\n        return True  # "Uit het rapport maak ik op": to conclude; "mooi opgemaakt": the layout\n    # "beslissen op" whose \'op\' has another noun ("op basis van", "op tijd") is no match at all:\n    # ``_not_on_the_request``, the veto of ``PhraseIndex.matches``\n    if term in _REFLEXIVE_OTHER_SENSE and _reflexive(found):\n        return True  # "Wilt u zich beschikbaar stellen als lid van het stembureau?": to volunteer, no \'geven\'\n    if term in _FLIPPED_BY_NEGATION and _negated(found):\n        return True  # "Wij vertrouwen er niet op dat u betaalt" is no "Wij hopen niet dat u betaalt"\n    if term in _POINTING_TERMS and _points_itself(found):\n        return True  # "Alles wijst erop dat de kosten stijgen": a sign, nobody tells the reader\n    if term == "bijschrijven" and _written_next_to(found, tokens):\n        return True  # "Schrijf er het bedrag bij": write it on the form, no money paid in\n    if single and _put_in_place(found[0]):\n        return True  # "De containers worden op het plein opgesteld": placed, not written\n    if len(found) in _PURPOSE_LENGTHS and [t.lower_ for t in found] in PURPOSE_WITH_TE \\\n            and te_infinitive(tokens, n) is None:\n        return True  # "loopt op 1 mei ten einde", "ten einde raad": to an end, no "in order to"\n    if term.startswith("gelet ") and any(c.dep_ in {"aux", "aux:pass"} for c in found[0].children):\n        return True  # "Er wordt gelet op de kosten": the verb \'letten op\' in a tense, no "gelet op" (because of)\n    if len(found) > 1 and any(t.pos_ == "AUX" for t in found):\n        members = {t.i for t in found}\n        for tok in found:\n            if any(c.dep_ in {"aux", "aux:pass"} and c.i not in members for c in tok.children):\n                return True  # "gescheiden moeten worden gehouden van ... is": no "gehouden zijn"\n    return in_fixed_expression(found, tokens, entry)\n',
    '_particle_only_a_preposition': 'def _particle_only_a_preposition(tok, tokens: list, entry: Entry) -> bool:\n    """Is the entry a particle verb ("opvolgen") matched on a verb form without its particle\n    ("Volgt"), while every word of that particle in the sentence is a preposition before its\n    own noun ("op dit moment")? Then the lemmatizer joined a preposition to the verb: "Volgt u\n    op dit moment onderwijs?" is \'volgen\' (going to school), no "opvolgen". A particle that\n    stands apart as one ("Volg de instructies op", "op te volgen") hangs on the verb or ends\n    the clause, so it keeps the match."""\n    particle = _term_particle(entry.term)  # None for most entries: then no Token attribute is read\n    if particle is None or tok.pos_ not in {"VERB", "AUX"}:\n        return False\n    if tok.lower_.startswith(particle) or tok.lower_.startswith("ge" + particle):\n        return False\n    spelled = [t for t in tokens if t.lower_ == particle]\n    return bool(spelled) and all(\n        t.dep_ == "case" and t.head.i > t.i and t.head.i != tok.i and t.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}\n        or _opens_a_noun_phrase(t) for t in spelled)\n',
    '_preposition_opens_te_clause': 'def _preposition_opens_te_clause(verb, term: str) -> bool:\n    """Is the word before "te <infinitive>" the preposition that opens an adverbial clause\n    ("Door te berekenen hoeveel ...": \'by computing\'), not the particle of the listed verb ("de\n    kosten door te berekenen": \'doorberekenen\')? It opens the sentence or follows a punctuation\n    mark, whatever the parse calls it."""\n    doc = verb.doc\n    if verb.i < 2 or doc[verb.i - 1].lower_ != "te":\n        return False\n    first = doc[verb.i - 2]\n    if first.lower_ not in _CLAUSE_PREPOSITIONS or not term.startswith(first.lower_):\n        return False\n    return first.is_sent_start or _after_punct(first)\n',
    '_rest_after_particle': 'def _rest_after_particle(tokens: list, index: dict, verb, words: tuple[str, ...]) -> bool:\n    """Does the rest of a verb\'s fixed expression ("overeenkomen met") stand with the verb in\n    another place than right after it? A main clause puts the finite verb second and its\n    separated particle at the end, and the rest of the expression after the particle: "Dit komt\n    niet altijd overeen met de akte". A preposition of the expression before a pointing word\n    joins it ("daarop", "waarmee") and may open the clause: "Hierop worden de lichten afgestemd"\n    ("afstemmen op")."""\n    if verb.pos_ not in {"VERB", "AUX"}:\n        return False\n    for c in verb.children:\n        if c.dep_ == "compound:prt" and c.i > verb.i and c.i in index:\n            m = index[c.i] + 1\n            if m < len(tokens) and _expression_at(tokens, m, words[1:], tokens[m]):\n                return True\n    if len(words) == 2:\n        joined = _R_PREPOSITION.get(words[1], words[1])\n        return any(c.lower_ in {r + joined for r in _R_WORDS} for c in verb.children)\n    return False\n',
    '_form_for': 'def _form_for(found: list, alternative: str) -> str:\n    """``fitting_form`` for a match that ``_no_form_fits`` let through (asked once per\n    match by the caller): the tests that depend on the alternative."""\n    if "..." in alternative or alternative.split()[0].lower() in READER_SUBJECTS:\n        return ""  # a clause ("we kunnen het behandelen") replaces no word as it stands\n    if len(found) == 1 and found[0].pos_ in {"ADJ", "ADV"} and found[0].lower_ != found[0].lemma_.lower() \\\n            and {"Cmp", "Sup"} & set(found[0].morph.get("Degree")):\n        # "geringer", "efficiënter": the list\'s word ("klein") in the same degree ("kleiner"),\n        # or nothing when Dutch text does not know that form ("werkt goed")\n        return degree_form(alternative, "Sup" in found[0].morph.get("Degree"), found[0].lower_.endswith("e"))\n    first = found[0]\n    sent_start = _sentence(first)[0]\n    prev = first.doc[first.i - 1] if first.i > sent_start else None\n    if len(found) > 1:\n        return _finite_phrase(found, alternative)\n    first_class = word_class(first)  # read once: it looks at the words around it\n    attributive = first_class == "ADJ" or (\n        first.dep_ == "amod" and first.head.pos_ in {"NOUN", "PROPN"} and first.head.i > first.i)\n    if attributive and (" " in alternative and not alternative.startswith("te ")):\n        return ""  # "de bestuurlijke fusie": "van het bestuur" cannot stand before the noun\n    if attributive and first.pos_ == "ADJ" and first.lower_.endswith("e"):\n        if not _inflected(first.lemma_):\n            return ""  # lead, after speed35b: "de momentele situatie" (test_rules35c)\n        return _inflected(alternative)  # "een afzonderlijke brief" -> "een aparte brief"\n    if attributive and first.pos_ == "ADJ" and first.dep_ == "amod" and " " not in alternative:\n        # a word without an -e of its own ("gedegen"): the noun phrase says whether the\n        # plain word needs one ("de gedegen aanpak" -> "de goede aanpak", "een gedegen\n        # onderzoek" -> "een goed onderzoek"); unsure: no replacement\n        needs_e = _needs_e(first.head)\n        if needs_e and _inflected(first.lower_) not in ("", first.lower_) and not (\n                first.i > 0 and first.doc[first.i - 1].lower_ in DETERMINERS):\n            return ""  # rules38i: an adjective without its -e before a de-word, no article: an adverb\n        return "" if needs_e is None else _inflected(alternative) if needs_e else alternative\n    if first.pos_ in {"PROPN", "NOUN"} and first.text[:1].isupper() and " " not in alternative \\\n            and _verb_like(alternative) and stem_form(first.lower_) and _stem_use(first, sent_start) == "imperative":\n        # "Verstrek een kopie ..." at the start of a paragraph, read as a name: an order all the same\n        nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None\n        if nxt is None or not (nxt.pos_ in {"VERB", "AUX"} or nxt.is_punct):\n            return stem_of(alternative, True)\n    if first.dep_ == "mark" and elliptic_clause(first):\n        return ""  # rules38i: "indien mogelijk" is no "als mogelijk"\n    if first.pos_ not in {"VERB", "AUX"} and first_class != "VERB":\n        kind = noun_forms(None, alternative.lower())[0] if " " not in alternative else "OTHER"\n        if first_class in {"ADJ", "ADV"} and (kind == "VERB" or (\n                kind == "" and _verb_like(alternative) and not alternative.startswith("ge"))):\n            return ""  # "U bent woonachtig" is no "U bent wonen"\n        if first_class in {"ADJ", "ADV"} and _finite_first(alternative):\n            return ""  # rules38i: "zijn tegenstrijdig" is no "zijn klopt niet met elkaar"\n        return alternative\n    tok = first\n    *rest, alt = alternative.split()\n    table = token_table(tok.doc)  # Token.children\'s labels and Token.morph\'s VerbForm, without a Token\n    has_aux = _has_aux_child(table, tok.i)\n    finite = table.facts[tok.i].finite_form or (\n        prev is not None and prev.lower_ in SUBJECT_BEFORE and not has_aux)\n    if rest and rest != ["te"] and prev is not None and (prev.lower_ == "te" or (\n            prev.pos_ in {"AUX", "VERB"} and (not is_finite(prev) or _in_subclause(tok)))):\n        return ""  # "te hebben geïnformeerd" is no "te hebben op de hoogte gebracht": those words go first\n    if rest and any(_verb_like(w) for w in rest):\n        return alternative if tok.lower_.endswith("en") and not finite else ""\n    if not _verb_like(alt):\n        if attributive and tok.lower_.endswith("e") and not rest:\n            return _inflected(alternative)  # "de voorgaande principes" -> "de vorige principes"\n        if first_class == "ADJ" and not rest and tok.lower_.endswith("en") and alt[-1:] in "dt":\n            # a participle in -en takes no -e before its noun, one in -d or -t does: "ons\n            # voorgenomen besluit" -> "ons geplande besluit", "een voorgenomen besluit" ->\n            # "een gepland besluit" (the parse may miss the possessive, so the word before says it)\n            if tok.i + 1 >= len(tok.doc):\n                return ""  # the last word of the text: no noun after it says the form\n            noun = tok.doc[tok.i + 1]\n            needs_e = True if prev is not None and prev.lower_ in DEFINITE_DETERMINERS else _needs_e(noun)\n            return "" if needs_e is None else _inflected(alternative) if needs_e else alternative\n        # a word that is no verb cannot replace a verb: not a finite one, nor a participle with\n        # its auxiliary ("heeft de steun uitgezonderd" is no "heeft de steun behalve";\n        # "uitgezonderd de zondag" is "behalve de zondag")\n        participle_alt = alt[-1:] in "dtn" and "ge" in alt[:4]  # "op de hoogte gebracht"\n        verbal_aux = any(c.dep_ in {"aux", "aux:pass"} and c.lemma_.lower() in {"hebben", "worden"}\n                         for c in tok.children)  # not "zijn": "uw bezwaar is gegrond" -> "terecht"\n        return "" if "Fin" in tok.morph.get("VerbForm") or (verbal_aux and not participle_alt) else alternative\n    if not has_aux and not rest and tok.dep_ in {"amod", "acl"} and tok.head.pos_ == "NOUN" \\\n            and tok.head.i == tok.i + 1 and not {"Fin", "Inf"} & set(tok.morph.get("VerbForm")) \\\n            and tok.lower_.endswith("en") and (prev is None or prev.lower_ != "te"):\n        # a participle without -e right before its noun ("de door ons verzonden brief"): a\n        # participle in -d or -t takes the -e the noun needs ("de gestuurde brief", "een\n        # gestuurd pakket"); unsure whether it needs one: no replacement\n        done = participle(alt)\n        if not done or done.endswith("en"):\n            return done\n        needs_e = _needs_e(tok.head)\n        return "" if needs_e is None else _inflected(done) if needs_e else done\n    form = tok.morph.get("VerbForm")\n    low = tok.lower_\n    prev = tok.doc[tok.i - 1] if tok.i > 0 else None\n    infinitive = tok.lemma_.lower()\n    if not has_aux and low in (infinitive + "d", infinitive + "de") and _verb_like(infinitive):\n        return "" if rest or alt == "zijn" else alt + low[len(infinitive):]  # miss42: a present participle\n    if prev is not None and prev.lower_ in SUBJECT_BEFORE and not has_aux:\n        form = ["Fin"]  # "Wij verhalen de kosten": a finite verb, whatever the tagger says\n        # ("waar u verzocht wordt": a participle with its auxiliary, "gevraagd")\n    if "Part" in form and not has_aux and not low.startswith("ge") and low.endswith("t"):\n        form = ["Fin"]  # "De gemeente verstrekt de pas": a present tense, not a participle\n    if "Part" in form and low[-1:] not in "dtne":\n        form = ["Fin"]  # "dat ik de subsidie terugvorder": no participle (nor its inflected form in -e) ends so\n    if low.endswith("e") and not has_aux and "Fin" not in form:\n        # used as an adjective: "de verschuldigde leges" -> "de te betalen leges", "de\n        # ingediende stukken" -> "de gestuurde stukken"\n        if rest:\n            return alternative if rest == ["te"] else ""\n        done = participle(alt)\n        return "" if not done else done if done.endswith("en") else _inflected(done)\n    use = _stem_use(tok, sent_start) if not has_aux and not rest and stem_form(low) else ""\n    if use:\n        # the bare stem ("verleen ik", "Vermeld uw naam"; the tagger may call the first a\n        # plural and the second a participle): the stem of the alternative ("geef ik", "Noem")\n        return stem_of(alt, use == "imperative")\n    if "Part" in form or (low.startswith("ge") and low[-1] in "dt" and "Fin" not in form):\n        if rest and rest[-1] == "te":\n            return ""  # "te betalen" has no participle: "bent ... verschuldigd" needs another sentence\n        if rest and noun_forms(None, rest[0].lower())[1] and any(\n                c.dep_ in {"aux", "aux:pass"} and c.lemma_.lower() in {"zijn", "worden"} for c in tok.children):\n            return ""  # "U bent niet gemachtigd" is no "U bent niet toestemming gegeven": in a passive\n            # the subject is the old verb\'s object, and the new verb\'s noun has no place\n        if any(c.lemma_.lower() == "hebben" and c.dep_ == "aux" for c in tok.children) and alt in _zijn_verbs():\n            return ""  # "heeft plaatsgevonden" -> "is gebeurd", not "heeft gebeurd"\n        word = participle(alt)\n    elif "Fin" in form:\n        if rest or separable(alt) or "Past" in tok.morph.get("Tense"):\n            return ""\n        if "Plur" in tok.morph.get("Number") or low.endswith("en"):\n            word = alt\n        elif any(c.dep_.startswith("nsubj") and c.lower_ in {"ik", "je", "jij"} for c in tok.children):\n            word = ""  # "Dit acht ik" is no "Dit vindt ik" (a bare stem got its own stem above)\n        else:\n            word = third_person(alt) if low.endswith("t") else ""\n    else:\n        if prev is not None and prev.lower_ == "te" and separable(alt):\n            return ""  # "te achterhalen" -> "uit te zoeken", not "te uitzoeken"\n        word = alt  # an infinitive\n    return " ".join(rest + [word]) if word else ""\n',
    'in_context': 'def in_context(found: list, alternative: str) -> str:\n    """The alternative fitted to the words around the match, or "" when it does not fit:\n    no second article ("het college" -> "het gemeentebestuur", not "het het gemeentebestuur"),\n    no "datum van de brief van deze brief", no "maar" in the middle of a clause."""\n    first, last = found[0], found[-1]\n    doc = first.doc\n    start, end = _sentence(first)\n    if last is not first:\n        end = _sentence(last)[1]\n    prev = doc[first.i - 1] if first.i > start else None\n    nxt = doc[last.i + 1] if last.i + 1 < end else None\n    words = alternative.split()\n    every = {w.lower() for w in words}  # the alternative\'s words, for the tests below\n    later = {w.lower() for w in words[1:]}\n    if words[0].lower() in {"die", "dat"} and (prev is None or prev.pos_ not in {"NOUN", "PROPN"} or (\n            "Plur" in prev.morph.get("Number"))):\n        return ""  # "die woont in" only after a singular noun: not "U bent die woont in", "Personen die woont in"\n    if nxt is not None and not nxt.is_punct and SUBCLAUSE_WORDS & later and (\n            words[-1].lower() not in PREPOSITIONS):\n        return ""  # "een opdracht met een boete als u het niet doet op te leggen": the clause must end the sentence part\n    if nxt is not None and nxt.pos_ in {"VERB", "AUX"} and "te" in later:\n        return ""  # "een toestemming om een regel niet te volgen aanvragen": two verbs in a row\n    if words[0].lower() in CLAUSE_CONJUNCTIONS_SUB and last.pos_ == "ADP" and nxt is not None and (\n            nxt.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"}):\n        return ""  # "Gelet op het bovenstaande" is no "Omdat het bovenstaande": a conjunction needs a clause\n    if len(words) >= 2 and last.pos_ == "NOUN" and not (\n            {"te", "om", "dat", "die", "als", "wie", "waar"} & every) and (\n            words[0].lower() in REFLEXIVE or (_verb_like(words[-1].lower()) and noun_forms(\n                None, words[-1].lower())[0] not in {"Com", "Neut"})):\n        return ""  # "een integrale aanpak" is no "een alles samen aanpakken", "de naleving van" no "de zich houden aan"\n    if len(words) > 1 and len(found) == 1 and first.pos_ == "NOUN" and words[0].lower() not in ARTICLES and any(\n            c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < first.i for c in first.children) and noun_forms(\n            None, words[0].lower()) == ("OTHER", ""):\n        return ""  # "de gemeentelijke herinrichting" is no "de gemeentelijke nieuwe indeling"\n    if len(words) > 1 and words[-1].lower() in PREPOSITIONS and last.pos_ in {"VERB", "AUX"} and not _object_after(found):\n        return ""  # "het beleid voortzetten" is no "het beleid doorgaan met": the object must follow the preposition\n    if len(words) > 1 and words[-1].lower() == "door" and prev is not None and prev.pos_ in {"VERB", "AUX"}:\n        return ""  # "De kosten komen ten laste van u" is no "komen betaald door u": the verb must change\n    if alternative.lower().startswith("let op") and prev is not None and not prev.is_punct:\n        return ""  # "de let op door Wilson geïnitieerde": an instruction only starts a sentence\n    if words[0].lower() in {"tijdens", "in"} and first.pos_ == "ADP" and _duration_after(last):\n        return ""  # "gedurende drie weken" is no "tijdens drie weken" or "in drie weken"\n    if prev is not None and prev.lower_ in DETERMINERS and not het_is_pronoun(prev):\n        if words[0].lower() in CLAUSE_STARTS | READER_SUBJECTS | {"niet", "geen"}:\n            return ""  # "de stand van zaken" is no "de hoe het nu gaat"; "uw niet kunnen werken"\n        if 1 < len(words) <= 3 and _verb_like(words[-1].lower()) and word_class(first) == "NOUN" and not (\n                {"te", "om", "dat", "die", "waarin"} & every):\n            return ""  # "de terugvordering" is no "de geld terugvragen"; "uw plicht om ... te geven" is fine\n        if words[0].lower() in DETERMINERS - ARTICLES and len(words) == 1:\n            return ""  # "de bovenstaande gegevens" -> "de deze gegevens"\n        if words[0].lower() in ARTICLES and len(words) > 1:\n            if prev.lower_ in {"de", "het"} and prev.lower_ != words[0].lower():\n                return ""\n            if prev.lower_ in {"deze", "dit", "die", "dat", "ons", "onze"}:\n                return ""\n            words = words[1:]  # the sentence has its article already\n    if nxt is not None and nxt.lower_ == "van" and "van" in words[1:]:\n        words = words[: words.index("van", 1)]  # "de dagtekening van deze brief" -> "de datum van deze brief"\n    if words[0].lower() in CLAUSE_CONJUNCTIONS and prev is not None and not (\n            prev.is_punct or prev.pos_ in {"CCONJ", "SCONJ"}):\n        return ""\n    if words[0].lower() in CLAUSE_CONJUNCTIONS and len(found) == 1 and first.pos_ == "ADV" and (\n            nxt is not None and is_finite(nxt)):\n        return ""  # "Echter is hier ..." is no "Maar is hier ...": \'maar\' takes the normal order ("Maar hier is ...")\n    if wrong_sense(found, words[-1], alternative):\n        return ""\n    return " ".join(words)\n',
    'object_in_other_sense': 'def object_in_other_sense(tok) -> bool:\n    """Is this verb said of an object that gives it another sense than its alternative has:\n    "uw aanvraag is toegekend" (approved, not "gegeven"), "het bestemmingsplan is vastgesteld"\n    (adopted, not "bepaald"), or one without the object its alternative needs: "de schade is\n    vastgesteld" (found, not "bepaald")?"""\n    if tok.pos_ not in {"VERB", "AUX", "ADJ"}:\n        return False\n    keys = token_keys(tok)\n    objects = [c for c in tok.children if c.dep_ in {"obj", "nsubj", "nsubj:pass"}]\n    nouns = next((v for k, v in OTHER_SENSE_OBJECTS.items() if k in keys), None)\n    if nouns is not None and any(c.lower_.endswith(nouns) or c.lemma_.lower().endswith(nouns) for c in objects):\n        return True\n    if nouns is not None and REQUEST_NOUNS[0] in nouns and _status_step(tok):\n        return True  # "Ontvangen / In behandeling / Afgehandeld": a step of the reader\'s request\n    same = next((v for k, v in SAME_SENSE_OBJECTS.items() if k in keys), None)\n    return same is not None and not any(c.lower_.endswith(same) or c.lemma_.lower().endswith(same) for c in objects)\n',
    'wrong_sense': 'def wrong_sense(found: list, word: str, alternative: str) -> bool:\n    """Does the alternative (``word`` its last word) say something else here, so that it is no\n    hint either, not even with the sentence changed? (``in_context``; the advice then names no\n    word: ``refused``.)"""\n    first, last = found[0], found[-1]\n    if _verb_of(word, NO_PASSIVE) and any(c.dep_ == "aux:pass" for t in found for c in t.children):\n        return True  # "De gegevens worden verkregen" is no "worden gekregen": \'krijgen\' has no passive\n    if _verb_of(word, TRANSFER_VERBS) and any(t.pos_ in {"VERB", "AUX"} and _bij_phrase(t) for t in found):\n        return True  # "aangeleverd bij het ministerie" is no "gestuurd bij": sending takes \'naar\' or \'aan\'\n    if _verb_of(word, CHECKING_VERBS) and any(t.pos_ in {"VERB", "AUX"} and _norm_with_aan(t) for t in found):\n        return True  # "getoetst aan de voorwaarden" is no "gecontroleerd aan": one checks \'op\' a fault, and\n        # measures \'aan\' a norm\n    if _verb_of(word, SAYING_VERBS) and len(found) == 1 and _with_staan(first, _sentence(first)[0]):\n        return True  # "In de brief staat aangegeven wanneer ..." is no "staat gezegd": \'staan\' wants what is written\n    if alternative.lower() in COMPARING and (_whole_after(last, _sentence(last)[1]) or _share_of_all(first, last)):\n        return True  # "hoeveel dit is ten opzichte van het totaal": a part is not set against its whole\n    if alternative.lower() in {"volgens", "met", "uit"} and (alternative.lower() == "uit") != _shown_by(first):\n        return True  # "Op basis van uw gegevens blijkt dat ...": what shows a fact takes \'uit\' ("Uit uw\n        # gegevens blijkt ..."), not "Met uw gegevens blijkt" nor "Volgens uw gegevens blijkt"; and \'uit\' only there\n    return alternative.lower() == "volgens" and (_reckoned_from(first) or _data_worked_from(first))\n',
}
