"""benchmarks/amsterdam.py: choosing the word-rule thresholds by cross-validation.

Checked on synthetic results (no ../shared needed): the choice keeps to the target of at most
one other flag per sentence and prefers recall within it.
"""

from conftest import benchmark_script

amsterdam = benchmark_script("amsterdam.py", "amsterdam_bench")


def test_choose_prefers_recall_within_the_flag_limit():
    results = {
        "many flags": [(True, 3), (True, 3)],  # recall 1.0 at 3 flags: over the limit
        "good": [(True, 1), (False, 0)],  # recall 0.5 at 0.5 flags
        "quiet": [(False, 0), (False, 0)],  # recall 0 at 0 flags
    }
    assert amsterdam.choose(results, [0, 1]) == "good"


def test_choose_takes_the_fewest_flags_when_none_keeps_to_the_limit():
    results = {"a": [(True, 4), (True, 4)], "b": [(False, 2), (True, 2)]}
    assert amsterdam.choose(results, [0, 1]) == "b"


def test_choose_looks_only_at_the_training_items():
    results = {"a": [(True, 0), (False, 9)], "b": [(False, 0), (True, 0)]}
    assert amsterdam.choose(results, [0]) == "a"
    assert amsterdam.choose(results, [1]) == "b"
