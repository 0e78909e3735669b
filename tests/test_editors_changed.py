"""benchmarks/editors_changed.py: per rule, which findings on an original sentence the editor's
simplified sentence no longer has. Own sentence pairs (the Amsterdam data is not needed)."""

from conftest import benchmark_script

editors = benchmark_script("editors_changed.py", "editors_changed_bench")


def test_a_passive_made_active_counts_as_changed():
    counts, spans = editors.tally([
        ("Het formulier wordt door de gemeente gecontroleerd.", "De gemeente controleert het formulier."),
    ])
    assert counts[("DD102", False)] == 1 and counts[("DD102", True)] == 0
    assert spans[("DD102", False)] == ["wordt door de gemeente gecontroleerd"]


def test_a_passive_left_as_it_was_counts_as_kept():
    counts, _ = editors.tally([
        ("Het formulier wordt door de gemeente gecontroleerd.",
         "Het formulier wordt door de gemeente gecontroleerd. Dat duurt twee weken."),
    ])
    assert counts[("DD102", True)] == 1 and counts[("DD102", False)] == 0


def test_sentence_rules_are_left_out():
    long = ("Wij hebben uw aanvraag voor een vergunning voor het plaatsen van een container op de stoep "
            "voor uw huis in de straat ontvangen en wij gaan die aanvraag nu zo snel als het kan bekijken.")
    counts, _ = editors.tally([(long, "Wij hebben uw aanvraag ontvangen.")])
    assert not [code for code, _kept in counts if code in editors.SENTENCE_RULES]


def test_missing_data_is_a_clear_message(tmp_path, capsys):
    assert editors.main(["--data", str(tmp_path)]) == 2
    assert "Geen Amsterdamse data" in capsys.readouterr().err
