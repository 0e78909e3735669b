"""Score a pipeline on the gold UD data (``test.conllu`` by default) with gold tokenisation.

Reports UPOS, morphological features, lemma (case-blind, ``_`` between compound parts
removed), UAS and LAS (spaCy style: punctuation left out; ``las_all`` counts it), sentence
F-score, and sentence-level passive detection (gold: a token with deprel ``aux:pass``).

Sentence F is reported twice. ``sent_f``: the text as a document has it, with a line break
where the sentence id shows a new paragraph (``...p.5.s.1``), as a reader gives it for a
letter; headings and list items of the Wikipedia part have no full stop and can only be
told apart by that break. ``sent_f_joined``: every sentence joined with a space, which hides
those breaks.
"""

from __future__ import annotations

import platform
import re
import time
from datetime import date
from pathlib import Path

from duidelijk.training.convert import read_conllu


PARAGRAPH = re.compile(r"^(.*)\.p\.(\d+)\.s\.\d+$")


def _paragraph(comments: dict) -> str | None:
    m = PARAGRAPH.match(comments.get("sent_id", ""))
    return f"{m.group(1)}/{m.group(2)}" if m else None


def _gold_docs(nlp, path: Path, per_doc: int = 10, limit: int = 0):
    """(gold Doc, sentence rows, paragraph id per sentence) for groups of ``per_doc`` sentences."""
    from duidelijk.training.convert import rows_to_doc

    sents = list(read_conllu(path))
    if limit:
        sents = sents[:limit]
    for i in range(0, len(sents), per_doc):
        group = sents[i : i + per_doc]
        rows = [r for _, r in group]
        yield rows_to_doc(nlp.vocab, rows), rows, [_paragraph(c) for c, _ in group]


def _with_breaks(nlp, gold, group, paragraphs):
    """Predicted sentence starts (gold token indices) on text with paragraph breaks restored."""
    from spacy.tokens import Doc

    words, spaces, index = [], [], []
    offset = 0
    for k, rows in enumerate(group):
        for j in range(len(rows)):
            tok = gold[offset + j]
            words.append(tok.text)
            last = j == len(rows) - 1
            new_par = last and k + 1 < len(group) and paragraphs[k + 1] != paragraphs[k]
            spaces.append(bool(tok.whitespace_) and not new_par)
            index.append(tok.i)
            if new_par:
                words.append("\n")
                spaces.append(False)
                index.append(None)
        offset += len(rows)
    pred = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        pred = proc(pred)
    return {index[t.i] for t in pred if t.is_sent_start and index[t.i] is not None}


def evaluate(model: str | None, data_dir: Path, split: str = "test", limit: int = 0) -> dict:
    from spacy.scorer import Scorer
    from spacy.tokens import Doc
    from spacy.training import Example

    from duidelijk.model import load_pipeline, model_info

    path = data_dir / f"{split}.conllu"
    if not path.exists():
        raise SystemExit(f"Geen {split}.conllu gevonden in {data_dir}.")
    started = time.time()
    nlp = load_pipeline(model)
    load_s = time.time() - started
    examples = []
    lemma_ok = lemma_n = 0
    las_all_ok = tok_n = 0
    tp = fp = fn = 0
    s_tp = s_fp = s_fn = 0
    words = 0
    parse_s = 0.0
    for gold, group, paragraphs in _gold_docs(nlp, path, limit=limit):
        t0 = time.time()
        pred = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        for _, proc in nlp.pipeline:
            pred = proc(pred)
        parse_s += time.time() - t0
        words += len(gold)
        examples.append(Example(pred, gold))
        for p, g in zip(pred, gold):
            lemma_n += 1
            lemma_ok += p.lemma_.lower().replace("_", "") == g.lemma_.lower().replace("_", "")
            tok_n += 1
            las_all_ok += p.head.i == g.head.i and p.dep_.lower() == g.dep_.lower()
        gold_starts = {t.i for t in gold if t.is_sent_start}
        pred_starts = _with_breaks(nlp, gold, group, paragraphs)
        s_tp += len(gold_starts & pred_starts)
        s_fp += len(pred_starts - gold_starts)
        s_fn += len(gold_starts - pred_starts)
        offset = 0
        for rows in group:
            gold_passive = any(r[7] == "aux:pass" for r in rows)
            pred_passive = any(t.dep_ == "aux:pass" for t in pred[offset : offset + len(rows)])
            offset += len(rows)
            tp += gold_passive and pred_passive
            fp += pred_passive and not gold_passive
            fn += gold_passive and not pred_passive
    scores = Scorer().score(examples)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    info = model_info(nlp)
    return {
        "model": info["name"],
        "model_version": info["version"],
        "model_path": info["path"],
        "split": split,
        "tokens": tok_n,
        "upos": scores["pos_acc"],
        "morph": scores["morph_acc"],
        "lemma": lemma_ok / lemma_n,
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "las_all": las_all_ok / tok_n,
        "sent_f": 2 * s_tp / (2 * s_tp + s_fp + s_fn) if s_tp else 0.0,
        "sent_f_joined": scores["sents_f"],
        "passive_precision": prec,
        "passive_recall": rec,
        "passive_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "words_per_second_gold_tokens": round(words / parse_s) if parse_s else None,
        "load_seconds": round(load_s, 2),
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
    }


def format_scores(scores: dict) -> str:
    keys = ["upos", "morph", "lemma", "uas", "las", "las_all", "sent_f", "sent_f_joined",
            "passive_precision", "passive_recall", "passive_f1"]
    lines = [f"{scores['model']} {scores['model_version']} on {scores['split']} ({scores['tokens']} tokens)"]
    lines += [f"  {k:<18} {scores[k]:.3f}" for k in keys]
    return "\n".join(lines)
