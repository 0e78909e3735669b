"""Shortcuts of the speed32b helper (thirty-second session): each gives the answer of the slower
way it replaces. The old way is copied here as the reference and compared with the new one on
the lines of the example letters and on lines written for these tests.

- ``paragraphs.heading_line`` (DD115 and DD116: is a line a heading above text or a list?) asks
  the cheap questions first: a line of more than ``10 * max_words`` characters, or one that ends
  as a sentence or with a comma, is no heading whatever its words; only the other lines have
  their words found. Before, every line with a capital had its words found first, also a whole
  paragraph written as one line."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from duidelijk.rules import paragraphs
from duidelijk.structure import LIST_ITEM

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.*"))

# lines written for these tests: headings, questions above a list or a sentence, lead-ins with a
# colon, sentences with and without their full stop, list items, long lines, empty lines
LINES = [
    "Behandeling van uw klacht",
    "U verhuist naar een zorginstelling",
    "Wat is het probleem?",
    "- Lamp doet het niet",
    "* De straat is donker",
    "Heeft u vragen?",
    "Bel ons dan.",
    "U hebt nodig:",
    "Dit geldt ook voor uw partner",
    "Wij weten dat dit lastig is",
    "U heeft nodig",
    "Wat kost het",
    "Hoe lang duurt het?",
    "Wie kan helpen? Wij!",
    "Vragen? Bel ons?",
    "Uw gegevens,",
    "Met vriendelijke groet,",
    "Zie de bijlage (pagina 2).",
    "Lees dit eerst!",
    "Let op;",
    "Het besluit…",
    "Wij hebben uw aanvraag ontvangen. U hoort binnen zes weken van ons.",
    "wij sturen u een brief",
    "",
    "   ",
    "  Ingesprongen kopje  ",
    "Een kopje met veel woorden dat net niet te lang is hier",
    "Een kopje met tien woorden dat nu te lang is",
    "Vraag?)",
    "\"Wat nu?\"",
    "Kosten 2024",
    "Dit is een hele lange regel zonder punt aan het eind die doorgaat en doorgaat en doorgaat "
    "en doorgaat tot ver voorbij de grens van tachtig tekens",
    "Een regel van precies tachtig tekens, zonder punt aan het eind, en met een komma",
    "Wat is er met mijn aanvraag gebeurd en wanneer hoor ik er meer over van jullie?",
]


def _old_heading_line(line: str, next_line: str, question: bool = True,
                      max_words: int = paragraphs.HEADING_WORDS) -> bool:
    """``paragraphs.heading_line`` as it was before this session."""
    text, after = line.strip(), next_line.strip()
    if not text or not after or LIST_ITEM.match(line) or not text[:1].isupper():
        return False
    if not 0 < len(paragraphs.WORD.findall(text)) <= max_words or len(text) > 10 * max_words:
        return False
    if text.endswith("?"):
        return question and bool(LIST_ITEM.match(next_line)) and "?" not in text[:-1]
    return (not paragraphs.LINE_ENDS_SENTENCE.search(text) and not text.endswith(",")
            and not paragraphs._sentence_start(text, next_line))


def _example_pairs() -> list[tuple[str, str]]:
    pairs = []
    for path in EXAMPLES:
        lines = path.read_text(encoding="utf-8").split("\n")
        pairs += list(zip(lines, lines[1:]))
    return pairs


@pytest.mark.parametrize("question", [True, False])
@pytest.mark.parametrize("max_words", [1, 2, paragraphs.HEADING_WORDS, 2 * paragraphs.HEADING_WORDS])
def test_heading_line_gives_the_old_answer(question, max_words):
    pairs = list(itertools.product(LINES, repeat=2)) + _example_pairs()
    answers = [(paragraphs.heading_line(a, b, question, max_words), _old_heading_line(a, b, question, max_words))
               for a, b in pairs]
    assert [new for new, _ in answers] == [old for _, old in answers]
    if max_words >= paragraphs.HEADING_WORDS:
        assert any(old for _, old in answers) and not all(old for _, old in answers)  # both answers seen


def test_heading_line_both_ways():
    # a heading above text, a short question above a list: yes
    assert paragraphs.heading_line("Behandeling van uw klacht", "Wij hebben uw klacht ontvangen.")
    assert paragraphs.heading_line("Wat is het probleem?", "- Lamp doet het niet")
    assert paragraphs.heading_line("Een kopje met veel woorden dat net niet te lang is hier", "Tekst.",
                                   max_words=16)
    # a sentence, a lead-in with a colon, a line with a comma, a question above a sentence, a
    # line too long or with too many words: no
    assert not paragraphs.heading_line("Wij hebben uw klacht ontvangen.", "Wij bellen u.")
    assert not paragraphs.heading_line("U hebt nodig:", "- uw paspoort")
    assert not paragraphs.heading_line("Met vriendelijke groet,", "Jan de Vries")
    assert not paragraphs.heading_line("Heeft u vragen?", "Bel ons dan.")
    assert not paragraphs.heading_line("Vragen? Bel ons?", "- 14 053")
    assert not paragraphs.heading_line("Een kopje met tien woorden dat nu te lang is", "Tekst.")
    assert not paragraphs.heading_line(LINES[31], "Tekst.", max_words=16)  # 145 characters, no mark


def test_page_gives_the_old_answer():
    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES]
    texts += ["\n".join(LINES), "\n".join(reversed(LINES)), "Wij hebben uw brief ontvangen.\nWij bellen u."]
    for text in texts:
        lines = [line for line in text.split("\n") if line.strip()]
        assert paragraphs._page(text) == any(_old_heading_line(a, b) for a, b in zip(lines, lines[1:]))
    assert paragraphs._page("Behandeling van uw klacht\nWij hebben uw klacht ontvangen.")
    assert not paragraphs._page("Wij hebben uw brief ontvangen.\nWij bellen u.")
