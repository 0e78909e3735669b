"""Helpers shared by rules that look at clauses (not a rule module: it registers nothing)."""

from __future__ import annotations

from functools import cache

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
    labels = label_set("aux", "aux:pass", "cop")
    deps, facts = table.deps, table.facts
    cands = [head.i] + [c for c in table.children(head.i) if deps[c] in labels]
    found = [i for i in cands if facts[i].finite_form] or [i for i in cands if facts[i].pos in {"VERB", "AUX"}]
    if not found:
        return None
    first = min(found)
    return head if first == head.i else doc[first]  # the head itself, as the Token way (callers ask "is")


@cache
def label_ids(*labels: str) -> tuple[int, ...]:
    """The string ids of these dependency labels, in their order (hashes of the strings: the
    same in every vocabulary), worked out once, so that rules compare a token table's label
    ids with ints. spaCy is imported here, at the first check, not when the rule modules are
    imported (tests/test_startup.py: importing spaCy early pulls in its command line)."""
    from spacy.strings import get_string_id

    return tuple(get_string_id(label) for label in labels)


@cache
def label_set(*labels: str) -> frozenset[int]:
    """``label_ids`` as a set, for "is this label one of them"."""
    return frozenset(label_ids(*labels))
