"""DD104's verdicts on the words of general Dutch text, worked out in advance and shipped.

DD104 (``rules.difficult_words``) judges each distinct word (lower-case form, lemma, part of
speech as the pipeline gives them) by itself once per process (``DifficultWord.word_score``):
frequencies of its forms and lemma, written and spoken, its compound parts, whether it looks
formal. That takes 50-250 microseconds the first time a process meets a word, and on varied
text most of DD104's time. For the words the pipeline finds in its own training text (the
UD Dutch training set and the Alpino treebank's training folders in ``../shared``: about
24,000 distinct words of newspaper, Wikipedia and test-suite Dutch) the verdicts of the
default settings are in ``data/word_verdicts.npz``, made by

    python3 -m duidelijk.verdict_table

(about a minute: it parses that text). The table holds the words (form, lemma and part of
speech as the pipeline gives them, joined by tabs; sorted, a line each), each verdict (the score of a hard word, NaN for a word
that is not hard), the settings it was made for (the key of ``difficult_words._verdicts_for``)
and two fingerprints: of the data files the verdicts read (the OpenTaal word list,
wordfreq's and SUBTLEX-NL's lists, the B1 list and LiNT-II's noun list) and of the code that
makes them (the modules in ``CODE`` and LiNT-II's noun table in ``metrics``). A process with
other settings, other files or other code does not use the table and judges every word
itself, so a stale table never changes a finding; it only makes the check slower.
tests/test_verdict_table.py fails while the table was made by other code or data (make it
again) and compares the table with the live verdict on a sample.

Which words are in the table does not change what DD104 says about any word: it only
decides which verdicts a process need not work out. The text it comes from is the model's
training text, not the texts that ``benchmarks/speed.py`` measures on.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from functools import cache
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "word_verdicts.npz"
UD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ud-dutch"

# the code the verdicts run: DD104's word functions and what they read (compound parts,
# lemma sums, verb forms, frequencies, SUBTLEX-NL)
CODE = ("rules/difficult_words.py", "dictionary.py", "verbs.py", "lexicon.py", "subtlex.py", "compound_table.py")
# the word lists the verdicts read besides those of ``compound_table.fingerprint``
LISTS = ("b1_safe.tsv", "concrete_nouns.tsv")


def code_fingerprint() -> str:
    """The content of the verdicts' code (``CODE``, line ends as in a Unix checkout) and of
    the functions of ``metrics`` that read LiNT-II's noun list (``noun_class``: only those, as
    the rest of that module does not touch a verdict; its stored form, ``_NounTable``, is
    held to the list by tests/test_metrics_fast.py)."""
    from duidelijk import metrics

    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in CODE:
        h.update(name.encode() + b":" + hashlib.sha256((here / name).read_bytes().replace(b"\r\n", b"\n")).digest())
    for part in (metrics.noun_class, metrics._nouns, metrics._read_nouns):
        h.update(inspect.getsource(part).encode())
    return h.hexdigest()


def data_fingerprint(word_list: Path | None) -> str:
    """The data files the verdicts read: those of the compound table and the word lists in ``LISTS``."""
    from duidelijk import compound_table
    from duidelijk.wordlists import wordlist_dir

    # (read once per process for the compound table and this one)
    h = hashlib.sha256(compound_table._expected(str(word_list) if word_list else None)[0].encode())
    for name in LISTS:
        h.update(name.encode() + b":" + hashlib.sha256((wordlist_dir() / name).read_bytes()).digest())
    return h.hexdigest()


def stored_fingerprints(path: Path | None = None) -> tuple[str, str, str] | None:
    """The (data, code, settings) the table at ``path`` (the shipped one) was made with, or
    None when it is missing or damaged."""
    import numpy

    from duidelijk.datacache import DAMAGED

    try:
        with numpy.load(path or PATH, allow_pickle=False) as data:
            return str(data["fingerprint"]), str(data["code"]), str(data["settings"])
    except DAMAGED:
        return None


@cache
def _expected(word_list: str | None) -> tuple[str, str]:
    return data_fingerprint(Path(word_list) if word_list else None), code_fingerprint()


class ShippedVerdicts:
    """Word -> DD104's verdict, for the words of the table. A word is found by halves in the
    sorted keys (``lexicon.FrequencyTable``: nothing to build at the start, a dict once a
    process asks many), as form, lemma and part of speech joined by tabs."""

    def __init__(self, index, scores: list[float]):
        self._index = index  # key -> its place (``FrequencyTable`` over range(n))
        self._scores = scores  # the verdict of each key: a score, or NaN for a word that is not hard

    def get(self, word: tuple[str, str, str], default=None):
        """The verdict on ``word`` (lower, lemma, part of speech): the score of a hard word or
        None; ``default`` when the table does not hold the word."""
        i = self._index.get("\t".join(word))
        if i is None:
            return default
        score = self._scores[i]
        return None if score != score else score

    def __len__(self) -> int:
        return len(self._scores)


def keys(words) -> list[str]:
    """The table's keys of (lower, lemma, part of speech) words, sorted as ``FrequencyTable`` asks."""
    return sorted("\t".join(w) for w in words)


def read(path: Path | None = None) -> tuple[str, ShippedVerdicts] | None:
    """(settings, verdicts) of the table at ``path``, or None when it is missing or damaged."""
    import numpy

    from duidelijk.datacache import DAMAGED
    from duidelijk.lexicon import FrequencyTable

    try:
        with numpy.load(path or PATH, allow_pickle=False) as data:
            scores = data["scores"].tolist()
            index = FrequencyTable.from_stored(data, range(len(scores)))
            return str(data["settings"]), ShippedVerdicts(index, scores)
    except (DAMAGED, ValueError):
        return None


@cache
def verdicts_for(word_list: str | None, settings: str) -> ShippedVerdicts | None:
    """The shipped verdicts if they were made for these settings (``difficult_words._verdicts_for``'s
    key), from the files and with the code this process reads, else None."""
    stored = stored_fingerprints()
    if stored is None or stored[2] != settings or stored[:2] != _expected(word_list):
        return None
    found = read()
    return found[1] if found is not None and found[0] == settings else None


def training_sentences(folder: Path = UD) -> list[str]:
    """The sentences of the UD Dutch training set and of the Alpino training folders, their
    word forms joined by spaces."""
    paths = [folder / "train.conllu", *sorted((folder / "alpino-train").glob("*.conllu"))]
    sentences: list[str] = []
    for path in paths:
        words: list[str] = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    if words:
                        sentences.append(" ".join(words))
                        words = []
                elif not line.startswith("#"):
                    columns = line.split("\t")
                    if columns[0].isdigit():
                        words.append(columns[1])
        if words:
            sentences.append(" ".join(words))
    return sentences


def words_of(docs, min_length: int) -> set[tuple[str, str, str]]:
    """The words DD104 judges in these parses: (lower, lemma, part of speech) of each token it
    may flag (letters only, at least ``min_length`` characters, a content word)."""
    from duidelijk.rules.difficult_words import CONTENT_POS

    return {(t.lower_, t.lemma_, t.pos_) for doc in docs for t in doc
            if len(t.text) >= min_length and t.is_alpha and t.pos_ in CONTENT_POS}


def build(path: Path = PATH) -> int:
    """Parse the training text, judge each of its words with the default settings and store the verdicts."""
    import numpy

    from duidelijk import dictionary
    from duidelijk.config import Config
    from duidelijk.lexicon import FrequencyTable
    from duidelijk.model import load_pipeline
    from duidelijk.rules import difficult_words
    from duidelijk.rules.difficult_words import DifficultWord

    config = Config()
    nlp = load_pipeline(config.model)
    sentences = training_sentences()
    texts = [" ".join(sentences[i:i + 20]) for i in range(0, len(sentences), 20)]
    rule = DifficultWord(config.options_for("DD104"))
    words = sorted(words_of(nlp.pipe(texts, batch_size=32), rule.options["min_length"]))
    print(f"{len(sentences)} sentences, {len(words)} words", file=sys.stderr, flush=True)
    long_words_rule = difficult_words.long_words_minimum(config)
    settings = difficult_words.settings_key(rule.options, long_words_rule)
    keyed = keys(words)
    scores = [rule.word_score(*key.split("\t"), long_words_rule) for key in keyed]
    word_list = dictionary.word_list_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(
        path, **FrequencyTable(keyed, range(len(keyed))).to_store(),
        scores=numpy.array([numpy.nan if s is None else s for s in scores], dtype=numpy.float64),
        settings=numpy.array(settings),
        fingerprint=numpy.array(data_fingerprint(Path(word_list) if word_list else None)),
        code=numpy.array(code_fingerprint()))
    return len(words)


if __name__ == "__main__":
    print(f"{build()} verdicts written to {PATH}")
