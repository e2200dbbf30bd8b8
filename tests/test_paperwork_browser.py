"""The Số đến on the register page in a real browser (issue 20): the clerk types the stamped number.

Headless Chromium through Selenium, with ``test_browser.py``'s fixture, against a uvicorn server
whose register is a fresh SQLite file holding two seeds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _live_server import live_server
from conftest import CORPUS
from test_browser import RESULT_TIMEOUT_S, browser  # noqa: F401  (the module's Chromium fixture)

from directive_parser.register import db
from directive_parser.register.store import Register


def _wait(driver: Any, condition: Any) -> Any:
    """Wait for a condition; an element redrawn under it (stale) is looked for again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, RESULT_TIMEOUT_S, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def _type_number(driver: Any, selector: str, text: str) -> None:
    """Type into the input, finding it again if the list was redrawn meanwhile (the page loads it twice)."""
    from selenium.common.exceptions import ElementNotInteractableException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    def typed(d: Any) -> bool:
        try:
            box = d.find_element(By.CSS_SELECTOR, selector)
            d.execute_script("arguments[0].scrollIntoView({block: 'center'});", box)
            box.clear()
            box.send_keys(text, Keys.TAB)
        except (StaleElementReferenceException, ElementNotInteractableException):
            return False
        return True

    _wait(driver, typed)


# Typing may land in a list the page is about to draw again (it loads the list twice): the change is
# then lost with the old input. Try a few times, each time waiting this long for the page's answer.
TYPING_TRIES = 4
ANSWER_WAIT_S = 5


def _type_until(driver: Any, selector: str, text: str, answered: Any) -> None:
    """Type ``text`` into the input until the page shows ``answered`` (or the tries run out)."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    for _ in range(TYPING_TRIES - 1):
        _type_number(driver, selector, text)
        try:
            WebDriverWait(driver, ANSWER_WAIT_S).until(answered)
            return
        except TimeoutException:
            continue
    _type_number(driver, selector, text)
    _wait(driver, answered)


def test_the_clerk_corrects_the_arrival_number(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    monkeypatch.setenv(db.DB_ENV, url)
    db.dispose_all()
    reg = Register(url)
    for name in ("000.txt", "001.txt"):
        reg.add_file(CORPUS / name)
    ids = {v.symbol: v.id for v in reg.directives()}
    driver = browser
    with live_server() as base:
        driver.get(base + "/register")
        first = f"input[data-arrival='{ids['1092-CV/BDVTU']}']"
        _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, first).get_attribute("value") == "1")
        _type_until(driver, first, "148", lambda d: d.find_element(By.ID, "status").text == "Đã ghi số đến 148")
        assert {v.symbol: v.arrival_number for v in reg.directives()} == {"1092-CV/BDVTU": 148, "624-CV/BDVTU": 2}
        # a number another directive of the year holds is refused, and the list shows the truth again
        _type_until(driver, f"input[data-arrival='{ids['624-CV/BDVTU']}']", "148", lambda d: "already" in d.find_element(By.ID, "status").text)
        _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, f"input[data-arrival='{ids['624-CV/BDVTU']}']").get_attribute("value") == "2")
    db.dispose_all()
