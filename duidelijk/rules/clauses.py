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


def is_finite(tok) -> bool:
    """Is the token a finite verb (a verb or auxiliary in a finite form: "Fin" in
    ``Token.morph``'s VerbForm, ``Token.pos_`` VERB or AUX)? Read from the Doc's token table
    (``finite_at``): ``Token.morph.get`` makes a MorphAnalysis and a list at every call."""
    return finite_at(token_table(tok.doc).facts, tok.i)


def finite_at(facts, i: int) -> bool:
    """``is_finite`` of token ``i``, read from the token table's facts (``metrics.token_table``)."""
    fact = facts[i]
    return fact.finite_form and fact.pos in {"VERB", "AUX"}


def finite_verb(head):
    """The finite verb of a clause: the head itself or one of its auxiliaries / copulas.

    Read from the Doc's token table (no Token per child); tests/test_rule_speed.py holds it
    to the same question asked of Token objects."""
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
