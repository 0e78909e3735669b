"""Does the text explain this term here? One answer for DD103 (a listed term,
``rules.jargon.explained_here``) and DD104 (a hard word, ``rules.difficult_words``).

Direct Duidelijk asks writers to explain a hard term, not only to drop it: a term the text
explains is no finding. ``explains`` answers for a term of one word or a matched span of
words, with the shapes of an explanation that Dutch uses; it looks at the term's sentence, a
few words after it and the start of the next sentence only:

- right after the term: ", dat wil zeggen ...", ", oftewel ...", "betekent ...";
  examples after ", zoals" or ", bijvoorbeeld" ("in de openbare ruimte, zoals op straat of in
  een park"); ", dat is" and a definition ("een beschikking, dat is een brief met ons besluit");
- a bracket after the term that says what it is: "(dat is de waarde van uw huis)", plain words
  ("(straten, stoepen en parken)", "(bijvoorbeeld een park)", one plain noun: "octetten
  (cijfergroepen)") or a definition ("(een brief met ons besluit)"); not a reference, a
  number, an abbreviation or a date ("(zie bijlage 2)", "(pgb)", "(dat is dinsdag 3 mei)");
- a colon in running text with a definition or plain words after it ("U krijgt een
  beschikking: een brief met ons besluit"); not a colon after the first word of a line or
  sentence: that is a field or a list ("Locatie: Stationsplein"), unless the label's line
  explains it in brackets ("Saldo: 20 euro (Dit is het bedrag dat u nog kunt uitgeven)",
  ``label_explained``; DD104 also reads these lines where they are no prose);
- the next sentence, when the term ends its own: "Dat is" and a kind with a clause ("... een
  ontheffing. Dat is toestemming om een regel niet te volgen."), not a judgement of the
  sentence before ("Dat is een recht van iedere inwoner", "Dat is een groot probleem");
- for DD104, the sentence under a heading of one word ("Sterfte" alone on its line): "Dit is"
  and a definition, or "Deze cijfers laten zien ..." under the heading of a number or a chart
  (``heading_explained``);
- the sentence around the term: "Met een zienswijze bedoelen wij ...", "Onder inkomen verstaan
  wij ...", "Bij mantelzorg kunt u denken aan ...", "Een mantelzorger is iemand die ...", "Een
  beschikking is een besluit over ...", the term in brackets after the plain words ("geld
  terug (restitutie)"), the term as the name of what the text has just described ("Dit heet
  restitutie", ``named``).

The rules differ only where the way they report differs. DD103 lets an explanation free only
nouns and adjectives (a listed verb or connective has a plain word to write instead). Once
explained, a term is known: DD103 frees it in the rest of the text, and a use before the
explanation keeps its finding, as DD103 reports each use and there the reader meets the term
unexplained; DD104 reports a word once per text, so an explanation anywhere in the text
answers its one finding.

DD112 (``rules.abbreviations.written_out``) asks a question of its own: is the short form tied
to its full name? Its evidence is about letters: the expansion of its list before it, the full
name in brackets before or after it, ", afgekort", a compound whose parts start with its
letters, an apposition that names it (``explained_after``). A bracket right after capitals
nearly always gives their full name, while after a word a bracket is often a reference, a
field or an abbreviation; and the shapes for a word ("Dit heet X") hardly occur with
capitals. So the two tests stay apart. DD112 reads a few shapes of its own in the next
sentence (``abbreviations.glossed``): "X staat voor", "X betekent", "Met X bedoelen wij", each with the
full form; "X is een wet voor ..." says only what kind of thing it is and does not count.
"""

from __future__ import annotations

import re
from functools import cache

from duidelijk import wordlists
from duidelijk.metrics import token_table
from duidelijk.rules.clauses import CONDITION_WORDS, QUOTE_MARKS
from duidelijk.structure import BULLETS, DAY_NAMES, MONTH_NAMES, listed_person  # listed_person: 'zoals uw buurman' compares (examples_after)

# right after the term, the words that say what it means: "gesaldeerd oftewel verrekend",
# "Subrogatie betekent dat ..." (not "namelijk", an adverb there: "Wij hebben de cessie namelijk
# al gedaan"; not "dat is", a relative clause there: "het convenant dat is getekend")
EXPLAINERS = ("dat wil zeggen", "dat betekent", "dit betekent", "betekent", "oftewel", "ofwel", "met andere woorden")
_EXPLAINER_STARTS = tuple({w.split()[0] for w in EXPLAINERS})  # what the next word starts with


def explains(first, last=None, table=None) -> bool:
    """Does the text explain the term here: the word ``first``, or the words ``first`` to
    ``last`` of a matched span? The shapes in the module's docstring. ``table``: the token table
    of the Doc (``metrics.token_table``), if at hand. Looks only at the term's sentence, the
    few words after it and the start of the next sentence: no walk over the whole text."""
    doc = first.doc
    last = first if last is None else last
    if table is None:
        table = token_table(doc)  # the forms and tags without a Token each, the sentence without a Span
    facts, texts = table.facts, table.texts
    n = len(facts)
    i, e = first.i, last.i
    start, end = table.sentence_of(e)
    k = e + 1
    nxt = texts[k] if k < n else ""
    if nxt == "(":
        # a bracket right after the term says what it is, or it is a field's value, a
        # reference, an abbreviation, a plural ending: "doelgroep(en)", "(zie bijlage 2)", "(pgb)"
        return bool(doc[e].whitespace_) and _bracket_explains_term(doc, k, end, facts, texts)
    if nxt == ":":
        # in running text a definition or plain words may follow; after the first word of a
        # sentence or a line the colon makes a field or a list ("Locatie: Stationsplein",
        # "Uitgangspunten:"), and a colon at the end of its line opens a list, unless the
        # label's line explains it in brackets ("Saldo: 20 euro (Dit is het bedrag ...)")
        if i > start and k + 1 < n and "\n" not in doc[k].whitespace_ and (
                _defines(k + 1, facts) or _plain_words(k, end, facts, texts)):
            return True
        return label_explained(doc, i, e)
    if nxt in QUOTE_MARKS and k + 1 < n and texts[k + 1] == "(":
        return bracket_explains(doc, k + 1)  # "de ‘afwaardering’ (dat wil zeggen: ...)"
    after = [f.lower for f in facts[k:k + 7]]  # (a slice of the facts: no call per word)
    if after and after[0].startswith(_EXPLAINER_STARTS) and any(" ".join(after[:4]).startswith(w) for w in EXPLAINERS):
        return True  # "gesaldeerd oftewel verrekend", "Subrogatie betekent dat ..."
    if nxt in _COMMA_MARKS and len(after) > 1:
        if any(" ".join(after[1:5]).startswith(w) for w in COMMA_EXPLAINERS):
            return True  # "gesaldeerd, dat wil zeggen ...": not "dat is", a relative clause there
        if nxt == "," and _after_comma(doc, k, end, facts, texts):
            return True
    if end + 2 < n and facts[end].lower in _POINTING_BACK and facts[end + 1].lower in _DEFINING_VERBS \
            and facts[e].pos == "NOUN" and _ends_sentence(doc, e, end, facts, texts):
        # "... een ontheffing. Dat is toestemming om ...": in the next sentence 'Dat' may point to
        # the whole sentence before ("Dat is een recht van iedere inwoner"), so only a kind with
        # a clause that says what it is counts, not a phrase with a preposition
        if _defines(end + 2, facts, _DEFINITION_CLAUSES):
            return True
    return _said_around(doc, i, e, after, start, end, facts)


_COMMA_MARKS = frozenset({",", "-", "–"})  # what may stand between a term and ", dat wil zeggen ..."


# the start of a next sentence that says what the term before holds: "Voor uw straat geldt een
# bestemmingsplan. Daarin staat wat u mag bouwen."
_CONTENT_POINTERS = frozenset({"daarin", "hierin"})
_CONTENT_VERBS = frozenset({"staat", "staan", "leest", "ziet"})


def explained_next(first, last=None, table=None) -> bool:
    """Does the next sentence explain the term (the words ``first`` to ``last``)? Two shapes:
    the next sentence says what the term holds, the term the last noun of its own sentence
    ("Voor uw straat geldt een bestemmingsplan. Daarin staat wat u mag bouwen."); or it names
    the term again in a shape ``explains`` knows ("U heeft erfpacht. Erfpacht betekent dat u de
    grond huurt.", "Een bestemmingsplan is een plan waarin ..."). A field term is explained
    once, at its first place in the text (DD103): an explanation right after that place
    counts for it. Only the next sentence, wherever it starts (lines are not looked at: after an
    empty line it counts too)."""
    doc = first.doc
    last = first if last is None else last
    if table is None:
        table = token_table(doc)
    facts = table.facts
    n = len(facts)
    start, end = table.sentence_of(last.i)
    if end >= n:
        return False
    nxt, stop = table.sentence_of(end)
    while nxt < stop and facts[nxt].pos in {"PUNCT", "SPACE"}:
        nxt += 1
    if nxt + 1 >= stop:
        return False
    if facts[nxt].lower in _CONTENT_POINTERS and facts[nxt + 1].lower in _CONTENT_VERBS:
        return not any(facts[m].pos in {"NOUN", "PROPN"} for m in range(last.i + 1, end))
    lemmas = [facts[t].lemma.lower() for t in range(first.i, last.i + 1)]
    k = nxt + 1 if facts[nxt].lower in ARTICLES else nxt
    m = k + len(lemmas) - 1
    if m >= stop or [facts[t].lemma.lower() for t in range(k, m + 1)] != lemmas:
        return False
    return explains(doc[k], doc[m], table)


def _ends_sentence(doc, e: int, end: int, facts, texts) -> bool:
    """Does the word at ``e`` end its sentence ("... een ontheffing."), on the same line?"""
    return all(facts[j].pos == "PUNCT" for j in range(e + 1, end)) and texts[end - 1] == "." and \
        "\n" not in "".join(doc[j].whitespace_ for j in range(e, end))


def _after_comma(doc, k: int, end: int, facts, texts) -> bool:
    """After the comma at ``k``: examples (", zoals een park of straat", ", zoals op straat of in
    een park", ", bijvoorbeeld parken en pleinen"), plain words (", oftewel de straten en
    parken") or a definition (", dat is een brief met ons besluit"; not a relative clause:
    ", dat is belangrijk voor u")."""
    n = len(facts)
    if k + 2 >= n:
        return False
    word = facts[k + 1].lower
    if word in _EXAMPLE_WORDS:
        m = k + 2
        if word == "zoals" and facts[m].pos == "ADP" and m + 1 < n:
            m += 1  # examples with the preposition of the term's own phrase: "in de openbare ruimte, zoals op
            # straat"; not after 'bijvoorbeeld', which then says when or how ("bijvoorbeeld bij schade")
        return examples_after(doc, m, facts)
    if word in _BRACKET_OPENERS:
        return _plain_words(k + 1, end, facts, texts)  # ", oftewel de straten en parken"
    if word in _POINTING_BACK and facts[k + 2].lower in _DEFINING_VERBS:
        return _defines(k + 3, facts)  # ", dat is een brief met ons besluit" (a kind follows, no adjective alone)
    return False


def _bracket_explains_term(doc, k: int, end: int, facts, texts) -> bool:
    """Does the bracket at ``k``, right after a term, say what the term is? An explainer first
    ("(dat is de waarde van uw huis)", "(dat wil zeggen: verrekend)", "(oftewel ...)"; not a
    date or a time, ``bracket_explains``), plain words ("(straten, stoepen en parken)",
    "(bijvoorbeeld een park)") or a definition ("(een brief met ons besluit)", "(de waarde van
    uw huis)"). Not a reference, a number, an abbreviation or one word ("(zie bijlage 2)",
    "(artikel 4)", "(pgb)", "(verplicht)")."""
    if k + 2 >= len(facts) or facts[k + 1].lower in REFERENCES:
        return False
    words = " ".join(f.lower for f in facts[k + 1:k + 5])
    if words.startswith(_BRACKET_EXPLAINERS):
        return not _BRACKET_ABOUT_TIME.match(doc[k:k + 10].text)  # "(dat is dinsdag 3 mei)": a date
    if facts[k + 1].lower in _EXAMPLE_WORDS:  # "(bijvoorbeeld school, werk en thuis)", as after a comma
        return examples_after(doc, k + 2, facts)
    if texts[k + 2] == ")":
        return _gloss(k + 1, facts, texts)  # "octetten (cijfergroepen)"; not "(pgb)", "(verplicht)"
    return _plain_words(k, end, facts, texts, ")", facts[k - 1].pos == "ADJ") or _defines(
        k + 1, facts, _BRACKET_DESCRIBERS, _BRACKET_ARTICLES)


_GLOSS_LENGTH = 5  # letters of a plain noun alone in brackets at least: shorter is an abbreviation ("(pgb)", "(wmo)")


def _gloss(j: int, facts, texts) -> bool:
    """Is the one word in brackets at ``j`` a plain noun for the noun before the bracket: a
    noun in small letters, long enough to be no abbreviation ("de laatste twee octetten
    (cijfergroepen)")? Not after an
    adjective or a verb, which a harder noun in brackets names ("laag gecijferd (dyscalculie)");
    not an abbreviation or a word of a field ("(pgb)", "(verplicht)"); not a label of the
    document, which says which paper is meant ("De zienswijze (concept)", ``document_labels``)."""
    text = texts[j]
    return facts[j - 2].pos == "NOUN" and facts[j].pos == "NOUN" and len(text) >= _GLOSS_LENGTH and \
        text.isalpha() and text.islower() and not {facts[j].lower, facts[j].lemma.lower()} & document_labels()


@cache
def document_labels() -> frozenset[str]:
    """Nouns that name a document's state, copy, version or kind of paper
    (``wordlists/document_labels.tsv``): "(kopie)", "(concept)", "(aanvraag)"."""
    return wordlists.words("document_labels")


# what may open a bracket that explains the word before it: "(dat is ...)", "(dat wil zeggen: ...)"
_BRACKET_EXPLAINERS = ("dat is ", "dit is ", "dat zijn ", "dit zijn ", "dat betekent", "dit betekent",
                       "dat wil zeggen", "oftewel", "ofwel", "met andere woorden", "ook wel")
_BRACKET_ARTICLES = frozenset({"een", "de", "het"})  # "(de waarde van uw huis)": the kind with its article


# quote marks that may stand around the kind in a definition, with the backtick that some
# writers type for an opening one ("een soort `alarmbel’ die ...")
_DEFINITION_QUOTES = QUOTE_MARKS | {"`"}


def _said_around(doc, i: int, e: int, after: list[str], sent_start: int, sent_end: int, facts) -> bool:
    """The explanations that the sentence gives around the term (``i`` its first word, ``e`` its
    last, ``after`` the lower case of the words after it): the term after the plain words in
    brackets ("u krijgt geld terug (restitutie)"), a definition with the term as its subject
    ("Een mantelzorger is iemand die ...") or a sentence that says what the term means ("Met
    een zienswijze bedoelen wij ...", "Onder inkomen verstaan wij ...", "Bij mantelzorg kunt u
    denken aan ..."), or the term given as a name (``named``). A term in quote marks, as writers
    mark the word they define, is read with its marks: "Een ‘zienswijze’ is een brief waarin
    ...", "Dit heet ‘restitutie’"."""
    if i > sent_start and after[:1] and after[0] in _DEFINITION_QUOTES and facts[i - 1].lower in _DEFINITION_QUOTES:
        i, e, after = i - 1, e + 1, after[1:]  # (rev38g)
    j = i - 1
    while j >= sent_start and facts[j].lower in ARTICLES:
        j -= 1
    before = facts[j].lower if j >= sent_start else ""  # the word before the term and its article
    if before:
        # the term alone in the bracket, or a noun with the light verb that makes it an act
        # ("een fout melden (terugmelding doen)", "(bezwaar maken)"): the bracket names the act
        # that the plain words before it describe
        shut = 1 if after[:1] == [")"] else 2 if after[1:2] == [")"] and after[0] in _BRACKET_LIGHT_VERBS \
            and facts[e].pos == "NOUN" else 0
        if before == "(" and shut and j > sent_start and facts[e].pos != "ADJ" and (
                len(after) <= shut or not facts[e + shut + 1].pos in {"NOUN", "PROPN", "ADJ"}):
            return True  # the term after the plain words: "geld terug (restitutie)"; not a word
            # left out or kept in a phrase: "een (coöperatieve) vereniging"
        if before in {"met", "onder"} and any(w.startswith("bedoel") or w in VERSTAAN for w in after[:5]):
            return True  # "Met een zienswijze bedoelen wij ...", "Onder inkomen wordt verstaan ..."
            # (not "verstuurt", "verstrekt": "Met de machtiging verstuurt u ...")
        if before == "onder" and any(w in {"valt", "vallen"} for w in after[:3]) or \
                before == "bij" and _examples_follow(after):
            return True  # examples: "Onder mantelzorg valt ...", "Bij mantelzorg kunt u denken aan ..."
        if before == "van" and j > sent_start and facts[j - 1].lower == "sprake" and after[:1] and \
                after[0] in _CONDITIONS and not (j - 2 >= sent_start and no_question_of(facts[j - 2].lower)) and \
                _opens_clause(e + 1, sent_end, facts):
            return True  # when the term applies: "Er is sprake van leegstand als een huis een jaar leeg staat"
            # (not "Er is geen sprake van ... als ...": out of the question)
    elif len(after) > 2 and after[0] in {"is", "zijn"} and after[1] in DEFINERS and any(
            w in RELATIVES for w in [w for w in after[2:sent_end - e - 1] if w not in _DEFINITION_QUOTES][:4]):
        return True  # "Een mantelzorger is iemand die ...", "Het eigen risico is het bedrag dat ...";
        # quote marks around the kind are no words: "Een signaalwaarde is een soort ‘alarmbel’ die ...";
        # in the term's sentence only: "De ombudsman is een ‘man’. Die ..." is no definition (rev38g)

    def low(m: int) -> str:
        return facts[m].lower

    if i == sent_start + 1 and after[:2] == ["is", "een"] and facts[sent_start].lower == "een" and \
            kind_described(doc, e + 3, low):
        return True  # a definition of the kind ("Een beschikking is een besluit over uw aanvraag"):
        # "een" says that any such thing is one; "De cessie is een ramp" says something of one thing
    return named(doc, i, j, after, sent_start, sent_end, low)


# the light verbs with which a noun in brackets names an act: "(terugmelding doen)", "(bezwaar maken)"
_BRACKET_LIGHT_VERBS = frozenset({"doen", "maken", "geven", "nemen"})


# "sprake van X als ...": the term's condition; with "zodra" ("sprake van X zodra ...")
_CONDITIONS = CONDITION_WORDS | {"zodra"}


def no_question_of(before: str) -> bool:
    """Is the word before 'sprake' the 'geen' of the idiom "er is geen sprake van (dat ...)",
    'out of the question' ("Daar is geen sprake van", "Er is geen sprake van dat wij dit
    betalen"): no state that is there or not, as in "er is sprake van schade"?"""
    return before == "geen"


def _opens_clause(k: int, sent_end: int, facts) -> bool:
    """Does the conjunction at ``k`` open a clause: a verb follows before a comma ("als een
    huis een jaar leeg staat")? Not "als gevolg van de storm", "als eerste": no clause,
    so no condition that says when the term applies."""
    if k + 1 < sent_end and facts[k + 1].lower in {"gevolg", "eerste", "laatste", "volgt"}:
        return False
    for m in range(k + 1, sent_end):
        if facts[m].lower in {",", ";", ":"}:
            return False
        if facts[m].finite_form or facts[m].pos in {"VERB", "AUX"}:
            return True  # (a plural verb may be tagged as an infinitive: "als minder mensen overlijden")
    return False


def explained(tok, facts=None) -> bool:
    """Does the text explain the word ``tok`` here (``explains`` for one word)? ``facts``: the
    token table's facts of its Doc, if at hand (the same answer without)."""
    return explains(tok)


VERSTAAN = frozenset({"verstaan", "verstaat", "versta", "verstond", "verstonden"})
CAN = frozenset({"kunt", "kun", "kan", "kunnen"})


def _examples_follow(after: list[str]) -> bool:
    """"Bij X kunt u denken aan ...": examples of X follow. "Bij werkzaamheden moet u denken
    aan overlast" warns of something else: only with a form of "kunnen" before "denken"."""
    if "denken" not in after[:4] or "aan" not in after[:6]:
        return False
    return any(w in CAN for w in after[:after.index("denken")])


# what starts the description after the kind in "Een X is een <kind> ...": a relative clause or
# a phrase that says what it is about ("een afspraak tussen twee mensen", "een besluit over ...")
_DESCRIBES = frozenset({"tussen", "over", "van", "voor", "met", "waarmee", "waarin", "waarbij",
                                        "waarop", "waarvoor", "waarover", "waardoor", "die", "dat", ":"})


@cache
def judging_words() -> frozenset[str]:
    """Nouns and adjectives that judge a thing instead of saying what it is
    (``wordlists/judging_words.tsv``): "een groot risico", "een probleem voor veel mensen"."""
    return wordlists.words("judging_words")


def kind_described(doc, k: int, low) -> bool:
    """After "Een X is een": a noun that names a kind, then a description of it ("een afspraak
    tussen twee mensen", "een ‘abstract beeld’: het staat ..."), or the kinds it covers, joined
    by commas and 'of' ("Een sanctie is een boete, een korting of een waarschuwing": one of these,
    each a plain noun, not the term itself; the list ends the clause or a phrase follows). At most
    one adjective before a noun; no word that only judges the thing ("een groot risico", "een
    lastige zaak", "een probleem voor veel mensen", "een optie als ...", "een risico of een
    kans": the reader still does not know what it is). ``k``: the token after "een"."""
    n = len(doc)
    judging = judging_words()
    term = doc[k - 3].lemma_.lower() if k >= 3 else ""  # the X of "Een X is een"

    def kind(k: int) -> int | None:
        """The token after the noun of a kind that starts at ``k`` (quote marks, at most one
        adjective, the noun), or None."""
        while k < n and low(k) in QUOTE_MARKS:
            k += 1
        if k < n and doc[k].pos_ == "ADJ":
            if doc[k].lemma_.lower() in judging or low(k) in judging:
                return None
            k += 1
        if k >= n or doc[k].pos_ != "NOUN" or doc[k].lemma_.lower() in judging or low(k) in judging:
            return None
        if kinds and doc[k].lemma_.lower() == term:
            return None  # the term among its own kinds: "een boete of een andere sanctie" says no more
        k += 1
        while k < n and low(k) in QUOTE_MARKS:
            k += 1
        return k

    kinds = 0
    k = kind(k)
    if k is None:
        return False
    kinds = 1
    while k + 1 < n and low(k) in {",", "of"}:  # the kinds it covers: "een boete, korting of (een) maatregel"
        last = low(k) == "of"
        k = kind(k + 2 if low(k + 1) == "een" else k + 1)
        if k is None:
            return False
        kinds += 1
        if last:  # the list ends with the kind after 'of': a description, a phrase or the end of the clause
            # follows ("een boete of een korting op uw uitkering."), not a word of the clause that goes
            # on ("een straf of een waarschuwing waard", "een besluit of een gemeente u straft")
            return k >= n or low(k) in _DESCRIBES or doc[k].pos_ == "ADP" or \
                doc[k].pos_ == "PUNCT" and low(k) != "?"  # not a question: "Een sanctie is een boete of een straf?"
    return kinds == 1 and k < n and low(k) in _DESCRIBES


# an explanation in brackets that says what a thing is: "(Dit is het bedrag ...)"
_BRACKET_EXPLAINER = re.compile(r"\(\s*(?:dit|dat) (?:is|zijn|betekent|wil zeggen)\b", re.IGNORECASE)
# what a bracket says of a date or a time, not of a word: "(dat is dinsdag 3 mei)", "(dit is een
# dinsdag)", "(dat is voor 14 mei)", "(dat is binnen 6 weken)". A number only in the shape of a
# date or a time ("14 mei", "3-5-2025", "14:30", "6 weken"), a time word only as a whole word:
# "(dit is 21 procent)", "(dat wil zeggen: de jaarlijkse terugvraag ...)" explain a thing
_DAY_OR_MONTH = "|".join((*DAY_NAMES, *MONTH_NAMES))
_TIME_UNITS = "dag|dagen|week|weken|maand|maanden|jaar|jaren|kwartaal|uur|uren"
_BRACKET_ABOUT_TIME = re.compile(
    r"\(\s*(?:dit|dat) (?:is|zijn|betekent|wil zeggen)\s*:?\s*(?:(?:een|de|het|op|in|voor|na|uiterlijk|binnen|"
    r"vanaf|tot|om|over|rond|ongeveer)\s+)*"
    rf"(?:\d{{1,2}}\s+(?:{_DAY_OR_MONTH})\b|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\d{{1,2}}[:.]\d{{2}}\b|"
    rf"\d+\s+(?:{_TIME_UNITS})\b|(?:{_DAY_OR_MONTH})\b|(?:vandaag|morgen|overmorgen|gisteren|halverwege)\b|"
    rf"(?:volgende|volgend|vorige|vorig|deze|dit|eind|begin|half|midden|eerste|laatste)\s+(?:{_TIME_UNITS}|{_DAY_OR_MONTH}|\d)|"
    rf"(?:{_TIME_UNITS})\b)",
    re.IGNORECASE)


def label_explained(doc, i: int, last: int | None = None) -> bool:
    """Is the word a label that its own line explains in brackets after its value ("Saldo:
    {saldo} (Dit is het bedrag dat u nog kunt uitgeven)"), or a word in quote marks that a
    bracket explains right after ("de ‘afwaardering’ (dat wil zeggen: ...)")? A screen of
    labels is no prose, but the reader reads the explanation there, and knows the word wherever
    the text uses it after that. Only a bracket that says what it is ("(dit is", "(dat
    betekent"): a colon alone is no explanation in a label line ("Kenmerk: ..."), and a bracket
    about a date is none ("(dat is dinsdag 3 mei)", "(dat is voor 14 mei)"). A label: the word
    starts its line and a colon follows it; at most four tokens of value between the colon and
    the bracket, on the same line. Not a word in prose before a bracket that explains something
    else ("Uw cessie is getekend (dat wil zeggen: het is rond)"). ``last``: the last word of a
    term of more words that starts at ``i`` ("Openbare ruimte: ... (dit is ...)")."""
    n = len(doc)
    e = i if last is None else last
    if e + 2 < n and doc[e + 1].text in QUOTE_MARKS and doc[e + 2].text == "(":
        return bracket_explains(doc, e + 2)  # "de ‘afwaardering’ (dat wil zeggen: ...)"
    line_start = i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text or doc[i - 1].text in BULLETS
    if not line_start or e + 1 >= n or doc[e + 1].text != ":":
        return False
    for k in range(e + 2, min(n, e + 7)):
        if "\n" in doc[k - 1].whitespace_ or "\n" in doc[k].text:
            return False  # the line ends first
        if doc[k].text == "(":
            return bracket_explains(doc, k)
    return False


# under a heading, "Dit is" and a kind may take any article: it points at the heading, not at a
# sentence before ("Sterfte / Dit is het aantal mensen dat ...")
_HEADING_KIND_ARTICLES = frozenset({"een", "de", "het"})
_SHOWING = frozenset({"toont", "tonen"})  # "Dit getal toont hoeveel ..."
_LETTING = frozenset({"laat", "laten"})  # "Deze cijfers laten zien ..."


def heading_explained(doc, i: int, table=None) -> bool:
    """Is the word at ``i`` a heading of one word ("Sterfte" alone on its line) that the sentence
    under it explains? That sentence points back at the heading and says what it names: "Dit
    is" or "Dit zijn" and a definition ("Dit is een getal dat ...", ``_defines``), or, under the
    heading of a number or a chart on a page, "Dit/Deze" and a noun that shows ("Deze cijfers
    laten zien hoeveel mensen zijn overleden", "Dit getal toont ..."): what the numbers under
    the heading show is what the heading means. Only a heading of one word: under a heading of
    more words ("Sterfte per regio") the sentence speaks of the whole. Not in running text:
    after a sentence, "Deze cijfers laten zien ..." shows numbers and does not say what a word
    of the sentence before means. ``table``: the Doc's token table, if at hand."""
    n = len(doc)
    if i > 0 and "\n" not in doc[i - 1].whitespace_ and "\n" not in doc[i - 1].text:
        return False  # not at the start of its line
    if i + 1 < n and "\n" not in doc[i].whitespace_ and "\n" not in doc[i + 1].text:
        return False  # more on its line
    if table is None:
        table = token_table(doc)
    facts = table.facts
    k = i + 1
    while k < n and facts[k].pos == "SPACE":
        k += 1
    if k + 2 >= n or facts[k].lower not in _POINTING_BACK | {"deze"}:
        return False
    if facts[k].lower != "deze" and facts[k + 1].lower in _DEFINING_VERBS:
        return _defines(k + 2, facts, _DEFINITION_DESCRIBERS, _HEADING_KIND_ARTICLES)  # "Dit is een getal dat ..."
    if facts[k + 1].pos != "NOUN" or not _showing_noun(facts[k + 1].lower, facts[k + 1].lemma.lower()):
        return False  # "Deze mensen laten zien dat het kan": people show by what they do
    verb = facts[k + 2].lower
    return verb in _SHOWING or verb in _LETTING and k + 3 < n and facts[k + 3].lower == "zien"


def _showing_noun(low: str, lemma: str) -> bool:
    """Is the noun a sign, measure or display (``rules.jargon.showing_things``: "cijfers",
    "getal", "grafiek", also as a compound's last part: "staafdiagram"), not a person noun that
    ends in one ("landmeter")?"""
    from duidelijk.rules.jargon import showing_kind  # (at call time: jargon imports this module)

    return showing_kind((low, lemma)) is not None


def bracket_explains(doc, k: int) -> bool:
    """Does the bracket at ``k`` say what a thing is ("(dit is het bedrag ...)"), not what a date
    is ("(dat is dinsdag 3 mei)")?"""
    rest = doc[k: k + 10].text  # "(dat wil zeggen: binnen 6 weken)": 9 tokens
    return bool(_BRACKET_EXPLAINER.match(rest)) and not _BRACKET_ABOUT_TIME.match(rest)


# the forms of the naming verbs: "Dit heet restitutie", "Dat noemen we restitutie"
_HEET = frozenset({"heet", "heten", "heette", "heetten"})
_NOEM = frozenset({"noem", "noemt", "noemen", "noemde", "noemden"})
_PASSIVE = frozenset({"wordt", "worden", "werd", "werden"})
# the words that point back at what the text has just described
POINTING = frozenset({"dit", "dat", "het"})
_NAMERS = frozenset({"we", "wij", "men", "ze", "zij"})
# what may stand between the naming verb and the name: "Dat noemen we ook wel ..."
_NAMING_GAP = frozenset({"ook", "wel", "soms", "meestal", "vaak", "dan"})


def named(doc, i: int, j: int, after: list[str], sent_start: int, sent_end: int, low) -> bool:
    """Does the text give the word as the name of what it has just described? The description
    comes first, then a statement whose subject points back at it and a naming verb: "U krijgt
    geld terug. Dit heet restitutie.", "... Dat noemen we (ook wel) restitutie.", "... Wij
    noemen dit een verrekening.", "... Dit wordt ook wel restitutie genoemd."; or in one
    sentence after a comma: "geld terug, ook wel restitutie genoemd", "..., wat we restitutie
    noemen", "Het geld dat u nog heeft, wordt saldo genoemd". Not a question ("Wat heet
    subrogatie?"), not a naming sentence with nothing described before it ("Dit heet cessie."
    as the first sentence, after "Hoe heet u?"), not "noemen" in the sense of mention ("Lees het
    artikel dat de cessie noemt", "In de brief wordt de subrogatie genoemd", "U noemt dat de
    beschikking niet klopt"), not "Het heet dat ..." (it is said that). ``j``: the token before
    the word and its article; ``low``: the lower case of a token."""
    # a question asks for a name; it does not give one. (Asked last, of the few words that the
    # tests below name: a walk over the whole sentence for each hard word and DD103 match.)
    return j >= sent_start + 1 and _names_it(doc, i, j, after, sent_start, sent_end, low) and not any(
        low(m) == "?" for m in range(sent_start, sent_end))


def _names_it(doc, i: int, j: int, after: list[str], sent_start: int, sent_end: int, low) -> bool:
    """``named`` but for its test of a question (and of a word at the sentence's start)."""
    if j == i - 1 and low(j) in POINTING:
        return False  # the word's own "dit": "U kunt dit kenmerk noemen", "Wij noemen dit kenmerk ..."
    s = sent_start
    first, second, third = low(s), low(s + 1), low(s + 2) if s + 2 < sent_end else ""
    if first in POINTING and second in _HEET:
        gap = s + 2  # "Dit heet restitutie"
    elif first in POINTING - {"het"} and second in _NOEM and third in _NAMERS:
        gap = s + 3  # "Dat noemen we restitutie"
    elif first in _NAMERS and second in _NOEM and third in POINTING:
        gap = s + 3  # "Wij noemen dit een verrekening"
    elif first in POINTING and second in _PASSIVE and after[:1] == ["genoemd"]:
        gap = s + 2  # "Dit wordt ook wel restitutie genoemd"
    else:
        gap = None
    if gap is not None and j >= gap - 1 and all(low(m) in _NAMING_GAP for m in range(gap, j + 1)):
        return described_before(doc, s)
    # in one sentence, after the description and a comma
    if not after[:1] or after[0] not in _NOEM | {"genoemd"}:
        return False
    if after[0] == "genoemd" and len(after) > 1 and after[1].isalpha():
        return False  # mentioned somewhere: "genoemd als reden", "genoemd in de brief"
    if after[0] == "genoemd" and low(j) == "wel" and j - 2 >= s and low(j - 1) == "ook" and low(j - 2) == ",":
        return j - 2 - s >= 3  # "geld terug, ook wel restitutie genoemd"
    if j != i - 1:
        return False  # an article before the word: it is mentioned, not named ("wordt de beschikking genoemd")
    if after[0] in _NOEM and low(j) in _NAMERS and j - 2 >= s and low(j - 1) in {"wat", "hetgeen"} and low(j - 2) == ",":
        return j - 2 - s >= 3  # "..., wat we verrekening noemen"
    if after[0] == "genoemd" and low(j) in _PASSIVE and j - 1 >= s and low(j - 1) == ",":
        return j - 1 - s >= 3  # "Het geld dat u nog op uw pas heeft, wordt saldo genoemd"
    return False


def described_before(doc, start: int) -> bool:
    """Does a statement with content come before the sentence that starts at ``start`` (the
    description that "dit" or "dat" points back at)? Not the text's first sentence, not a
    question ("Hoe heet u? Dit heet ..."), not a sentence of one or two words."""
    if start == 0:
        return False
    before = doc[start - 1].sent
    if any(t.text == "?" for t in before):
        return False
    return sum(1 for t in before if t.is_alpha) >= 3


# what may open a named thing besides a noun: an article, a possessive ("zoals uw huur",
# "bijvoorbeeld je huurcontract") or "alle" ("zoals alle kosten van de verhuizing"); a number
# too ("bijvoorbeeld twee keer per maand"). "zijn" as a verb does not count: the check for a
# verb below sees it.
_POSSESSIVES = frozenset({"uw", "je", "jouw", "hun", "zijn", "haar", "mijn", "ons", "onze"})
_EXAMPLE_ARTICLES = frozenset({"een", "de", "het", "alle"}) | _POSSESSIVES
_EXAMPLE_REACH = 8  # words of the examples looked at for a verb


def examples_after(doc, k: int, facts=None) -> bool:
    """Do examples of a kind start at token ``k``, after ", zoals" ("in de openbare ruimte,
    zoals een park of straat", "kosten, zoals de huur")? Things named: an article, a possessive, "alle",
    a number or a noun first, and no verb up to the end of the phrase (a comma, a full stop or the end of the
    line). "zoals" before a clause compares or refers instead ("uw aanvraag, zoals de wet
    vraagt", "zoals afgesproken", "zoals u weet"): it explains nothing. So does a phrase with
    an adjective of ``comparing_adjectives`` ("een beschikking, zoals de vorige keer", "zoals
    de andere ondernemers"): another case of the same thing, no example of it. Examples make a term
    concrete, as Direct Duidelijk asks ("leg uit met een voorbeeld")."""
    n = len(doc)
    if k >= n:
        return False

    def low(j: int) -> str:
        return facts[j].lower if facts is not None else doc[j].lower_

    def pos(j: int) -> str:
        return facts[j].pos if facts is not None else doc[j].pos_

    if low(k) not in _EXAMPLE_ARTICLES and pos(k) not in {"NOUN", "NUM"}:
        return False
    owned = low(k) in _POSSESSIVES
    for j in range(k, min(n, k + _EXAMPLE_REACH)):
        if pos(j) in {"VERB", "AUX"}:
            return False
        if owned and pos(j) == "NOUN" and listed_person(low(j)):
            return False  # "een beschikking, zoals uw buurman": someone in the same case, no example
        if pos(j) == "PUNCT" and low(j) != "-" or "\n" in doc[j].text:
            break  # the end of the phrase, or of the line
        if low(j) in comparing_adjectives():
            return False  # "zoals de vorige keer", "zoals de andere ondernemers": another case, no example
        if "\n" in doc[j].whitespace_:
            break
    return True


@cache
def comparing_adjectives() -> frozenset[str]:
    """Adjectives that make ", zoals ..." a comparison (``wordlists/comparing_adjectives.tsv``)."""
    return wordlists.words("comparing_adjectives")


# after a comma or dash, the explainers that cannot start a relative clause ("dat is")
COMMA_EXPLAINERS = ("dat wil zeggen", "dat betekent", "dit betekent", "oftewel", "ofwel", "met andere woorden",
                    "ook wel")
REFERENCES = frozenset({"zie", "artikel", "art.", "bijlage", "pagina", "blz.", "p."})
ARTICLES = frozenset({"de", "het", "een", "uw", "jouw", "je"})
# what a definition says a thing is: "X is iemand die", "X is een/het ... dat"
DEFINERS = frozenset({"iemand", "mensen", "een", "het", "de", "alles", "geld", "wat"})
RELATIVES = frozenset({"die", "dat", "wat", "waarmee", "waarin", "waarbij", "waarop", "waarvoor", "waarover",
                       "waar", "waardoor", "om"})


# what may open a bracket of plain words ("(bijvoorbeeld een park of een plein)") and what may
# stand in it besides nouns, adjectives and their determiners
_BRACKET_OPENERS = frozenset({"bijvoorbeeld", "zoals", "oftewel", "ofwel", "dus"})
_EXAMPLE_WORDS = frozenset({"zoals", "bijvoorbeeld"})  # after a comma: examples follow (``examples_after``)
_BRACKET_JOINERS = frozenset({",", "en", "of", "/", "en/of"})
_BRACKET_REACH = 12  # tokens looked at for the closing bracket
# what follows the kind in a definition ("Dat is toestemming om ...", "Dat is een brief met
# ons besluit", "Dat zijn mensen die ..."): a relative clause, 'om te', or a phrase that says
# what it is about
_DEFINITION_DESCRIBERS = frozenset({"tussen", "over", "van", "voor", "met", "om", "die", "dat", "waarmee",
                                    "waarin", "waarbij", "waarop", "waarvoor", "waarover", "waardoor", "waar"})
# in a bracket right after the term also 'bij': "doofheid (volledig gehoorverlies bij beide oren)"
_BRACKET_DESCRIBERS = _DEFINITION_DESCRIBERS | {"bij"}
# the describers that open a clause: 'om te' or a relative clause ("toestemming om ...", "mensen die ...")
_DEFINITION_CLAUSES = _DEFINITION_DESCRIBERS - {"tussen", "over", "van", "voor", "met"}
_POINTING_BACK = frozenset({"dat", "dit"})
# the article a kind may take in a definition: "een brief met ...", "toestemming om ..." (none);
# after "Dat is" a definite article points at one thing ("Dat is de brief van 3 mei")
_KIND_ARTICLES = frozenset({"een"})
_DEFINING_VERBS = frozenset({"is", "zijn"})


def _plain_words(k: int, end: int, facts, texts, close: str = "", adjectives: bool = False) -> bool:
    """Do plain words that say what the word before them is follow the mark at ``k`` (a bracket
    closed by ``close``, a colon or a comma; else up to the sentence's ``end`` or the next
    mark): nouns (with their adjectives and determiners) joined by a comma, 'en' or 'of', or after
    'bijvoorbeeld'/'zoals'/'oftewel'? Nothing else: no verb, preposition, number, name or
    abbreviation. ``adjectives``: the term is an adjective, and plain adjectives say what it is
    too ("een psychische (geestelijke of mentale) stoornis")."""
    nouns = joined = 0
    for j in range(k + 1, min(len(facts), k + _BRACKET_REACH)):
        low, pos = facts[j].lower, facts[j].pos
        if texts[j] == close or not close and (j >= end or pos == "PUNCT" and texts[j] not in _BRACKET_JOINERS):
            return nouns > 0 and joined > 0
        if "\n" in texts[j]:
            return False
        if low in _BRACKET_OPENERS and j == k + 1 or low in _BRACKET_JOINERS:
            joined += 1
        elif (pos == "NOUN" or adjectives and pos == "ADJ") and low.isalpha() and texts[j].islower():
            nouns += 1
        elif pos not in {"ADJ", "DET"} or not low.isalpha():
            return False  # "(zie bijlage 2)", "(gegevens onder aan deze pagina)", "(pgb)"
    return False


def _defines(k: int, facts, describers: frozenset[str] = _DEFINITION_DESCRIBERS,
             articles: frozenset[str] = _KIND_ARTICLES) -> bool:
    """Does a definition start at ``k``: one of ``articles`` or nothing, at most one adjective, a
    noun that names a kind (not a word of ``judging_words``), then what says what it is about
    ("een brief met ...", "toestemming om ...", "mensen die ...")?"""
    n = len(facts)
    judging = judging_words()
    if k < n and facts[k].lower in articles:
        k += 1
    if k < n and facts[k].lower == "(":  # a word in brackets before the kind: "een (coöperatieve) vereniging die ..."
        close = next((m for m in range(k + 1, min(n, k + 5)) if facts[m].lower == ")"), None)
        if close is None:
            return False
        k = close + 1
    if k < n and facts[k].pos == "ADJ":
        if facts[k].lower in judging:
            return False
        k += 1
    if k + 1 >= n or facts[k].pos != "NOUN" or facts[k].lower in judging:
        return False
    return facts[k + 1].lower in describers
