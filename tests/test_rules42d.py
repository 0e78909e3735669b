"""rules42d: DD103 findings that gave no usable plain word.

- a participle at the start of a line is no bare stem (no order): "Geregistreerd op 5 mei"
  takes the participle of the plain verb ("Vastgelegd"), while a real stem stays an order;
- "persoonsgegevens" with its owner said ("uw", "de ... van uw kind") is "gegevens"; without
  an owner the plain words stay a hint;
- "vaststellen" reads its object through a relative pronoun and takes a clause of which
  measure or answer ("vaststellen hoe groot", "of") as the sense of 'bepalen';
- the other sense of "afhandelen" (a request or complaint: decided) and "vaststellen" (a plan:
  adopted) names a plain word as a hint, not none.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules.jargon import stem_form


def dd103(text: str) -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [(text[f.start:f.end], f.suggestions, f.message) for f in report.findings if f.code == "DD103"]


def one(text: str, span: str):
    found = [f for f in dd103(text) if f[0] == span]
    assert found, dd103(text)
    return found[0]


@pytest.mark.parametrize("word", ["geregistreerd", "bepaald", "gestuurd"])
def test_participle_is_no_stem(word):
    assert not stem_form(word)


@pytest.mark.parametrize("word", ["vermeld", "geef", "gebruik", "verleen", "gebied", "betaal"])
def test_real_stems_stay(word):
    assert stem_form(word)


def test_participle_line_gets_participle():
    _, suggestions, _ = one("Geregistreerd op 5 mei", "Geregistreerd")
    assert suggestions and suggestions[0] == "Vastgelegd"


def test_participle_in_sentence_unchanged():
    _, suggestions, _ = one("Wij hebben uw adres geregistreerd.", "geregistreerd")
    assert suggestions[0] == "vastgelegd"


@pytest.mark.parametrize("text", ["Kon uw persoonsgegevens niet laden.", "Uw persoonsgegevens zijn veilig.",
                                  "Wij bewaren de persoonsgegevens van uw kind.",
                                  "Log in om je persoonsgegevens aan de app toe te voegen."])
def test_owned_personal_data(text):
    span = "Persoonsgegevens" if text.startswith("Persoons") else "persoonsgegevens"
    _, suggestions, message = one(text, span)
    assert suggestions == ["gegevens"]
    assert "'gegevens'" in message


@pytest.mark.parametrize("text, hint", [
    # no owner and no reader in the sentence: data about people in general (fix44f), not 'over u'
    ("In deze codes staan geen persoonsgegevens.", "gegevens over mensen"),
    # the reader is in the sentence ('je'): the reader's own data may be meant
    ("Heb je persoonsgegevens gedeeld?", "gegevens over u"),
])
def test_personal_data_without_owner_stays_hint(text, hint):
    _, suggestions, message = one(text, "persoonsgegevens")
    assert suggestions == []
    assert hint in message


@pytest.mark.parametrize("text,span,form", [
    ("Dit zijn maten die op verschillende manieren vaststellen hoe groot de fout is.", "vaststellen", "bepalen"),
    ("Wij gaan vaststellen hoeveel toeslag u krijgt.", "vaststellen", "bepalen"),
    ("De termijn die wij hebben vastgesteld, is zes weken.", "vastgesteld", "bepaald"),
    ("De hoogte van de boete wordt later vastgesteld.", "vastgesteld", "bepaald"),
])
def test_vaststellen_measure_sense(text, span, form):
    _, suggestions, _ = one(text, span)
    assert suggestions == [form]


@pytest.mark.parametrize("text,span", [
    ("Het plan dat het college heeft vastgesteld, ligt klaar.", "vastgesteld"),
    ("Het college heeft het plan vastgesteld.", "vastgesteld"),
])
def test_vaststellen_adopted_sense(text, span):
    _, suggestions, message = one(text, span)
    assert suggestions == []
    assert "'goedkeuren'" in message and "'bepalen'" not in message


def test_vaststellen_fact_keeps_no_bepalen():
    # "vaststellen dat": a fact found, no 'bepalen' (which would decide it)
    found = dd103("De arts heeft vastgesteld dat u ziek bent.")
    assert found and all("bepaal" not in " ".join(s) and "'bepalen'" not in m for _, s, m in found)


@pytest.mark.parametrize("text,span", [
    ("Een aanvraag handelen wij meestal binnen 6 weken af.", "handelen"),
    ("Wij hebben uw aanvraag afgehandeld.", "afgehandeld"),
])
def test_afhandelen_request_hint(text, span):
    _, suggestions, message = one(text, span)
    assert suggestions == []
    assert "'een besluit nemen over'" in message and "regel" not in message


@pytest.mark.parametrize("text,span", [
    ("Een klacht handelen wij meestal binnen 6 weken af.", "handelen"),
    ("Wij hebben uw klacht afgehandeld.", "afgehandeld"),
])
def test_afhandelen_complaint_no_decision(text, span):
    # a complaint gets an answer, not a decision (judge42b): no 'een besluit nemen over'
    _, suggestions, message = one(text, span)
    assert suggestions == [] and "besluit" not in message


def test_afhandelen_other_object_keeps_regelen():
    _, _, message = one("Wij handelen de post af.", "handelen")
    assert "'regelen'" in message


@pytest.mark.parametrize("text,span,form", [
    ("Ik heb bij de balie geïnformeerd naar mijn aanvraag.", "geïnformeerd", "gevraagd"),
    ("Wij hebben geïnformeerd naar de kosten.", "geïnformeerd", "gevraagd"),
    ("Hij informeert naar uw gezondheid.", "informeert naar", "vraagt naar"),
])
def test_informeren_naar_asks(text, span, form):
    _, suggestions, message = one(text, span)
    assert suggestions == [form]
    assert "hoogte" not in message and "laten weten" not in message


def test_informeren_over_keeps_telling_sense():
    _, suggestions, _ = one("Wij hebben u geïnformeerd over de regels.", "geïnformeerd")
    assert suggestions == ["op de hoogte gebracht"]


def test_zich_informeren_no_telling_hint():
    found = dd103("U kunt zich op onze website informeren over de regels.")
    assert found and all("laten weten" not in m for _, _, m in found)
    assert any("te weten komen" in m for _, _, m in found)


def test_informeren_after_other_naar_still_found():
    # 'naar' of "Naar aanleiding van" is not that of "informeren naar"
    _, _, message = one("Naar aanleiding van uw vraag informeren wij u over de regels.", "informeren")
    assert "laten" in message and "vragen" not in message


@pytest.mark.parametrize("text,span,hint", [
    ("Wij informeren u zo snel mogelijk.", "informeren", "'laten ... weten'"),
    ("Hij informeert zijn buren.", "informeert", "'laat ... weten'"),
])
def test_split_hint_main_clause(text, span, hint):
    _, suggestions, message = one(text, span)
    assert suggestions == []
    assert hint in message


@pytest.mark.parametrize("text,span", [
    ("Je hebt afgesproken dat jij je buren informeert.", "informeert"),
    ("Wij zullen u informeren over de uitslag.", "informeren"),
])
def test_no_split_hint_where_verbs_stay_together(text, span):
    _, _, message = one(text, span)
    assert "..." not in message and "'laten weten'" in message


@pytest.mark.parametrize("text,span,form", [
    ("Het is niet goed vast te stellen hoe het model tot een uitkomst is gekomen.", "vast te stellen", "uit te zoeken"),
    ("We kunnen niet vaststellen wie de gebruikers zijn.", "vaststellen", "uitzoeken"),
    ("Wij moeten eerst vaststellen of u recht heeft op toeslag.", "vaststellen", "uitzoeken"),
])
def test_vaststellen_question_is_found_out(text, span, form):
    # a question that is found out, not decided: "bepalen wie" would choose who
    _, suggestions, message = one(text, span)
    assert suggestions == [form]
    assert "bepalen" not in message


def test_vaststellen_question_split_verb_hint():
    _, suggestions, message = one("Wij stellen vast of u recht heeft op toeslag.", "stellen")
    assert suggestions == [] and "'uitzoeken'" in message


def test_afhandelen_report_no_decision_hint():
    # a report ("melding") is dealt with, no decision is taken on it
    _, _, message = one("Wij hebben uw melding afgehandeld.", "afgehandeld")
    assert "besluit" not in message and "regel" not in message
