"""Helpers shared by rules that look at clauses (not a rule module: it registers nothing)."""

from __future__ import annotations

from duidelijk.metrics import token_table

CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "csubj", "parataxis", "conj"}


def clause_head(token):
    """The head of the clause a token belongs to."""
    cur = token
    while cur.dep_ not in CLAUSE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def finite_verb(head):
    """The finite verb of a clause: the head itself or one of its auxiliaries / copulas.

    Read from the Doc's token table (no Token per child); ``_finite_verb_tokens`` is the
    same on Token objects (tests/test_rule_speed.py holds the two together)."""
    doc = head.doc
    table = token_table(doc)
    strings = doc.vocab.strings
    labels = _aux_labels(strings)
    deps, facts = table.deps, table.facts
    cands = [head.i] + [c for c in table.children(head.i) if deps[c] in labels]
    found = [i for i in cands if facts[i].finite_form] or [i for i in cands if facts[i].pos in {"VERB", "AUX"}]
    if not found:
        return None
    first = min(found)
    return head if first == head.i else doc[first]  # the head itself, as the Token way (callers ask "is")


_labels: list[frozenset[int]] = []


def _aux_labels(strings) -> frozenset[int]:
    """The ids of the labels "aux", "aux:pass" and "cop" (hashes of the strings: the same in
    every vocabulary)."""
    if not _labels:
        _labels.append(frozenset(strings[label] for label in ("aux", "aux:pass", "cop")))
    return _labels[0]


def _finite_verb_tokens(head):
    """``finite_verb`` read from Token objects: the reference for the table way."""
    cands = [head] + [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    fin = [t for t in cands if "Fin" in t.morph.get("VerbForm")]
    if fin:
        return min(fin, key=lambda t: t.i)
    verbs = [t for t in cands if t.pos_ in {"VERB", "AUX"}]
    return min(verbs, key=lambda t: t.i) if verbs else None
