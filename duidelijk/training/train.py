"""Run spaCy training on the converted UD Dutch data."""

from __future__ import annotations

import time
from pathlib import Path

from duidelijk.training.convert import convert


def train(data_dir: Path, output: Path, config: Path, smoke: bool = False) -> Path:
    from spacy.cli.train import train as spacy_train

    if not (data_dir / "train.conllu").exists():
        raise SystemExit(f"Geen trainingsdata gevonden in {data_dir}.")
    started = time.time()
    corpus_dir = output / "corpus"
    paths = convert(data_dir, corpus_dir, limit=200 if smoke else 0)
    print(f"converted data in {time.time() - started:.0f}s: {paths}", flush=True)
    overrides = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])}
    if smoke:
        overrides.update(
            {
                "training.max_steps": 20,
                "training.eval_frequency": 10,
                "components.tok2vec.model.encode.width": 32,
                "components.tok2vec.model.encode.depth": 1,
            }
        )
    spacy_train(config, output, overrides=overrides)
    print(f"training finished in {(time.time() - started) / 60:.1f} min", flush=True)
    return output / "model-best"
