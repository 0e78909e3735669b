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
    assert tab_to(reviewer, "document.activeElement.tagName === 'SUMMARY' && !!document.activeElement.closest('.zelf')")
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
    # done: points are still open, so it asks first
    assert tab_to(reviewer, "document.activeElement.textContent.trim() === 'Ik ben klaar'")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert reviewer.evaluate("document.activeElement.id") == "fout"
    reviewer.keyboard.press("Tab")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    assert reviewer.url.endswith("/meelezen/wachtrij")
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


def small_page(browser, width=390):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def tabs_until(page, predicate_js: str, limit: int = 300) -> int | None:
    """Press Tab until the predicate holds; returns how many presses (None if never)."""
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return n
    return None


def in_view(page, selector_js: str) -> bool:
    return page.evaluate("(() => { const r = (" + selector_js + ").getBoundingClientRect();"
                         " return r.bottom > 0 && r.top < window.innerHeight; })()")


def ask_for_review(browser, server, text) -> tuple[str, str]:
    writer = new_page(browser)
    sign_in(writer, server, "schrijver-a")
    writer.goto(server + "/")
    writer.fill("#tekst", text)
    with writer.expect_navigation():
        writer.click("form.formulier button[type=submit]")
    with writer.expect_navigation():
        writer.click("button:has-text('Laat een taalambassadeur meelezen')")
    return writer.url, writer.url.rstrip("/").rsplit("/", 1)[1]


def test_reviewer_on_a_long_letter_with_keyboard_at_390_px(browser, server):
    """Issue 15: progress, a quick way to "Ik ben klaar" (at most 40 Tabs from the queue on a
    letter with 40 points or more), "Dit is moeilijk" back in the same paragraph with its
    message there and focused, and "Ik ben klaar" with open points asks first."""
    from browser.letters import many_points_letter

    letter_url, doc_id = ask_for_review(browser, server, many_points_letter())
    page = small_page(browser)
    sign_in(page, server, "lezer-a")
    page.goto(server + "/meelezen/wachtrij")
    page.locator("body").focus()
    total = int(page.locator(f"a[href$='/meelezen/lezen/{doc_id}'] .klein").inner_text().split("(")[1].split()[0])
    assert total >= 40
    # from the queue to "Ik ben klaar": Tab and Enter only
    tabs = tabs_until(page, f"(document.activeElement.getAttribute('href') || '').endsWith('/meelezen/lezen/{doc_id}')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#kop-voortgang").inner_text() == f"0 van {total} gedaan"
    tabs += tabs_until(page, "document.activeElement.getAttribute('href') === '#klaar'")
    page.keyboard.press("Enter")
    tabs += tabs_until(page, "document.activeElement.textContent.trim() === 'Ik ben klaar'")
    assert tabs <= 40, tabs
    assert in_view(page, "document.activeElement")
    # the page is not five times the same sentence: each sentence with points is shown once
    sentences = page.locator(".zin-kaart .zin").all_inner_texts()
    assert len(sentences) == len(set(sentences)) or len(sentences) < total
    assert page.locator(".zin-kaart").count() < total
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert axe(page) == []

    # judge the first open point with the keyboard
    page.goto(page.url.split("#")[0])
    page.locator("body").focus()
    tabs_until(page, "document.activeElement.textContent.startsWith('Naar het eerste open punt')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "keuze"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#kop-voortgang").inner_text() == f"1 van {total} gedaan"
    assert "is bewaard" in page.evaluate("document.activeElement.textContent")

    # "Dit is moeilijk" in the third paragraph, with words that are not there
    page.locator("main").focus()
    assert tabs_until(page, "document.activeElement.tagName === 'SUMMARY' && "
                            "document.activeElement.parentElement.id === 'zelf-2'", limit=400)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "stuk-2"
    page.keyboard.type("woorden die er niet staan")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/meelezen/lezen/{doc_id}#fout")  # post/redirect/get: not /moeilijk
    assert page.evaluate("document.activeElement.id") == "fout"
    assert page.evaluate("document.activeElement.closest('details').id") == "zelf-2"
    assert in_view(page, "document.getElementById('fout')")
    assert page.input_value("#stuk-2") == "woorden die er niet staan"
    assert axe(page) == []
    # a reload does not send the form again
    page.reload()
    assert page.locator("#fout").count() == 0
    # now the right words
    page.locator("#zelf-2 summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "stuk-2"
    page.keyboard.type("ons bereiken")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("#zelf-2-bewaard")
    assert page.evaluate("document.activeElement.closest('details') && document.activeElement.closest('details').id") == "zelf-2"
    assert in_view(page, "document.activeElement")
    assert "ons bereiken" in page.locator("#zelf-2").inner_text()

    # "Ik ben klaar" with open points asks first
    page.goto(page.url.split("#")[0] + "#klaar")
    page.locator("#klaar").focus()
    tabs_until(page, "document.activeElement.textContent.trim() === 'Ik ben klaar'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/meelezen/lezen/" in page.url
    assert page.evaluate("document.activeElement.id") == "fout"
    assert f"Nog {total - 1} punten zijn open" in page.locator("#fout").inner_text()
    assert axe(page) == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Ja, ik ben klaar"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/meelezen/wachtrij")
    assert page.locator(f"a[href$='/meelezen/lezen/{doc_id}']").count() == 0
    assert page.errors == []

    # the writer is told how many points were judged
    writer = new_page(browser)
    sign_in(writer, server, "schrijver-a")
    writer.goto(letter_url)
    assert f"bij 1 van de {total} punten" in writer.locator("main").inner_text()


PAGES = {
    "public": ["/", "/hulp", "/regels", "/regels/DD103", "/bestaat-niet"],
    "lezer-a": ["/meelezen/wachtrij", "/meelezen/wachtwoord"],
    "schrijver-a": ["/meelezen/brieven", "/meelezen/overzicht"],
    "beheer": ["/meelezen/beheer", "/meelezen/beheer/woorden", "/meelezen/beheer/brieven",
               "/meelezen/beheer/logboek", "/meelezen/overzicht"],
}


def test_no_page_scrolls_sideways_at_360_px_and_axe_finds_nothing(browser, server):
    from browser.letters import many_points_letter

    letter_url, doc_id = ask_for_review(browser, server, many_points_letter())
    # words for the words page, a missed passage for the audit log
    reviewer = new_page(browser)
    sign_in(reviewer, server, "lezer-a")
    reviewer.goto(f"{server}/meelezen/lezen/{doc_id}")
    reviewer.locator("details.zelf summary").first.click()
    reviewer.fill("#stuk-0", "Jansen")
    with reviewer.expect_navigation():
        reviewer.locator("#zelf-0 button[type=submit]").click()
    pages = {user: list(paths) for user, paths in PAGES.items()}
    pages["lezer-a"].append(f"/meelezen/lezen/{doc_id}")
    pages["schrijver-a"] += [letter_url.replace(server, ""), f"/meelezen/brief/{doc_id}/verwijderen"]
    pages["beheer"].append(f"/meelezen/brief/{doc_id}/verwijderen")
    wide = []
    for user, paths in pages.items():
        page = small_page(browser, 360)
        if user != "public":
            sign_in(page, server, user)
        else:
            page.goto(server + "/")
            page.fill("#tekst", many_points_letter())
            with page.expect_navigation():
                page.click("form.formulier button[type=submit]")
            paths = paths + [page.url.replace(server, "")]
        for path in paths:
            page.goto(server + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 361:
                wide.append((path, width))
            assert axe(page) == [], path
        assert page.errors == []
    assert wide == []


def test_writer_reaches_downloads_and_review_request_in_a_few_tabs(browser, server):
    """Issue 15: skip links on the result page, so the downloads and "Laat meelezen" are not
    behind every mark (264 and 269 Tabs before)."""
    from browser.letters import many_points_letter

    page = small_page(browser)
    sign_in(page, server, "schrijver-a")
    page.goto(server + "/")
    page.fill("#tekst", many_points_letter())
    with page.expect_navigation():
        page.click("form.formulier button[type=submit]")
    assert page.locator("mark.mark[id]").count() >= 40  # every mark is still there
    for target, wanted in (("#kop-downloads", "document.activeElement.hasAttribute('download')"),
                           ("#kop-meelezen", "document.activeElement.textContent.includes('meelezen')")):
        page.goto(page.url.split("#")[0])
        page.locator("body").focus()
        tabs = tabs_until(page, f"document.activeElement.getAttribute('href') === '{target}'")
        page.keyboard.press("Enter")
        tabs += tabs_until(page, wanted)
        assert tabs <= 15, (target, tabs)
    assert page.locator("#kop-belangrijk").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert axe(page) == []
