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
    """Checking texts raises the young generation's threshold to ``GC_YOUNG``; a process
    that set a higher one keeps it, and one that turned collection off (0) too."""
    from duidelijk import analysis

    text = [text_document("Wij hebben uw brief ontvangen.\n")]
    before = gc.get_threshold()
    try:
        for start, want in ((700, analysis.GC_YOUNG), (50_000, 50_000), (0, 0)):
            gc.set_threshold(start, 10, 10)
            monkeypatch.setattr(analysis, "_young_raised", False)
            list(analyse(text, Config(), nlp))
            assert gc.get_threshold() == (want, 10, 10)
    finally:
        gc.set_threshold(*before)
