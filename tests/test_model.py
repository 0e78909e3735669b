"""The loader, the bundled model's metadata, and a smoke run of the training recipe."""

import json
from pathlib import Path

import pytest

from duidelijk.model import BUNDLED_PATH, ModelError, load_pipeline, model_info

from conftest import SHARED


def test_loaded_once(nlp):
    assert load_pipeline() is nlp
    assert load_pipeline(None) is load_pipeline("nl_duidelijk")


def test_bundled_model_metadata(nlp):
    meta = json.loads((BUNDLED_PATH / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    names = " ".join(s["name"] for s in meta["sources"])
    assert "UD_Dutch-LassySmall" in names and "UD_Dutch-Alpino" in names
    acc = meta["duidelijk_accuracy"]
    assert acc["split"] == "test" and "model_path" not in acc
    for key in ("upos", "lemma", "las", "sent_f", "passive_f1"):
        assert 0 < acc[key] <= 1
    assert (BUNDLED_PATH / "LICENSE").exists()
    size = sum(p.stat().st_size for p in BUNDLED_PATH.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024


def test_bundled_model_carries_its_lexicon_features(nlp):
    """The lexicon vectors are keyed on the lower-case form, also after loading from disk."""
    from spacy.attrs import LOWER

    meta = json.loads((BUNDLED_PATH / "meta.json").read_text(encoding="utf-8"))
    names = " ".join(s["name"] for s in meta["sources"])
    assert "spacy-lookups-data" in names and "wordfreq" in names
    assert "spacy-lookups-data" in (BUNDLED_PATH / "LICENSE").read_text(encoding="utf-8")
    vectors = nlp.vocab.vectors
    assert vectors.attr == LOWER and len(vectors.key2row) > 100_000
    doc = nlp.make_doc("Aanvraag aanvraag AANVRAAG xqzvkwzz")
    rows = vectors.find(keys=doc.to_array(LOWER)).tolist()
    assert rows[0] == rows[1] == rows[2] >= 0
    assert rows[3] == -1


def test_pipeline_components(nlp):
    for name in ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "duidelijk_sentences"):
        assert name in nlp.pipe_names
    info = model_info(nlp)
    assert Path(info["path"]).resolve() == BUNDLED_PATH.resolve()


def test_missing_model_message():
    with pytest.raises(ModelError) as err:
        load_pipeline("nl_core_news_bestaat_niet")
    assert "niet gevonden" in str(err.value)


def test_model_from_path(tmp_path):
    import spacy

    blank = spacy.blank("nl")
    blank.to_disk(tmp_path / "leeg")
    nlp = load_pipeline(str(tmp_path / "leeg"))
    assert "duidelijk_sentences" in nlp.pipe_names
    assert [t.text for t in nlp("Bel 053-4812345 vóór 1 mei.")][:2] == ["Bel", "053-4812345"]


def test_non_dutch_model_refused(tmp_path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "engels")
    with pytest.raises(ModelError):
        load_pipeline(str(tmp_path / "engels"))


@pytest.mark.skipif(not (SHARED / "ud-dutch" / "train.conllu").exists(), reason="UD data not available")
def test_smoke_training(tmp_path):
    """A few training steps on a small slice, so the recipe cannot rot."""
    from duidelijk.training.train import train
    from duidelijk.training import CONFIG_PATH
    from duidelijk.training.convert import convert

    paths = convert(SHARED / "ud-dutch", tmp_path / "corpus", limit=50)
    assert paths["train"].exists() and paths["dev"].exists()
    best = train(SHARED / "ud-dutch", tmp_path / "out", CONFIG_PATH, smoke=True)
    import spacy

    nlp = spacy.load(best.parent / "model-last")
    doc = nlp("De gemeente stuurt u een brief.")
    assert len(doc) == 7 and all(t.dep_ for t in doc)
    # the lexicon features travel inside the model, keyed on the lower-case form
    from spacy.attrs import LOWER

    from duidelijk.training.lexicon import feature_names

    lexicon = nlp.vocab.vectors
    assert lexicon.shape[1] == len(feature_names()) and lexicon.shape[0] > 10
    assert lexicon.attr == LOWER

    # second stage: fine-tuning on current-convention data starts from that model
    from duidelijk.training import FINETUNE_CONFIG_PATH
    from duidelijk.training.train import finetune

    tuned = finetune(best.parent / "model-last", SHARED / "ud-dutch", tmp_path / "ft", FINETUNE_CONFIG_PATH,
                     smoke=True)
    nlp = spacy.load(tuned.parent / "model-last")
    assert nlp.vocab.vectors.shape == lexicon.shape
    assert (nlp.vocab.vectors.find(keys=doc.to_array(LOWER)) == lexicon.find(keys=doc.to_array(LOWER))).all()
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    assert len(lemmatizer.labels) > 10
    doc = nlp("De gemeente stuurt u een brief.")
    assert len(doc) == 7 and all(t.dep_ for t in doc)


def test_finetune_data_leaves_out_the_old_part_and_repeats_the_current_wiki_part(tmp_path):
    from duidelijk.training.convert import CURRENT_WIKI_SOURCE, OLD_SOURCE, read_conllu, sentences_from

    src = tmp_path / "train.conllu"
    row = "1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n"
    src.write_text("".join(f"# sent_id = s{i}\n# source = {s}\n{row}\n"
                           for i, s in enumerate([OLD_SOURCE, CURRENT_WIKI_SOURCE, "alpino-cdb"])), encoding="utf-8")
    assert len(sentences_from([src])) == 3
    assert len(sentences_from([src], current_only=True)) == 2
    assert len(sentences_from([src], current_only=True, repeat_wiki=3)) == 4
    assert len(list(read_conllu(src))) == 3


def test_restore_lemmatizer_labels_after_loading():
    """spaCy's edit-tree lemmatizer forgets its label table when loaded from disk."""
    import spacy

    from duidelijk.model import BUNDLED_PATH
    from duidelijk.training.train import restore_lemmatizer_labels

    nlp = spacy.load(BUNDLED_PATH, exclude=["tokenizer"])
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    assert not lemmatizer.tree2label  # the bug the callback works around
    restore_lemmatizer_labels()(nlp)
    assert len(lemmatizer.tree2label) == len(lemmatizer.labels) > 100


def test_harmonisation_of_old_labels():
    from duidelijk.training.convert import harmonise

    rows = [
        ["1", "Het", "het", "DET", "_", "_", "2", "det", "_", "_"],
        ["2", "boek", "boek", "NOUN", "_", "_", "6", "nsubj:pass", "_", "_"],
        ["3", "wordt", "worden", "AUX", "_", "_", "6", "aux:pass", "_", "_"],
        ["4", "door", "door", "ADP", "_", "_", "5", "case", "_", "_"],
        ["5", "hem", "hem", "PRON", "_", "_", "6", "obl", "_", "_"],
        ["6", "gelezen", "lezen", "VERB", "_", "VerbForm=Part", "0", "root", "_", "_"],
    ]
    harmonise(rows)
    assert rows[4][7] == "obl:agent"


@pytest.mark.skipif(not (SHARED / "ud-dutch" / "dev.conllu").exists(), reason="UD data not available")
def test_evaluate_command_on_a_slice():
    from duidelijk.training.evaluate import evaluate, format_scores

    scores = evaluate(None, SHARED / "ud-dutch", split="dev", limit=60)
    for key in ("upos", "morph", "lemma", "uas", "las", "sent_f", "passive_f1"):
        assert 0.0 <= scores[key] <= 1.0
    assert scores["upos"] > 0.8  # a trained pipeline, not a blank one
    text = format_scores(scores)
    assert "passive_f1" in text and "las" in text


def test_sentence_passive_gold_definition(tmp_path):
    """A sentence is passive in the gold data when one of its tokens is aux:pass."""
    from duidelijk.training.convert import read_conllu

    conllu = tmp_path / "x.conllu"
    conllu.write_text(
        "# sent_id = 1\n1\tHet\thet\tDET\t_\t_\t2\tdet\t_\t_\n2\tboek\tboek\tNOUN\t_\t_\t4\tnsubj:pass\t_\t_\n"
        "3\twordt\tworden\tAUX\t_\t_\t4\taux:pass\t_\t_\n4\tgelezen\tlezen\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        encoding="utf-8",
    )
    (_, rows), = list(read_conllu(conllu))
    assert any(r[7] == "aux:pass" for r in rows)


def _can_unshare() -> bool:
    import shutil
    import subprocess

    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="needs 'unshare -n' (root) to cut the network")
def test_info_works_offline():
    """`duidelijk info --format json` with no network at all reports the bundled model."""
    import subprocess
    import sys

    proc = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "duidelijk.cli", "info", "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert Path(data["model"]["path"]).resolve() == BUNDLED_PATH.resolve()
    assert data["model"]["license"] == "CC BY-SA 4.0"


def test_harmonisation_of_possessives_and_copula_worden():
    from duidelijk.training.convert import harmonise

    rows = [
        ["1", "Zijn", "zijn", "DET", "_", "_", "2", "det", "_", "_"],
        ["2", "broer", "broer", "NOUN", "_", "_", "4", "nsubj", "_", "_"],
        ["3", "wordt", "worden", "AUX", "_", "_", "4", "cop", "_", "_"],
        ["4", "ziek", "ziek", "ADJ", "_", "_", "0", "root", "_", "_"],
        ["5", ".", ".", "PUNCT", "_", "_", "4", "punct", "_", "_"],
    ]
    harmonise(rows)
    assert rows[0][3:8:4] == ["PRON", "nmod:poss"] and "Poss=Yes" in rows[0][5]
    assert (rows[2][3], rows[2][6], rows[2][7]) == ("VERB", "0", "root")
    assert (rows[3][6], rows[3][7]) == ("3", "xcomp")
    assert rows[1][6] == "3" and rows[4][6] == "3"  # subject and punctuation move to the verb


def test_packaged_config_needs_no_duidelijk_callback(tmp_path):
    from thinc.api import Config

    from duidelijk.training import FINETUNE_CONFIG_PATH
    from duidelijk.training.package import _clean_shipped_config

    cfg = tmp_path / "config.cfg"
    text = FINETUNE_CONFIG_PATH.read_text(encoding="utf-8")
    text = text.replace("vectors = null", 'vectors = "/work/train/run/model-best"', 1)
    cfg.write_text(text.replace("train = null", 'train = "/work/train/run/corpus/train.spacy"', 1), encoding="utf-8")
    assert "duidelijk.restore_lemmatizer_labels" in cfg.read_text(encoding="utf-8")
    assert "/work/train" in cfg.read_text(encoding="utf-8")
    _clean_shipped_config(cfg)
    config = Config().from_disk(cfg, interpolate=False)
    assert config["initialize"]["before_init"] is None
    assert "base" not in config["paths"]
    assert config["paths"]["vectors"] is None and config["paths"]["train"] is None  # local paths
    assert "/work/train" not in cfg.read_text(encoding="utf-8")
    assert "duidelijk." not in cfg.read_text(encoding="utf-8")


def test_vectors_key_table_from_the_user_cache_parse_the_same(tmp_path, monkeypatch):
    """The bundled vectors' key table read from the per-user store (sorted arrays) gives the
    same rows, lexeme ranks and parses as spaCy's own dict, without reading that dict."""
    import numpy
    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS

    from duidelijk import model

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
    key = str(BUNDLED_PATH)
    with model._numpy_ops():
        plain = spacy.load(key, exclude=["tokenizer"], config=model.LETTER_TOKENIZER)
    assert model._vector_table(key) is None
    model._keep_vector_table(key, plain)
    table = model._vector_table(key)
    assert table is not None and len(table["keys"]) == len(plain.vocab.vectors.key2row)

    with model._numpy_ops():
        fast = spacy.load(key, exclude=["tokenizer", "vectors"], config=model.LETTER_TOKENIZER)
        model._use_vector_table(key, fast, table)
    vectors = fast.vocab.vectors
    assert type(vectors).__name__ == "SortedKeyVectors" and vectors.shape == plain.vocab.vectors.shape
    text = ("Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. U krijgt binnen acht "
            "weken een brief van dhr. Jansen. Xqzvkwzz blijft onbekend.")
    a, b = plain(text), fast(text)
    keys = a.to_array(LOWER)
    assert vectors.find(keys=keys).tolist() == plain.vocab.vectors.find(keys=keys).tolist()
    assert -1 in vectors.find(keys=keys).tolist()  # the unknown word
    attrs = [HEAD, DEP, POS, LEMMA, MORPH]
    assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))
    assert numpy.array_equal(a.tensor, b.tensor)
    assert [t.rank for t in a] == [t.rank for t in b]
    assert not vectors._full  # parsing never needed spaCy's dict
    sample = list(plain.vocab.vectors.key2row.items())[:50]
    view = vectors.key2row
    assert all(view.get(k) == r and view[k] == r and k in view for k, r in sample)
    assert view.get(12345, -1) == -1 and "geen getal" not in view and len(view) == len(table["keys"])
    assert vectors.n_keys == plain.vocab.vectors.n_keys
    # anything else reads the dict first and then is plain spaCy
    assert (keys[0] in vectors) == (keys[0] in plain.vocab.vectors)
    assert vectors._full and vectors.key2row == plain.vocab.vectors.key2row


def test_bundled_strings_are_the_lemmatizer_trees_strings_and_lemmas_still_come_out():
    """The bundled vocab/strings.json holds the strings the lemmatizer's edit trees name by
    hash (training.package.keep_needed_strings), no more: plain spaCy and duidelijk load it,
    and lemmatizing looks each tree's strings up without a missing one."""
    import srsly
    import spacy
    from spacy.strings import hash_string

    trees = srsly.read_msgpack(BUNDLED_PATH / "trainable_lemmatizer" / "trees")["trees"]
    named = {t[k] for t in trees for k in ("orig", "subst") if t.get(k)}
    kept = srsly.read_json(BUNDLED_PATH / "vocab" / "strings.json")
    assert kept and {hash_string(s) for s in kept} <= named
    assert len(named - {hash_string(s) for s in kept}) <= 1  # one hash had no string in training
    text = "De aanvragen werden door de gemeenten beoordeeld en de kinderen liepen naar huis."
    plain = spacy.load(BUNDLED_PATH)
    lemmas = [t.lemma_ for t in plain(text)]
    assert lemmas == [t.lemma_ for t in load_pipeline()(text)]
    assert {"worden", "gemeente", "beoordelen", "kind", "lopen"} <= set(lemmas)  # edit trees applied


def test_keep_needed_strings_keeps_the_trees_strings_only(tmp_path):
    import srsly
    from spacy.strings import hash_string

    from duidelijk.training.package import keep_needed_strings

    (tmp_path / "vocab").mkdir()
    (tmp_path / "trainable_lemmatizer").mkdir()
    srsly.write_json(tmp_path / "vocab" / "strings.json", ["aanvraag", "en", "aanvragen", "NOUN", "xxxx"])
    trees = [{"orig": hash_string("en"), "subst": 0}, {"prefix_len": 0, "suffix_len": 2, "prefix_tree": 4294967295,
                                                        "suffix_tree": 0}, {"orig": 0, "subst": hash_string("aanvraag")}]
    srsly.write_msgpack(tmp_path / "trainable_lemmatizer" / "trees", {"trees": trees})
    assert keep_needed_strings(tmp_path) == 2
    assert srsly.read_json(tmp_path / "vocab" / "strings.json") == ["aanvraag", "en"]
    assert keep_needed_strings(tmp_path / "elders") == -1  # no pipeline there


def test_key_rows_answer_the_same_by_bisect_and_by_numpy():
    """_KeyRows searches the keys as Python ints where the array allows (bisect on a view),
    else with numpy (another byte order): the same rows, misses and out-of-range keys."""
    import numpy

    from duidelijk.model import _KeyRows

    keys = numpy.array([3, 17, 2**40, 2**63 + 5, 2**64 - 1], dtype=numpy.uint64)
    rows = numpy.array([4, 0, 2, 1, 3], dtype=numpy.int64)
    fast = _KeyRows(keys, rows)
    slow = _KeyRows(keys.astype(">u8"), rows)  # big-endian: no view, numpy searches
    assert fast._sorted is not None and slow._sorted is None
    for view in (fast, slow):
        assert [view.get(int(k)) for k in keys] == [4, 0, 2, 1, 3]
        assert view[2**63 + 5] == 1 and 17 in view
        assert view.get(18, -1) == -1 and 0 not in view and 2**64 not in view and -3 not in view
        assert view.get("geen getal") is None and view.get(2**64 + 3, -1) == -1
