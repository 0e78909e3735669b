"""After the first text, analyse() moves what the process has loaded out of sight of the
cyclic garbage collector (gc.freeze); objects made later are still collected."""

from __future__ import annotations

import gc
import weakref

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


class _Node:
    pass


def test_loaded_objects_frozen_later_garbage_collected(nlp):
    reports = list(analyse([text_document("Wij hebben uw brief ontvangen. U krijgt snel antwoord.\n")], Config(), nlp))
    assert reports[0].metrics["words"] == 9
    assert gc.get_freeze_count() > 0
    # a reference cycle made after the freeze is garbage the collector still finds
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


def test_young_generation_threshold_raised_once_not_lowered(nlp, monkeypatch):
    """Checking texts raises the young generation's threshold to ``GC_YOUNG`` and the middle
    one's to ``GC_MIDDLE``; a process that set a higher young threshold keeps both of its own,
    and one that turned collection off (0) too; a higher middle threshold is not lowered."""
    from duidelijk import analysis

    assert analysis.GC_MIDDLE > 10  # above Python's default, or the middle case below says nothing
    text = [text_document("Wij hebben uw brief ontvangen.\n")]
    before = gc.get_threshold()
    try:
        for start, want in (((700, 10), (analysis.GC_YOUNG, analysis.GC_MIDDLE)),
                            ((700, 5_000), (analysis.GC_YOUNG, 5_000)),
                            ((50_000, 10), (50_000, 10)), ((0, 10), (0, 10))):
            gc.set_threshold(*start, 10)
            monkeypatch.setattr(analysis, "_young_raised", False)
            list(analyse(text, Config(), nlp))
            assert gc.get_threshold() == (*want, 10)
    finally:
        gc.set_threshold(*before)


def test_young_generation_threshold_set_only_once(nlp, monkeypatch):
    """The threshold is raised once per process: a threshold the program sets after the first
    text (here lower again) is left alone by later calls of analyse()."""
    from duidelijk import analysis

    text = [text_document("Wij hebben uw brief ontvangen.\n")]
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        monkeypatch.setattr(analysis, "_young_raised", False)
        list(analyse(text, Config(), nlp))
        assert gc.get_threshold() == (analysis.GC_YOUNG, analysis.GC_MIDDLE, 10)  # the first call raises it
        gc.set_threshold(700, 10, 10)  # the program sets its own afterwards
        list(analyse(text, Config(), nlp))
        assert gc.get_threshold() == (700, 10, 10)  # a second call does not raise it again
    finally:
        gc.set_threshold(*before)
