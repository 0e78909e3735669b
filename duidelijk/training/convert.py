"""Convert the Dutch Universal Dependencies data to spaCy's binary training format.

The data lives outside the repository (``../shared/data/ud-dutch`` by default) and is read
at run time; nothing from it is copied into the repository.

Harmonisation (see the data README): the 2017 LassySmall sentences follow older annotation
rules than dev/test. Where a current label can be derived from the tree, it is restored:

* ``obl`` with a ``door`` case marker under a verb with an ``aux:pass`` child -> ``obl:agent``
* ``obj``/``expl`` on ``zich`` -> ``expl:pv`` (inherent reflexive; three in four cases in dev)
* possessive pronouns attached as ``nmod`` -> ``nmod:poss``
* possessive pronouns tagged ``DET``/``det`` ("zijn boek") -> ``PRON``/``nmod:poss`` with
  the features the current data gives them
* copula ``worden`` ("Hij wordt ziek"): in the current data ``worden`` is the main verb
  (``VERB``) with the predicate as ``xcomp``; the 2017 trees make it a ``cop`` of the
  predicate, so the two swap places and the clause dependents move to ``worden``

Lemmas lose the ``_`` between compound parts ("af_lopen" -> "aflopen"): the checker works
with whole words, and evaluation compares lemmas that way too.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

OLD_SOURCE = "lassysmall-2017-train"
CURRENT_WIKI_SOURCE = "lassysmall-dev"


def read_conllu(path: Path) -> Iterator[tuple[dict[str, str], list[list[str]]]]:
    """Yield (comments, token rows) per sentence; multiword and empty nodes are skipped."""
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield comments, rows
                comments, rows = {}, []
                continue
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                comments[key.strip()] = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            rows.append(cols)
    if rows:
        yield comments, rows


POSSESSIVES = {"zijn": "3", "haar": "3", "hun": "3", "mijn": "1", "ons": "1", "onze": "1",
               "jouw": "2", "uw": "2", "je": "2"}
# dependents that belong to the clause, not to the predicate, when "worden" becomes the head
CLAUSE_DEPS = {"nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark", "punct", "advmod", "obl",
               "obl:agent", "obl:arg", "cc", "advcl", "parataxis", "expl", "expl:pv", "iobj", "obj",
               "discourse", "vocative", "ccomp"}


def _copula_worden(rows: list[list[str]]) -> None:
    by_id = {row[0]: row for row in rows}
    for row in rows:
        if row[7] != "cop" or row[2].lower() != "worden" or row[6] not in by_id:
            continue
        pred = by_id[row[6]]
        row[3] = "VERB"
        row[6], row[7] = pred[6], pred[7]
        pred[6], pred[7] = row[0], "xcomp"
        for other in rows:
            if other[6] == pred[0] and other is not row and other[7] in CLAUSE_DEPS:
                other[6] = row[0]


def harmonise(rows: list[list[str]]) -> None:
    """Bring 2017 LassySmall labels in line with current UD Dutch conventions (in place)."""
    _copula_worden(rows)
    for row in rows:
        lemma = row[2].lower()
        if row[3] == "DET" and row[7] == "det" and lemma in POSSESSIVES and row[5] in {"_", ""}:
            row[3], row[7] = "PRON", "nmod:poss"
            row[5] = f"Person={POSSESSIVES[lemma]}|Poss=Yes|PronType=Prs"
    children: dict[str, list[list[str]]] = {}
    for row in rows:
        children.setdefault(row[6], []).append(row)
    for row in rows:
        rel, lemma = row[7], row[2].lower()
        if rel == "obl":
            has_door = any(c[7] == "case" and c[2].lower() == "door" for c in children.get(row[0], []))
            head_passive = any(c[7] == "aux:pass" for c in children.get(row[6], []))
            if has_door and head_passive:
                row[7] = "obl:agent"
        elif rel in {"obj", "expl"} and lemma == "zich":
            row[7] = "expl:pv"
        elif rel == "nmod" and "Poss=Yes" in row[5]:
            row[7] = "nmod:poss"


def rows_to_doc(vocab: Vocab, sentences: list[list[list[str]]]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    for rows in sentences:
        offset = len(words)
        for i, row in enumerate(rows):
            words.append(row[1])
            spaces.append("SpaceAfter=No" not in row[9])
            lemmas.append(row[2].replace("_", "") if row[2] != "_" else row[1])
            pos.append(row[3])
            morphs.append("" if row[5] == "_" else row[5])
            head = int(row[6])
            heads.append(offset + (head - 1 if head else i))
            deps.append("ROOT" if row[7] == "root" else row[7])
            sent_starts.append(i == 0)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )


def sentences_from(
    paths: Iterable[Path], harmonise_old: bool = True, current_only: bool = False, repeat_wiki: int = 1
) -> list[list[list[str]]]:
    """Sentences of the given files.

    ``current_only`` leaves out the 2017 LassySmall part (older conventions); ``repeat_wiki``
    repeats the current-convention LassySmall (Wikipedia) sentences, the domain and conventions
    of most of the test data, that many times.
    """
    out, wiki = [], []
    for path in paths:
        for comments, rows in read_conllu(path):
            source = comments.get("source")
            if source == OLD_SOURCE:
                if current_only:
                    continue
                if harmonise_old:
                    harmonise(rows)
            if source == CURRENT_WIKI_SOURCE:
                wiki.append(rows)
            out.append(rows)
    # extra copies go in as whole passes, so a document never holds one sentence twice
    for _ in range(repeat_wiki - 1):
        out.extend(wiki)
    return out


def to_docbin(sentences: list[list[list[str]]], per_doc: int, seed: int | None = None) -> DocBin:
    """Group consecutive sentences into documents so the parser learns sentence boundaries."""
    vocab = Vocab()
    groups = [sentences[i : i + per_doc] for i in range(0, len(sentences), per_doc)]
    if seed is not None:
        random.Random(seed).shuffle(groups)
    db = DocBin(store_user_data=False)
    for group in groups:
        db.add(rows_to_doc(vocab, group))
    return db


def training_files(data_dir: Path) -> list[Path]:
    files = [data_dir / "train.conllu"]
    files += sorted((data_dir / "alpino-train").glob("*.conllu"))
    return [f for f in files if f.exists()]


def convert(
    data_dir: Path,
    out_dir: Path,
    per_doc: int = 10,
    limit: int = 0,
    current_only: bool = False,
    repeat_wiki: int = 1,
) -> dict[str, Path]:
    """Write train.spacy, dev.spacy and test.spacy into ``out_dir``; return their paths.

    ``current_only`` and ``repeat_wiki`` shape the training part for the second (fine-tuning)
    stage; see :func:`sentences_from`. Dev and test are never changed.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    train = sentences_from(training_files(data_dir), current_only=current_only, repeat_wiki=repeat_wiki)
    dev = sentences_from([data_dir / "dev.conllu"], harmonise_old=False)
    if limit:
        train, dev = train[:limit], dev[: max(limit // 5, 10)]
    paths = {"train": out_dir / "train.spacy", "dev": out_dir / "dev.spacy"}
    to_docbin(train, per_doc, seed=0).to_disk(paths["train"])
    to_docbin(dev, per_doc).to_disk(paths["dev"])
    test_file = data_dir / "test.conllu"
    if test_file.exists():
        paths["test"] = out_dir / "test.spacy"
        to_docbin(sentences_from([test_file], harmonise_old=False), per_doc).to_disk(paths["test"])
    return paths
