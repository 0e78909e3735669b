"""Helpers shared by rules that look at clauses (not a rule module: it registers nothing)."""

from __future__ import annotations

CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "csubj", "parataxis", "conj"}


def clause_head(token):
    """The head of the clause a token belongs to."""
    cur = token
    while cur.dep_ not in CLAUSE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def finite_verb(head):
    """The finite verb of a clause: the head itself or one of its auxiliaries / copulas."""
    cands = [head] + [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    fin = [t for t in cands if "Fin" in t.morph.get("VerbForm")]
    if fin:
        return min(fin, key=lambda t: t.i)
    verbs = [t for t in cands if t.pos_ in {"VERB", "AUX"}]
    return min(verbs, key=lambda t: t.i) if verbs else None
