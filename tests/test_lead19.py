"""The lead's fixes after the nineteenth session's last review (REVIEW19-rev19c): both ways,
own sentences."""


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


def test_plural_of_a_known_service_needs_no_full_name(check):
    assert not found(check, "De GGDs in het land werken samen.", "DD112")
    assert not found(check, "De UWVs van vroeger bestaan niet meer.", "DD112")


def test_plural_of_an_unknown_abbreviation_still_asks_for_the_full_name(check):
    assert [f.text for f in found(check, "De JGZs in het land werken samen.", "DD112")] == ["JGZs"]


def test_naar_beste_weten_is_about_knowing(check):
    hits = found(check, "Naar beste weten is de weg vrijdag weer open.", "DD103")
    assert hits and "voor zover bekend" in hits[0].message
    assert "zo goed mogelijk" not in hits[0].message
