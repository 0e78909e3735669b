"""DD119 onduidelijke-verwijzing: a word that points somewhere the reader cannot follow.

Two kinds, each found only where Dutch grammar makes it plain:

- 'hier' as the text of a link ("Klik hier", "Meer informatie vindt u hier."): on paper the
  address is gone, and a screen reader that lists the links of a page reads "hier" without
  saying where it leads. Source: Schrijfwijzer van Gebruiker Centraal ("Schrijf duidelijke
  linkteksten"); WCAG 2.4.4 (link purpose).
- a pointing adverb of written Dutch, 'hier' with a preposition ("hiervan", "hiermee",
  "hierbij"), when the words before it name more than one thing it can point to: the reader
  has to guess which. Speech names the thing ("van die aanvraag"). Source: Direct Duidelijk
  and the B1 writing advice "herhaal het woord in plaats van een verwijswoord".
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from duidelijk import wordlists
from duidelijk.dictionary import lemma_candidates, verb_lemmas
from duidelijk.findings import Severity
from duidelijk.metrics import FactColumn, token_table
from duidelijk.rules import base as rules_base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.broken import _words  # the tokens of a sentence that are no space or punctuation
from duidelijk.rules.clauses import compound_of, written_things
from duidelijk.rules.jargon import TIME_UNITS, concrete_thing
from duidelijk.rules.vague import clause_head  # the first verb above a word (not ``clauses.clause_head``)
from duidelijk.structure import DAY_NAMES, MONTH_NAMES, person_word

# --- 'hier' as a link text -------------------------------------------------------------------

# verbs that name clicking on a screen: 'hier' with one of them is always a link
CLICK_VERBS = frozenset({"klikken", "aanklikken", "tikken", "aantikken"})
# a verb of clicking this many words before or after 'hier' ("Klik dan snel hier")
CLICK_REACH = 3


@lru_cache(maxsize=1)
def find_verbs() -> frozenset[str]:
    """Verbs that name reading, looking or getting a text (``wordlists/find_verbs.tsv``): with
    'hier' at the end of the sentence ("Meer informatie vindt u hier.", "Het formulier kunt u
    hier downloaden.") or right after the verb as a command ("Lees hier waarom."), 'hier' is a
    link, not a place in the letter."""
    return wordlists.words("find_verbs", "verb")


# the verbs of ``find_verbs`` that also say where a thing one can touch is ("De container staat hier",
# "De wachtkamer vindt u hier"); the others take a text only ("Het formulier kunt u hier downloaden",
# "De plattegrond kunt u hier bekijken")
PLACE_VERBS = frozenset({"vinden", "terugvinden", "staan"})
# the verb of ``find_verbs`` that says where a text is only in the plain present ("De regels staan
# hier"); with another verb it is rest or a rule about a place ("Uw auto mag niet blijven staan
# hier", "Uw fiets moet hier staan")
REST_VERB = "staan"
# prepositions that say where a thing is ("De containers in uw wijk vindt u hier", "bij u in de
# buurt"): the sentence names the place itself, so 'hier' is a link (to a map, a list)
PLACE_PREPOSITIONS = frozenset({"in", "bij", "op", "rond", "naast", "achter", "tegenover", "onder", "boven"})
# adjectives that put a thing on a screen ("Het digitale loket vindt u hier")
SCREEN_ADJECTIVES = frozenset({"digitaal", "online", "elektronisch", "virtueel"})
# the verbs of ``find_verbs`` that open a command with 'hier' right after them ("Lees hier waarom",
# "Kijk hier voor de openingstijden"); "Staat hier ..." and "Vindt u hier ..." open a question
COMMAND_VERBS = frozenset({"lezen", "kijken", "bekijken", "downloaden", "nalezen"})
# words after a command of reading that say "more of the text" ("Lees hier verder"), no opinion
# of how it is ("Wij vinden het hier druk")
CONTINUE_WORDS = frozenset({"verder", "meer"})
# what a reader of a link text needs, said after each finding of a link
LINK_ADVICE = ("Op papier, of met een programma dat voorleest, weet de lezer niet waar die link naartoe gaat. "
               "Zeg wat de lezer daar vindt, of schrijf het adres van de website.")
# the marks that end a sentence (a colon opens what follows: "Lees hier: ...", not a link)
SENTENCE_ENDS = frozenset({".", "!"})
# words in the name of a placeholder that stands for an address ("{{ link }}", "{url}",
# "[website]"): the reader gets the address there
ADDRESS_PLACEHOLDERS = ("link", "url", "adres", "website", "site")
# nouns for a page on the web: "via deze pagina" at the end of a sentence is the text of a link
# as "via deze link" is ('via' is a way to another place: on the page itself one writes "op deze
# pagina", "hieronder"). Not "via deze website": on a site that is the site the reader is on
PAGE_NOUNS = frozenset({"pagina", "webpagina"})

# --- pointing adverbs ------------------------------------------------------------------------

# "hierbij" that is not the letter formula ("Hierbij ontvangt u ...": DD103's; ``letter_formula``)
# means "bij wat ik net schreef": a word of written Dutch for a whole act or process ("Hierbij
# kijken wij naar ...", "en maken we hierbij minder fouten"). Speech leaves it out or names the act
# ("Bij die controle ..."); it hardly ever stands for one thing one can hold, so no count of things
# is needed (the setting 'hierbij'). What to do with it:
HIERBIJ_MESSAGE = ("'{word}' is schrijftaal. De lezer moet zelf bedenken waar het bij hoort. Vaak kunt u het "
                   "weglaten. Of noem het zelf: schrijf 'bij' met het woord waar het om gaat.")

# 'hier' + a preposition, as one word, that points back to a thing named before it. Not the
# ones that point to a place in the text or in time ("hieronder", "hierboven", "hierna",
# "hiernaast"), nor "hierdoor" (a cause: the whole sentence before it, no single thing), nor
# "hierover" (a topic: "meer informatie hierover" is about all that was just said).
# The formal ones with a word of their own ("hiertoe", "hieromtrent", "hiermede") are DD103's.
# Each with the preposition it stands for (the message names it: 'hiermee' is 'met ...').
PREPOSITIONS = {"hieraan": "aan", "hierbij": "bij", "hierin": "in", "hiermee": "met", "hierop": "op",
                "hieruit": "uit", "hiervan": "van", "hiervoor": "voor",
                "hiertegen": "tegen", "hiertussen": "tussen", "hierachter": "achter", "hierzonder": "zonder"}
POINTERS = frozenset(PREPOSITIONS)
# pointers that, hanging on a verb, stand for an action, not a thing: "Maak hiervoor een
# afspraak" is "to do that", the action just named. Only on a noun ("een reden hiervoor")
# they stand for a thing the reader must find.
ACTION_POINTERS = frozenset({"hiervoor"})
# verbs whose clause names the thing itself after the pointer, with this preposition: "Het
# gaat hierbij om ...", "Denk hierbij aan ...": the reader is told what is meant
NAMED_AFTER = {"gaan": "om", "denken": "aan"}
# subjects with which "hierbij" in the present tense, said to the reader ('u' with the verb),
# means "with this letter" ("Namens het college verleen ik u hierbij ...": the writer acts by
# writing; "Hierbij kijken wij naar ..." is no act of the letter)
WRITERS = frozenset({"ik", "wij", "we"})
# the parts of speech of a thing the pointer can stand for
THING_POS = frozenset({"NOUN", "PROPN"})
# dependency labels of a noun that is part of a name or a word group, not a thing of its own; also
# a noun that says what kind another noun is, right before it as an adjective does ("het plastic
# afval", "de papieren versie": 'amod'): it is part of that thing, as a compound's first part is
NOT_A_THING = frozenset({"compound", "flat", "fixed", "flat:name", "amod"})
# the texts a reader holds or reads now, named with 'deze' or 'dit' ("Bij deze brief zit een
# formulier", "In deze e-mail ...", "op deze pagina"): the frame the writer speaks from, not a thing
# the pointer sends the reader back to (``_this_text``). A pointer to the text itself is the letter
# formula ("Hierbij ...", "Hiermee ..."), which the rule reads apart
THIS_TEXTS = frozenset({"brief", "e-mail", "mail", "bericht", "nieuwsbrief", "folder", "pagina", "webpagina"})
THIS_WORDS = frozenset({"deze", "dit"})
# the preposition of a topic: after a noun of saying or asking it says what that noun is about ("een
# klacht over het onderhoud", "een brief over uw huur"); the parser often hangs it on the verb
# ("heeft een klacht ingediend over ..."), but it still belongs to the object (``_topic_of_object``)
TOPIC_PREPOSITIONS = frozenset({"over"})
# at least this many things before the pointer: then the reader has to choose
MIN_THINGS = 2
# the prepositions of who gives or does, on a verb ("van Stichting X gekregen", "door X gemaakt")
ACTOR_CASES = frozenset({"van", "door"})
# the small words that join the parts of a name ("Centrum voor Jeugd en Gezin", ``continues_name``)
NAME_JOINS = frozenset({"en", "of", "voor", "van", "&"})
# 'hiermee' on a clause that says a result or a verdict stands for the whole statement before
# it, what was done or what happened ("U heeft de huur niet betaald. Hiermee heeft u de afspraak
# verbroken.", "Hiermee is uw dossier compleet"): 'met dat wat gebeurde'. The reader finds it at
# once. Such a clause is in the perfect with 'hebben' or 'zijn', or says what something is or
# becomes (a predicate with 'zijn'/'worden'). A clause that does something now or later with a
# thing ("Hiermee kunt u betalen", "Hiermee wordt uw account geopend", 'worden' + participle: an
# event) needs a thing (``result_clause``).
RESULT_AUX = frozenset({"hebben", "zijn"})
MODAL_VERBS = frozenset({"kunnen", "mogen", "moeten", "zullen", "willen"})
# verbs of getting or having: after them the things are in the doer's hands to be used, and
# 'hierbij' points at one of them, not at the act ("Wij hebben uw brief en uw formulier
# ontvangen. Hierbij zagen wij een fout": in which?) (``same_doer``)
GETTING_VERBS = frozenset({"hebben", "krijgen", "ontvangen", "kopen", "bezitten"})


@lru_cache(maxsize=1)
def speech_act_verbs() -> frozenset[str]:
    """Verbs of saying with which the writer acts by writing them (``wordlists/speech_act_verbs.tsv``),
    besides those of sending and telling (``_sending_verbs``): 'hiermee' with one of them,
    'wij'/'ik' and the present tense is "met deze brief" ("Hiermee bedanken wij u voor uw
    melding"). Not "Hiermee helpen wij u": an act that needs a thing (``_speech_act``; "laten ...
    weten" is asked apart)."""
    return wordlists.words("speech_act_verbs", "verb")


# pronouns of the same doer in their two forms
SAME_PRONOUN = {"we": "wij", "je": "jij"}
# A pointer of written Dutch ('hier' + preposition, ``POINTERS``) in two places where it always
# sends the reader back to find what it stands for (the setting 'written', rules38e):
# - first in its sentence ("Hierbij vergelijkt RVO ...", "Hiermee is de medewerker
#   verantwoordelijk"): put first, it ties the new sentence to all of the one before, to an act or
#   a process there, and the reader must work out which. Speech names it ("Bij die controle ...")
#   or says 'daar' in the middle of the sentence;
# - after a noun ("de uitkomst hiervan", "een reden hiervoor", "de naleving hiervan"): written
#   Dutch only; speech says "die uitkomst", "de reden daarvoor", or names the thing.
# Not 'hiervoor' that opens a sentence on a verb ("Hiervoor moet u een afspraak maken": to do the
# act just named, ``ACTION_POINTERS``), not the letter formula ("Hierbij ontvangt u ...": DD103's),
# not a pointer that the sentence names itself ("Het gaat hierbij om ..."), not a part of a set
# ("een deel hiervan"). A fixed group of words ("op basis hiervan", "als gevolg hiervan") has the
# pointer on its preposition, neither first nor on a noun (DD103 names the stiff ones). And only where the words
# before it name two or more things it can stand for (``UnclearReference._unclear``, the count of
# the setting 'pointers'): "Uw aanvraag is binnen. Hierop beslissen wij ..." names one.
# The message: say what to write, for a thing ("met die pas") and for what happens or is done
# ("Hierbij kijken we naar ...", "Hierop worden de lichten afgestemd": no word names it yet).
WRITTEN_MESSAGE = ("'{word}' is schrijftaal. Het wijst terug, en de lezer moet zelf zoeken waar het over gaat. "
                   "Noem het zelf: schrijf '{prep}' met het woord waar het om gaat. Gaat het om iets wat "
                   "gebeurt? Noem dat dan ook, zoals '{prep} die controle'.")
# the dependency labels of a word of quantity that stands alone as a part of the pointer's
# clause ("Hiervan is de helft kapot", "Hiervan zijn er 3 leeg": 'er' with a number)
PART_DEPS = frozenset({"nsubj", "nsubj:pass", "obj"})


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Words for a part or an amount of a whole (``wordlists/part_words.tsv``: "deel",
    "helft", "aantal", "veel", "sommige")."""
    return wordlists.words("part_words")


@lru_cache(maxsize=1)
def _sending_verbs() -> frozenset[str]:
    """The verbs with which "hierbij" means "with this letter" ("Hierbij ontvangt u ...",
    "Hierbij sturen wij u ..."): the performative use DD103 names (``wordlists/jargon.tsv``,
    the verbs of its 'with' column for "hierbij"). That "hierbij" points to the letter itself."""
    for row in wordlists.load("jargon"):
        if row["term"] == "hierbij":
            return frozenset(wordlists.alternatives(row["with"]))
    return frozenset()


def _may_point(fact, _source) -> bool:
    return fact.lower in POINTERS or fact.lower == "hier" or fact.lower == "link" or fact.lower in PAGE_NOUNS


# per token fact: can the token be a word this rule looks at ('hier', 'link' or a pointer)?
_MAY_POINT = FactColumn(_may_point)


def _lemmas(tok) -> frozenset[str]:
    return _lemmas_of(tok.lower_, tok.lemma_.lower())


@lru_cache(maxsize=20_000)
def _lemmas_of(low: str, lemma: str) -> frozenset[str]:
    """The infinitives a word form can be of: its lemma, and those of its form (the tagger
    keeps an imperative as its own lemma: "Klik", "Lees"). Worked out once per form."""
    return frozenset({lemma, *verb_lemmas(low)})


def _ends_sentence(tok) -> bool:
    """Does the sentence end right after ``tok``: a full stop or an exclamation mark, the end
    of the text, or the end of a line (a link on a screen often has no full stop)?"""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or after.text in SENTENCE_ENDS:
        return True
    return after.is_space and "\n" in after.text


def link_hier(tok, sent) -> bool:
    """Is this 'hier' the text of a link? With a verb of clicking ("Klik hier om in te
    loggen"); or with a verb of reading or finding, either at the very end of the sentence
    ("Meer informatie vindt u hier.", "Het formulier kunt u hier downloaden.") or as a command
    right after that verb ("Lees hier waarom.", "Kijk hier voor de openingstijden."). Not a
    place: "Hier kunt u parkeren", "U vindt hier in de wijk drie scholen", "Lees hier: ..."
    (the text follows), "Hier vindt u de openingstijden" (this page), "U vindt ons hier" (a
    person is found in a place), "De wachtkamer vindt u hier", "Uw auto mag niet blijven staan
    hier" (a thing in a place: ``_a_place``); nor an opinion ("Veel bewoners vinden het te druk
    hier")."""
    near = tok.doc[max(sent.start, tok.i - CLICK_REACH): min(sent.end, tok.i + CLICK_REACH + 1)]
    clicks = [t for t in near if t.is_alpha and _lemmas(t) & CLICK_VERBS]
    if clicks:
        return not any(_typing(t, sent) or _split_pointer(t) for t in clicks)
    head = tok.head
    if not (_lemmas(head) & find_verbs()) or _other_verb(head) or _not_a_text(head):
        return False
    words = _words(sent)
    after = [t for t in words if t.i > tok.i]
    # at the end: only verbs (and their particles) follow ("kunt u hier downloaden."), or 'te'
    # with 'zijn': "is hier te vinden" is "kan hier gevonden worden"
    te_ok = _can_be_done(head)
    if all(t.pos_ in {"VERB", "AUX"} or t.dep_ == "compound:prt" or te_ok and t.dep_ == "mark" and t.lower_ == "te"
           for t in after) and (not after and _ends_sentence(tok) or after and _ends_sentence(after[-1])):
        return True
    # a command: the sentence opens with the verb, 'hier' right after it or after an adverb
    # ("Lees hier meer over ...", "Lees dan hier verder")
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (words[0].i == head.i and all(t.pos_ == "ADV" for t in tok.doc[head.i + 1: tok.i])
            and bool(_lemmas(head) & COMMAND_VERBS)
            and bool(after) and nxt is not None and nxt.text != ":"
            and (after[0].pos_ != "ADP" or after[0].lower_ in {"voor", "over"})
            and not sent.text.rstrip().endswith("?"))


def _not_a_text(verb) -> bool:
    """Is what the verb finds no text: a person ("U vindt ons hier": a place), or an opinion,
    with a word that says how ("Wij vinden het te druk hier")? Or does the verb say where a
    thing is (``_a_place``)?"""
    return any(c.pos_ == "ADJ" and c.dep_ in {"xcomp", "advmod", "amod", "obj"} and c.lower_ not in CONTINUE_WORDS or
               c.pos_ == "PRON" and c.dep_ == "obj" and c.lower_ != "het" and "Ind" not in c.morph.get("PronType")
               for c in verb.children) or _a_place(verb)


def _other_verb(verb) -> bool:
    """Does a particle make the verb one of no reading or finding: "Kijk hier rond", "Kijk hier
    goed uit" ('rondkijken', 'uitkijken': 'hier' is a place), not "Het verslag is hier na te
    lezen", "Kijk de vergadering hier terug" ('nalezen', 'terugkijken')?"""
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    return bool(particles) and not any(p + lemma in find_verbs() for p in particles for lemma in _lemmas(verb))


def _can_be_done(verb) -> bool:
    """Is the verb a te-infinitive with 'zijn': "Meer informatie is hier te vinden", "Het
    formulier is hier te downloaden" (it can be found, downloaded)? Not a te-infinitive of
    purpose or after an adjective ("een plek om hier te lezen", "Het is verboden hier te staan"):
    there 'zijn' is no auxiliary of the infinitive."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "zijn" for c in verb.children)


def _a_place(verb) -> bool:
    """Does the verb say where a thing is, not where a text is to be found? A link sends the
    reader on, so its sentence says 'niet' to nothing ("Uw auto mag niet blijven staan hier").
    'staan' of a text is the plain present ("De regels staan hier"); with another verb it is
    rest, or a rule about a place ("blijven staan", "Uw fiets moet hier staan"). And 'vinden' or
    'staan' of a thing one can touch that no screen shows ("De wachtkamer vindt u hier", "De
    container staat hier"), not of a text, a picture, a time or an address ("Het formulier vindt
    u hier", "Foto's van de opening vindt u hier", "De openingstijden staan hier")."""
    above = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} else None
    verbs = [verb] if above is None else [verb, above]
    if any(c.dep_ == "advmod" and c.lower_ == "niet" for v in verbs for c in v.children):
        return True
    lemmas = _lemmas(verb)
    if not lemmas & PLACE_VERBS:
        return False
    if REST_VERB in lemmas and (above is not None or any(c.dep_ == "aux" for c in verb.children)):
        return True
    return any(c.dep_ in {"nsubj", "obj", "nsubj:pass"} and concrete_thing(c) and not _on_screen(c)
               and not _not_here(c, verbs) for v in verbs for c in v.children)


def _not_here(noun, verbs) -> bool:
    """Can 'hier' not be the one place where the thing is? 'hier' points to the spot where the
    writer stands. Not so when the sentence names the place itself ("De containers in uw wijk
    vindt u hier", "De containers vindt u bij u in de buurt hier"), or when the thing is one of
    a set spread over an area: all of them ("Alle speeltuinen vindt u hier") or the one that is
    most so ("De dichtstbijzijnde container vindt u hier": the writer does not know where the
    reader is). Then 'hier' is a link, to a map or a list. A time is no place ("in mei")."""
    if any(c.dep_ == "det" and c.lower_ == "alle" or c.dep_ == "amod" and "Sup" in c.morph.get("Degree")
           for c in noun.children):
        return True
    phrases = [c for c in noun.children if c.dep_ == "nmod"] + [c for v in verbs for c in v.children if c.dep_ == "obl"]
    return any(not _time(p) and any(c.dep_ == "case" and c.lower_ in PLACE_PREPOSITIONS for c in p.children)
               for p in phrases)


@lru_cache(maxsize=1)
def _screen_nouns() -> frozenset[str]:
    """Nouns for what a screen shows that LiNT-II may call concrete: pictures, printed matter,
    an address, an amount (``wordlists/screen_things.tsv``), the texts of
    ``wordlists/written_things.tsv`` ("formulier", "brief"), the texts and screens of
    ``wordlists/act_places.tsv`` ("folder", "kaart", "knop") and the units of time ("tijd",
    "dag": "de openingstijden", "de ophaaldagen")."""
    screens = {r["noun"] for r in wordlists.load("screen_things")} | {r["noun"] for r in wordlists.load("act_places")}
    return frozenset(screens | written_things() | TIME_UNITS)


def _on_screen(noun) -> bool:
    """Can a screen show the thing the noun names: one of ``_screen_nouns`` or a compound that
    ends in one ("aanvraagformulier", "pasfoto"; also by the singulars its form may be of: the
    lemmatizer may miss them, "openingstijden", "foto's", "stemlocaties"), or a thing called digital ("het digitale
    loket")?"""
    return compound_of(noun, _screen_nouns(), lemma_candidates(noun.lower_)) or any(
        c.dep_ == "amod" and c.lemma_.lower() in SCREEN_ADJECTIVES for c in noun.children)


def address_follows(ctx, tok, sent) -> bool:
    """Does the address of the link follow the link's words: a web or e-mail address, or a
    placeholder for one ("{{ link }}"), later in the sentence ("Klik hier: www.gemeente.nl")
    or as the first word after it ("U logt in via deze link.\nhttps://...")? Then the reader
    sees where the link leads, on paper too."""
    doc = tok.doc
    for t in doc[tok.i + 1: sent.end]:
        if _is_address(ctx, t):
            return True
    for t in doc[sent.end: min(len(doc), sent.end + 3)]:
        if not (t.is_space or t.is_punct):
            return _is_address(ctx, t)
    return False


def _is_address(ctx, tok) -> bool:
    if tok.like_url or tok.like_email:
        return True
    if not ctx.is_placeholder(tok):
        return False
    written = ctx.document.written(tok.idx, tok.idx + len(tok)).lower()  # "{{ link }}", not the mask
    return any(w in written for w in ADDRESS_PLACEHOLDERS)


def _typing(verb, sent) -> bool:
    """Is this 'tikken' typing, not tapping: with the particle 'in' ("Tik hier uw wachtwoord
    in": 'hier' is a field on the screen)?"""
    if "tikken" not in _lemmas(verb):
        return False
    words = _words(sent)
    return any(c.dep_ == "compound:prt" and c.lower_ == "in" for c in verb.children) or (
        bool(words) and words[-1].lower_ == "in")


def _split_pointer(verb) -> bool:
    """Does the verb of clicking have its 'op' without a noun ("Klik hier niet op als u de mail
    niet herkent")? Then 'hier ... op' is 'hierop', which points back to a thing named before,
    not the text of a link."""
    return any(c.dep_ == "compound:prt" and c.lower_ == "op" for c in verb.children)


def link_deze(tok, sent) -> bool:
    """Is this 'link' the words "deze link" as the text of a link, on a verb of clicking
    ("Klik op deze link"), or at the end of the sentence ("Lees meer via deze link.")? Or a page
    (``PAGE_NOUNS``) with 'via' at the end of the sentence ("Meer informatie leest u via deze
    pagina."), not "op deze pagina" nor a page one clicks on ("Op deze pagina klikt u op ..."):
    the page itself. Not in a question."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "deze":
        return False
    if sent.text.rstrip().endswith("?"):
        return False  # "Heeft u niet op deze link geklikt?": the link the reader already saw
    if tok.lower_ == "link" and any(_lemmas(t) & CLICK_VERBS for t in (tok.head, tok.head.head) if t.is_alpha):
        return True  # "Klik op deze link", not "Deze link werkt niet als u op de knop klikt"
    preps = {"via", "op"} if tok.lower_ == "link" else {"via"}  # "op deze pagina": the page itself
    return _ends_sentence(tok) and any(c.lower_ in preps for c in tok.children)


# --- the pointers --------------------------------------------------------------------------

def things_before(tok, sent, previous) -> int:
    """How many things (nouns that stand on their own: not a part of a name or of a word
    group) the reader can find before the pointer ``tok``: in the sentence before it
    (``previous``, or None) and in its own sentence before it. The noun the pointer itself
    belongs to ("de naleving hiervan") does not count, nor a person ('hier' with a preposition
    never stands for a person: "Uw buurman schreef ons. Hierop ..." points to what he wrote),
    nor a noun in a phrase of another noun (``in_noun_phrase``: "uw aanvraag voor een
    parkeervergunning" is one thing), nor a noun of the pointer's own clause ("De nieuwe
    regels hebben hieraan bijgedragen": a pointer never stands for a part of its own clause, as 'hem' in "Jan ziet hem" is not Jan)."""
    own = tok.head.i if tok.head.pos_ in THING_POS else -1
    clause = clause_head(tok)
    things = set()
    for span in ([previous] if previous is not None else []) + [tok.doc[sent.start: tok.i]]:
        for t in span:
            if (t.pos_ in THING_POS or _joined_act(t)) and t.dep_ not in NOT_A_THING and t.i != own \
                    and not _time(t) \
                    and not in_noun_phrase(t) \
                    and not _this_text(t) \
                    and not _topic_of_object(t) \
                    and not named_again(t) \
                    and not _actor(t) \
                    and not continues_name(t, span.start) \
                    and not (t.pos_ == "NOUN" and person_word(t)) \
                    and not (t.i >= sent.start and clause_head(t).i == clause.i):
                # a name said twice is one thing ("Socrates: Socrates is ..."); "een brief van A en een
                # brief van B" are two
                things.add(t.lemma_.lower() if t.pos_ == "PROPN" else t.i)
    return len(things)


def named_again(tok) -> bool:
    """Does the noun name a thing that another noun right by it names too: an apposition ("de
    afdeling Werk en Inkomen", "het fonds Kunst en Cultuur": the name is the afdeling), or the
    noun after 'zijn' that says what its subject is ("Mijn Loket is de website van de gemeente",
    "Socrates is het uitkeringssysteem": one thing by two names)?"""
    if tok.dep_ == "appos":
        return True
    return any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children)


def _actor(tok) -> bool:
    """Is the name one who gives or does, in a phrase with 'van' or 'door' on a verb ("U heeft van
    Stichting Schuldhulp Oost een budgetplan gekregen", "gemaakt door Arcadis")? An organisation
    there acts as a person does, and 'hier' with a preposition never stands for a person."""
    return tok.pos_ == "PROPN" and tok.dep_ in {"obl", "obl:agent"} and tok.head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "case" and c.lower_ in ACTOR_CASES for c in tok.children)


def continues_name(tok, start) -> bool:
    """Does the word go on with a name begun right before it ("het Centrum voor Jeugd en Gezin",
    "de afdeling Werk en Inkomen", "het Advies- en Meldpunt Huiselijk Geweld")? In Dutch a noun
    has no capital in the middle of a sentence; capitals joined by 'en', 'of', 'voor' or 'van',
    with no article between them, are one name, and the name is one thing. "de Belastingdienst en
    het UWV": the article starts a second thing. ``start``: the first token of the sentence (a
    capital there says nothing)."""
    if not tok.is_title or tok.i <= start + 1:
        return False
    k = tok.i - 1
    if tok.doc[k].lower_ in NAME_JOINS:
        k -= 1
    prev = tok.doc[k]
    return k > start and prev.text[:1].isupper() and (prev.is_title or prev.text.endswith("-"))


def in_noun_phrase(tok) -> bool:
    """Does the noun only say more about another noun, in a phrase with a preposition: "uw
    aanvraag voor een parkeervergunning", "een brief van de Belastingdienst", "subsidie voor de
    isolatie van uw woning"? Then the whole phrase is one thing: the reader takes the first noun
    (the aanvraag, the brief), as a pointer in speech would ("Wij hebben uw aanvraag voor een
    parkeervergunning ontvangen. Hierop beslissen wij ..." is on the aanvraag). Not a noun
    joined to another with 'en' or 'of' ("een kopie van het besluit en de brief van de arts"):
    those name more than one thing, and the reader has to choose."""
    if tok.dep_ == "conj" or any(c.dep_ == "conj" and not continues_name(c, c.sent.start) for c in tok.children):
        return False
    if _complement_of_bare_object(tok):
        return True
    t = tok
    while t.head.i != t.i and t.dep_ == "nmod":
        if (t.head.pos_ in THING_POS or _verb_as_noun(t.head)) and any(c.dep_ == "case" for c in t.children):
            return True
        t = t.head
    return False


def _complement_of_bare_object(tok) -> bool:
    """Is the noun in the phrase with a preposition of a verb whose object is a bare noun before
    it ("U heeft bezwaar gemaakt tegen de hoogte van uw aanslag", "beroep instellen tegen het
    besluit")? A bare noun and its verb are one fixed act ('bezwaar maken'), and the phrase says
    what the act is about: the reader takes "bezwaar tegen de hoogte" as one thing, as with
    "uw bezwaar tegen de hoogte" (``in_noun_phrase``), where the parser hangs the phrase on the
    noun."""
    if not tok.dep_.startswith("obl") or not any(c.dep_ == "case" for c in tok.children):
        return False
    verb = tok.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < tok.i
        and not any(d.dep_ in ("det", "nmod:poss", "amod", "nummod") for d in c.children)
        for c in verb.children)


def _verb_as_noun(tok) -> bool:
    """Is the word an infinitive used as a noun, with an article or 'dit'/'dat' before it ("het
    ophalen van afval in uw straat", "het aanvragen van een pas")? It names an act, and the nouns
    in its phrases are part of that act (the parser hangs them on it as it hangs them on a noun)."""
    return tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm") and any(
        c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _joined_act(tok) -> bool:
    """Is the word an act named as a noun (``_verb_as_noun``) and joined with 'en' or 'of' to
    another ("tegen de boete en tegen het weghalen van uw fiets")? Then it is a thing of its own
    the reader may choose, as a noun joined so is (``in_noun_phrase``). Alone, the act says more
    about what is named with it ("een klacht over het ophalen van afval"), and is not counted."""
    return _verb_as_noun(tok) and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children))


def _topic_of_object(tok) -> bool:
    """Is the noun the topic of the verb's object, in a phrase with 'over' after it ("U heeft een
    klacht ingediend over het onderhoud van de bomen", "Wij sturen u een brief over uw huur")? With
    a noun as object before it, an 'over' phrase says what that thing is about, as it would
    right after the noun ("een klacht over het onderhoud"): one thing. Not a topic joined with 'en'
    or 'of' to another ("over de boete en over het weghalen van uw fiets"): the reader must choose."""
    if tok.dep_ not in {"obl", "obl:arg"} or not any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in tok.children):
        return False
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.head.children)


def _this_text(tok) -> bool:
    """Is the noun the text the reader holds, named with 'deze' or 'dit' (``THIS_TEXTS``: "bij deze
    brief", "in dit bericht")?"""
    return tok.lower_ in THIS_TEXTS and any(c.dep_ == "det" and c.lower_ in THIS_WORDS for c in tok.children)


def _time(tok) -> bool:
    """Is the noun the time of the clause, in a phrase of time ("binnen twee weken", "elke
    maandag", "in mei", "in januari en februari")? It says when, it is no thing to point to."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _time_word(tok) and _time(tok.head)  # "de huur van januari en februari"
    return tok.dep_ in {"obl", "obl:tmod", "nmod"} and _time_word(tok)


def _time_word(tok) -> bool:
    return tok.lemma_.lower() in TIME_UNITS or tok.lower_ in TIME_UNITS or tok.lower_ in DAY_NAMES or tok.lower_ in MONTH_NAMES


def performative(tok, sent) -> bool:
    """Is this "hierbij" the "with this letter" of a letter's first lines ("Hierbij ontvangt
    u de beschikking", "Hierbij sturen wij u ...")? It points to the letter, which the reader
    holds. Also "Hiermee bevestigen wij uw afspraak", "Hiermee informeren wij u over ...": 'hiermee'
    with a verb of sending or telling (``_sending_verbs``) that the writer does now, 'wij' or 'ik'
    in the present tense, is "met deze brief" too. Only on that verb itself: "Hiermee kunt u
    berichten ontvangen" is a thing before it, "Hiermee helpen wij u" an act that needs one."""
    head = tok.head
    if tok.lower_ == "hiermee":
        return "Pres" in head.morph.get("Tense") and (bool(_lemmas(head) & _sending_verbs()) or _speech_act(head)) \
            and any(c.dep_ == "nsubj" and c.lower_ in WRITERS for c in head.children)
    if tok.lower_ != "hierbij":
        return False
    if "Pres" in head.morph.get("Tense") and any(c.dep_ == "nsubj" and c.lower_ in WRITERS for c in head.children) \
            and any(c.dep_ in {"obj", "iobj"} and c.lower_ == "u" for c in head.children):
        return True  # "Namens het college verleen ik u hierbij ..."
    verbs = _sending_verbs()
    return any(_lemmas(t) & verbs for t in sent if t.pos_ in {"VERB", "AUX"})


def _speech_act(verb) -> bool:
    """Is the verb one with which the writer acts by writing (``speech_act_verbs``: "Hiermee bedanken
    wij u", "Hiermee laten wij u weten ...", "Hiermee nodigen wij u uit")? A verb with a particle
    is that whole verb ("vragen ... aan" is 'aanvragen', no act of the letter)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    lemmas = {p + lemma for p in particles for lemma in _lemmas(verb)} if particles else _lemmas(verb)
    if lemmas & speech_act_verbs():
        return True
    return "laten" in lemmas and any(c.lemma_.lower() == "weten" for c in verb.children)  # "laten ... weten"


def letter_formula(tok, sent) -> bool:
    """Is this "hierbij" the "with this letter" of a letter: ``performative``, or the word order
    of the formula, where the writer turns to the reader in the present tense: "Hierbij" + the
    verb + 'u' ("Hierbij treft u de nota aan", "Hierbij vindt u het formulier") or + 'ik'/'wij'
    + 'u' ("Hierbij nodig ik u uit"), or 'u' right before "hierbij" after such a verb ("Wij
    sturen u hierbij ...")? The parser often misses these ("nodig" read as the adjective)."""
    if performative(tok, sent):
        return True
    words = _words(sent)
    n = next((k for k, t in enumerate(words) if t.i == tok.i), None)
    if n is None:
        return False
    if n == 0:
        after = [t.lower_ for t in words[2:4]]
        return len(words) > 2 and _present(words[1]) and (
            after[:1] == ["u"] or after[:1] and after[0] in WRITERS and after[1:] == ["u"])
    before = words[max(0, n - 3): n]
    return (len(before) == 3 and before[0].lower_ in WRITERS and _present(before[1]) and before[2].lower_ == "u")


def _present(tok) -> bool:
    return tok.pos_ in {"VERB", "AUX", "ADJ"} and "Past" not in tok.morph.get("Tense") and tok.is_alpha


def partitive(tok) -> bool:
    """Is this 'hiervan' partitive, with a number or a word for a part or an amount ("9
    hiervan", "een deel hiervan", "de helft hiervan", "Veel hiervan ...", "Hiervan zijn er 3
    leeg", "Hiervan is de helft kapot")? It stands for the whole set just named. Not a number
    with a noun of its own ("Hiervan maken wij 2 kopieën") or after a preposition ("op 3 mei")."""
    if tok.lower_ != "hiervan":
        return False
    head = tok.head
    if _amount(head):
        return True  # "9 hiervan", "een combinatie hiervan"
    for child in head.children:
        if child.i == tok.i:
            continue
        if child.dep_ in PART_DEPS and _amount(child) and not any(c.dep_ == "case" for c in child.children):
            return True  # "Hiervan is de helft kapot"
        if child.lower_ == "er" and any(c.dep_ == "nummod" and _amount(c) for c in child.children):
            return True  # "Hiervan zijn er 3 leeg"
    return False


def _amount(tok) -> bool:
    """Is the word a number or a word for a part or an amount (``_part_words``) that stands
    alone, not before a noun ("twee kopieën", "veel mensen")?"""
    if tok.dep_ in {"det", "nummod"} and tok.head.pos_ in THING_POS:
        return False
    return tok.pos_ == "NUM" or tok.like_num or tok.lower_ in _part_words() or tok.lemma_.lower() in _part_words()


def written_pointer(tok, sent) -> bool:
    """Is this pointer (one of ``POINTERS``) first in its sentence, or does it hang on a noun
    ("de uitkomst hiervan")? Not the letter
    formula ("Hierbij ontvangt u ..."; the formula is 'hierbij' only: "Hiermee heeft u ..." has its
    word order and is none). Whether the reader must choose is ``UnclearReference._unclear``."""
    if tok.pos_ != "ADV":
        return False
    if not (tok.head.pos_ in THING_POS and tok.head.i != tok.i):
        words = _words(sent)
        if not words or words[0].i != tok.i:
            return False
    return not (tok.lower_ == "hierbij" and letter_formula(tok, sent))


def result_clause(tok) -> bool:
    """Is this 'hiermee' on a clause of result or verdict (``RESULT_AUX``): "Hiermee heeft u de
    regels overtreden", "Hiermee is de zaak afgesloten", "Hiermee is uw dossier compleet",
    "Hiermee worden de gebouwen warmer"? Then it stands for the whole statement before it."""
    if tok.lower_ != "hiermee":
        return False
    head = tok.head
    auxes = [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    if any(c.lemma_.lower() in MODAL_VERBS for c in auxes):
        return False
    if head.pos_ == "ADJ":
        return bool(auxes)  # "is compleet", "wordt koeler" (the parser reads 'wordt' as cop or aux)
    if head.pos_ == "VERB" and "Part" in head.morph.get("VerbForm"):
        return any(c.dep_ in {"aux", "aux:pass"} and c.lemma_.lower() in RESULT_AUX for c in auxes)
    if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in {"worden", "zijn"}:
        return any(c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in head.children)  # "worden warmer"
    return False


def same_doer(tok, previous) -> bool:
    """Is this 'hierbij' in a clause whose subject also did what the sentence before says, and
    that was no getting or having (``GETTING_VERBS``): "Wij hebben uw aanvraag en de bijlagen
    gecontroleerd. Hierbij zagen wij ..."? Then it is 'bij dat werk': the act, which the reader
    just read."""
    if tok.lower_ != "hierbij" or previous is None:
        return False
    root = previous.root
    if root.pos_ != "VERB" or _lemmas(root) & GETTING_VERBS:
        return False
    mine = _subject(tok.head)
    return mine is not None and mine == _subject(root)


def _subject(verb):
    """The subject of the verb as a word (a pronoun in one form: 'we' is 'wij'), or None."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            low = c.lower_ if c.pos_ == "PRON" else c.lemma_.lower()
            return SAME_PRONOUN.get(low, low)
    return None


def clause_before(tok, sent) -> bool:
    """Does a clause end before the pointer in its own sentence ("Als uw recht stopt, krijgt u
    hiervan bericht", "Wie een huis koopt, laat hiervan een akte maken")? Then the pointer
    stands for what that clause says, right before it: the reader need not choose."""
    for t in tok.doc[sent.start: tok.i]:
        if t.pos_ == "VERB" and t.i != tok.head.i and t.right_edge.i < tok.i:
            return True
    return False


def named_after(tok, sent) -> bool:
    """Does the pointer's clause name the thing itself after it ("Het gaat hierbij om
    zelfstandig wonende 70-plussers", "Denk hierbij aan maatregelen ...")?"""
    head = tok.head
    preps = {NAMED_AFTER[v] for v in _lemmas(head) & NAMED_AFTER.keys()}
    # the preposition after the pointer, on the verb or on a phrase of the verb (the parser
    # may read "aan" in "Denk hierbij aan meer licht" as the verb's particle)
    return bool(preps) and any(
        t.lower_ in preps and (t.head.i == head.i or t.head.head.i == head.i)
        for t in tok.doc[tok.i + 1: sent.end])


@register
class UnclearReference(Rule):
    code = "DD119"
    name = "onduidelijke-verwijzing"
    # its own category (rev34b): a reference is no vague word ('Vage woorden', "Schrijf precies
    # wanneer of hoeveel"), and the review app reads 'vague' as a word category (a "disagree"
    # there proposes the word for the team's accepted words: 'hierbij' would then hide DD103's)
    category = "reference"
    severity = Severity.SUGGESTION
    # on by default since the thirty-fourth session, for link texts only. rules34b's rule (links
    # and pointers) held 20 of its 24 judged findings on the tunable sets (strict 0.833, the bar
    # fixed before: 0.80 on 20+), but its pointer exceptions were written after reading those
    # findings, 13 of the 24 are in one folder of dense texts, and on 30 plain letter sentences
    # its reviewer wrote (rev34b) the pointers held 3 of 14 findings. So the pointer part is the
    # setting 'pointers', off by default; the link part (4 of 5 tunable findings, and right on the
    # reviewer's sentences) stays on: a lead's decision below the bar's 20 findings, see
    # docs/judged.md "Thirty-fourth session: DD119 links on, pointers a setting".
    # 'hierbij' that is not the letter formula (the thirty-fifth session, rules35d): the setting
    # 'hierbij', off by default: on the tunable sets 6 of its 7 findings held (strict 0.857), but
    # the bar to be on is 0.85 on at least 10 findings. See docs/judged.md "Thirty-fifth session:
    # unclear references that hold".
    # 'written' (the thirty-eighth session, rules38e), on by default: a pointer first in its sentence
    # or after a noun (``written_pointer``) with two or more things before it. On the tunable sets 11
    # of its 12 new findings held (strict 0.917; the bar: 0.85 on at least 10, 3 noted misses
    # covered: 12), 10 of them in harvest-h. See docs/judged.md "Thirty-eighth session: unclear
    # references the rules miss".
    # rules39f: a pointer for the whole statement before it ('hiermee' of result, 'hierbij' after
    # the same doer's act) and nouns that are no thing of their own (names, appositions, a noun
    # after 'zijn', who gives) are no longer found: on the tunable sets 15 of 17 findings -> 14
    # of 15 klopt; see docs/judged.md "Thirty-ninth session: DD119's opening pointers".
    settings = {"pointers": False, "hierbij": False, "written": True}
    doc = RuleDoc(
        what=("Zoekt woorden die verwijzen naar iets wat de lezer niet kan vinden. Dat is 'hier' als tekst "
              "van een link ('Klik hier', 'Lees hier verder'), of 'via deze pagina'. Ook zoekt de regel 'hiermee' of 'hiervan' "
              "aan het begin van een zin. Of na een woord: 'de uitkomst hiervan'. Dat doet hij als er "
              "eerder meer dingen staan waar het over kan gaan. Met written = false staat dat deel uit. "
              "Met pointers = true zoekt de regel zulke woorden ook midden in de zin. Met hierbij = true zoekt hij "
              "'hierbij' dat niet 'met deze brief' betekent: 'Hierbij kijken wij naar ...'. Die twee delen staan "
              "uit, want ze kloppen nog niet vaak genoeg."),
        why=(
            "Op papier ziet de lezer niet waar 'hier' naartoe gaat. Een programma dat de tekst voorleest, "
            "noemt bij een link alleen 'hier'. Zeg dus wat de lezer daar vindt, of schrijf het adres. Een woord als "
            "'hiervan' wijst terug. Staan er in de zin ervoor twee of meer dingen? Dan moet de lezer raden "
            "welk u bedoelt. Noem het dan zelf."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl), 'Linkteksten'; Direct Duidelijk (https://www.directduidelijk.nl)",
        bad="Meer informatie vindt u hier.",
        good="Meer informatie over de afvalpas vindt u op www.gemeente.nl/afvalpas.",
        exceptions=(
            "'Hier' als plek meldt deze regel niet: 'Hier kunt u parkeren', 'hier in de wijk'. Ook niet als 'hier' "
            "zegt waar een ding is: 'De wachtkamer vindt u hier', 'De container staat hier', "
            "'Uw auto mag niet blijven staan hier'. Ook niet 'Kijk hier rond' en niet 'op deze pagina': "
            "dat is de plek of de pagina zelf. Ook niet "
            "'Hierbij ontvangt u', 'Hierbij verleen ik u', 'Hiermee bevestigen wij' of 'Hiermee bedanken wij u': "
            "dat gaat over de brief zelf. Ook niet 'Hiermee heeft u de regels overtreden' of 'Hiermee is de zaak "
            "klaar': dat gaat over alles wat de zin ervoor zegt. Een naam met 'en' is één ding: 'het Centrum voor "
            "Jeugd en Gezin'. "
            "Ook niet 'hieronder', "
            "'hierboven', 'hierna', 'hierdoor' en 'hierover'. En niet 'hiervan' als er maar één ding eerder "
            "staat. Een woord met 'voor' of 'van' erbij is één ding: 'uw aanvraag voor een parkeervergunning'. "
            "Ook 'het plastic afval', 'het ophalen van afval' en 'een klacht over de bomen' zijn één ding. 'Deze brief' of 'deze pagina' telt "
            "niet: dat is de tekst die de lezer leest. Ook niet als er vlak ervoor een zinsdeel staat waar het op slaat: 'Als uw recht stopt, "
            "krijgt u hiervan bericht'. Ook niet 'Maak hiervoor een afspraak': dat gaat over wat de lezer "
            "net las. En niet als de zin het zelf zegt: 'Het gaat hierbij om ...', 'Denk hierbij aan ...'. "
            "Ook niet 'een deel hiervan', 'de helft hiervan' of '9 hiervan': dat gaat over alles wat eerder "
            "staat. Een persoon of een tijd ('binnen twee weken') telt niet als ding. En 'hier' is geen "
            "probleem als het adres erachter staat: 'Klik hier: www.gemeente.nl'."
        ),
    )

    def check(self, ctx: Context):
        doc = ctx.doc
        table = token_table(doc)
        candidates = ctx.prose_candidates(_MAY_POINT.of(table))
        if not candidates and rules_base.PREFILTER:
            return  # most texts: no 'hier', 'link' or pointer in their prose
        sents = ctx.prose_sentences
        pointers = self.options["pointers"]
        hierbij = self.options["hierbij"]
        written = self.options["written"]
        for sent, indexes in ctx.by_prose_sentence(candidates):
            for i in indexes:
                tok = doc[i]
                low = tok.lower_
                if ctx.is_placeholder(tok):
                    continue
                if low == "hier":
                    if tok.pos_ == "ADV" and link_hier(tok, sent) and not address_follows(ctx, tok, sent):
                        yield self.finding(ctx, tok.idx, tok.idx + len(tok),
                                           f"'{tok.text}' is de tekst van een link. {LINK_ADVICE}")
                elif low == "link" or low in PAGE_NOUNS:
                    if link_deze(tok, sent) and not address_follows(ctx, tok, sent):
                        det = doc[i - 1]
                        yield self.finding(ctx, det.idx, tok.idx + len(tok),
                                           f"'{det.text} {tok.text}' zegt niet wat de lezer daar vindt. {LINK_ADVICE}")
                elif low in POINTERS and written and written_pointer(tok, sent) \
                        and self._unclear(tok, sent, sents, ctx._prose_starts):
                    yield self.finding(ctx, tok.idx, tok.idx + len(tok),
                                       WRITTEN_MESSAGE.format(word=tok.text, prep=PREPOSITIONS[low]))
                elif low == "hierbij" and hierbij:
                    if tok.pos_ == "ADV" and not (letter_formula(tok, sent) or named_after(tok, sent)):
                        yield self.finding(ctx, tok.idx, tok.idx + len(tok), HIERBIJ_MESSAGE.format(word=tok.text))
                elif low in POINTERS and pointers and self._unclear(tok, sent, sents, ctx._prose_starts):
                    yield self.finding(
                        ctx, tok.idx, tok.idx + len(tok),
                        f"'{tok.text}' wijst terug, maar eerder staan meer dingen. De lezer moet raden welk "
                        f"u bedoelt. Noem het zelf: schrijf '{PREPOSITIONS[low]}' met het woord waar het om gaat.")

    @staticmethod
    def _unclear(tok, sent, sents, starts) -> bool:
        """Must the reader choose what the pointer ``tok`` stands for (see the module)?
        ``sents``: the prose sentences, ``starts`` their first tokens. (Each test says no on
        its own; the cheap ones first, the verb forms of the sentence last.)"""
        if tok.lower_ in ACTION_POINTERS and tok.head.pos_ not in THING_POS:
            return False
        if partitive(tok):
            return False
        k = bisect.bisect_left(starts, sent.start)
        previous = sents[k - 1] if 0 < k < len(sents) and sents[k].start == sent.start else None
        if result_clause(tok) or same_doer(tok, previous):
            return False
        if things_before(tok, sent, previous) < MIN_THINGS:
            return False
        return not (clause_before(tok, sent) or named_after(tok, sent) or performative(tok, sent))
