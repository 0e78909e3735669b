"""Copy a trained pipeline into ``duidelijk/models/nl_duidelijk`` with its licence and scores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from duidelijk import __version__
from duidelijk.model import BUNDLED_PATH
from duidelijk.training.lexicon import has_lexicon

LICENSE = "CC BY-SA 4.0"
# the model's own version: raise it with every packaged model (0.1.0: one training stage;
# 0.2.0: + fine-tuning on current-convention data; 0.3.0: + lexicon features)
MODEL_VERSION = "0.3.0"
SOURCES = [
    {"name": "UD_Dutch-LassySmall", "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
     "license": "CC BY-SA 4.0", "author": "Gosse Bouma, Gertjan van Noord"},
    {"name": "UD_Dutch-Alpino", "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
     "license": "CC BY-SA 4.0", "author": "Gosse Bouma, Gertjan van Noord"},
    {"name": "Alpino Treebank", "url": "https://github.com/rug-compling/Alpino",
     "license": "CC BY-SA 4.0 (UD release) / LGPL-2.1-or-later (source trees)",
     "author": "van der Beek et al. (2002)"},
]
# only for a model with lexicon vectors (duidelijk/training/lexicon.py)
LEXICON_SOURCES = [
    {"name": "spacy-lookups-data (Dutch lemma tables)", "url": "https://github.com/explosion/spacy-lookups-data",
     "license": "MIT", "author": "Explosion AI and contributors"},
    {"name": "wordfreq (Dutch and English word frequencies)", "url": "https://github.com/rspeer/wordfreq",
     "license": "CC BY-SA 4.0 (data)", "author": "Robyn Speer"},
]
LICENSE_TEXT = """duidelijk's Dutch pipeline (nl_duidelijk)

This trained model is licensed under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0), https://creativecommons.org/licenses/by-sa/4.0/ ,
because it was trained on data under that licence:

- UD_Dutch-LassySmall (Bouma & van Noord 2017), CC BY-SA 4.0
- UD_Dutch-Alpino (Alpino Treebank, van der Beek et al. 2002), CC BY-SA 4.0
{lexicon}
The code of duidelijk is licensed under the EUPL-1.2; this model is not.
"""


def package(model_dir: Path, scores_file: Path | None = None) -> Path:
    target = BUNDLED_PATH
    if target.is_symlink():
        target.unlink()
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    meta_path = target / "meta.json"
    lexicon = has_lexicon(target)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "duidelijk",
            "version": MODEL_VERSION,
            "duidelijk_version": __version__,
            "description": "Dutch pipeline for duidelijk: tokenizer, morphologizer, parser, lemmatizer.",
            "license": LICENSE,
            "author": "duidelijk developers",
            "sources": SOURCES + (LEXICON_SOURCES if lexicon else []),
        }
    )
    if scores_file:
        scores = json.loads(scores_file.read_text(encoding="utf-8"))
        scores.pop("model_path", None)  # a path on the machine that scored it
        meta["duidelijk_accuracy"] = scores
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    _clean_shipped_config(target / "config.cfg")
    keep_needed_strings(target)
    lexicon_text = (
        "\nIts lexicon features (the static vectors) were computed from the Dutch tables of\n"
        "spacy-lookups-data (MIT) and the word frequencies of wordfreq (data CC BY-SA 4.0).\n"
        if lexicon
        else ""
    )
    (target / "LICENSE").write_text(LICENSE_TEXT.format(lexicon=lexicon_text), encoding="utf-8")
    return target


def _clean_shipped_config(config_path: Path) -> None:
    """The fine-tuning config names a duidelijk callback in ``[initialize]``; the shipped
    model must not need duidelijk to be loaded or trained further with plain spaCy. Paths on
    the training machine (corpus, stage-1 model, vectors) go too."""
    from thinc.api import Config

    config = Config().from_disk(config_path, interpolate=False)
    init = config.get("initialize", {})
    if isinstance(init.get("before_init"), dict):
        init["before_init"] = None
    paths = config.get("paths", {})
    paths.pop("base", None)  # the local path of the stage-1 model
    for key in ("train", "dev", "vectors"):  # the vectors travel in the model's vocab
        if paths.get(key):
            paths[key] = None
    config.to_disk(config_path)


def keep_needed_strings(target: Path) -> int:
    """Keep in ``vocab/strings.json`` only the strings the pipeline's files name by their hash:
    the pieces of the lemmatizer's edit trees (``trainable_lemmatizer/trees``, which it looks
    up in the vocabulary's strings when it lemmatizes). Training leaves every string it met
    there (74,000: words, lemmas, shapes, affixes, labels), which every start read into the
    string store (about 40 ms); the labels come from the components' own files and the strings
    of a text are added when it is read, so the annotations stay the same (docs/benchmarks.md,
    ninth session). Returns the number of strings kept."""
    import srsly
    from spacy.strings import hash_string

    strings_path = target / "vocab" / "strings.json"
    trees_path = target / "trainable_lemmatizer" / "trees"
    if not strings_path.is_file() or not trees_path.is_file():
        return -1
    trees = srsly.read_msgpack(trees_path)["trees"]
    named = {tree[key] for tree in trees for key in ("orig", "subst") if tree.get(key)}
    kept = [s for s in srsly.read_json(strings_path) if hash_string(s) in named]
    srsly.write_json(strings_path, kept)
    return len(kept)
