"""Shortcuts of the speed30b helper (thirtieth session): each gives the answer of the slower
way it replaces. Each old way is copied here as the reference and compared with the new one on
every place of the example letters and of sentences written for these tests; a spy shows that
the costly part is no longer asked where the cheap tests already say no.

- DD117 (``broken.particle_twice``): the sentence's own tokens first (the particle alone, the
  same word later with no verb, clause or mark between), the dictionary's separable verbs last;
- DD102 (``passive._reader_status_line``): the tokens of the line by bisection on the token
  table's offsets, not a Token for every token of the Doc;
- DD102 (``passive._reflexive_state``): the subjects first, the dictionary's verbs last;
- DD108 (``tang._order_first``): the sentence's first word first, the list of its words only
  when that word may be the verb of an order;
- DD106 (``nominalisation._patterns_here``): a verb's keys are joined to a particle after it only
  where the join makes a light verb or a word of the list's expressions (``_particle_rests``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk import dictionary
from duidelijk.lines import line_end, line_start
from duidelijk import structure
from duidelijk.rules import broken, nominalisation, passive, tang

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: a particle twice around one verb, and the traps around it
PARTICLE_SENTENCES = [
    "Log opnieuw in bij DigiD in met niveau midden.",
    "Vul in bij vraag 3 in.",
    "Geef het door door op de knop.",
    "Kom langs en doe mee mee met de cursus.",
    "Geef het door door op de knop te drukken.",          # 'door' before te + infinitive
    "Stap in bij de halte in Utrecht.",                   # the second 'in' has its word group
    "Vul in het voorjaar de aanvraag in.",
    "Vul de gegevens in om een nieuw wachtwoord in te stellen.",
    "Bekijk je Postvak IN om in te loggen.",
    "Doe mee aan de actie en neem je buurman mee.",
    "Kijk op de website op de pagina over parkeren.",
    "Wij zetten het bedrag om en maken het op tijd over over een week.",
    "Ga door, door de tuin, naar de achterdeur.",
    "Schrijf u in bij de gemeente in Amersfoort in.",
    "Loop even door door de gang.",
    "Zet het apparaat uit uit voorzorg.",
]

# sentences and lines written for these tests: a passive with "zijn", a status line, a person
# or a thing as the subject
STATE_TEXTS = [
    "U bent uitgenodigd!",
    "Je bent aangemeld",
    "Je bent uitgenodigd\nJe partner wil samen met jou jullie huwelijk regelen.",
    "Je bent uitgenodigd voor een gesprek op maandag.",
    "Je bent uitgenodigd.\nWe zien je graag.",
    "U bent gekort\nDe uitkering is lager.",
    "Om een bericht te plaatsen, moet je eerst aangemeld zijn.",
    "Als u bent ingeschreven, krijgt u een brief.",
    "Uw kind is aangemeld bij de school.",
    "Uw melding is aangemeld.",
    "U bent gebeld door de wijkagent.",
    "Wij zijn verhuisd naar een ander adres.",
    "Het formulier is verstuurd.\nU bent ingelogd",
    "Jullie zijn ingeschreven voor de cursus.",
    "Ze zijn aangemeld, maar de brief is nog niet verstuurd.",
    "We zijn aangemeld voor de cursus.",
    "Als we zijn ingelogd, zien we onze gegevens.",
]


# sentences written for these tests: an order whose verb may look like a noun, and the traps
ORDER_SENTENCES = [
    "Beschrijf zo goed mogelijk wat er aan de hand is en wat er volgens u moet gebeuren.",
    "Noteer hieronder wat u hebt gezien en wat er volgens u aan gedaan kan worden.",
    "Vermeld hieronder welke spullen u kwijt bent en waar u ze het laatst had.",
    "- Stuur ons een kopie van uw paspoort als u dat nog niet heeft gedaan.",
    "Werk aan de weg in het centrum van de stad kan hinder geven.",
    "Plan van aanpak voor de nieuwe wijk wordt volgende week besproken.",
    "Bel ons.",
    "Kijk.",
    "Lees de brief goed door voordat u het formulier invult.",
    "Vul het formulier in en stuur het terug.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + PARTICLE_SENTENCES + STATE_TEXTS + ORDER_SENTENCES
    return list(nlp.pipe(texts))


# --- DD117: particle_twice --------------------------------------------------------------------

def _particle_twice_before(sent, first):
    """``broken.particle_twice`` as it was: the dictionary first."""
    doc = sent.doc
    if not any(dictionary.separable(first.lower_ + lemma)
               for t in doc[max(sent.start, first.i - 3) : first.i] if t.is_alpha
               for lemma in {t.lemma_.lower()} | dictionary.verb_lemmas(t.lower_)):
        return None

    def alone(tok) -> bool:
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        return tok.is_lower and (after is None or after.is_punct or after.pos_ == "ADP" and after.lower_ != "te")

    if not alone(first):
        return None
    for t in doc[first.i + 1 : sent.end]:
        if t.pos_ in {"VERB", "AUX", "SCONJ"} or t.is_punct or t.lower_ in broken.CLAUSE_OPENERS | {"om", "te"}:
            return None
        if t.lower_ == first.lower_:
            return t if alone(t) and not broken._te_infinitive_after(t) else None
    return None


def test_particle_twice_gives_the_old_answer_everywhere(docs):
    found = asked = 0
    for doc in docs:
        for sent in doc.sents:
            for tok in sent:
                if tok.lower_ not in broken.PARTICLES:
                    continue
                expected = _particle_twice_before(sent, tok)
                assert broken.particle_twice(sent, tok) == expected, (sent.text, tok.i)
                asked += 1
                found += expected is not None
    # both ways: particles written twice around one verb, and many that are not
    assert found >= 4 and asked >= 100


def _spy(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


@pytest.mark.parametrize("text, second, asked", [
    ("Log opnieuw in bij DigiD in met niveau midden.", "in", True),   # a finding: the dictionary decides
    ("Loop even door door de gang.", None, False),                      # the second has its word group
    ("Log opnieuw in bij DigiD met niveau midden.", None, False),       # no second 'in'
    ("Vul de gegevens in om een nieuw wachtwoord in te stellen.", None, False),  # 'om' between
    ("Stap in bij de halte in Utrecht.", None, False),                  # the second has its word group
])
def test_particle_twice_asks_the_dictionary_only_when_the_tokens_allow_it(nlp, monkeypatch, text, second, asked):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    first = next(t for t in doc if t.lower_ in broken.PARTICLES)
    separable = _spy(monkeypatch, dictionary, "separable")
    verb_lemmas = _spy(monkeypatch, dictionary, "verb_lemmas")
    result = broken.particle_twice(sent, first)
    assert (result.lower_ if result is not None else None) == second
    assert bool(separable or verb_lemmas) == asked


# --- DD102: _reader_status_line and _reflexive_state ------------------------------------------

def _reader_status_line_before(text, aux, verb) -> bool:
    """``passive._reader_status_line`` as it was: every token of the Doc tested for the line."""
    start, end = line_start(text, aux.idx), line_end(text, aux.idx)
    if not (start <= verb.idx < end):
        return False
    tokens = [t for t in aux.doc if start <= t.idx < end and not t.is_space]
    if tokens and tokens[-1].text == "!":
        tokens = tokens[:-1]
    if not tokens or tokens[-1].text in {".", "?", ":", ";", ","}:
        return False
    if passive._decision(verb):
        return False
    subject, rest = tokens[0], tokens[1:]
    return subject.lower_ in passive.READERS and subject.dep_.startswith("nsubj") and all(
        t.i in {aux.i, verb.i} or t.pos_ == "ADV" for t in rest) and aux.i in {t.i for t in rest}


def _reflexive_state_before(verb) -> bool:
    """``passive._reflexive_state`` as it was: the dictionary's verbs first."""
    states = passive.reflexive_states()
    if not states & ({verb.lemma_.lower(), passive.infinitive(verb.text, verb.lemma_)}
                     | set(dictionary.verb_lemmas(verb.lower_))):
        return False
    subjects = passive._subjects(verb, ("nsubj", "nsubj:pass"))
    return bool(subjects) and all(s.lower_ in passive.PERSON_SUBJECTS | {"wij", "we"} for s in subjects)


def _aux_verb_pairs(doc):
    """(auxiliary or copula "zijn"/"worden", the word it hangs on) of a Doc, and every verb
    or adjective with any auxiliary: more pairs than DD102 asks about."""
    for tok in doc:
        if tok.dep_ in {"aux", "aux:pass", "cop"} and tok.head.i != tok.i:
            yield tok, tok.head


def test_reader_status_line_gives_the_old_answer_everywhere(docs):
    yes = no = 0
    for doc in docs:
        text = doc.text
        for aux, verb in _aux_verb_pairs(doc):
            expected = _reader_status_line_before(text, aux, verb)
            assert passive._reader_status_line(text, aux, verb) == expected, (aux.text, verb.text)
            yes += expected
            no += not expected
    assert yes >= 2 and no >= 50


def test_reflexive_state_gives_the_old_answer_everywhere(docs):
    yes = no = 0
    for doc in docs:
        for tok in doc:
            if tok.pos_ not in {"VERB", "AUX", "ADJ"}:
                continue
            expected = _reflexive_state_before(tok)
            assert passive._reflexive_state(tok) == expected, tok.text
            yes += expected
            no += not expected
    assert yes >= 2 and no >= 100


@pytest.mark.parametrize("text, word, state, asked", [
    ("Om een bericht te plaatsen, moet je eerst aangemeld zijn.", "aangemeld", True, True),
    ("Als u bent ingeschreven, krijgt u een brief.", "ingeschreven", True, True),
    ("U bent gebeld door de wijkagent.", "gebeld", False, True),        # a person, a verb without "zich"
    ("Uw kind is aangemeld bij de school.", "aangemeld", False, False),  # a thing: no look-up
    ("Uw melding is aangemeld.", "aangemeld", False, False),
])
def test_reflexive_state_looks_up_the_verb_only_for_a_person(nlp, monkeypatch, text, word, state, asked):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == word)
    verb_lemmas = _spy(monkeypatch, passive, "verb_lemmas")
    assert passive._reflexive_state(verb) is state
    assert bool(verb_lemmas) == asked


# --- DD108: _order_first ----------------------------------------------------------------------

def _order_first_before(doc, sent) -> bool:
    """``tang._order_first`` as it was: the list of the sentence's words first."""
    words = [t for t in sent if not (t.is_punct or t.is_space or t.text in structure.LIST_MARKS)]
    if len(words) < 3:
        return False
    if not tang._verb_at_first(words[0], question=False):
        return False
    opened = False
    for k, tok in enumerate(words[1:], 1):
        if tang._opens_subclause(tok):
            opened = True
        if not tang.is_finite(tok):
            continue
        if not opened:
            return False
        rest = words[k + 1:]
        while rest and rest[0].pos_ in {"VERB", "AUX"} and not tang.is_finite(rest[0]):
            rest = rest[1:]
        if rest and rest[0].pos_ != "CCONJ" and not tang._opens_subclause(rest[0]):
            return False
        opened = False
    return True


def test_order_first_gives_the_old_answer_everywhere(docs):
    yes = no = 0
    for doc in docs:
        for sent in doc.sents:
            expected = _order_first_before(doc, sent)
            assert tang._order_first(doc, sent) == expected, sent.text
            yes += expected
            no += not expected
    assert yes >= 3 and no >= 100


@pytest.mark.parametrize("text, order, further", [
    ("Beschrijf zo goed mogelijk wat er aan de hand is en wat er volgens u moet gebeuren.", True, True),
    ("Werk aan de weg in het centrum van de stad kan hinder geven.", False, True),  # a stem, then a main verb
    ("Kijk.", False, False),                                              # a stem, too few words
    ("Wij sturen u de brief met alle informatie over de regels.", False, False),  # no stem first
    ("- Stuur ons een kopie van uw paspoort.", True, True),             # after a list mark
])
def test_order_first_lists_the_words_only_after_a_verb_stem(nlp, monkeypatch, text, order, further):
    doc = nlp(text)
    asked = []
    original = tang._opens_subclause
    monkeypatch.setattr(tang, "_opens_subclause", lambda tok: asked.append(tok.i) or original(tok))
    stems = _spy(monkeypatch, tang, "_verb_at_first")
    assert tang._order_first(doc, next(doc.sents)) is order
    assert len(stems) == 1  # the first word is asked once, whatever the answer
    # past the first word only when it may be an order's verb (and the sentence has words after it)
    assert bool(asked) == further


# --- DD106: _patterns_here --------------------------------------------------------------------

# sentences written for these tests: a verb whose particle after it makes a light verb or a word
# of an expression, and particles that make nothing
JOIN_SENTENCES = [
    "Wij gaan over tot betaling van het bedrag.",            # 'overgaan'
    "Wij voeren de wijziging in het systeem door.",          # 'doorvoeren'
    "U dient de aanvraag voor 1 maart in.",                  # 'indienen' of "aanvraag indienen"
    "De gemeente stelt een onderzoek in naar de klacht.",    # 'instellen' of "onderzoek instellen"
    "Wij brengen de wijziging in de regels aan.",            # 'aanbrengen'
    "Wij geven het formulier aan u mee.",
    "Kom op tijd en neem uw paspoort mee.",
    "Wij bellen u op en sturen de brief door.",
]


def _patterns_here_before(present, facts, keys_of, verbs, het_van_here, light_here):
    """``nominalisation._patterns_here`` as it was: every join of a verb's keys and a particle."""
    het_van = het_van_here and "het" in present and "van" in present
    light = light_here
    here = [facts[i] for i in verbs]
    particles = [(j, f.lower) for j, f in zip(verbs, here) if f.lower in nominalisation._PARTICLE_WORDS]
    if particles:
        for i, fact in zip(verbs, here):
            if fact.pos not in nominalisation._VERB_POS:
                continue
            joined = {word + k for j, word in particles if j > i for k in keys_of[i]}
            if not joined.isdisjoint(nominalisation.LIGHT_VERBS):
                light = True
            present = present | joined
    return het_van, nominalisation._expression_may(present), light


def test_patterns_here_gives_the_old_answer_everywhere(check, monkeypatch):
    patterns_here = nominalisation._patterns_here
    calls = _spy(monkeypatch, nominalisation, "_patterns_here")
    for text in [p.read_text(encoding="utf-8") for p in EXAMPLES] + JOIN_SENTENCES:
        check(text)
    made = 0  # the calls where a join decides: the answer without any join differs
    for args in calls:
        expected = _patterns_here_before(*args)
        assert patterns_here(*args) == expected
        present, facts, keys_of, _, het_van_here, light_here = args
        made += expected != _patterns_here_before(present, facts, keys_of, [], het_van_here, light_here)
    assert made >= 1 and len(calls) - made >= 100


def _fact(pos, lower):
    from types import SimpleNamespace

    return SimpleNamespace(pos=pos, lower=lower)


@pytest.mark.parametrize("words, expected", [
    # (word, part of speech, keys): "Wij gaan over tot betaling": 'overgaan', a light verb
    ([("wij", "PRON", ()), ("gaan", "VERB", ("gaan",)), ("over", "ADP", ()), ("tot", "ADP", ()),
      ("betaling", "NOUN", ())], (False, False, True)),
    # "U dient de aanvraag in": 'indienen' completes "aanvraag indienen"
    ([("u", "PRON", ()), ("dient", "VERB", ("dient", "dienen")), ("de", "DET", ()), ("aanvraag", "NOUN", ()),
      ("in", "ADP", ())], (False, True, False)),
    # the particle before the verb: no join ("Over gaan wij niet")
    ([("over", "ADP", ()), ("gaan", "VERB", ("gaan",)), ("wij", "PRON", ())], (False, False, False)),
    # a join that makes no listed word ("Wij bellen u op")
    ([("wij", "PRON", ()), ("bellen", "VERB", ("bellen",)), ("u", "PRON", ()), ("op", "ADP", ())],
     (False, False, False)),
])
def test_patterns_here_joins_a_particle_after_its_verb(words, expected):
    facts = [_fact(pos, word) for word, pos, _ in words]
    keys_of = [frozenset({word, *keys}) for word, _, keys in words]
    present = frozenset().union(*keys_of)
    verbs = [i for i, (word, pos, _) in enumerate(words)
             if pos in nominalisation._VERB_POS or word in nominalisation._PARTICLE_WORDS]
    assert _patterns_here_before(present, facts, keys_of, verbs, False, False) == expected
    assert nominalisation._patterns_here(present, facts, keys_of, verbs, False, False) == expected


def test_particle_rests_are_the_rests_of_the_words_a_join_can_make():
    rests = nominalisation._particle_rests()
    assert "gaan" in rests["over"] and "voeren" in rests["door"] and "dienen" in rests["in"]
    assert "zien" not in rests["in"] and "bellen" not in rests["op"]
    words = set(nominalisation.LIGHT_VERBS).union(*(bag for bag, *_ in nominalisation.expressions()))
    assert {p + r for p, rs in rests.items() for r in rs} == {w for w in words
                                                              if w.startswith(tuple(nominalisation._PARTICLE_WORDS))}
