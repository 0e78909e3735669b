"""DD103: officialese and legal terms of municipal letters added in the thirty-sixth session
(rules36e helper): formal adverbs and degree phrases, legal nouns and verbs of decisions,
payments and personal data, letter phrases with 'schrijven', and (second round) adverbs
such as 'gemakshalve' and 'zo nodig'. Each entry has a
sentence that must be found; where the word has an everyday sense or stands in a fixed
expression, a sentence that must stay quiet. Sentences written for these tests."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def found(check, text, span):
    return [f for f in dd103(check, text) if f.text.lower() == span.lower()]


@pytest.mark.parametrize("text, span, suggestion", [
    ("Een hogere huur betekent niet noodzakelijkerwijs dat u meer toeslag krijgt.", "noodzakelijkerwijs", "altijd"),
    ("Wij hebben het plan derwijze aangepast dat de bomen kunnen blijven staan.", "derwijze", "zo"),
    ("Wij sturen u desverlangd een papieren formulier.", "desverlangd", None),
    ("De woning is in onvoldoende mate onderhouden.", "in onvoldoende mate", "niet genoeg"),
    ("De overlast neemt de laatste jaren in afnemende mate toe.", "in afnemende mate", "steeds minder"),
    ("Gesprekken met de GGD bepalen in grote mate de regels.", "in grote mate", "grotendeels"),
    ("Menigeen vindt het formulier lastig.", "menigeen", "Veel mensen"),
    ("Een vergoeding van de reiskosten is evenmin mogelijk.", "evenmin", "ook niet"),
    ("Wij kunnen uw uitkering tussentijds aanpassen.", "tussentijds", "tussendoor"),
    ("De aanvragen worden achtereenvolgens behandeld.", "achtereenvolgens", "na elkaar"),
    ("U krijgt een kwitantie als u contant betaalt.", "kwitantie", "betaalbewijs"),
    ("U kunt de afschrijving binnen acht weken storneren.", "storneren", "terugboeken"),
    ("Wij verwerken uw persoonsgegevens volgens de wet.", "verwerken", "gebruiken"),
    ("Wij betalen het bedrag onder aftrek van de kosten.", "onder aftrek van", "min"),
    ("U moet een bedrag ad € 50 betalen.", "ad", "van"),
    ("Wij nemen dit besluit ex artikel 4:5 van de wet.", "ex artikel", None),
    ("Met deze verbintenis belooft u de lening terug te betalen.", "verbintenis", "afspraak"),
    ("U moet het formulier waarheidsgetrouw invullen.", "waarheidsgetrouw", "eerlijk"),
    ("In ons schrijven van 4 maart vroegen wij om uw loonstroken.", "in ons schrijven", "In onze brief"),
    ("Met dit schrijven laten wij u weten dat uw aanvraag klaar is.", "met dit schrijven", "Met deze brief"),
    ("Wij noemen dit gemakshalve de regeling.", "gemakshalve", "voor het gemak"),
    ("Voorafgaandelijk moet u zich aanmelden.", "voorafgaandelijk", "Vooraf"),
    ("Wij nemen zo nodig contact met u op.", "zo nodig", "als het nodig is"),
])
def test_found_with_plain_word(check, text, span, suggestion):
    hits = found(check, text, span)
    assert hits, (text, [f.text for f in dd103(check, text)])
    if suggestion is not None:
        assert hits[0].suggestions and hits[0].suggestions[0] == suggestion, hits[0].suggestions


@pytest.mark.parametrize("text, span", [
    # explained only: the plain form needs another sentence ("of uw gegevens kloppen")
    ("Wij controleren de juistheid van uw gegevens.", "juistheid"),
    ("Wij hebben uw aanvraag beoordeeld op volledigheid.", "volledigheid"),
    ("Menig inwoner heeft last van de bouw.", "menig"),
    ("De rechter heeft het besluit van de gemeente vernietigd.", "vernietigd"),
    ("Na de vernietiging van het besluit krijgt u een nieuw besluit.", "vernietiging"),
    ("Verzoekster heeft op 3 mei bezwaar gemaakt.", "verzoekster"),
    ("Alle stemgerechtigde inwoners krijgen een stempas.", "stemgerechtigde"),
    ("De notaris verlijdt de akte volgende week.", "verlijdt"),
])
def test_found_explained(check, text, span):
    assert found(check, text, span), (text, [f.text for f in dd103(check, text)])


@pytest.mark.parametrize("text, word", [  # word: the span a wrong finding would have
    # 'verwerken' is officialese only with data; grief, material, or 'in'/'tot' is everyday Dutch
    ("Hij moest het verlies van zijn vrouw nog verwerken.", "verwerken"),
    ("De kunstenaar verwerkt oud hout in zijn beelden.", "verwerkt"),
    ("De gegevens worden na controle verwerkt in de registratie.", "verwerkt"),
    ("Wij verwerken het gft-afval tot compost.", "verwerken"),
    # 'vernietigen' of things, not of a decision
    ("De kinderen vernietigden het zandkasteel.", "vernietigden"),
    ("Wij vernietigen uw oude paspoort na de aanvraag.", "vernietigen"),
    # 'evenmin als' compares
    ("Hij kon het evenmin als zijn broer.", "evenmin"),
    # 'zo nodig hebben': want something badly
    ("Waarom moet hij dat zo nodig hebben?", "zo nodig"),
    # 'ons/dit schrijven' as a verb
    ("U kunt ons schrijven via het contactformulier.", "ons schrijven"),
    ("Dit schrijven wij u omdat uw aanvraag niet compleet is.", "dit schrijven"),
])
def test_everyday_sense_quiet(check, text, word):
    spans = [f.text.lower() for f in dd103(check, text)]
    assert word not in spans, (text, spans)
