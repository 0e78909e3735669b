"""What the first sight of a word costs: the varied texts of ``speed.py`` checked twice in one process.

    python3 benchmarks/first_sight.py             # CPU per pass and per part (speed.RuleTimer)
    python3 benchmarks/first_sight.py --profile   # also the functions whose time the first pass adds
    python3 benchmarks/first_sight.py --cpu       # each part in CPU seconds, not wall-clock seconds

The texts are parsed once; ``analyse()`` then runs on them twice with a stand-in pipeline
that hands back those parses (new ``Doc`` objects each pass, so no per-Doc table is kept).
The first pass meets every word for the first time in this process (every per-word cache is
cold, as in ``speed.py`` and in every ``--jobs`` worker); the second pass does the per-token
work only. The difference is the first sight of the words. As in ``speed.py``, what every
check loads once (word lists, tables) is loaded on a short text before the first pass.

    python3 benchmarks/first_sight.py --seen 6063  # first check that many UD training sentences

``--seen``: the process first checks other text, the sentences of the UD Dutch training set
(``../shared/data/ud-dutch/train.conllu``, rebuilt from their word forms): what is left of
the first pass when the words of such a corpus are known already (an upper bound of what
shipping per-word facts for such a word list could save).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import duidelijk  # noqa: E402,F401  (first: it sets OPENBLAS_NUM_THREADS before numpy loads)
import speed  # noqa: E402


class Parsed:
    """A stand-in for the pipeline: ``pipe`` yields the given Docs in order."""

    def __init__(self, nlp, docs):
        self._nlp, self._docs = nlp, docs

    def pipe(self, texts, batch_size=None):
        return iter(self._docs)

    def __getattr__(self, name):
        return getattr(self._nlp, name)


def one_pass(nlp, config, documents, data: bytes, profile: cProfile.Profile | None, cpu: bool = False):
    from spacy.tokens import DocBin

    from duidelijk.analysis import analyse

    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    timer = speed.RuleTimer(time.process_time if cpu else time.perf_counter)
    with timer:
        if profile:
            profile.enable()
        t0 = time.process_time()
        list(analyse(documents, config, Parsed(nlp, docs)))
        cpu = time.process_time() - t0
        if profile:
            profile.disable()
    return cpu, dict(timer.seconds)


def training_sentences(count: int) -> list[str]:
    """The first ``count`` sentences of the UD Dutch training set, their word forms joined by spaces."""
    sentences: list[str] = []
    words: list[str] = []
    with open(speed.UD_TEST.with_name("train.conllu"), encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                if words:
                    sentences.append(" ".join(words))
                    words = []
                    if len(sentences) >= count:
                        break
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    words.append(columns[1])
    return sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", action="store_true", help="cProfile both passes and print the difference")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--parts", type=int, default=6, help="parts listed, most first-sight time first")
    parser.add_argument("--cpu", action="store_true",
                        help="time each part in CPU seconds of this process (steadier on a busy machine)")
    parser.add_argument("--seen", type=int, default=0, help="first check this many UD training sentences")
    args = parser.parse_args()

    from spacy.tokens import DocBin

    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline
    from duidelijk.readers import text_document

    config = Config()
    nlp = load_pipeline(config.model)
    list(analyse([text_document("Wij sturen u binnenkort een brief over uw aanvraag.")], config, nlp))
    if args.seen:
        t0 = time.process_time()
        seen = [text_document(t) for t in speed.group(training_sentences(args.seen), 400)]
        list(analyse(seen, config, nlp))
        print(f"checked {args.seen} UD training sentences first: {time.process_time() - t0:.1f} s CPU")
    documents = [d for _, d in speed.varied_documents()]
    data = DocBin(docs=nlp.pipe((d.text for d in documents), batch_size=32)).to_bytes()
    print(f"{len(documents)} texts, load {speed.load_average()}")
    profiles = [cProfile.Profile(), cProfile.Profile()] if args.profile else [None, None]
    passes = [one_pass(nlp, config, documents, data, p, args.cpu) for p in profiles]
    (first, parts1), (second, parts2) = passes
    print(f"CPU: first pass {first:.2f} s, second pass {second:.2f} s, first sight {first - second:.2f} s")
    print(f"part ({'CPU' if args.cpu else 'wall'} seconds): first / second pass")
    for name in sorted(parts1, key=lambda k: parts2.get(k, 0.0) - parts1[k])[:args.parts]:
        print(f"  {name}: {parts1[name]:.2f} / {parts2.get(name, 0.0):.2f}")
    if args.profile:
        one, two = pstats.Stats(profiles[0]).stats, pstats.Stats(profiles[1]).stats
        rows = sorted(((v[3] - two.get(k, (0, 0, 0, 0))[3], v[0], k) for k, v in one.items()), reverse=True)
        print("functions by cumulative seconds the first pass adds (profiled), calls in the first pass")
        for extra, calls, (path, line, name) in rows[:args.top]:
            print(f"  {extra:6.3f} {calls:7d} {Path(path).name}:{line}({name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
