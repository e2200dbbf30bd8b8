"""The web page in a real browser: Debian's headless Chromium driven by Selenium.

Against a uvicorn server on 127.0.0.1: paste seed 000, check the deadlines shown against the
record ``parse_text`` gives, click a value and check its place in the text lights up, upload
the seed's DOCX, fetch the ICS download and parse it, and check that markup in a directive
shows as text. Selenium Manager is never used (the driver and browser paths are given), so
nothing is downloaded. Skipped only off CI when Chromium is not installed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from _live_server import live_server
from conftest import CORPUS

from directive_parser import parse_file, parse_text
from directive_parser.loaders.ocr import tesseract_status
from directive_parser.render import RENDERERS

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# How long to wait for the page to show a parse (the first one loads spaCy on the server).
RESULT_TIMEOUT_S = 60

SCREENSHOT_DIR = Path(os.environ.get("DIRECTIVE_PARSER_SCREENSHOTS", tempfile.gettempdir()))

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()) and os.environ.get("CI") != "true":
    pytest.skip("chromium/chromedriver not installed (run WITH_BROWSER=1 scripts/setup.sh)", allow_module_level=True)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="dp-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
        "--lang=vi",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(RESULT_TIMEOUT_S)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _submit_and_wait(driver, previous_status: str | None = None) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, RESULT_TIMEOUT_S).until(
        lambda d: d.find_element(By.ID, "status").text.startswith(("Đã phân tích", "Không"))
        and d.find_element(By.ID, "status").text != previous_status
    )
    return driver.find_element(By.ID, "status").text


def _paste(driver, base_url: str, text: str) -> str:
    from selenium.webdriver.common.by import By

    driver.get(base_url + "/")
    area = driver.find_element(By.ID, "text")
    # send_keys types character by character (slow, and Chromium drops some non-BMP input);
    # set the value as a user's paste would, then submit through the real button.
    driver.execute_script("arguments[0].value = arguments[1];", area, text)
    return _submit_and_wait(driver)


def test_pasted_seed_shows_its_record_and_highlights_on_click(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    record = parse_text(text)
    status = _paste(browser, base_url, text)
    assert status.startswith("Đã phân tích"), status

    # the duties shown are the record's obligations, by date (undated after)
    shown = [t.get_attribute("data-date") for t in browser.find_elements(By.CSS_SELECTOR, "[data-testid=deadline]")]
    dated = sorted(o.date.isoformat() for o in record.obligations if o.date)
    assert shown == dated + [""] * sum(o.date is None for o in record.obligations)
    page_text = browser.find_element(By.ID, "deadlines").text
    for o in record.obligations:
        assert o.action in page_text
        if o.date:
            assert o.date.strftime("%d/%m/%Y") in page_text

    # the first duty's "xem" highlights where its action is printed, its body's where the body is
    first = browser.find_element(By.CSS_SELECTOR, '[data-testid=deadline] .where[data-label^="obligations"]')
    label = first.get_attribute("data-label")
    first.click()
    marked = "".join(m.text for m in browser.find_elements(By.CSS_SELECTOR, "#source-text mark.active"))
    index = int(label[len("obligations[") : label.index("]")])
    assert record.obligations[index].action.split()[0] in marked
    who = browser.find_elements(By.CSS_SELECTOR, f'.where[data-label="{label}.responsible"]')
    if record.obligations[index].responsible_evidence is not None:
        who[0].click()
        marked = "".join(m.text for m in browser.find_elements(By.CSS_SELECTOR, "#source-text mark.active"))
        assert record.obligations[index].responsible.split()[0] in marked

    register = browser.find_element(By.ID, "register").text
    assert record.number.symbol in register
    assert record.signer.name in register

    # clicking the number highlights the place it came from, and only that
    value = browser.find_element(By.CSS_SELECTOR, '.value[data-label="number.symbol"]')
    value.click()
    active = browser.find_elements(By.CSS_SELECTOR, "#source-text mark.active")
    assert active, "the number's place in the text is highlighted"
    assert record.evidence["number.symbol"].text in "".join(m.text for m in active)
    assert all("number.symbol" in m.get_attribute("data-labels").split() for m in active)

    browser.save_screenshot(str(SCREENSHOT_DIR / "directive-parser-page.png"))


def test_uploaded_docx_shows_its_record_and_the_ics_parses(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    path = CORPUS / "files" / "000.docx"
    record = parse_file(path)
    browser.get(base_url + "/")
    browser.find_element(By.ID, "file").send_keys(str(path.resolve()))
    status = _submit_and_wait(browser)
    assert status.startswith("Đã phân tích tệp 000.docx"), status
    assert record.number.symbol in browser.find_element(By.ID, "register").text
    shown = [t.get_attribute("data-date") for t in browser.find_elements(By.CSS_SELECTOR, "[data-testid=deadline]")]
    assert sorted(filter(None, shown)) == sorted(o.date.isoformat() for o in record.obligations if o.date)

    links = {a.get_attribute("data-format"): a for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")}
    assert set(links) == set(RENDERERS)  # only the registered formats are offered
    if "ics" not in RENDERERS:
        return
    assert links["ics"].get_attribute("download").endswith(".ics")
    ics = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
        links["ics"].get_attribute("href"),
    )
    import icalendar

    calendar = icalendar.Calendar.from_ical(ics)
    events = [c for c in calendar.walk("VEVENT")]
    starts = sorted(e.decoded("DTSTART").isoformat()[:10] for e in events)
    for d in record.deadlines:
        if d.date:
            assert d.date.isoformat() in starts


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_uploaded_scan_shows_each_ocr_value_with_its_confidence(browser, base_url: str) -> None:
    """A one-page scan (n043): every value read by OCR says so, with its confidence, and a typed
    document's values say nothing of the kind."""
    from selenium.webdriver.common.by import By

    path = CORPUS / "files" / "n043.scan.pdf"
    record = parse_file(path)
    confidence = record.source["ocr_confidence"]
    browser.get(base_url + "/")
    browser.find_element(By.ID, "file").send_keys(str(path.resolve()))
    status = _submit_and_wait(browser)
    assert status.startswith("Đã phân tích tệp n043.scan.pdf"), status
    notes = {n.get_attribute("data-ocr-label"): n for n in browser.find_elements(By.CSS_SELECTOR, "#register .ocr-note")}
    # the register's values read from the scan, each with its note
    shown = {label for label in confidence if browser.find_elements(By.CSS_SELECTOR, f'#register .value[data-label="{label}"]')}
    assert shown and set(notes) == shown
    for label, note in notes.items():
        assert "đọc từ ảnh quét — hãy kiểm tra lại" in note.text
        assert f"{round(confidence[label] * 100)}%" in note.text
        assert ("doubt" in note.get_attribute("class").split()) == (confidence[label] < 0.8)
    _paste(browser, base_url, (CORPUS / "000.txt").read_text(encoding="utf-8"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".ocr-note")


def test_markup_in_the_text_shows_as_text(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    # Entities survive normalisation as a literal element in the trích yếu.
    text = (CORPUS / "000.txt").read_text(encoding="utf-8").replace(
        "kiểm tra, giám sát", "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;&lt;script&gt;window.pwned=2&lt;/script&gt; kiểm tra, giám sát", 1
    )
    _paste(browser, base_url, text)
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#result img, #result script")
    assert "<script>window.pwned=2</script>" in browser.find_element(By.ID, "source-text").text


def _fire_input(driver, text: str) -> None:
    """Type into the paste box as a user does (the value changes and an input event fires)."""
    from selenium.webdriver.common.by import By

    area = driver.find_element(By.ID, "text")
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text
    )


def test_an_error_is_vietnamese_and_clears_the_previous_result(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    first = _paste(browser, base_url, (CORPUS / "000.txt").read_text(encoding="utf-8"))
    assert browser.find_element(By.ID, "result").is_displayed()
    area = browser.find_element(By.ID, "text")
    browser.execute_script("arguments[0].value = arguments[1];", area, "12345 678 ... 2023/07/07")
    status = _submit_and_wait(browser, first)
    assert status.startswith("Không đọc được: không có chữ nào để đọc"), status
    assert not browser.find_element(By.ID, "result").is_displayed()
    assert browser.find_element(By.ID, "register").text == ""
    assert not browser.find_elements(By.CSS_SELECTOR, "#downloads a")


def test_text_pasted_after_choosing_a_file_is_what_is_read(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    browser.find_element(By.ID, "file").send_keys(str((CORPUS / "files" / "000.docx").resolve()))
    _fire_input(browser, (CORPUS / "001.txt").read_text(encoding="utf-8"))
    assert browser.execute_script("return document.getElementById('file').files.length") == 0
    status = _submit_and_wait(browser)
    assert "000.docx" not in status
    assert parse_text((CORPUS / "001.txt").read_text(encoding="utf-8")).number.symbol in browser.find_element(By.ID, "register").text


@pytest.mark.parametrize("stem", ["002", "003"])
def test_outline_downloads_only_with_an_outline_and_only_dated_items_counted(browser, base_url: str, stem: str) -> None:
    from selenium.webdriver.common.by import By

    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    record = parse_text(text)
    status = _paste(browser, base_url, text)
    dated = sum(d.date is not None for d in record.deadlines)
    assert f": {dated} việc có thời hạn" in status, status
    offered = {a.get_attribute("data-format") for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")}
    outline = {f for f in RENDERERS if f.startswith("outline")}
    assert (offered & outline == outline) if record.report_outline else not (offered & outline)


def test_xem_buttons_have_names_and_highlights_work_from_the_keyboard(browser, base_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _paste(browser, base_url, (CORPUS / "000.txt").read_text(encoding="utf-8"))
    buttons = browser.find_elements(By.CSS_SELECTOR, ".where")
    assert buttons and all((b.get_attribute("aria-label") or "").startswith("Xem ") for b in buttons)
    marks = browser.find_elements(By.CSS_SELECTOR, "#source-text mark")
    assert marks and all(m.get_attribute("tabindex") == "0" for m in marks)
    number = next(m for m in marks if "number.symbol" in m.get_attribute("data-labels").split())
    number.send_keys(Keys.ENTER)
    assert browser.find_elements(By.CSS_SELECTOR, '.value.selected[data-label="number.symbol"]')
    assert browser.find_element(By.ID, "received").get_attribute("value")  # today by default
