"""DD115 lange-alinea and DD116 geen-kopjes: the shape of the text.

Source: Direct Duidelijk; Schrijfwijzer van Gebruiker Centraal ("Korte alinea's, met
tussenkopjes"). Short paragraphs with a heading above them help readers find what they need.
"""

from __future__ import annotations

import math
import re

from duidelijk.document import PLACEHOLDER_MASK
from duidelijk.findings import Severity
from duidelijk.metrics_report import sentence_words
from duidelijk.rules import base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.structure import END_MARK, LIST_ITEM

WORD = re.compile(r"\w+")


def parts(text: str) -> list[tuple[int, str]]:
    """The parts a reader sees as one lump: runs of ordinary lines, and each list item (its
    line and the indented lines under it) on its own. A paragraph that is a short lead-in and
    a list is not a long lap of text. In a run of lines that each stand alone (no sentence runs
    on over a line break), each line break is one the writer typed: the end of a paragraph (a
    sentence, a label, a title or a question on a line of its own, above its text), unless the
    run is wrapped at a fixed width and the line is full (``_wrapped``). A run of
    hard-wrapped prose, with a sentence running over a break, is one paragraph (with a title
    on its first line cut off: ``_title_above``).
    (offset in ``text``, part text)"""
    result = []
    for start, part in _line_runs(text):
        if LIST_ITEM.match(part):
            result.append((start, part))
            continue
        if not _lines_stand_alone(part):
            title = _title_above(part)
            if title is None:
                result += _wrapped_paragraphs(start, part)
                continue
            result.append((start, part[:title]))  # the title of the wrapped prose under it
            start, part = start + title + 1, part[title + 1:]
            if not _lines_stand_alone(part):
                result += _wrapped_paragraphs(start, part)
                continue
        result += _typed_paragraphs(start, part)
    return result


# how much wider than the widest line that runs on (``_wrapped_paragraphs``) a wrapped line may
# be: that line ended before the width by less than the next word, about ten letters at most
WRAP_SLACK = 12


def _wrapped_paragraphs(start: int, part: str) -> list[tuple[int, str]]:
    """A run of lines with a sentence running over a line break: hard-wrapped prose, maybe
    with lines typed on their own before or after it (an accordion of titles and notices above
    a wrapped paragraph). Its width is that of its widest line that runs on (it ends with a
    comma, or the next line goes on with a small letter). A line break is the end of a
    paragraph where the line ends a sentence or is a title, the next line starts with a
    capital, and the line is not full: the next line's first word would have fitted on it, or
    the line is wider than the wrapped lines (a line typed on its own)."""
    lines = part.split("\n")
    width = max((len(a.rstrip()) for a, b in zip(lines, lines[1:]) if _runs_on(a, b)), default=0)
    return _joined_lines(start, lines, lambda line, after: not (width and _typed_break(line, after, width)))


def _joined_lines(start: int, lines: list[str], joins) -> list[tuple[int, str]]:
    """The paragraphs of a run of ``lines`` that starts at offset ``start``: a line goes on the
    paragraph of the line before it where ``joins(line before, line)`` says so, else it starts
    a paragraph of its own. (offset, paragraph text) each."""
    out: list[list] = []
    pos = start
    joined = False
    for k, line in enumerate(lines):
        if joined:
            out[-1][1] += "\n" + line
        else:
            out.append([pos, line])
        joined = joins(line, lines[k + 1] if k + 1 < len(lines) else "")
        pos += len(line) + 1
    return [(a, b) for a, b in out]


def _runs_on(line: str, next_line: str) -> bool:
    """Does a sentence run on over the break after ``line``: the line ends with a comma, or it
    ends without a mark and the next line goes on with a small letter?"""
    text = line.rstrip()
    return bool(text) and (text.endswith(",") or not LINE_ENDS_SENTENCE.search(text)
                           and next_line.lstrip()[:1].islower())


# the end of a sentence: a full stop, question mark, exclamation mark or ellipsis (not a colon
# or semicolon: they lead in what follows), maybe with a closing quote or bracket
SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s*$")


def _typed_break(line: str, next_line: str, width: int) -> bool:
    """Is the break after ``line``, in wrapped prose of ``width``, the end of a paragraph: the
    line ends a sentence or is a title (``heading_line``, ``question_title``), the next line
    starts with a capital or a digit, and the line is not full (its next word would have
    fitted) or wider than a wrapped line?"""
    text, after = line.rstrip(), next_line.strip()
    if not text or not after or after[:1].islower():
        return False
    size = len(text)
    if width < _with_next_word(line, next_line) and size <= width + WRAP_SLACK:
        return False  # a full line: the break may be a wrap
    return bool(SENTENCE_END.search(text)) or heading_line(line, next_line, question=False) \
        or question_title(line, next_line)


# the widths a writer or a program wraps plain text at: mail and letters at 60 to 80 characters
# (78 in the mail standard), source files at 80 to 100. A full line of a text wrapped at 60 is at
# least 50 characters long (the next word, up to about ten letters, did not fit). A run of lines
# narrower or wider than that was not wrapped at a width: its line breaks are the writer's own
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 50, 100


def _typed_paragraphs(start: int, part: str) -> list[tuple[int, str]]:
    """A run of lines that each stand alone, cut at each line break that is no wrap
    (``_wrapped``): each line is a paragraph of its own (the description lines of a dashboard,
    a question of a FAQ above its answer, the notices of a form, a letter with a line break
    after every few sentences). Lines wrapped at a fixed width stay together."""
    lines = part.split("\n")
    # the width: the longest line of more than one word (a long web address alone on its line
    # may stick out of a wrapped text; no line of words does)
    width = max((len(line.rstrip()) for line in lines if " " in line.strip()), default=0)
    return _joined_lines(start, lines, lambda line, after: _wrapped(line, after, width))


def _wrapped(line: str, next_line: str, width: int) -> bool:
    """Is a line break a wrap at a fixed width: a run as wide as a wrapped text
    (``MIN_WRAP_WIDTH`` to ``MAX_WRAP_WIDTH``), and the line full, so that the first word of the
    next line would not have fitted on it? A line that ends well before the width, or a run of
    lines narrower or wider than any wrap, ends where the writer pressed Enter."""
    words = next_line.split()
    if not line.strip() or not words or not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    if SOURCE_LINE.match(line) or SOURCE_LINE.match(next_line) or KEY_LINE.match(line) and KEY_LINE.match(next_line):
        return False  # the lines of a source or settings file: each a message of its own
    return _with_next_word(line, next_line) > width


def _line_runs(text: str) -> list[tuple[int, str]]:
    """Runs of ordinary lines, and each list item (its line and the indented lines under it)."""
    out: list[list] = []
    pos = 0
    in_item = False
    for line in text.split("\n"):
        item = bool(LIST_ITEM.match(line))
        if item or not out or (in_item and not line[:1].isspace()):
            out.append([pos, line])
            in_item = item
        else:
            out[-1][1] += "\n" + line
        pos += len(line) + 1
    return [(a, b) for a, b in out]


def _title_above(part: str) -> int | None:
    """The end of a title on the first line of a run of hard-wrapped prose, or None: a short line
    with a capital and no end mark (``heading_line``, up to ``HEADING_WORDS`` words, or a
    question that titles the text: ``question_title``), above a line that starts with a capital,
    and far from full: the first word of the next line would have fitted on it. Hard-wrapped
    prose breaks a line only where the next word does not fit ("Wat gebeurt er nu met uw
    aanvraag" above "Wij hebben uw aanvraag ... ontvangen. Wij bekijken nu"). The structure
    reader splits off a title of up to six words; a longer one is counted here."""
    lines = part.split("\n")
    if len(lines) < 3 or not lines[1].strip()[:1].isupper():
        return None
    title, after = lines[0], lines[1]
    if not (heading_line(title, after, question=False) or question_title(title, after)):
        return None
    width = _wrap_width(lines[1:])
    if _with_next_word(title, after) > width:
        return None  # the line is full: the break may be a wrap inside a sentence
    return len(title)


# at most this many words in a heading line (as ``structure._heading_like``)
HEADING_WORDS = 8


def heading_line(line: str, next_line: str, question: bool = True, max_words: int = HEADING_WORDS) -> bool:
    """Is a line of a run of lines that each stand alone a heading of what follows it: a short
    line with a capital and no end mark, above a line of text or a list ("Behandeling van uw
    klacht", "U verhuist naar een zorginstelling")? With ``question``, also a short question
    right above a list: the question of a form above its answers ("Wat is het probleem?" above
    "- Lamp doet het niet"). A question above a sentence may be a sentence of the text itself
    ("Heeft u vragen?\nBel ons dan."); a line that ends in a colon leads in a list ("U hebt
    nodig:"), it is no title."""
    text, after = line.strip(), next_line.strip()
    # (the cheap tests first: each says no on its own, so their order does not change the
    # answer; a line of prose, often a whole paragraph, is too long or ends as a sentence,
    # and its words need not be found)
    if not text or not after or len(text) > 10 * max_words or not text[:1].isupper() or LIST_ITEM.match(line):
        return False
    asks = text.endswith("?")
    if not asks and (text.endswith(",") or LINE_ENDS_SENTENCE.search(text)):
        return False
    if not 0 < len(WORD.findall(text)) <= max_words:
        return False
    if asks:
        return question and bool(LIST_ITEM.match(next_line)) and "?" not in text[:-1]
    return not _sentence_start(text, next_line)


# the words that open a question for information ("Wat is DigiD?", "Hoe lang duurt het?")
QUESTION_WORDS = frozenset({"wat", "wie", "waar", "wanneer", "hoe", "waarom", "welke", "welk", "hoeveel",
                            "waarmee", "waarvoor", "waaraan", "waarover", "waarop"})


def question_title(line: str, next_line: str) -> bool:
    """Is a line a question that titles the text under it, as on a page of questions and
    answers: a short question for information, with a question word first ("Wat is DigiD?",
    "Hoe lang duurt het?"), above a line of text? A question with its verb first is a
    condition that the next sentence goes on with ("Heeft u vragen?\nBel ons dan."): the
    same paragraph."""
    text, after = line.strip(), next_line.strip()
    if not after or LIST_ITEM.match(line) or not text.endswith("?") or "?" in text[:-1] \
            or not text[:1].isupper():
        return False
    words = WORD.findall(text.lower())
    return 0 < len(words) <= HEADING_WORDS and words[0] in QUESTION_WORDS


# subjects that open a sentence, not a title: words that point back ("Dit geldt ook voor uw
# partner") and the writer ("Wij weten dat ...")
SENTENCE_SUBJECTS = frozenset({"dit", "dat", "deze", "die", "het", "er", "hij", "zij", "ze", "wij", "we", "ik"})


# finite verbs that are also nouns or that the spelling rules do not read ("weten", "is")
FINITE_FORMS = frozenset({
    "is", "was", "ben", "bent", "zijn", "waren", "heeft", "hebt", "heb", "hebben", "kan", "kunt", "kunnen",
    "moet", "moeten", "mag", "mogen", "wil", "wilt", "willen", "zal", "zult", "zullen", "wordt", "worden",
    "weet", "weten", "gaat", "gaan", "staat", "staan", "doet", "doen", "komt", "komen", "geldt", "gelden",
    "krijgt", "krijgen", "vinden", "denken", "hopen", "begrijpen", "zien", "ziet",
})


def _finite(word: str) -> bool:
    """Can a word after a subject be its finite verb: a form of the common verbs, or a verb form
    that is no noun ("geldt", "helpen"; not "verslag", "jaar")?"""
    from duidelijk.dictionary import noun_reading, verb_lemmas

    return word in FINITE_FORMS or bool(verb_lemmas(word)) and not noun_reading(word)


def _sentence_start(text: str, next_line: str) -> bool:
    """Does a line open as a sentence that lacks its full stop: a subject that points back or
    names the writer, then a finite verb ("Dit geldt ook voor uw partner", "Wij weten dat dit
    ..."), or "u" and a verb above a list (a lead-in without its colon: "U heeft nodig")? A title
    names a subject ("Wachtlijst", "Uw kinderen verhuizen mee"), asks ("Wat hebt u nodig") or
    says what the part is about for the reader ("U verhuist naar het buitenland"), above its text."""
    words = WORD.findall(text.lower())
    if len(words) < 2 or not _finite(words[1]):
        return False
    if words[0] in SENTENCE_SUBJECTS:
        return True
    return words[0] in {"u", "je", "jij"} and bool(LIST_ITEM.match(next_line))


# a line of a source file (a key of a YAML or settings file, a PO string, an HTML paragraph):
# its lines are messages of their own, however long. A key in snake_case is a placeholder in
# the analysed text (``placeholders.code_spans``): its mask before a colon is such a key too
SOURCE_LINE = re.compile(rf"""\s*(?:[A-Za-z][\w.-]*_[\w.-]*\s*:|{PLACEHOLDER_MASK}\s*:|msgid\b|msgstr\b|"|<p\b)""")
LINE_ENDS_SENTENCE = re.compile(r"[.!?:;…]['\"”’)]*\s*$")
# a line of a settings file whose key is one word in small letters ("title: DigiD
# activeringscode", "postal: Postbus 96810", "nl:"), or its comment ("# algemeen"): in a run of such lines each is a message of
# its own, as with SOURCE_LINE's keys in snake_case. Two in a row, so that a line of wrapped
# prose that happens to start with a word and a colon ("documenten: uw paspoort") does not count
KEY_LINE = re.compile(r"\s*(?:[a-z][\w.-]*:|#)(?:\s|$)")


def _page(text: str) -> bool:
    """Does a text show titles as lines of its own (``heading_line``): a web page or a form
    written as plain text, whose notices are each a line?"""
    lines = [line for line in text.split("\n") if line.strip()]
    return any(heading_line(a, b) for a, b in zip(lines, lines[1:]))


def _has_heading_lines(text: str) -> bool:
    """Has a block of lines that each stand alone a heading line (``heading_line``) above text
    or above a list? A plain-text page or form shows its titles and questions as such lines."""
    if not _page(text):
        return False  # (a run of one line stands alone; hard-wrapped prose has no headings in it)
    return all(LIST_ITEM.match(part) or "\n" not in part.strip() or _lines_stand_alone(part)
               for _, part in _line_runs(text))


def _setting_line(line: str) -> bool:
    return bool(SOURCE_LINE.match(line) or KEY_LINE.match(line))


def _lines_stand_alone(part: str) -> bool:
    """Is each line of a run of lines a whole of its own (a heading, a label, a sentence or
    a short message of a screen), with no sentence running on over a line break? Hard-wrapped
    prose has at least one break inside a sentence: the line ends with a comma, or without a
    full stop and the next line goes on with a small letter."""
    lines = [line for line in part.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    # the width of the lines that may be wrapped: a line wider than any wrap is one the writer
    # typed on its own (a notice above wrapped prose), it says nothing of the width (fix43a)
    width = _wrap_width([line for line in lines if len(line.rstrip()) <= MAX_WRAP_WIDTH] or lines)
    # no mark that ends a sentence anywhere in three lines or more: the lines of an overview
    # ("Uitgebreid trouwen\nMogelijk op een door u gekozen dag\nin het stadhuis"), each a
    # label or a point of its own, also where one starts with a small letter. Wrapped prose ends
    # its sentences with a mark somewhere (fix41b; the sentence splitter reads a block without
    # marks in the same way, fix41a)
    unmarked = len(lines) >= 3 and not END_MARK.search(part)
    for this, next_line in zip(lines, lines[1:]):
        if LINE_ENDS_SENTENCE.search(this) or _setting_line(this) and _setting_line(next_line):
            continue  # (two lines of a settings file: "title: ...", "subject: ...")
        if this.rstrip().endswith(",") or next_line.lstrip()[:1].islower() and not unmarked \
                and not _not_full(this, next_line, width):
            return False
    return True



def _wrap_width(lines: list[str]) -> int:
    """The width a run of lines may have been wrapped at: its second longest line (one long
    line, a web address or a line of its own, does not set it)."""
    lengths = sorted((len(line.rstrip()) for line in lines), reverse=True)
    return lengths[1] if len(lengths) > 1 else lengths[0]


def _with_next_word(line: str, next_line: str) -> int:
    """The width ``line`` would have had with the first word of ``next_line`` on it (a space and
    the word; no word: the space alone): more than the width of the run means the line was full."""
    words = next_line.split()
    return len(line.rstrip()) + 1 + (len(words[0]) if words else 0)


def _not_full(line: str, next_line: str, width: int) -> bool:
    """Does a line end far before the width of the run, though the next word would fit on it?
    Hard-wrapped prose breaks a sentence only where the line is full: the next line's first
    word did not fit. A short line in small letters under a short line is a message of a
    screen of its own ("voer een geldig e-mailadres in" above "een geldig telefoonnummer
    bestaat uit 10 cijfers"), not a sentence that runs on."""
    return 2 * _with_next_word(line, next_line) <= width


def _marks_apart(ctx: Context) -> str:
    """The analysed text with the mask of every placeholder the writer marked ("[NAAM]",
    "{{ datum }}") written as ``OTHER_MASK``, so that only a field name written as code (a
    key: "form_name") makes a line of a settings file before a colon (``SOURCE_LINE``). A
    template line "[NAAM]: ..." is prose. Same length: the offsets stay."""
    from duidelijk.placeholders import code_field

    document = ctx.document
    text = ctx.text
    if not document.placeholders:
        return text
    pieces, pos = [], 0
    for a, b, _, _, source in document.placeholder_texts():
        if text[a:b] == PLACEHOLDER_MASK and not code_field(source):
            pieces += [text[pos:a], OTHER_MASK]
            pos = b
    return "".join(pieces) + text[pos:]


def _reading_lines(text: str, line_length: int) -> int:
    """How many lines of ``line_length`` characters the part fills for its reader: its words
    one after the other. The line breaks and the indentation of the source do not count: a
    template's HTML wrapped at 60 characters and indented by 12 ("<p>Wij hebben ...\n
    verwerken.") is read as running text, and an address of five short lines is not long."""
    return -(-len(" ".join(text.split())) // line_length)


def _sentences_in(ctx: Context, start: int, end: int) -> int:
    """How many sentences of the text start between characters ``start`` and ``end``?"""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 99
    return sum(1 for t in span if t.is_sent_start or t.i == span.start)


# the mask of a placeholder the writer marked, for ``_marks_apart``: a word as long as the mask
OTHER_MASK = PLACEHOLDER_MASK.capitalize()


@register
class LongParagraph(Rule):
    code = "DD115"
    name = "lange-alinea"
    category = "paragraph"
    severity = Severity.SUGGESTION
    # Careful editors agree that a paragraph of about 100 words or more should be split; at
    # 60 to 90 words on one subject they disagree (the judges of the real letters and pages),
    # so the rule speaks from 90 words. The two limits mean the same length for words of
    # ordinary length: with its space a word of a letter takes about 6 characters (median 6.1 on
    # the letters), so 8 reading lines of 70 characters hold about 90 words. The lines limit
    # catches a paragraph of long words a little earlier; it is no second, stricter limit
    # (6 lines, about 70 words, was: most findings at 60 to 80 words came from it alone).
    settings = {"max_words": 90, "max_lines": 8, "line_length": 70}
    positive_settings = frozenset({"line_length"})  # the reading lines divide by it
    doc = RuleDoc(
        what=f"Zoekt lange alinea's: meer dan {settings['max_words']} woorden of meer dan "
             f"{settings['max_lines']} regels.",
        why="Een lange lap tekst schrikt lezers af. Korte alinea's met één onderwerp lezen makkelijker.",
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="Een alinea van tien regels over de aanvraag, de kosten, de termijn en het bezwaar.",
        good="Vier korte alinea's: de aanvraag, de kosten, de termijn, het bezwaar. Elk met een kopje.",
        exceptions=(
            "Adressen, de aanhef en de naam onder de brief. Een opsomming telt niet mee: elk punt is een "
            "eigen stuk. Losse korte regels, zoals meldingen op een scherm of regels met code, zijn ook "
            "elk een eigen stuk. Net als een overzicht van korte regels zonder één punt erin, zoals "
            "'Eenvoudig trouwen' met daaronder wat erbij hoort. Staat elke zin of elk kopje op een eigen "
            "regel, zonder witregel ertussen? Dan is elke regel een eigen alinea: de schrijver heeft daar "
            "op Enter gedrukt. Dat geldt ook voor een vraag boven het antwoord. Maar loopt een zin door "
            "op de volgende regel, omdat de tekst is afgebroken op een vaste breedte? Dan horen de regels "
            "bij elkaar: het is één alinea. Regels van een instellingenbestand ('titel: ...') staan elk op zich. "
            "Een korte regel zonder punt aan het eind, zoals 'Wat kost het', is een kopje: daaronder "
            "begint een nieuwe alinea. Maar een regel die begint als een zin, zoals 'Dit geldt ook voor "
            "u', is geen kopje. Is een alinea alleen lang door "
            "het aantal regels, en heeft die maar één of twee zinnen? Dan zijn de zinnen te lang, niet de alinea."
        ),
    )

    def check(self, ctx: Context):
        full = _marks_apart(ctx)
        max_words, line_length = self.options["max_words"], self.options["line_length"]
        # a part is a piece of its block's text: more than ``max_words`` words take at least
        # 2 * max_words + 1 characters (a word and a space or mark each), more than
        # ``max_lines`` reading lines more than max_lines * line_length. A block no longer than
        # both can give no finding: it is not cut into parts at all (most blocks of a letter).
        # Whole numbers: a setting may be a fraction, and words and reading lines are counted whole
        # (more than 2.2 lines is 3 lines: more than 2 * line_length characters)
        short = min(2 * math.floor(max_words), math.floor(self.options["max_lines"]) * line_length) \
            if base.PREFILTER and line_length > 0 else -1
        for block in ctx.document.blocks:
            if block.kind != "paragraph" or block.end - block.start <= short:
                continue
            for offset, text in parts(full[block.start : block.end]):
                words = len(WORD.findall(text))
                lines = _reading_lines(text, self.options["line_length"])
                if words > self.options["max_words"] or lines > self.options["max_lines"]:
                    start = block.start + offset
                    if words <= self.options["max_words"] and _sentences_in(ctx, start, start + len(text)) <= 2:
                        continue  # long by its lines only, in one or two sentences: the sentences
                        # are long (DD101's finding), splitting the paragraph does not help
                    yield self.finding(  # the span: the paragraph that is counted, all its lines
                        ctx, start, min(start + len(text.rstrip()), block.end),
                        f"Deze alinea is lang ({words} woorden). Maak er twee of meer korte alinea's van.",
                    )


@register
class NoHeadings(Rule):
    code = "DD116"
    name = "geen-kopjes"
    category = "structure"
    severity = Severity.SUGGESTION
    settings = {"min_words": 250}
    doc = RuleDoc(
        what="Zoekt lange teksten zonder tussenkopjes.",
        why="Kopjes laten de lezer snel zien waar wat staat, zoals 'Wat moet u doen?' en 'Vragen?'.",
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="Een brief van een hele pagina zonder één kopje.",
        good="Dezelfde brief met kopjes: 'Wat hebben wij besloten?', 'Wat moet u doen?', 'Vragen?'.",
        exceptions=(
            "Korte teksten (minder dan 250 woorden). Een kopje kan ook een losse korte regel zijn zonder "
            "punt aan het eind, zoals 'Wat kost het'. Of een korte vraag boven een lijst met antwoorden, "
            "zoals in een formulier: 'Wat wilt u melden?'."
        ),
    )

    def check(self, ctx: Context):
        prose = [b for b in ctx.document.blocks if b.is_prose]
        if any(b.kind == "heading" for b in prose) or not prose:
            return
        words = sum(len(prose) for _, _, prose in sentence_words(ctx))  # Context.prose_word_count
        if words < self.options["min_words"]:
            return
        if any(_has_heading_lines(ctx.text[b.start:b.end]) for b in prose if b.kind == "paragraph"):
            return  # the titles of a web page or the questions of a form, as lines of plain text
        first = prose[0]
        end = first.start + len(ctx.text[first.start : first.end].split("\n")[0])
        yield self.finding(
            ctx, first.start, end,
            f"Deze tekst heeft {words} woorden en geen tussenkopjes. Zet boven elk deel een kort kopje.",
        )
