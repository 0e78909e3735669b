"""Twentieth session (dd103r20): DD103 findings that are wrong in their place. Own sentences,
both ways."""


def found(check, text, code="DD103"):
    return [f for f in check(text, select=["DD103", "DD104", "DD105"]).findings if f.code == code]


def test_the_head_of_a_schemes_name_is_left_alone(check):
    # a capitalised scheme noun straight before a bare noun phrase names one scheme
    for text in ("- Tegemoetkoming aanvullend openbaar vervoer voor ouderen",
                 "Tegemoetkoming eigen risico",
                 "Vraag de Tegemoetkoming kinderopvang op tijd aan.",
                 "Compensatie eigen risico zorgverzekering"):
        report = check(text, select=["DD103", "DD104", "DD105"])
        assert not report.findings, (text, [(f.code, f.text) for f in report.findings])


def test_the_scheme_noun_as_a_word_keeps_its_finding(check):
    # with a preposition or an article after it, or in lower case, it is a word to rewrite
    assert [f.text for f in found(check, "U krijgt een tegemoetkoming in de kosten van de verhuizing.")] \
        == ["tegemoetkoming"]
    assert [f.text for f in found(check, "Tegemoetkoming in de kosten")] == ["Tegemoetkoming"]
    assert [f.text for f in found(check, "Omdat de tegemoetkoming mensen met een laag inkomen helpt, "
                                         "gaat zij door.")] == ["tegemoetkoming"]
    # an infinitive the tagger may read as a plural noun: a heading that asks to do something
    assert [f.text for f in found(check, "Ontheffing aanvragen")] == ["Ontheffing"]
    # a noun for an act, no scheme: a subject line keeps its finding
    assert [f.text for f in found(check, "Beëindiging uitkering")] == ["Beëindiging"]


def test_scheme_heads_are_read_from_the_word_list():
    from duidelijk.names import is_scheme_head, scheme_name_heads
    assert {"tegemoetkoming", "regeling", "toeslag", "wet"} <= scheme_name_heads()
    # 'voorziening' as a compound's head names a facility as often ('groenvoorziening'; fix20b)
    assert is_scheme_head("zorgtoeslag") and is_scheme_head("bijstandsuitkering")
    assert not is_scheme_head("beëindiging") and not is_scheme_head("wet"[:2])


def test_a_verb_expression_takes_no_word_of_another_phrase(check):
    # an attributive participle belongs to its noun; the 'dat' after the clause's verb and 'en'
    # starts another clause: no 'vaststellen dat' across them
    spans = [f.text for f in found(check, "Het doel is dat er in mei een vastgesteld bestemmingsplan ligt "
                                          "en dat de bouw dan kan beginnen.")]
    assert not any("dat" in s.split() for s in spans), spans


def test_a_verb_expression_over_its_own_words_stays(check):
    assert [f.text for f in found(check, "Wij hebben na onderzoek vastgesteld dat u niet op het adres woont.")] \
        == ["vastgesteld dat"]
    assert [f.text for f in found(check, "Omdat vastgesteld is dat u verhuisd bent, stopt de uitkering.")] \
        == ["vastgesteld is dat"]
    assert [f.text for f in found(check, "U dient het formulier volledig ingevuld op te sturen.")] \
        == ["dient het formulier volledig ingevuld op te sturen"]


def test_dienen_te_rewrites_every_coordinated_te_infinitive(check):
    # the modal rules all the joined infinitives: the rewrite drops every 'te', not only the first
    hits = found(check, "U dient het formulier in te vullen en op te sturen.")
    assert [(f.text, f.suggestions[:1]) for f in hits] == [
        ("dient het formulier in te vullen en op te sturen", ["moet het formulier invullen en opsturen"])]
    hits = found(check, "U dient de brief te lezen, te tekenen en terug te sturen.")
    assert hits[0].suggestions[:1] == ["moet de brief lezen, tekenen en terugsturen"]
    # 'Gelieve' gives each verb its own instruction: no rewrite that leaves 'en op te sturen'
    hits = found(check, "Gelieve het formulier in te vullen en op te sturen.")
    assert hits and hits[0].suggestions == []


def test_dienen_te_without_a_coordinated_te_infinitive_stays(check):
    # a 'te' infinitive inside the first one's phrase, or in another clause, is not joined to it
    assert [f.suggestions[:1] for f in found(check, "U dient te proberen het formulier op tijd op te sturen.")] \
        == [["moet proberen"]]
    assert [f.suggestions[:1] for f in found(check, "U dient het formulier in te vullen en u hoeft niets te betalen.")] \
        == [["moet het formulier invullen"]]
    assert [f.suggestions[:1] for f in found(check, "Gelieve het formulier op te sturen.")] == [["Stuur het formulier op"]]
