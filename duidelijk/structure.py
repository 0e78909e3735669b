"""Letter structure: find the letter parts that are not read as prose.

Every reader (txt, md, html, docx, pdf, po) hands its blocks to ``letter_blocks``, so a part
is found the same way in every format. The parts are: letterhead, address, date, reference,
subject, salutation, closing, signature, placeholder (a line that is only a template field)
and table (table cells without a sentence). Headers and footers of Word files and of PDF
pages are marked by the readers themselves. Everything else is prose.

The rules are strict on purpose, because a part is not judged as running text:

- A salutation is one line: a greeting word (Geachte, Beste, Hallo, Dag, ...) followed by
  nothing, a name, a title or "heer/mevrouw", ending in a comma or the line end.
  "Aan de hand van ..." and "Dag en nacht ..." are prose.
- A closing is one short line ("Met vriendelijke groet,", "Hoogachtend,").
- A signature is at most ``MAX_SIGNATURE_LINES`` short lines right after the closing (name,
  function, team, organisation). A sentence, a heading above text ("Bijlage", "PS",
  "Bezwaar"), or a new letter ends it: what follows is text again.
- Address, letterhead, date and reference lines are short lines; a block of short lines
  only counts as an address before the salutation (or before the first prose).

``coverage`` tells, for a read document, which parts were set aside.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from duidelijk import wordlists

from duidelijk.document import PLACEHOLDER_MASK, Block

# the names of the months and days, for every rule that reads dates (one list)
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")
DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = "|".join(MONTH_NAMES)
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("closing", re.compile(
        r"^((met )?(vriendelijke|hartelijke|beste|zonnige|warme) groet(en)?|groet(en)?|hoogachtend"
        r"|met (de )?meeste hoogachting)\s*([,!]([^.?!]{0,60})?)?$", re.I)),
    ("reference", re.compile(
        r"^(ons|uw) (kenmerk|nummer|referentie|ref\.?)\b|^uw (brief|e-?mail|aanvraag|melding) (van|d\.d\.)\s*:"
        r"|^(\w*nummer|kenmerk|referentie|bsn|datum|bijlage[n]?|telefoon|e-?mail(adres)?"
        r"|contactpersoon|behandeld door|verzonden|afzender|aan|van|cc)\s*:", re.I)),
    ("subject", re.compile(r"^(onderwerp|betreft)\s*:?\s", re.I)),
    ("date", re.compile(
        rf"^([\w'\-]+( [\w'\-]+){{0,2}}, )?((maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),? )?"
        rf"\d{{1,2}} ({MONTHS}) \d{{4}}$"
        rf"|^(datum\s*:?\s*)?\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}$", re.I)),
    ("address", re.compile(r"^\d{4} ?[A-Z]{2}\b|^(postbus|antwoordnummer)\b", re.I)),
]
ADDRESS_PATTERN = PATTERNS[-1][1]
GREETING = re.compile(
    r"^(geachte|beste|hallo|hoi|dag|lieve|goedemorgen|goedemiddag|goedenavond|l\.s\.)\b\s*(?P<rest>.*)$", re.I)
SALUTATION_PREFIX = re.compile(
    r"^((?:geachte|beste|hallo|hoi|dag|lieve|goedemorgen|goedemiddag|goedenavond)\b[^,.?!]{0,60},)\s+(?=\S)", re.I)
# what may follow a greeting word: a title or a kind of reader (lower case); a name starts
# with a capital (or is a masked placeholder)
TITLE_WORDS = frozenset("""
heer heren mevrouw mevrouwen meneer dames mevr mevr. dhr dhr. hr. mw. mw heer/mevrouw
mevrouw/heer meneer/mevrouw mevrouw/meneer lezer lezers bewoner bewoners inwoner inwoners klant
klanten ouder ouders verzorger verzorgers ouder/verzorger ouders/verzorgers aanvrager aanvragers
relatie relaties collega collega's allemaal allen deelnemer deelnemers ondernemer ondernemers
huurder huurders lid leden vrijwilliger vrijwilligers cliënt cliënten client clients student
studenten belanghebbende belanghebbenden gebruiker gebruikers medewerker medewerkers melder
aanbieder aanbieders zorgaanbieder leverancier leveranciers burger burgers buren buurtbewoner
buurtbewoners sportliefhebber sportliefhebbers vriend vrienden iedereen jongere jongeren oudere
ouderen
""".split())
# readers named by their age: "65-plusser", "55-plussers", "18-minners"
AGE_GROUP = re.compile(r"\d+-(?:plusser|minner)s?")
# a plural ending in brackets after a title word: "ouder(s)", "bewoner(s)", "medewerker(s)"
PLURAL_IN_BRACKETS = re.compile(r"\((?:s|en|n)\)")
# a noun for a person by its ending ("behandelaar(s)", "mantelzorger", "docent", "sollicitant",
# "belanghebbende", "abonnee", "directrice", "medewerkster", "mede-eigenaar"): the endings are
# data (wordlists/person_endings.tsv); not "vergadering", "commissie" or "afdeling": a meeting
# or a body is no reader (so no "-ling": "leerling" but also "afdeling")


@cache
def _person_noun_pattern() -> re.Pattern:
    endings = sorted((r["ending"] for r in wordlists.load("person_endings")), key=len, reverse=True)
    return re.compile(r"[a-z][a-z-]+(?:" + "|".join(map(re.escape, endings)) + ")")


def person_noun(word: str) -> bool:
    """Is the lower-case word a noun for a person by its Dutch ending (wordlists/person_endings.tsv)?
    A diaeresis or accent counts as its plain letter ('patiënt' as 'patient'). The endings are
    broad ('nummer', 'papier'): the caller must bring the context."""
    return _person_noun_pattern().fullmatch(_plain_letters(word)) is not None


def _plain_letters(word: str) -> str:
    """``word`` with every diaeresis and accent taken off its letter ('patiënt' -> 'patient')."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# how common a verb (its infinitive) and its "hij" form must be in Dutch text for a noun in
# '-er' to count as made from it, and a compound's first part as a word
AGENT_VERB_ZIPF = 2.5
AGENT_THIRD_ZIPF = 2.5
AGENT_HEAD_ZIPF = 3.0


def _agent_verb(tail: str) -> bool:
    """Is 'tail' + '-er' the noun of a common verb's doer: 'tail' + '-en' is the infinitive
    ('bewon': bewonen, 'bakk': bakken), or 'tail' ends in 'rd' and its stem without the 'd' is
    the verb's ('huurd': huur, huren; 'voerd': voer, voeren)? Both the infinitive and the 'hij'
    form must be common ('winten' and 'waten' are not; 'vingen' has no common 'vingt')."""
    from duidelijk.lexicon import zipf
    from duidelijk.verbs import open_syllable_spelling, stem_from_infinitive, t_form

    pairs = [(tail + "en", stem_from_infinitive(tail + "en"))]
    if tail.endswith("rd") and len(tail) >= 4:
        stem = tail[:-1]  # the "d" that "-er" takes after an "r" ("huurder": huur, huren)
        pairs.append((open_syllable_spelling(stem) + "en", stem))
    for inf, stem in pairs:
        if zipf(inf) >= AGENT_VERB_ZIPF and zipf(t_form(stem)) >= AGENT_THIRD_ZIPF:
            return True
    return False


@lru_cache(maxsize=20_000)
def agent_noun(word: str) -> bool:
    """Is a lower-case noun in '-er' or '-ers' one that Dutch makes from a verb for the one who
    does it: the verb's infinitive with '-er' for '-en' ('bewoner': bewonen, 'bakker': bakken,
    'schrijver': schrijven), with a 'd' after an 'r' ('huurder': huren, 'bestuurder'), also as
    the last part of a compound ('mantelzorger': zorgen, 'bewindvoerder': voeren, 'kentekenhouder':
    houden)? The verb and its 'hij' form must be common in Dutch text (``_agent_verb``), and the
    part before a compound's last part a common word. So not 'schouder', 'winter', 'nummer',
    'kamer', 'water': there is no verb 'schouden', 'winten', 'nummen', and 'kamen' and 'waten' are
    rare, without 'kaamt' or 'waat'. (A tool is made the same way: 'printer', 'teller'; a word
    like 'letter' or 'lever' passes by chance: 'letten', 'leven'.)"""
    from duidelijk.lexicon import zipf
    from duidelijk.verbs import PARTICLES

    w = _plain_letters(word.lower())
    if w.endswith("ers"):
        w = w[:-1]
    if not w.endswith("er") or len(w) < 5:
        return False
    base = w[:-2]  # "bewon", "huurd", "mantelzorg"
    for i in range(len(base) - 2):
        head, tail = base[:i], base[i:]
        if head and head not in PARTICLES and not (len(head) >= 3 and (
                zipf(head) >= AGENT_HEAD_ZIPF or head.endswith("s") and zipf(head[:-1]) >= AGENT_HEAD_ZIPF)):
            continue  # the part before must be a particle ("in" of "inwoner") or a common word
            # ("mantel", "zorg"); "sch" of "schouder" is none
        if _agent_verb(tail):
            return True
    return False


@cache
def feeling_subjects() -> frozenset[str]:
    """Nouns for people or bodies of people that can value something (wordlists/feeling_subjects.tsv)."""
    return wordlists.words("feeling_subjects")


def listed_person(form: str) -> bool:
    """Is the lower-case noun one of ``feeling_subjects`` or a compound with one as its last
    part ('gemeenteraad', 'schoonmoeder')? The part before must be able to be a word: it has a
    vowel, so 'schouder' is no compound of 'ouder' ('sch' is no word)."""
    words = feeling_subjects()
    if form in words:
        return True
    return any(len(w) >= 4 and form.endswith(w) and _VOWEL.search(form[: -len(w)]) for w in words)


_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")

# subjects that are a person ("ze" and "zij" are left out: also things, "ze zijn getest"; "wij"
# and "we" too: in a letter that is the organisation, "Wij zijn getest op veiligheid")
PERSON_SUBJECTS = frozenset({"ik", "je", "jij", "u", "hij", "jullie", "iemand", "iedereen", "niemand"})


def person_word(tok) -> bool:
    """Is the token a person or a body of people, here where a thing is as likely: a personal
    pronoun ("u", "uzelf"), a name, a noun of ``feeling_subjects`` (also as a compound's last
    part: 'gemeenteraad') or a noun with a person ending ('bewoner', 'aanvrager', 'directeur'),
    but not one with an ending that ends many things too ('-ier': formulier, papier, dossier;
    '-ent': document, abonnement; '-ant': achterkant, krant), and '-er' only where the noun is made
    from a verb for its doer (``agent_noun``: 'begeleider', 'huurder'; not 'schouder', 'computer',
    'nummer')?"""
    low = tok.lower_
    if tok.pos_ == "PRON":
        return low in PERSON_SUBJECTS | {"wij", "we", "zij", "ze", "hen", "hun", "mij", "me", "jou", "haar", "hem"}
    if low in {"uzelf", "jezelf", "zichzelf", "mezelf", "onszelf", "hemzelf", "haarzelf"}:
        return True
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN":
        return False
    for form in {low, tok.lemma_.lower()}:
        if listed_person(form):
            return True
        if person_noun(form) and not form.endswith(("ier", "iers", "ent", "ents", "enten", "ant", "anten")) \
                and (not form.endswith(("er", "ers")) or form.endswith(("ster", "sters")) or agent_noun(form)):
            return True  # '-er' only of a verb's doer ('begeleider', 'huurder'): 'schouder', 'computer',
            # 'nummer' end in it too
    return False


# greeting words that are everyday words inside a sentence too ("iedere dag", "de beste
# aannemer", "lieve mensen"): a greeting only with its capital
EVERYDAY_GREETINGS = frozenset({"dag", "beste", "lieve"})
# an inflected adjective in lower case before the reader's noun ("nieuwe", "lieve")
ADJECTIVE_BEFORE = re.compile(r"[a-zà-ÿ]+e")
MAX_ADDRESS_LINES = 8
MAX_SIGNATURE_LINES = 6
SHORT_LINE = 70
# Lines of the sender's letterhead, above or beside the address of the reader.
LETTERHEAD = re.compile(
    r"^(gemeente|afdeling|team|cluster|directie|postbus|antwoordnummer|bezoekadres|postadres)\b"
    r"|www\.|@|^(tel(efoon)?|fax|iban|kvk|bank)\b", re.I)
# A line that starts a new section after a signature: it is never part of the signature.
SECTION_START = re.compile(
    r"^(bijlage[n]?|p\.?s\.?|postscriptum|bezwaar|beroep|toelichting|uitleg|voorwaarden"
    r"|wat (moet|kunt|kan|gaat|gebeurt|doen)|vragen|meer informatie|heeft u|hebt u|let op|antwoordformulier"
    r"|formulier|machtiging|rechtsmiddelen|mededeling|aanvullende)\b", re.I)
# the first words of a signature that may be long ("namens het college van burgemeester en
# wethouders van Hofstede,")
SIGNATURE_PHRASE = re.compile(
    r"^(namens|n\.?m\.?|voor deze|de (burgemeester|secretaris|directeur|teamleider|manager)|het college"
    r"|burgemeester en wethouders|het dagelijks bestuur)\b", re.I)
SENTENCE_END = re.compile(r"(\w{3,}|\))[.?!]\s*$|[?!;]\s*$")
FIELD_LINE = re.compile(r"^[\w() \-]{2,30}:\s*\S")
CELL_SPLIT = re.compile(r"\t+| {3,}| \| |^\||\|$")
# a mark that ends a sentence: a full stop, question or exclamation mark before a space or the
# end (not the dot of "9.00" or "www.gemeente.nl"), maybe with a closing quote or bracket. The
# sentence splitter reads a block of lines without one as lines that each stand alone
# (``sentences._block_has_end_mark``), and so does DD115 (``paragraphs._lines_stand_alone``)
END_MARK = re.compile(r"[.!?…][\"'’”)\]]*(?=\s|$)")
# a line that starts a list item: a bullet, or a number or letter with . or ), then text (the
# PDF reader starts a block at such a line, DD115 counts each item apart; DD103 reads a list
# item's first word after one of these as the start of its sentence)
BULLETS = "-*•–·▪■●○◦‣∙"


def _list_item(bullets: str) -> re.Pattern:
    return re.compile(rf"\s*(?:[{re.escape(bullets)}]|\d{{1,2}}[.)]|[a-z][.)])\s+\S")


LIST_ITEM = _list_item(BULLETS + "—")
# In a PDF a line is often a sentence wrapped by the layout, and a wrapped line that starts
# with an em dash is more often an aside going on ("— zoals wij u schreven —") than an item.
PDF_LIST_ITEM = _list_item(BULLETS)
# the marks that start a list item as tokens (DD104's capital after a bullet, DD110's step in a
# list): the bullets, an em dash and a letter "o" typed as a bullet
LIST_MARKS = frozenset(BULLETS) | {"—", "o"}

# part kinds, in the order they are usually met; their Dutch names are in ``PART_LABELS``
PART_LABELS = {
    "letterhead": "briefhoofd",
    "address": "adres",
    "date": "datum",
    "reference": "gegevens van de brief",
    "subject": "onderwerp",
    "salutation": "aanhef",
    "closing": "slotgroet",
    "signature": "naam onder de brief",
    "placeholder": "invulveld",
    "table": "tabel",
    "header": "koptekst",
    "footer": "voettekst",
    "code": "code",
}


def part_label(kind: str) -> str:
    """The Dutch name of a part kind ("signature" -> "ondertekening")."""
    return PART_LABELS.get(kind, kind)


def classify_line(line: str) -> str | None:
    """The kind of letter part a single line is by its form alone, or None."""
    text = line.strip()
    if not text or len(text) > 100:
        return None
    if is_salutation(text):
        return "salutation"
    for kind, pattern in PATTERNS:
        if pattern.search(text):
            if kind in {"reference", "subject"} and SENTENCE_END.search(text) and len(text.split()) > 8:
                return None  # "Uw kenmerk is ...": a sentence, not a reference line
            return kind
    return None


def is_salutation(line: str) -> bool:
    """A greeting word, then nothing, a name, a title or "heer/mevrouw"; a comma or line end."""
    text = line.strip().replace("\u2019", "'")  # "collega’s": the apostrophe word processors write
    m = GREETING.match(text)
    if not m or len(text) > 80 or SENTENCE_END.search(text.removesuffix("!") if len(text.split()) <= 3 else text):
        return False  # (a short greeting may end in "!": "Beste lezer!", "Hallo iedereen!")
    if m.group(1).lower() in EVERYDAY_GREETINGS and not text[:1].isupper():
        return False  # "iedere\ndag ondernemers, ...", "de\nbeste aannemer, ...": a wrapped line of prose
    rest = m.group("rest").strip().rstrip(",!").strip()
    if not rest:
        return True
    if len(rest.split()) > 8 or not (text.endswith((",", "!")) or "," not in rest):
        return False
    words = rest.split()
    first = words[0].strip(",")
    if first.lower() in TITLE_WORDS or first.startswith(PLACEHOLDER_MASK):
        return True
    # "Beste nieuwe bewoner,": at most two inflected adjectives in lower case before the reader
    k = 0
    while text[:1].isupper() and k < min(2, len(words) - 1) and ADJECTIVE_BEFORE.fullmatch(words[k]):
        k += 1
    noun = words[k].strip(",!")
    # "ouder(s)/verzorger(s)", "bewoner(s)": kinds of reader with a plural in brackets, or two with a slash
    parts = PLURAL_IN_BRACKETS.sub("", noun.lower()).split("/")
    if all(part in TITLE_WORDS for part in parts):
        return True
    # any other kind of reader, by the ending Dutch gives a person who does something or is
    # something ("behandelaar", "mantelzorger", "abonnee"), when the line ends in a comma and
    # the greeting word has its capital: "de\nbeste aannemer, zodat ..." is a wrapped line
    # (an apostrophe in it counts as no letter: "zzp'er"; an age group: "65-plusser")
    if text[:1].isupper() and text.endswith((",", "!")) and all(
            person_noun(part.replace("'", "")) or AGE_GROUP.fullmatch(part) for part in parts):
        return True
    return first[:1].isupper() and m.group(1).lower() in {"geachte", "beste", "hallo", "hoi", "dag", "lieve",
                                                          "goedemorgen", "goedemiddag", "goedenavond"}


def _short(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= SHORT_LINE and not SENTENCE_END.search(text)


def _signature_like(line: str) -> bool:
    text = line.strip()
    if SIGNATURE_PHRASE.match(text):
        return len(text) <= 110 and not text.rstrip().endswith((".", "?", "!"))
    return _short(text) and len(text.split()) <= 8 and not text.endswith((":", ";"))


def _prose_line(line: str) -> bool:
    """A line of running text: long, or a sentence with an end mark."""
    text = line.strip()
    return len(text) > SHORT_LINE or (bool(SENTENCE_END.search(text)) and len(text.split()) >= 4)


def _placeholder_only(line: str) -> bool:
    rest = line.replace(PLACEHOLDER_MASK, "")
    return PLACEHOLDER_MASK in line and not re.search(r"\w", rest)


@dataclass
class _Line:
    block: int
    start: int
    end: int
    text: str
    kind: str | None = None
    group: int = 0  # lines of one group have no blank line (or white space) between them


def letter_blocks(text: str, blocks: list[Block]) -> list[Block]:
    """Re-label the blocks of a document as letter parts; blocks are split at line ends where
    a part starts or ends. Only paragraph blocks (and headings that look like a part) change."""
    lines: list[_Line] = []
    group = 0
    for index, block in enumerate(blocks):
        if block.kind not in {"paragraph", "heading", "table-cell"}:
            group += 1
            continue
        # a reader says when there is no white space above a block (Word paragraphs)
        group += 1 if block.location.get("gap_before", True) else 0
        pos = block.start
        for raw in text[block.start : block.end].split("\n"):
            stripped = raw.strip()
            if stripped:
                start = pos + len(raw) - len(raw.lstrip())
                m = SALUTATION_PREFIX.match(stripped)
                if m and is_salutation(m.group(1)) and not is_salutation(stripped):
                    # "Geachte mevrouw Smit, u kunt ...": the salutation, then prose
                    cut = m.end()
                    lines.append(_Line(index, start, start + len(m.group(1)), m.group(1), group=group))
                    lines.append(_Line(index, start + cut, start + len(stripped), stripped[cut:], group=group))
                else:
                    lines.append(_Line(index, start, start + len(stripped), stripped, group=group))
            pos += len(raw) + 1
    _mark_parts(lines, blocks, text)
    by_block: dict[int, list[_Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    out: list[Block] = []
    for index, block in enumerate(blocks):
        own = by_block.get(index)
        if not own or all(l.kind is None for l in own):
            if block.kind == "paragraph" and own:
                out.extend(_headings(text, block, own, index + 1 < len(blocks)))
            else:
                out.append(block)
            continue
        run: list[_Line] = []
        for line in own + [None]:
            if run and (line is None or line.kind != run[0].kind):
                if run[0].kind is None:
                    piece = Block(block.kind, run[0].start, run[-1].end, block.location)
                    out.extend(_headings(text, piece, run, True) if block.kind == "paragraph" else [piece])
                else:
                    out.append(Block(run[0].kind, run[0].start, run[-1].end, block.location))
                run = []
            if line is not None:
                run.append(line)
    return out


def _mark_parts(lines: list[_Line], blocks: list[Block], text: str) -> None:
    """Give each line a part kind, or leave it None (prose)."""
    head = True  # before the salutation and the first prose: address blocks may come
    groups = _ranges(lines, "group")
    cells = _ranges(lines, "block")
    index = 0
    while index < len(lines):
        line = lines[index]
        block = blocks[line.block]
        if block.kind == "table-cell":
            a, b = cells[line.block]
            if not any(_prose_line(l.text) for l in lines[a:b]):
                line.kind = "table"
            index += 1
            continue
        kind = classify_line(line.text)
        if kind not in {None, "salutation", "closing"} and (
                _continues(lines, index) or _continues(lines, index - 1) or _ends_a_sentence(lines, index)):
            kind = None  # a date or a postcode inside a sentence that runs over two lines
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if kind == "reference" and SECTION_START.match(line.text) and nxt and _prose_line(nxt.text):
            kind = None  # "Bijlage: bezwaar maken" right above text is a heading
        if kind is None and _placeholder_only(line.text):
            kind = "placeholder"
        if kind is None and block.kind in {"paragraph", "heading"}:
            kind = _head_kind(lines, index, head, groups[line.group])
        if kind is None and _table_row(lines, index):
            kind = "table"
        line.kind = kind
        if kind == "salutation":
            head = False
        elif kind is None and _prose_line(line.text):
            head = False
        if kind == "closing":
            index = _signature(lines, index + 1, groups)
            head = True  # a second letter may follow
            continue
        index += 1
    # the sender's postal address under the name of the organisation is letterhead too
    sender = {l.group for l in lines if l.kind == "letterhead"}
    for line in lines:
        if line.kind == "address" and line.group in sender:
            line.kind = "letterhead"


def _continues(lines: list[_Line], i: int) -> bool:
    """True when line ``i`` runs on in line ``i + 1``: no end mark, and the next line of the
    same group starts with a small letter, or line ``i`` is a long (wrapped) line of text."""
    if i < 0 or i + 1 >= len(lines) or lines[i].group != lines[i + 1].group:
        return False
    if lines[i].text.endswith((".", "?", "!", ":", ";", ",")):
        return False
    return lines[i + 1].text[:1].islower() or len(lines[i].text) > SHORT_LINE


def _ends_a_sentence(lines: list[_Line], i: int) -> bool:
    """True when line ``i`` ends a sentence that began on the line above ("... via\nPostbus 120.")."""
    if i < 1 or lines[i].group != lines[i - 1].group or not SENTENCE_END.search(lines[i].text):
        return False
    return not lines[i - 1].text.endswith((".", "?", "!", ":", ";", ","))


def _ranges(lines: list[_Line], key: str) -> dict[int, tuple[int, int]]:
    """First and end index in ``lines`` of each group (or block); they are contiguous."""
    out: dict[int, tuple[int, int]] = {}
    for i, line in enumerate(lines):
        k = getattr(line, key)
        out[k] = (out[k][0], i + 1) if k in out else (i, i + 1)
    return out


def _head_kind(lines: list[_Line], index: int, head: bool, group: tuple[int, int]) -> str | None:
    """Address or letterhead for a line in a block of short lines above the salutation (or
    anywhere, when the block has a postcode or a postbus: a new letter starts)."""
    line = lines[index]
    own = lines[group[0] : group[1]]
    if len(own) > MAX_ADDRESS_LINES or not all(_short(l.text) for l in own):
        return None
    texts = [l.text for l in own]
    if not head and not any(ADDRESS_PATTERN.search(t) for t in texts):
        return None
    after = group[1]
    if len(own) == 1 and after < len(lines) and _prose_line(lines[after].text):
        return None  # one short line right above text: a heading
    if LETTERHEAD.search(line.text) and (_looks_like_address(texts) or any(classify_line(t) for t in texts)):
        return "letterhead"
    if _looks_like_address(texts):
        return "address"
    if any(classify_line(t) for t in texts) and FIELD_LINE.match(line.text):
        return "reference"  # "Zaaknummer: ...", "Categorie: ...": a list of letter data
    return None


# the small words of a person's name and the titles before it ("mr. A.C. de Ruyter-Vos",
# "mevrouw C. van den Brink", "drs. H.P. Wijnands")
_NAME_SMALL_WORDS = frozenset({"van", "de", "den", "der", "het", "ten", "ter", "te", "in", "'t", "op", "la", "le", "du",
                               "mr.", "drs.", "dr.", "ing.", "ir.", "prof.", "bc.", "mevrouw", "meneer", "heer", "mw.", "dhr."})


def _name_line(text: str) -> bool:
    """Is the line a person's name, with the titles before it: every word has a capital, or is
    a small word of a name or a title (``_NAME_SMALL_WORDS``), and at least one word has one?"""
    words = text.split()
    return 1 <= len(words) <= 6 and any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words)


def _signature(lines: list[_Line], index: int, groups: dict[int, tuple[int, int]]) -> int:
    """Mark the signature lines that follow a closing; return the index after them. A name
    with the signer's title below it in small letters ("R. Smeenk" above "consulent Wmo") is
    no sentence that runs on: the title is a line of the signature too."""
    count = 0
    while index < len(lines) and count < MAX_SIGNATURE_LINES:
        line = lines[index]
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if not _signature_like(line.text) or SECTION_START.match(line.text) or (
                _continues(lines, index) and not _name_line(line.text)):
            break
        if classify_line(line.text) not in {None, "closing"}:
            break  # an address or a date: a new letter starts
        a, b = groups[line.group]
        if count and line.group != lines[index - 1].group and any(
                ADDRESS_PATTERN.search(l.text) for l in lines[a:b]):
            break  # a new block with a postcode: the letterhead of a new letter
        if nxt is not None and _prose_line(nxt.text) and not SIGNATURE_PHRASE.match(nxt.text):
            break  # a short line right above running text is a heading
        line.kind = "signature" if classify_line(line.text) is None else "closing"
        count += 1
        index += 1
    return index


def _table_row(lines: list[_Line], index: int) -> bool:
    """A line of short cells (tabs or " | " between them) next to another such line."""
    def row(i: int) -> bool:
        if not 0 <= i < len(lines):
            return False
        cells = [c for c in CELL_SPLIT.split(lines[i].text) if c.strip() and set(c.strip()) - set("-:| ")]
        return len(cells) >= 2 and all(not _prose_line(c) for c in cells) or bool(
            re.fullmatch(r"\|?[\s:|-]+\|?", lines[i].text) and "|" in lines[i].text)
    if not row(index):
        return False
    same = lambda i: 0 <= i < len(lines) and lines[i].group == lines[index].group  # noqa: E731
    return (same(index - 1) and row(index - 1)) or (same(index + 1) and row(index + 1))


def _headings(text: str, block: Block, own: list[_Line], more: bool) -> list[Block]:
    """A paragraph that is one heading-like line (with text after it) is a heading; a
    heading on the first line of a paragraph ("Bezwaar\\nIndien u ...") is split off."""
    if len(own) == 1 and _heading_like(own[0].text) and more:
        return [Block("heading", block.start, block.end, block.location)]
    if len(own) > 1 and _heading_like(own[0].text) and len(own[0].text.split()) <= 6 and own[1].text[:1].isupper():
        return [Block("heading", own[0].start, own[0].end, block.location),
                Block(block.kind, own[1].start, block.end, block.location)]
    return [block]


def _heading_like(line: str) -> bool:
    text = line.strip()
    if not re.sub(rf"\b{PLACEHOLDER_MASK}\b|[\W_]", "", text):  # only placeholders ("XXX, XXX"): no heading
        return False
    return 0 < len(text.split()) <= 8 and not text.endswith((".", ",", ";")) and text[:1].isupper()


def _looks_like_address(lines: list[str]) -> bool:
    return any(ADDRESS_PATTERN.search(l.strip()) for l in lines) or (
        len(lines) >= 2 and any(re.search(r"\b\d+\s?[a-zA-Z]?$", l.strip()) for l in lines[:4]))
