"""One finding for one slip (thirty-sixth session, the lead): a participle with the wrong one of
-d and -t ("aangemelt") is DD120's finding; DD104 asked the same ("Bedoelt u 'aangemeld'?"),
so a reader saw two marks on one word. DD104 still asks when DD120 is off. Sentences written
for these tests."""

from conftest import codes

TEXT = "Wij hebben het aangemelt bij de gemeente."


def spans(report, code):
    return [(f.text, f.suggestions[0] if f.suggestions else None) for f in codes(report, code)]


def test_the_slip_is_one_finding_of_dd120(check):
    report = check(TEXT)
    assert spans(report, "DD120") == [("aangemelt", "aangemeld")]
    assert spans(report, "DD104") == []


def test_dd104_asks_when_dd120_is_off(check):
    report = check(TEXT, ignore=["DD120"])
    assert spans(report, "DD104") == [("aangemelt", "aangemeld")]

