"""The Word task pane (issue 16) in real headless Chromium, without Word.

Microsoft's office.js is replaced by tests/browser/fake_office.js (a fake of exactly the
Office.js calls the pane uses, with a document of plain paragraphs): the browser asks for
office.js at Microsoft's address and Playwright answers with the fake, so the page runs as it
would in Word. The test checks what the pane asks Word to do (which words it selects, replaces
and comments), what it sends to the API, keyboard use and axe-core.
The pane talks to the real API (POST /api/v1/check, app made with API_TOKENS).
Skipped like test_browser.py without chromium, playwright or node_modules/axe-core.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from browser.test_browser import ARTIFACTS, axe, browser, running  # noqa: F401  (skips like it; shared fixture)

from duidelijk.web.office import OFFICE_JS  # noqa: E402

FAKE = (Path(__file__).parent / "fake_office.js").read_text(encoding="utf-8")
TOKEN = "geheim-token-voor-de-test"

# A letter with 'middels' twice in one paragraph (the second occurrence must be found), a
# character outside the Basic Multilingual Plane before it (offsets are code points on the
# server, UTF-16 in the browser), a sentence longer than Word's 255-character search and a
# passive sentence (its suggestion is a whole new sentence: no "Neem over").
PARAGRAPHS = [
    "Uw aanvraag voor een parkeervergunning",
    "",
    "Geachte heer Jansen, 📅",
    "Wij hebben uw aanvraag middels het formulier ontvangen. U kunt ons middels de website uw nieuwe gegevens verstrekken.",
    "Indien u vragen heeft, kunt u ons bellen.",
    "Wij hebben bij de beoordeling van de aanvraag die u in mei bij de gemeente heeft ingediend voor een "
    "vergunning voor het parkeren van uw auto in de straat waar u woont gezien dat er nog een aantal gegevens "
    "ontbreekt die wij nodig hebben om de aanvraag goed te kunnen behandelen en daarom vragen wij u om deze "
    "gegevens zo snel als het kan aan ons te sturen.",
    "Uw aanvraag wordt door ons in behandeling genomen.",
    "Met vriendelijke groet,",
    "Team Vergunningen",
]


@pytest.fixture(scope="module")
def app(nlp):
    from duidelijk.web import create_app

    app = create_app({"SECRET_KEY": "office-test", "ANALYSIS_WORKERS": 0, "API_TOKENS": [TOKEN]})
    yield app
    app.extensions["duidelijk_checker"].close()


@pytest.fixture(scope="module")
def server(app):
    with running(app) as url:
        yield url


def cli_json(app, text: str, name: str) -> dict:
    """What ``duidelijk check --format json`` gives for this text, to compare the pane with."""
    from duidelijk import __version__
    from duidelijk.formatters.json_format import report_dict

    report = app.extensions["duidelijk_checker"].check(text.encode("utf-8"), name, app.extensions["duidelijk_config"])
    report.path = name
    return {"tool": {"name": "duidelijk", "version": __version__}, "files": [report_dict(report)]}


def open_pane(browser, server, paragraphs=PARAGRAPHS, fake: dict | None = None, office: bool = True):
    context = browser.new_context(viewport={"width": 340, "height": 900})
    page = context.new_page()
    page.errors = []
    page.requests = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    setup = {"paragraphs": paragraphs, **(fake or {})}
    if office:
        body = "window.__fakeWord = " + json.dumps(setup) + ";\n" + FAKE
        page.route(OFFICE_JS, lambda route: route.fulfill(status=200, content_type="text/javascript", body=body))
    else:  # outside Word: office.js cannot be loaded
        page.route(OFFICE_JS, lambda route: route.abort())
    page.on("request", lambda r: page.requests.append({"headers": r.headers, "body": r.post_data_json})
            if r.url.endswith("/api/v1/check") else None)
    page.goto(server + "/office/taakvenster")
    return page


def word(page) -> dict:
    return page.evaluate("window.__fakeWord")


def item(page, code: str, text: str, nth: int = 0):
    """The list item of the nth finding with this code and text (in document order)."""
    ids = page.evaluate(
        """([code, text]) => [...document.querySelectorAll('#punten li[data-code="' + code + '"]')]
            .filter(li => li.querySelector('.woorden q').textContent === text)
            .map(li => [li.id, li.dataset.start])""", [code, text])
    ids.sort(key=lambda x: int(x[1]))
    assert len(ids) > nth, (code, text, ids)
    return page.locator("#" + ids[nth][0])


def tab_to(page, predicate_js: str, limit: int = 200) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return True
    return False


def test_pane_checks_selects_replaces_and_comments_with_keyboard(browser, server, app):
    page = open_pane(browser, server)
    assert page.evaluate("document.documentElement.lang") == "nl"
    page.wait_for_selector("#controleer:not([disabled])")
    assert axe(page) == []

    # the token, with the keyboard: once, then it is kept
    assert tab_to(page, "document.activeElement.id === 'sleutel'")
    page.keyboard.type(TOKEN)
    page.keyboard.press("Enter")
    assert page.locator("#sleutel-bewaard").is_visible()
    assert page.evaluate("localStorage.getItem('duidelijk-sleutel')") == TOKEN
    assert page.evaluate("document.activeElement.id") == "controleer"
    page.keyboard.press("Enter")
    page.wait_for_selector("#uitslag:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "kop-uitslag"

    # the request: the body paragraphs joined by a blank line, and the token
    sent = page.requests[-1]
    assert sent["headers"]["authorization"] == f"Bearer {TOKEN}"
    assert sent["body"]["tekst"] == "\n\n".join(p for p in PARAGRAPHS if p)
    assert sent["body"]["naam"].endswith(".txt")

    # the summary on top, as in the CLI's JSON for the same text
    expected = cli_json(app, sent["body"]["tekst"], sent["body"]["naam"])["files"][0]
    assert page.inner_text("#oordeel-tekst") == expected["verdict"]["text"]
    assert page.inner_text("#niveau").startswith(f"Niveau {expected['metrics']['lint_level']} van 4")
    assert page.locator("#punten li").count() == len(expected["findings"])
    # groups ranked: the heaviest first (severity times count)
    weight = {}
    for f in expected["findings"]:
        weight[f["category"]] = weight.get(f["category"], 0) + {"error": 3, "warning": 2, "suggestion": 1}[f["severity"]]
    groups = page.eval_on_selector_all("#punten section.groep", "els => els.map(e => e.dataset.category)")
    assert [weight[g] for g in groups] == sorted(weight.values(), reverse=True)
    assert axe(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "word-taakvenster.png"), full_page=True)

    para = PARAGRAPHS[3]
    first, second = para.index("middels"), para.index("middels", para.index("middels") + 1)

    # choosing the second 'middels' (keyboard: Tab to it, Enter) selects the second occurrence
    second_item = item(page, "DD103", "middels", 1)
    target = second_item.locator(".woorden")
    assert tab_to(page, f"document.activeElement === document.querySelector('#{second_item.get_attribute('id')} .woorden')")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.__fakeWord.selections.length === 1")
    assert word(page)["selections"][-1] == {"p1": 3, "a": second, "p2": 3, "b": second + 7, "text": "middels"}

    # "Neem over" only where the suggestion can stand in place of the words (not for advice
    # such as "noem de datum", nor for a rewritten sentence)
    from duidelijk.web.office import REPLACEABLE

    offered = page.eval_on_selector_all(
        "#punten li", "els => els.map(li => [li.dataset.category, !!li.querySelector('.voorstel'),"
                      " !!li.querySelector('.neem-over')])")
    assert {(c in REPLACEABLE, has) for c, has, _ in offered} >= {(True, True), (False, True)}
    for category, has_suggestion, button in offered:
        assert button == (has_suggestion and category in REPLACEABLE), category

    # "Neem over" on the first 'middels': replaced there only, by the first suggestion
    first_item = item(page, "DD103", "middels", 0)
    suggestion = [f for f in expected["findings"] if f["code"] == "DD103" and f["text"] == "middels"][0]["suggestions"][0]
    first_item.locator(".neem-over").click()
    page.wait_for_function("() => window.__fakeWord.replacements.length === 1")
    w = word(page)
    assert w["replacements"] == [{"p1": 3, "a": first, "p2": 3, "b": first + 7, "old": "middels", "text": suggestion}]
    assert w["paragraphs"][3] == para[:first] + suggestion + para[first + 7:]
    assert first_item.locator(".neem-over").is_disabled()

    # the second 'middels' moved (offsets shift by the replacement): still found, now the first match
    target.click()
    page.wait_for_function("() => window.__fakeWord.selections.length === 3")  # the replacement selected its text too
    shifted = second + len(suggestion) - 7
    assert word(page)["selections"][-1] == {"p1": 3, "a": shifted, "p2": 3, "b": shifted + 7, "text": "middels"}

    # "Zet als opmerking" on 'Indien' (keyboard): a Word comment on exactly that word
    indien = item(page, "DD103", "Indien")
    assert tab_to(page, f"document.activeElement === document.querySelector('#{indien.get_attribute('id')} .opmerking')")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.__fakeWord.comments.length === 1")
    comment = word(page)["comments"][0]
    assert (comment["p1"], comment["a"], comment["text"]) == (4, 0, "Indien")
    message = [f for f in expected["findings"] if f["text"] == "Indien"][0]["message"]
    assert comment["comment"].startswith(message) and "DD103" in comment["comment"]
    assert page.evaluate("document.activeElement.classList.contains('woorden')")

    # a sentence longer than Word's search limit: found as two pieces joined with expandTo
    long_item = page.locator("#punten li[data-code=DD101]").filter(has_text="Wij hebben bij de beoordeling")
    long_item.locator(".woorden").click()
    page.wait_for_function("() => window.__fakeWord.selections.length === 4")
    sel = word(page)["selections"][-1]
    assert (sel["p1"], sel["a"], sel["p2"]) == (5, 0, 5) and sel["text"] == PARAGRAPHS[5]
    assert all(len(s["text"]) <= 255 for s in word(page)["searches"])

    # the writer changed the paragraph in Word: the pane says so and does not touch the text
    page.evaluate("window.__fakeWord.paragraphs[4] = 'Als u vragen heeft, kunt u ons bellen.'")
    before = word(page)
    indien.locator(".woorden").click()
    page.wait_for_selector("#fout:not([hidden])")
    assert "veranderd" in page.inner_text("#fout")
    assert word(page)["selections"] == before["selections"]
    assert axe(page) == []
    assert word(page)["errors"] == []
    assert page.errors == []


def test_wrong_token_asks_for_a_new_one(browser, server, app):
    page = open_pane(browser, server)
    page.wait_for_selector("#controleer:not([disabled])")
    page.fill("#sleutel", "fout")
    page.click("#sleutel-form button[type=submit]")
    page.click("#controleer")
    page.wait_for_selector("#fout:not([hidden])")
    assert "sleutel werkt niet" in page.inner_text("#fout")
    assert page.locator("#sleutel").is_visible()
    assert page.requests[-1]["headers"]["authorization"] == "Bearer fout"
    assert page.locator("#uitslag").is_hidden()
    assert axe(page) == []


def test_without_comment_support_no_comment_button(browser, server, app):
    page = open_pane(browser, server, fake={"apiVersion": "1.3"})
    page.wait_for_selector("#controleer:not([disabled])")
    page.evaluate(f"localStorage.setItem('duidelijk-sleutel', {json.dumps(TOKEN)})")
    page.reload()
    page.wait_for_selector("#controleer:not([disabled])")
    assert page.locator("#sleutel-bewaard").is_visible()  # kept from before
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    assert page.locator("#punten li").count() > 3
    assert page.locator("#punten .opmerking").count() == 0
    assert page.locator("#punten .neem-over").count() > 0


def test_outside_word_the_pane_says_so(browser, server, app):
    page = open_pane(browser, server, office=False)
    page.wait_for_function("() => document.getElementById('melding').textContent.length > 0")
    assert "Open deze pagina in Word" in page.inner_text("#melding")
    assert page.locator("#controleer").is_disabled()
    other = open_pane(browser, server, fake={"host": "Excel"})
    other.wait_for_function("() => document.getElementById('melding').textContent.length > 0")
    assert "Open deze pagina in Word" in other.inner_text("#melding")
    assert other.locator("#controleer").is_disabled()
    assert axe(page) == []


def test_api_off_says_so(browser, nlp):
    from duidelijk.web import create_app

    app = create_app({"SECRET_KEY": "office-test", "ANALYSIS_WORKERS": 0, "PRELOAD_MODEL": False})  # no tokens
    with running(app) as url:
        page = open_pane(browser, url)
        page.wait_for_selector("#controleer:not([disabled])")
        page.fill("#sleutel", TOKEN)
        page.click("#sleutel-form button[type=submit]")
        page.click("#controleer")
        page.wait_for_selector("#fout:not([hidden])")
        assert "kan duidelijk geen teksten uit Word controleren" in page.inner_text("#fout")
        assert page.requests[-1]["headers"]["authorization"] == f"Bearer {TOKEN}"
        assert page.locator("#uitslag").is_hidden()
