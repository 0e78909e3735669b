"""Reviews in real headless Chromium (issue 7): a writer asks for a review, a taalambassadeur
reviews with the keyboard only, the writer sees the result; axe-core on the review pages and
the dashboard. Skipped without chromium, playwright or node_modules/axe-core."""

from __future__ import annotations

import pytest

from browser.test_browser import ARTIFACTS, AXE, axe, browser, running  # noqa: F401  (skips like it; shared fixture)

sync_api = pytest.importorskip("playwright.sync_api", reason="Python-pakket playwright ontbreekt")
pytest.importorskip("sqlalchemy")

from test_review_support import LETTER, PASSWORD, make_app  # noqa: E402


@pytest.fixture(scope="module")
def server(nlp, tmp_path_factory):
    app = make_app("sqlite:///" + str(tmp_path_factory.mktemp("db") / "duidelijk.db"))
    with running(app) as url:
        yield url
    app.extensions["duidelijk_review_db"].dispose()


def new_page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def sign_in(page, server, username):
    page.goto(server + "/inloggen")
    page.fill("#gebruikersnaam", username)
    page.fill("#wachtwoord", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit].hoofdknop")


def tab_to(page, predicate_js: str, limit: int = 300) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return True
    return False


def test_review_flow_with_keyboard_and_axe(browser, server):
    # the writer checks a letter and asks for a review
    writer = new_page(browser)
    sign_in(writer, server, "schrijver-a")
    writer.goto(server + "/")
    writer.fill("#tekst", LETTER)
    with writer.expect_navigation():
        writer.click("form.formulier button[type=submit]")
    assert axe(writer) == []
    with writer.expect_navigation():
        writer.click("button:has-text('Laat een taalambassadeur meelezen')")
    letter_url = writer.url
    assert "/meelezen/brief/" in letter_url
    doc_id = letter_url.rstrip("/").rsplit("/", 1)[1]

    # the taalambassadeur: keyboard only
    reviewer = new_page(browser)
    reviewer.goto(server + "/inloggen")
    assert tab_to(reviewer, "document.activeElement.id === 'gebruikersnaam'")
    reviewer.keyboard.type("lezer-a")
    reviewer.keyboard.press("Tab")
    reviewer.keyboard.type(PASSWORD)
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert reviewer.url.endswith("/meelezen/wachtrij")
    assert axe(reviewer) == []
    assert tab_to(reviewer, f"(document.activeElement.getAttribute('href') || '').endsWith('/meelezen/lezen/{doc_id}')")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert axe(reviewer) == []
    ARTIFACTS.mkdir(exist_ok=True)
    reviewer.screenshot(path=str(ARTIFACTS / "meelezen.png"), full_page=True)

    # first card: Tab to its first choice, arrow to "Klopt niet", type a comment, save
    assert tab_to(reviewer, "document.activeElement.name === 'keuze'")
    reviewer.keyboard.press("ArrowRight")  # radio group: agree -> disagree
    assert reviewer.evaluate("document.activeElement.value") == "disagree"
    reviewer.keyboard.press("Tab")
    assert reviewer.evaluate("document.activeElement.name") == "opmerking"
    reviewer.keyboard.type("Dit begrijp ik wel.")
    reviewer.keyboard.press("Tab")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert reviewer.locator(".kaart-klaar").count() == 1
    assert axe(reviewer) == []

    # a missed passage: open "Is hier nog iets anders moeilijk?" with the keyboard
    reviewer.locator("main").focus()
    assert tab_to(reviewer, "document.activeElement.tagName === 'SUMMARY'")
    reviewer.keyboard.press("Enter")
    reviewer.keyboard.press("Tab")
    assert reviewer.evaluate("document.activeElement.name") == "stuk"
    reviewer.keyboard.type("Geachte heer")
    reviewer.keyboard.press("Tab")
    reviewer.keyboard.type("Wie is dat?")
    reviewer.keyboard.press("Tab")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert "Geachte heer" in reviewer.locator("#zelf").inner_text()
    # done
    assert tab_to(reviewer, "document.activeElement.textContent.trim() === 'Ik ben klaar'")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert reviewer.errors == []

    # the writer sees the review inline
    writer.goto(letter_url)
    text = writer.locator("main").inner_text()
    assert "Dit begrijp ik wel." in text and "Wie is dat?" in text and "Klopt niet" in text
    assert writer.locator("mark.passage").count() >= 2
    assert axe(writer) == []
    writer.screenshot(path=str(ARTIFACTS / "meelezen-schrijver.png"), full_page=True)

    # dashboard and admin pages
    writer.goto(server + "/meelezen/overzicht")
    assert writer.locator("svg.grafiek").count() == 2
    assert axe(writer) == []
    admin = new_page(browser)
    sign_in(admin, server, "beheer")
    for path in ("/meelezen/beheer", "/meelezen/beheer/woorden", "/meelezen/beheer/brieven",
                 "/meelezen/beheer/logboek", "/meelezen/overzicht", "/meelezen/wachtwoord"):
        admin.goto(server + path)
        assert axe(admin) == [], path
    assert writer.errors == [] and admin.errors == []


def test_review_page_at_360_px(browser, server):
    page = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    sign_in(page, server, "lezer-a")
    page.goto(server + "/meelezen/wachtrij")
    links = page.locator(".grote-lijst a")
    if links.count():
        links.first.click()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    for box in page.locator(".keuze label").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)"):
        assert box >= 44
