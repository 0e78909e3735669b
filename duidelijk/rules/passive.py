"""DD102 lijdende-vorm: passive voice (worden/zijn + past participle), read from the parse.

Source: Direct Duidelijk schrijftips; Schrijfwijzer van Gebruiker Centraal ("Schrijf actief");
Onze Taal, "Lijdende vorm" (https://onzetaal.nl/taalloket/lijdende-vorm). A passive hides who
acts; readers at B1 want to know who does what.

Only a real passive counts: the parse must show a passive auxiliary (``aux:pass``) on a
participle. "Ik word morgen 40" and "Hij wordt boos" have no participle and are not passive.
A ``zijn`` passive ("De winkel is gesloten") often describes a state, so it is at most a
suggestion.
"""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.verbs import SINGULAR_AUX, object_form, infinitive, present_singular, subject_form

@cache
def zijn_verbs() -> frozenset[str]:
    """Verbs that form their perfect tense with 'zijn' ("is verhuisd" is not passive)."""
    return frozenset(r["verb"] for r in wordlists.load("zijn_verbs"))


PLURAL_SUBJECTS = {"wij", "we", "zij", "ze", "jullie"}
SKIP_DEPS = {"aux", "aux:pass", "nsubj:pass", "obl:agent", "punct", "compound:prt", "cop", "mark", "cc"}


def _is_participle(token) -> bool:
    return "Part" in token.morph.get("VerbForm") or (
        token.pos_ in {"VERB", "ADJ"} and token.lower_.startswith("ge") and token.lower_[-1] in "dtn"
    )


def _agent(verb):
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return child
        if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ == "door" for c in child.children
        ):
            return child
    return None


def _text(tokens) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    out = ""
    for i, tok in enumerate(tokens):
        out += tok.text
        if i + 1 < len(tokens):
            out += " " if tok.whitespace_ or tokens[i + 1].i != tok.i + 1 else ""
    return out


def active_sentence(verb, aux) -> str | None:
    """Rewrite a simple main-clause passive with a named agent as an active sentence."""
    agent = _agent(verb)
    if agent is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    finite = next((a for a in auxes if "Fin" in a.morph.get("VerbForm")), None)
    if finite is None or any(c.dep_ == "mark" for c in verb.children):
        return None  # not a main clause
    agent_tokens = [t for t in agent.subtree if not (t.dep_ == "case" and t.lower_ == "door")]
    agent_text = subject_form(agent.text) if len(agent_tokens) == 1 else _text(agent_tokens)
    plural = (
        agent_text.lower() in PLURAL_SUBJECTS
        or "Plur" in agent.morph.get("Number")
        or any(c.dep_ == "conj" for c in agent.children)
    )
    subject = next((c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"}), None)
    skip = {agent.i} | ({subject.i} if subject is not None else set())
    rest = []
    for child in verb.children:
        if child.i in skip or child.dep_ in SKIP_DEPS:
            continue
        rest.extend(child.subtree)
    obj = ""
    if subject is not None:
        subj_tokens = list(subject.subtree)
        if len(subj_tokens) == 1:
            word = subject.text if subject.pos_ == "PROPN" else object_form(subject.lower_)
            obj = word
        else:
            first = subj_tokens[0]
            obj = _text(subj_tokens)
            if first.pos_ != "PROPN":
                obj = obj[0].lower() + obj[1:]
    rest_text = _text(rest)
    if rest and min(rest, key=lambda t: t.i).is_sent_start and rest_text[:1].isupper():
        first = min(rest, key=lambda t: t.i)
        if first.pos_ != "PROPN":
            rest_text = rest_text[0].lower() + rest_text[1:]
    middle = " ".join(x for x in (obj, rest_text) if x)
    particle_tokens = [c for c in verb.children if c.dep_ == "compound:prt"]
    lemma = infinitive(verb.text, verb.lemma_)
    modal = next((a for a in auxes if a.dep_ == "aux" and a.lemma_.lower() not in {"zijn", "worden", "hebben"}), None)
    if modal is not None:
        mod = modal.lemma_.lower() if plural else SINGULAR_AUX.get(modal.lemma_.lower(), modal.lower_)
        parts = [agent_text, mod, middle, lemma]
    elif finite.lemma_.lower() == "worden" and "Pres" in finite.morph.get("Tense"):
        if plural:
            parts = [agent_text, lemma, middle]
        else:
            particle, form = present_singular(verb.text, lemma)
            parts = [agent_text, form, middle, particle]
    else:
        have = "hebben" if plural else "heeft"
        prt = "".join(t.lower_ for t in particle_tokens)
        parts = [agent_text, have, middle, prt + verb.lower_]
    sentence = " ".join(p for p in parts if p).strip()
    if not sentence:
        return None
    return sentence[0].upper() + sentence[1:] + "."


@register
class Passive(Rule):
    code = "DD102"
    name = "lijdende-vorm"
    category = "passive"
    severity = Severity.WARNING
    settings = {"state_severity": "suggestion"}
    doc = RuleDoc(
        what="Zoekt zinnen in de lijdende vorm, zoals 'wordt gecontroleerd' en 'is verstuurd'.",
        why=(
            "In de lijdende vorm staat niet wie iets doet. De lezer moet dat zelf bedenken. "
            "Een actieve zin is korter en duidelijker: eerst wie het doet, dan wat er gebeurt."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Lijdende vorm'",
        bad="Het formulier wordt door de gemeente gecontroleerd.",
        good="De gemeente controleert het formulier.",
        exceptions=(
            "'Ik word morgen 40' en 'Hij wordt boos' zijn geen lijdende vorm. Een zin met 'zijn' "
            "die een toestand beschrijft ('De winkel is gesloten') is hoogstens een tip."
        ),
    )

    def check(self, ctx: Context):
        for sent in ctx.prose_sentences:
            for tok in sent:
                if tok.dep_ != "aux:pass" or tok.lemma_.lower() not in {"worden", "zijn"}:
                    continue
                verb = tok.head
                if verb.i == tok.i or not _is_participle(verb):
                    continue
                state = tok.lemma_.lower() == "zijn"
                if state and infinitive(verb.text, verb.lemma_) in zijn_verbs():
                    continue  # "U bent verhuisd": a perfect tense, not a passive
                level = Severity.parse(self.options["state_severity"]) if state else self.level
                rewrite = active_sentence(verb, tok)
                start, end = min(tok.idx, verb.idx), max(tok.idx + len(tok), verb.idx + len(verb))
                if rewrite:
                    msg = "Deze zin is in de lijdende vorm. Zet voorop wie het doet."
                    suggestions = [rewrite]
                elif state:
                    msg = (
                        "Mogelijk een lijdende vorm. Gaat het om iets wat iemand doet? "
                        "Schrijf dan wie het doet."
                    )
                    suggestions = []
                else:
                    msg = (
                        "Deze zin is in de lijdende vorm. Er staat niet wie het doet. "
                        "Schrijf wie het doet, bijvoorbeeld 'wij' of 'u'."
                    )
                    suggestions = []
                yield self.finding(ctx, start, end, msg, suggestions, severity=level)
