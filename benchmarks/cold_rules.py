"""Where DD103 and DD104 spend their time on text they have not seen (speed43).

    python3 benchmarks/cold_rules.py                 # CPU time of the match keys, DD103, DD104
    python3 benchmarks/cold_rules.py --verdicts      # and DD104's live verdicts by kind of word
    python3 benchmarks/cold_rules.py --profile FILE  # and a cProfile of the two rules (pstats file)

The varied texts of ``benchmarks/speed.py`` (its letters and UD groups), each checked once in
one process after the same warm-up as there, so every per-word cache is cold for a word the
process has not met. The texts are parsed first; then every rule runs on each Doc as in
``analyse`` (``run_rules``), and only DD103 and DD104 are timed (CPU time of this process,
``time.process_time``: the machine is shared, and a busy core stretches wall time, not this).
The match keys (``phrases.doc_keys``), which DD103 asks for first in a check and so carries
in ``speed.py``'s table, are made and timed apart, before the rules.

``--verdicts``: DD104's ``word_score`` of the words the shipped verdict table did not answer
(after ``verdict_table.SHIPPED_AFTER`` words judged live), by why the table lacked them: a
form wordfreq does not know (zipf 0), a form too common for the table (``MAX_ZIPF``), another
form it does not hold, or a form it holds with another part of speech or lemma.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verdicts", action="store_true", help="DD104's live verdicts by kind of word")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of DD103 and DD104 to FILE")
    args = parser.parse_args()

    import speed

    import duidelijk.analysis as analysis
    from duidelijk.analysis import Context, active_rules, analyse, score_rules
    from duidelijk.config import Config
    from duidelijk.metrics import token_table
    from duidelijk.model import load_pipeline
    from duidelijk.phrases import doc_keys
    from duidelijk.readers import text_document

    config = Config()
    nlp = load_pipeline(config.model)
    # the warm-up of speed.py: what every check loads once (word lists, tables)
    list(analyse([text_document("Wij sturen u binnenkort een brief over uw aanvraag.")], config, nlp))
    docs = [d for _, d in speed.varied_documents()]
    rules, hidden = active_rules(config), score_rules(config)
    seconds: collections.Counter = collections.Counter()
    profile = None
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
    for rule in [*rules, *hidden]:
        if rule.code in {"DD103", "DD104"}:
            def timed(ctx, check=rule.check, code=rule.code):
                if profile is not None:
                    profile.enable()
                t0 = time.process_time()
                try:
                    return list(check(ctx))
                finally:
                    seconds[code] += time.process_time() - t0
                    if profile is not None:
                        profile.disable()
            rule.check = timed
    kinds: collections.Counter = collections.Counter()
    kind_seconds: collections.Counter = collections.Counter()
    if args.verdicts:
        _count_verdicts(kinds, kind_seconds)
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=analysis.PIPE_BATCH))
    words = sum(speed.count_words(doc) for doc in parsed)
    for document, doc in zip(docs, parsed):
        ctx = Context(doc=doc, document=document, config=config)
        ctx.text = document.text
        token_table(doc)
        t0 = time.process_time()
        doc_keys(doc)
        seconds["match keys (phrases.doc_keys)"] += time.process_time() - t0
        analysis.run_rules(ctx, rules, hidden)
    print(f"{len(docs)} texts, {words:,} words; CPU seconds (ms per 1,000 words):")
    for label, s in seconds.most_common():
        print(f"  {label:32} {s:6.3f} s ({s / words * 1e6:5.1f})")
    if args.verdicts:
        print("DD104's live verdicts after the shipped table opened, by why the table lacked the word:")
        for kind, n in kinds.most_common():
            print(f"  {kind:44} {n:5} words {kind_seconds[kind]:6.3f} s")
    if profile is not None:
        profile.dump_stats(args.profile)
    return 0


def _count_verdicts(kinds, kind_seconds) -> None:
    """Wrap ``DifficultWord.word_score`` to count and time its outer calls by kind of word."""
    import duidelijk.rules.difficult_words as dw
    import duidelijk.verdict_table as vt
    from duidelijk.lexicon import zipf

    score = dw.DifficultWord.word_score
    depth = [0]

    def kind_of(low: str, lemma: str, pos: str) -> str:
        table = vt._table()
        if table is None:
            return "no shipped table"
        verdicts = table[2]
        i = verdicts._index.get(low)
        if i is not None:
            return "form held, other part of speech" if vt.POS_CODES[verdicts._pos[i]] != pos else \
                "form held, other lemma (or one with '_')"
        z = zipf(low)
        return "form unknown to wordfreq (zipf 0)" if z == 0 else \
            f"form too common for the table (zipf >= {vt.MAX_ZIPF})" if z >= vt.MAX_ZIPF else "other form not held"

    def counted(self, low, lemma, pos, long_words_rule):
        outer = depth[0] == 0 and dw._judged >= vt.SHIPPED_AFTER
        depth[0] += 1
        t0 = time.process_time()
        try:
            return score(self, low, lemma, pos, long_words_rule)
        finally:
            depth[0] -= 1
            if outer:
                kind = kind_of(low, lemma, pos)
                kinds[kind] += 1
                kind_seconds[kind] += time.process_time() - t0

    dw.DifficultWord.word_score = counted


if __name__ == "__main__":
    sys.exit(main())
