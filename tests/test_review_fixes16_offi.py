"""Sixteenth session, review fixes (offifix16): REVIEW16-offi and REVIEW16-abbr on 73798b5 (DD111:
'Het is niet mogelijk om ...', 'Er is ... nodig') and 9804fb3 (DD103: 'beschikbaar stellen').
Every reviewer sentence both ways: what is found and what is left."""

import pytest

from conftest import codes

LETTER = "U heeft een aanvraag gedaan. "


def dd111(check, text):
    return [f for f in codes(check(text, select="DD111"), "DD111")]


# --- DD111: the sentence names who with a noun or a name: no finding, and never two findings
@pytest.mark.parametrize("text", [
    LETTER + "Het is voor de gemeente niet mogelijk om uw aanvraag te behandelen.",
    "Geachte heer Jansen,\nHet is voor de gemeente niet mogelijk om uw aanvraag te behandelen.",
    LETTER + "Het is bewoners niet toegestaan om afval naast de container te zetten.",
    LETTER + "Het is voor ondernemers niet toegestaan om op zondag te openen.",
    LETTER + "Het is aanvragers niet toegestaan om een tweede aanvraag te doen.",
    LETTER + "Het is voor kinderen niet toegestaan om in de vijver te zwemmen.",
    LETTER + "Het is de huurder niet toegestaan om de woning onder te verhuren.",
])
def test_impersonal_predicate_that_names_who_with_a_noun_is_not_found(check, text):
    assert not [f for f in dd111(check, text) if f.text.lower().startswith(("het", "is", "er"))]


def test_role_noun_and_impersonal_predicate_never_both(check):
    f = dd111(check, "Wij hebben uw brief ontvangen. Het is voor de aanvrager niet mogelijk om dit te wijzigen.")
    assert [x.text for x in f] == ["aanvrager"]  # the role noun only, no "Hier staat niet wie" beside it


# --- a question without '?' (a heading, the verb first) or a condition is no statement
@pytest.mark.parametrize("text", [
    "Wij hebben uw brief ontvangen.\n\n## Is het toegestaan om een schutting te plaatsen\n\nU mag een schutting plaatsen.",
    "# Veelgestelde vragen\n\n## Is het mogelijk om mijn afspraak te verzetten\n\nJa, u kunt dat doen.",
    "Geachte heer Jansen,\nIs het mogelijk om een afspraak te maken",
    "Geachte heer Jansen,\nIs het toegestaan om een boom te kappen, dan krijgt u van ons een brief.",
])
def test_question_without_question_mark_is_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text, span", [
    (LETTER + "Dan is het mogelijk om bezwaar te maken.", "is het mogelijk"),  # the verb second: a statement
    (LETTER + "Helaas is het niet mogelijk om uw gegevens te wijzigen.", "is het niet mogelijk"),
    ("Wij hebben uw brief ontvangen.\n\n## Het is niet toegestaan om een schutting te plaatsen\n\nU mag een heg planten.",
     "Het is niet toegestaan"),
])
def test_statement_with_the_verb_second_is_still_found(check, text, span):
    assert [f.text for f in dd111(check, text)] == [span]


# --- a quote is someone else's words (the rule's exception, as for 'men')
@pytest.mark.parametrize("text", [
    'Wij hebben uw brief ontvangen. "Het is niet mogelijk om dit te doen", zei de wethouder.',
    "Wij hebben uw brief ontvangen. De wethouder zei: 'Het is niet mogelijk om dit te doen.'",
    'Wij hebben uw brief ontvangen. In de folder staat: "Het is niet toegestaan om te roken."',
])
def test_quoted_impersonal_predicate_is_not_found(check, text):
    assert not dd111(check, text)


def test_unquoted_impersonal_predicate_after_a_quote_is_found(check):
    text = 'Wij hebben uw brief ontvangen. De wethouder zei "nee". Het is niet mogelijk om dit te doen.'
    assert [f.text for f in dd111(check, text)] == ["Het is niet mogelijk"]


# --- 'Er is ... nodig' with the subject on the verb (the real letter L106), also plural
@pytest.mark.parametrize("text, span", [
    ("Geachte heer Jansen,\n\nEr is meer informatie nodig om uw aanvraag te behandelen.", "Er is meer informatie nodig"),
    ("Wij hebben uw brief ontvangen. Er zijn aanvullende documenten nodig.", "Er zijn aanvullende documenten nodig"),
    ("Wij hebben je brief ontvangen. Er is meer informatie nodig. Stuur je loonstroken naar ons op.",
     "Er is meer informatie nodig"),
])
def test_needed_with_the_subject_on_the_verb_is_found(check, text, span):
    assert span in [f.text for f in dd111(check, text)]


@pytest.mark.parametrize("text", [
    "Wij hebben uw brief ontvangen. Er is voor de aanvrager meer informatie nodig.",  # says who
    "Het is niet mogelijk om in de zomer te schaatsen. Er zijn dikke ijsplaten nodig.",  # no letter
    "U wilt een woning verhuren. Er is van u een handtekening nodig.",
])
def test_needed_that_names_who_or_is_no_letter_is_not_found(check, text):
    assert not [f for f in dd111(check, text) if "nodig" in f.text]


# --- the message asks plainly (no double 'niet') and the advice fits the sentence
@pytest.mark.parametrize("text, advice, wrong", [
    (LETTER + "Het is helaas niet mogelijk om de gegevens te tonen.",
     "'U kunt ... niet' of 'Wij kunnen ... niet'", "niet wie"),
    (LETTER + "Het is helaas niet mogelijk om u een uitkering te geven.", "'Wij kunnen ... niet'", "U kunt"),
    (LETTER + "Het was helaas niet mogelijk om u telefonisch te bereiken.", "'Wij konden ... niet'", "kunnen"),
    (LETTER + "Het was niet mogelijk om de gegevens te tonen.", "'U kon ... niet'", "kunt"),
    (LETTER + "Het is nooit toegestaan om vuurwerk af te steken in het park.", "'U mag ... nooit'", "'U mag ...'."),
    (LETTER + "Het is niet toegestaan dat u een tweede woning verhuurt.", "'U mag ... niet'", "Wij mogen"),
    (LETTER + "Er is voor deze aanvraag geen vergunning nodig.", "'U hebt geen ... nodig'", "'U hebt ... nodig'"),
    (LETTER + "Het is niet toegestaan om op hetzelfde adres te verhuren.", "Wie mag dit niet?", "niet wie"),
    # one tense in the question and the advice (READTHROUGH16 item 2)
    ("Beste meneer,\n\nEr waren geen documenten nodig.\n\nMet vriendelijke groet,\nDe gemeente",
     "Wie had dit niet nodig?", "heeft"),
    (LETTER + "Er was geen vergunning nodig.", "'Wij hadden geen ... nodig'", "hebben"),
    (LETTER + "Er is geen vergunning nodig.", "Wie heeft dit niet nodig?", "had"),
    (LETTER + "Het is nooit mogelijk geweest om dat te doen.", "Wie kon dit nooit?", "kunt"),
    (LETTER + "Het is nooit mogelijk om dat te doen.", "Wie kan dit nooit?", "kon"),
])
def test_impersonal_predicate_advice_fits_the_sentence(check, text, advice, wrong):
    f = dd111(check, text)
    assert len(f) == 1
    assert advice in f[0].message and wrong not in f[0].message


# --- DD103 'beschikbaar stellen': reflexive is to volunteer, no 'geven'
def dd103_beschikbaar(check, text):
    return [f for f in codes(check(text, select="DD103"), "DD103") if "beschikbaar" in f.text.lower()]


@pytest.mark.parametrize("text", [
    "Wilt u zich beschikbaar stellen als lid van het stembureau?",
    "Ik stel mij graag beschikbaar voor een gesprek.",
    "Wij stellen ons beschikbaar om u te helpen.",
])
def test_reflexive_beschikbaar_stellen_is_not_found(check, text):
    assert not dd103_beschikbaar(check, text)


@pytest.mark.parametrize("text", [
    "Wij stellen een container beschikbaar.",
    "Wij stellen u een container beschikbaar.",  # 'u' gets the container: no reflexive
    "De gemeente stelt geld beschikbaar voor de buurt.",
])
def test_beschikbaar_stellen_with_a_thing_is_still_found(check, text):
    assert dd103_beschikbaar(check, text)


# --- DD103 participles that add nothing: not before an adjective, not in a contrast; the
# message quotes the words without a raw line break
def dd103(check, text):
    return codes(check(text, select="DD103"), "DD103")


@pytest.mark.parametrize("text", [
    "Wij hebben het ontstane grote tekort aan woningen onderzocht.",
    "Wij vergoeden alleen de ontstane schade, niet de verwachte schade.",
])
def test_participle_before_an_adjective_or_in_a_contrast_is_kept(check, text):
    assert not [f for f in dd103(check, text) if "ontstane" in f.text]


@pytest.mark.parametrize("text, quote", [
    ("Wij vergoeden de ontstane schade.", "'de ontstane schade'"),
    ("Wij betalen de ontstane \nsituatie niet.", "'de ontstane situatie'"),
    ("Uw aanvraag is op medische, \nsociale gronden afgewezen.", "'om medische, sociale redenen'"),
])
def test_formula_message_quotes_the_words_without_a_line_break(check, text, quote):
    f = dd103(check, text)
    assert len(f) == 1 and quote in f[0].message and "\n" not in f[0].message


# --- an indirect question retells the reader's own question (REVIEW16-offi NOTE 5)
@pytest.mark.parametrize("text, found_span", [
    ("Wij hebben uw brief ontvangen. U vraagt of het is toegestaan om op de stoep te parkeren.", None),
    ("Wij hebben uw brief ontvangen. U vraagt of het mogelijk is om later te betalen.", None),
    ("Wij hebben uw brief ontvangen. Het is niet toegestaan om op de stoep te parkeren.", "Het is niet toegestaan"),
])
def test_indirect_question_is_not_found(check, text, found_span):
    assert [f.text for f in dd111(check, text)] == ([found_span] if found_span else [])
