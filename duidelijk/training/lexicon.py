"""Lexicon features for the tagger: a static "vectors" table built from word lists on PyPI.

Most tagging errors on dev fall on words the treebank never shows (18 % of the unseen words
that a Dutch dictionary knows are tagged wrong, against 2.4 % of the seen ones). No Dutch word
vectors can be downloaded here, but two PyPI packages know many more Dutch words than the
treebank:

- ``spacy-lookups-data`` (MIT): the Dutch lemma tables of spaCy's rule lemmatizer: lemmas per
  part of speech (161,000 nouns, 22,000 adjectives, 19,000 verbs), irregular forms per part of
  speech, a form -> lemma table of 213,000 forms and suffix rules per part of speech.
- ``wordfreq`` (data CC BY-SA 4.0): how often a word is used in Dutch and in English.

Each lower-cased word gets a vector of binary features (frequency band in Dutch and English,
which parts of speech the tables allow, directly or through a suffix rule). The vectors are
not learned; the tagger learns what to make of them through spaCy's ``StaticVectors`` layer
(``include_static_vectors``). Words with the same features share one row, so the table has a
few thousand rows for half a million words.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy

ZIPF_NL = (0.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0)
ZIPF_EN = (0.0, 2.0, 3.0, 4.0, 5.0)
INDEX_POS = ("noun", "adj", "verb", "adp", "det")
EXC_POS = ("noun", "adj", "verb", "adv", "adp", "det", "pron")
RULE_POS = ("noun", "adj", "verb")


def _band(value: float, edges: tuple[float, ...]) -> int:
    """0 for absent (value 0), else 1 + the number of edges above 0 that value reaches."""
    if value <= 0:
        return 0
    return sum(1 for edge in edges if value > edge)


def feature_names() -> list[str]:
    names = [f"nl_zipf_{i}" for i in range(len(ZIPF_NL) + 1)]
    names += [f"en_zipf_{i}" for i in range(len(ZIPF_EN) + 1)]
    names += ["en_more_than_nl"]
    names += [f"lemma_{pos}" for pos in INDEX_POS]
    names += [f"irregular_{pos}" for pos in EXC_POS]
    names += ["form_in_lookup", "form_is_inflected"]
    names += [f"lookup_lemma_{pos}" for pos in RULE_POS]
    names += [f"rule_{pos}" for pos in RULE_POS]
    names += ["known"]
    return names


def _tables() -> dict:
    try:
        import spacy_lookups_data
    except ImportError as exc:  # a training dependency, not needed to run duidelijk
        raise SystemExit(
            "Voor het trainen is het pakket spacy-lookups-data nodig: "
            "pip install 'duidelijk[train]'."
        ) from exc
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    tables = {}
    for name in ("index", "exc", "lookup", "rules"):
        with gzip.open(folder / f"nl_lemma_{name}.json.gz") as fh:
            tables[name] = json.load(fh)
    return tables


def build_features(words: list[str] | None = None, limit: int = 0) -> tuple[list[str], numpy.ndarray]:
    """The words and their feature matrix (one row per word, float32 0/1)."""
    from wordfreq import top_n_list, zipf_frequency

    tables = _tables()
    index = {pos: set(tables["index"].get(pos, ())) for pos in INDEX_POS}
    exc = {pos: set(tables["exc"].get(pos, {})) for pos in EXC_POS}
    lookup = tables["lookup"]
    rules = {pos: [tuple(r) for r in tables["rules"].get(pos, ())] for pos in RULE_POS}
    if words is None:
        vocab = set(top_n_list("nl", 10**7)) | set(lookup)
        for pos in INDEX_POS:
            vocab |= index[pos]
        for pos in EXC_POS:
            vocab |= exc[pos]
        words = sorted(w for w in vocab if w and w == w.lower())
        if limit:
            words = words[:: max(1, len(words) // limit)][:limit]
    names = feature_names()
    col = {name: i for i, name in enumerate(names)}
    matrix = numpy.zeros((len(words), len(names)), dtype="float32")
    for row, word in enumerate(words):
        nl = zipf_frequency(word, "nl")
        en = zipf_frequency(word, "en")
        matrix[row, col[f"nl_zipf_{_band(nl, ZIPF_NL)}"]] = 1
        matrix[row, col[f"en_zipf_{_band(en, ZIPF_EN)}"]] = 1
        if en > nl + 1:
            matrix[row, col["en_more_than_nl"]] = 1
        known = nl > 0
        for pos in INDEX_POS:
            if word in index[pos]:
                matrix[row, col[f"lemma_{pos}"]] = 1
                known = True
        for pos in EXC_POS:
            if word in exc[pos]:
                matrix[row, col[f"irregular_{pos}"]] = 1
                known = True
        lemma = lookup.get(word)
        if lemma is not None:
            known = True
            matrix[row, col["form_in_lookup"]] = 1
            if lemma != word:
                matrix[row, col["form_is_inflected"]] = 1
            for pos in RULE_POS:
                if lemma in index[pos]:
                    matrix[row, col[f"lookup_lemma_{pos}"]] = 1
        for pos in RULE_POS:
            for old, new in rules[pos]:
                if word.endswith(old) and word[: len(word) - len(old)] + new in index[pos]:
                    matrix[row, col[f"rule_{pos}"]] = 1
                    break
        if known:
            matrix[row, col["known"]] = 1
    return words, matrix


def build_vectors(output: Path, limit: int = 0, words: list[str] | None = None) -> Path:
    """Write a blank Dutch pipeline whose vocab holds the lexicon vectors (keyed on LOWER).

    ``[initialize] vectors`` in the training config points at it. Rows are shared between
    words with the same features.
    """
    import spacy
    from spacy.vectors import Vectors

    words, matrix = build_features(words=words, limit=limit)
    rows, row_of = numpy.unique(matrix, axis=0, return_inverse=True)
    nlp = spacy.blank("nl")
    vectors = Vectors(strings=nlp.vocab.strings, shape=rows.shape, attr="LOWER")
    vectors.data[:] = rows
    for word, row in zip(words, row_of.ravel()):
        vectors.add(word, row=int(row))
    nlp.vocab.vectors = vectors
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    keep_lower_keys(output)
    print(f"lexicon vectors: {len(words)} words, {rows.shape[0]} distinct rows, {rows.shape[1]} features")
    return output


def has_lexicon(model_dir: Path) -> bool:
    """Whether a saved pipeline carries vectors (its ``meta.json`` counts them)."""
    meta_path = model_dir / "meta.json"
    if not meta_path.exists():
        return False
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return bool(meta.get("vectors", {}).get("vectors"))


def keep_lower_keys(model_dir: Path) -> None:
    """Write the key attribute (LOWER) into a saved pipeline's ``vocab/vectors.cfg``.

    spaCy 3.8 reads ``attr`` from that file but writes it only for floret vectors, so every
    ``to_disk`` of a pipeline with these vectors falls back to ORTH keys on loading: "Aanvraag"
    at the start of a sentence would then find no row. Call this after every save.
    """
    from spacy.attrs import LOWER

    cfg_path = model_dir / "vocab" / "vectors.cfg"
    if not cfg_path.exists():
        return
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["attr"] = int(LOWER)
    cfg_path.write_text(json.dumps(cfg), encoding="utf-8")
