"""Twentieth session (fix20b): review fixes of the DD103 'dienen te' rewrite, the names of
schemes, salutations and tags in .po files. Own sentences (most of them the reviewer's), both
ways."""

import pytest


def found(check, text, code="DD103"):
    return [f for f in check(text, select=["DD103", "DD104", "DD105"]).findings if f.code == code]


def modal(check, text):
    """The 'dienen/behoren/wensen te' finding of the sentence: (span, first suggestion)."""
    return [(f.text, f.suggestions[:1]) for f in found(check, text)
            if f.text.split()[0].lower() in {"dient", "dienen", "behoort", "wenst", "gelieve"}]


@pytest.mark.parametrize("text, span, rewrite", [
    # a te-infinitive after 'zonder', 'alvorens', 'teneinde', 'door', 'in plaats van' is a clause
    # of its own: 'dienen' does not govern it, and its 'te' stays
    ("U dient de vragen eerlijk te beantwoorden, zonder iets weg te laten.",
     "dient de vragen eerlijk te beantwoorden", "moet de vragen eerlijk beantwoorden"),
    ("U dient het bezwaar schriftelijk in te dienen, in plaats van ons te bellen.",
     "dient het bezwaar schriftelijk in te dienen", "moet het bezwaar schriftelijk indienen"),
    ("U dient het formulier te ondertekenen, alvorens het op te sturen.",
     "dient het formulier te ondertekenen", "moet het formulier ondertekenen"),
    ("U behoort het geld terug te storten, teneinde een boete te voorkomen.",
     "behoort het geld terug te storten", "moet het geld terugstorten"),
    ("U dient zich aan te melden, door het formulier op de website in te vullen.",
     "dient zich aan te melden", "moet zich aanmelden"),
    ("U dient het formulier in te vullen en op te sturen, zonder de bijlagen te vergeten.",
     "dient het formulier in te vullen en op te sturen", "moet het formulier invullen en opsturen"),
    # 'te weten' is 'namelijk', no infinitive the modal governs
    ("U dient de formulieren in te vullen en de kosten, te weten 50 euro, te betalen.",
     "dient de formulieren in te vullen", "moet de formulieren invullen"),
])
def test_dienen_te_leaves_a_te_clause_of_its_own(check, text, span, rewrite):
    assert modal(check, text) == [(span, [rewrite])]


def test_dienen_te_still_takes_the_joined_infinitives(check):
    assert modal(check, "U dient de brief te lezen, te tekenen en terug te sturen.") == [
        ("dient de brief te lezen, te tekenen en terug te sturen", ["moet de brief lezen, tekenen en terugsturen"])]
    # 'dan' after a comparative joins the other side of the comparison
    assert modal(check, "U dient liever te bellen dan te mailen.") == [
        ("dient liever te bellen dan te mailen", ["moet liever bellen dan mailen"])]
    # 'dan' without a comparative before it: the old finding
    assert modal(check, "U dient het formulier in te vullen en op te sturen.")[0][1] == [
        "moet het formulier invullen en opsturen"]


def test_gelieve_keeps_its_rewrite_before_a_clause_of_its_own(check):
    assert modal(check, "Gelieve het formulier in te vullen, zonder iets over te slaan.") == [
        ("Gelieve het formulier in te vullen", ["Vul het formulier in"])]
    assert modal(check, "Gelieve de vragen eerlijk te beantwoorden, zonder iets over te slaan.") == [
        ("Gelieve de vragen eerlijk te beantwoorden", ["Beantwoord de vragen eerlijk"])]
    # joined infinitives: each its own instruction, still no rewrite
    assert modal(check, "Gelieve het formulier in te vullen en op te sturen.")[0][1] == []


def test_a_word_after_a_preposition_or_before_a_cluster_is_no_particle(check):
    # 'naar binnen': 'binnen' is the object of 'naar', not a particle of 'nemen'
    assert modal(check, "U dient uw fiets in het rek te zetten, of hem mee naar binnen te nemen.")[0][1] == [
        "moet uw fiets in het rek zetten, of hem mee naar binnen nemen"]
    # 'los te laten lopen': the particle stays apart in a verb cluster ('los laten lopen')
    assert modal(check, "U dient de hond los te laten lopen.") == [("dient de hond los te laten", ["moet de hond los laten"])]
    assert modal(check, "U dient de hond aan te lijnen en hem niet los te laten lopen.")[0][1] == [
        "moet de hond aanlijnen en hem niet los laten"]
    # a particle straight before 'te' is still glued on
    assert modal(check, "U dient de hond aan te lijnen.") == [("dient de hond aan te lijnen", ["moet de hond aanlijnen"])]


def test_the_dienen_of_indienen_is_no_modal(check):
    # 'in te dienen' is an infinitive: no second, overlapping 'dienen ... te' finding
    spans = [f.text for f in found(check, "U dient het bezwaar in te dienen, bij voorkeur digitaal te ondertekenen "
                                          "en de bijlagen mee te sturen.")]
    assert not any(s.startswith("dienen") for s in spans), spans
    assert any(s.startswith("dient het bezwaar in te dienen") for s in spans), spans


@pytest.mark.parametrize("text, word", [
    # '-verlening' is no 'lening': the compound's head by the splitter, not by its letters
    ("Schuldhulpverlening gemeente Utrecht", "Schuldhulpverlening"),
    ("Dienstverlening digitale balie", "Dienstverlening"),
    # 'voorziening' as a compound's head names a facility as often: green space is no scheme
    ("Groenvoorziening openbare ruimte", "Groenvoorziening"),
    # a bare noun phrase of time says when, not which scheme
    ("Kwijtschelding volgend jaar opnieuw aanvragen", "Kwijtschelding"),
    ("Ontheffing komend weekend nodig? Vraag die op tijd aan.", "Ontheffing"),
    ("Vrijstelling vorig jaar verlopen? Dan krijgt u een nieuwe brief.", "Vrijstelling"),
    ("Compensatie wachttijd bij de balie is niet mogelijk.", "Compensatie"),
])
def test_a_word_that_heads_no_schemes_name_keeps_its_finding(check, text, word):
    # with the list's mild words too ('compensatie' is mild since mild20): the name test holds for them
    report = check(text, select=["DD103", "DD104", "DD105"], rules={"DD103": {"mild": True}})
    assert word in [f.text for f in report.findings if f.code == "DD103"]


@pytest.mark.parametrize("text", [
    "Tegemoetkoming eigen risico",
    "Vraag de Tegemoetkoming kinderopvang op tijd aan.",
    "Kwijtschelding gemeentelijke belastingen",
])
def test_the_head_of_a_schemes_name_is_still_left_alone(check, text):
    assert not found(check, text)


def test_a_tax_that_heads_a_schemes_name_is_a_field_term_there(check):
    # since fix44b the name of a tax on the bill ('afvalstoffenheffing') is a field term: the reader
    # must recognise it, so the writer explains it once; no plain word is asked for
    dd103 = found(check, "Afvalstoffenheffing eigenaren woningen")
    assert dd103
    assert all("vakwoord" in f.message and "Leg het" in f.message and not f.suggestions for f in dd103)
    assert not any("Kies een gewoon woord" in f.message for f in dd103)


def test_a_schemes_head_by_the_compound_splitter():
    from duidelijk.names import is_scheme_head
    for word in ("zorgtoeslag", "studielening", "afvalstoffenheffing", "precariobelasting", "kwijtschelding"):
        assert is_scheme_head(word), word
    for word in ("dienstverlening", "schuldhulpverlening", "verlening", "verkorting", "ontregeling",
                 "overbelasting", "geluidsbelasting", "groenvoorziening", "rechtsbijstand"):
        assert not is_scheme_head(word), word


# --- salutations -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Geachte patiënt,",  # 'ë' counts as 'e': -ent
    "Geachte mede-eigenaar,",  # a hyphen inside the noun
    "Beste nieuwe bewoner,",  # an adjective before the reader
    "Geachte behandelaar,",
])
def test_more_readers_after_a_greeting_are_a_salutation(line):
    from duidelijk.structure import is_salutation
    assert is_salutation(line)


@pytest.mark.parametrize("line", [
    # a wrapped line of a paragraph: 'beste' in lower case is 'best', no greeting
    "beste aannemer, zodat de verbouwing van uw woning op tijd klaar is.",
    "beste aannemer,",
    "beste vervoerder,",
    "beste nieuwe klanten,",
    # the same for a title word after an everyday greeting word in lower case
    "dag ondernemers,",
    "beste klanten, want dan",
])
def test_a_lower_case_beste_before_a_person_is_no_salutation(line):
    from duidelijk.structure import is_salutation
    assert not is_salutation(line)


def test_a_greeting_in_lower_case_that_is_no_everyday_word_stays(check):
    from duidelijk.structure import is_salutation
    assert is_salutation("hallo allemaal,") and is_salutation("Dag ondernemers,") and is_salutation("Beste klanten,")


def test_a_wrapped_paragraph_stays_one_paragraph(check):
    text = ("In de wijk verandert het ophalen van afval. Men kan de nieuwe container ophalen bij de "
            "milieustraat. De gemeente zoekt de\nbeste vervoerder, zodat het ophalen goed gaat.")
    # no letter with a salutation: DD111 offers 'mensen' as in any other text
    messages = [f.message for f in check(text, select=["DD111"]).findings]
    assert messages and "'mensen'" in messages[0], messages
    doc = check("Wij zoeken samen met u de\nbeste aannemer, zodat de verbouwing van uw woning op tijd klaar is.",
                select=["DD111"]).document
    assert [b.kind for b in doc.blocks] == ["paragraph"], [b.kind for b in doc.blocks]


def test_geachte_before_a_patient_is_no_officialese(check):
    text = "Geachte patiënt,\n\nU kunt de uitslag ophalen bij de balie."
    assert not found(check, text)


# --- tags in a .po msgstr ------------------------------------------------------------------------

PO_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def po_text(entry: str) -> str:
    from duidelijk.readers import read_bytes
    return read_bytes((PO_HEAD + entry).encode(), "django.po", language_check=False).text


def test_a_less_than_sign_in_text_is_no_tag():
    # no tag runs over a line end, and a tag's name is followed by a space, '/' or '>'
    text = po_text('msgid "a"\nmsgstr "Het eerste getal (x<y) is klein.\\nHet tweede getal (y>x) is groot."\n')
    assert "Het eerste getal (x<y) is klein." in text and "Het tweede getal (y>x) is groot." in text
    text = po_text('msgid "b"\nmsgstr ""\n"Kies een getal tussen 1 en 9 (a<b). "\n"Meer dan 9 (b>a) mag niet."\n')
    assert "Kies een getal tussen 1 en 9 (a<b). Meer dan 9 (b>a) mag niet." in text


def test_real_tags_are_still_dropped():
    text = po_text('msgid "c"\nmsgstr ""\n"Lees <a class=\\"link\\" "\n"href=\\"%(url)s\\">de regels</a> goed.<br/>Dank u."\n')
    assert "<" not in text and "class" not in text
    assert "Lees de regels goed." in text and "Dank u." in text


def test_a_noun_in_ing_at_the_start_of_a_heading_is_no_verb(check):
    # 'Groenvoorziening' is the noun of 'voorzien', no stem of a verb: 'groen' is offered as it is
    hits = [f for f in found(check, "Groenvoorziening openbare ruimte") if f.text == "Groenvoorziening"]
    assert hits and hits[0].suggestions[:1] == ["Groen"], [f.suggestions for f in hits]
    from duidelijk.rules.jargon import stem_form
    assert not stem_form("voorziening") and not stem_form("groenvoorziening")
    assert stem_form("verleen") and stem_form("bedwing")
