"""DD112 of the forty-second session (rules42b). Sentences written for these tests.

Letters that most adults in the Netherlands know because the letters themselves are spoken in
daily life and on the national news ("het RIVM", "in de WW", "de WOZ-waarde", "naar de havo")
need no full name: ``wordlists/everyday_abbreviations.tsv``, with its criterion at the top. The
letters of bodies, laws and schemes that only those who deal with them know ("de SVB", "de
Wmo", "het LCPS") are still asked about. With ``strict_everyday`` on, the list is not read."""

from conftest import codes

STRICT = {"DD112": {"strict_everyday": True}}


def spans(check, text, **settings):
    return [text[f.start:f.end] for f in codes(check(text, select="DD112", **settings), "DD112")]


def test_the_list_has_its_criterion_and_source():
    from duidelijk.wordlists import wordlist_dir

    head = (wordlist_dir() / "everyday_abbreviations.tsv").read_text(encoding="utf-8").split("\nabbreviation\t")[0]
    assert "# Criterion:" in head and "# Source: own work" in head


def test_national_bodies_from_the_news_need_no_full_name(check):
    text = ("Het RIVM meldt vandaag nieuwe cijfers. Volgens het CBS stijgen de prijzen. "
            "Het KNMI geeft code oranje af. Uw rijexamen doet u bij het CBR.")
    assert spans(check, text) == []


def test_everyday_letters_of_money_work_and_school(check):
    text = ("De WOZ-waarde van uw huis is gestegen. Na uw ontslag krijgt u misschien WW. "
            "Uw loon staat in de cao. Uw dochter gaat naar de HAVO en daarna naar het hbo.")
    assert spans(check, text) == []


def test_everyday_letters_joined_to_a_word(check):
    # before a hyphen or with an ending, the same letters: no full name either
    text = "Vraag een WW-uitkering aan. Bent u zzp'er? Lees dan de cao's van uw sector."
    assert spans(check, text) == []


def test_everyday_letters_in_a_heading(check):
    assert spans(check, "Klantapplicatie WW\n\nHier ziet u uw uitkering.") == []


def test_letters_only_some_readers_know_are_still_asked(check):
    # a body, a law, a scheme: known to those who deal with them, not to most adults
    text = "Het LCPS verdeelt de patiënten. De SVB betaalt de kinderbijslag. Vraag hulp via de Wmo."
    assert spans(check, text) == ["LCPS", "SVB", "Wmo"]


def test_unknown_letters_next_to_everyday_ones_are_still_asked(check):
    # a known body in the list does not explain the letters next to it
    text = "De cijfers komen van het RIVM en het LCPS."
    assert spans(check, text) == ["LCPS"]


def test_a_listed_term_that_is_not_everyday_keeps_its_full_name(check):
    report = check("Uw aanvraag ligt bij het CAK.", select="DD112")
    found = codes(report, "DD112")
    assert [f.message for f in found] == ["Schrijf 'CAK' de eerste keer voluit: Centraal Administratie Kantoor (CAK)."]


def test_strict_setting_does_not_read_the_list(check):
    text = "Het RIVM meldt vandaag nieuwe cijfers. Na uw ontslag krijgt u misschien WW."
    assert spans(check, text, rules=STRICT) == ["RIVM", "WW"]
    assert spans(check, text) == []


def test_letters_that_look_like_an_everyday_one_are_not_it(check):
    # "RIV" and "CBSO" are other letters, not the RIVM or the CBS
    text = "Het RIV controleert de meters. De CBSO komt in mei bij elkaar."
    assert spans(check, text) == ["RIV", "CBSO"]
