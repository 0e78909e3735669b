"""Thirty-first session (mend31c): mends of review rev31c in DD103 and DD104. Own sentences,
both ways; each must-fire or must-not-fire case failed before its mend."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def flagged(check, text, word):
    return any(word in f.text.lower() for f in dd103(check, text))


# --- 1. 'aangeven' of people counted, or of a person in '-meter' -------------------------------

@pytest.mark.parametrize("text, found", [
    ("Een groot aantal bewoners geeft aan dat zij overlast hebben.", True),
    ("Een klein percentage van de ouders geeft aan dat hun kind gepest wordt.", True),
    ("Twintig procent van de huurders geeft aan dat de woning te koud is.", True),
    ("Een aantal ouders geeft aan dat zij het schoolplein te klein vinden.", True),
    ("De landmeter geeft aan waar de nieuwe grens van het perceel komt.", True),
    # the measure itself: definite, or no people after it
    ("Het aantal zieke leerlingen geeft aan hoe erg de griep is.", False),
    ("Het percentage van de huurders met een schuld geeft aan hoe arm de buurt is.", False),
    ("De watermeter geeft aan hoeveel water u gebruikt.", False),
    ("De thermometer geeft aan hoe koud het buiten is.", False),
])
def test_people_counted_or_a_person_tell(check, text, found):
    assert flagged(check, text, "geeft") == found, text


# --- 2. 'geen sprake van (dat)': out of the question, no 'er is ...' -------------------------

@pytest.mark.parametrize("text, found", [
    ("Er is geen sprake van dat de bibliotheek sluit.", False),
    ("Daar is natuurlijk geen sprake van.", False),
    ("Hier is geen sprake van, dat beloven wij.", False),
    ("Daarvan is natuurlijk geen sprake.", False),  # the same with 'daarvan' in front (mend31d)
    # there is none of it: 'Er is geen vertraging' is the right advice
    ("Er is geen sprake van vertraging bij de bouw.", True),
    ("Als er sprake is van overlast, kunt u ons bellen.", True),
])
def test_out_of_the_question(check, text, found):
    assert flagged(check, text, "sprake") == found, text


# --- 3. a particle before 'welke' is not the verb's preposition ------------------------------

def quoted(check, text):
    return [f.text.lower() for f in dd103(check, text)]


@pytest.mark.parametrize("text, expected, wrong", [
    ("Geef aan welke leerlingen voldoen aan de voorwaarden.", "voldoen aan", "aan welke leerlingen voldoen"),
    ("Kruis aan welke huizen voldoen aan de nieuwe eisen.", "voldoen aan", "aan welke huizen voldoen"),
])
def test_particle_before_which_is_no_preposition(check, text, expected, wrong):
    found = quoted(check, text)
    assert expected in found and wrong not in found, (text, found)


@pytest.mark.parametrize("text, expected", [
    ("Wij vragen u tot welke doelgroep uw kind behoort.", "tot welke doelgroep uw kind behoort"),
    ("Vertel ons aan welke eisen uw aanbouw voldoet.", "aan welke eisen uw aanbouw voldoet"),
])
def test_embedded_question_keeps_its_preposition(check, text, expected):
    assert expected in quoted(check, text), text


# --- 4. a share of all, but the sentence compares: 'vergeleken met' stays -------------------

def advice(check, text):
    return " ".join(f.message for f in dd103(check, text) if "opzichte" in f.text.lower())


@pytest.mark.parametrize("text, compares", [
    ("Het percentage werklozen is gedaald ten opzichte van alle jaren hiervoor.", True),
    ("Dit jaar kwamen er 5 procent minder klachten ten opzichte van het hele jaar 2025.", True),
    ("Het percentage daklozen nam af ten opzichte van het hele vorige jaar.", True),
    # a part against its whole: no comparing word
    ("Hoeveel procent van de woningen is verhuurd ten opzichte van alle woningen?", False),
])
def test_share_of_all_or_a_comparison(check, text, compares):
    assert ("vergeleken met" in advice(check, text)) == compares, text


# --- 5. rows whose advice was wrong Dutch in common uses -------------------------------------

def messages(check, text):
    return " ".join(f.message for f in dd103(check, text))


@pytest.mark.parametrize("text, good, bad", [
    ("Deze rekening is afkomstig van de belastingdienst.", "komen van", "'uit'"),
    ("Het water in de vijver is afkomstig uit de rivier.", "komen uit", "'van'"),
    ("Wilt u zich op maandag presenteren bij de receptie?", "melden", "zien"),
    ("Wij zijn erop gericht uw aanvraag binnen een week te behandelen.", "willen", "moeten"),
])
def test_advice_fits_the_use(check, text, good, bad):
    said = messages(check, text)
    assert good in said and bad not in said, (text, said)


@pytest.mark.parametrize("text, good", [
    ("Op de avond presenteren wij het nieuwe plan voor de wijk.", "laten zien"),
    ("Deze regels zijn erop gericht om de wijk schoon te houden.", "moeten"),
])
def test_advice_of_a_thing_stays(check, text, good):
    # in a main clause the two-verb hint stands in the sentence's form ('laten ... zien', rules42d)
    said = messages(check, text)
    assert good in said or good.replace(" ", " ... ", 1) in said, text


# --- 6. DD104: a quoted term tagged a name is judged as a noun throughout; token 0 ------------

def test_quoted_name_asks_the_noun_obstacle(check, monkeypatch):
    from duidelijk.rules import difficult_words

    asked = []
    real = difficult_words.DifficultWord.first_obstacle

    def record(self, low, pos, verdicts):
        asked.append((low, pos))
        return real(self, low, pos, verdicts)

    monkeypatch.setattr(difficult_words.DifficultWord, "first_obstacle", record)
    check("Kies ‘Borstprothesen’ in het menu.", select=["DD104"])  # the tagger: a name
    assert ("borstprothesen", "NOUN") in asked and not any(pos == "PROPN" for _, pos in asked), asked


def test_first_token_is_not_read_after_the_last(check, monkeypatch):
    from duidelijk.rules import difficult_words

    at = []
    real = difficult_words.quoted_start

    def record(doc, i):
        at.append(i)
        return real(doc, i)

    monkeypatch.setattr(difficult_words, "quoted_start", record)
    check("Janssen schreef ons: ‘", select=["DD104"])
    assert 0 not in at, at
