"""The register page in a real browser (issue 16): set who we are, read, correct, save, tick done, "Lưu vào sổ".

Headless Chromium through Selenium, as ``test_browser.py`` (whose browser fixture this reuses),
against a uvicorn server on 127.0.0.1 whose register is a fresh SQLite file. Skipped only off
CI when Chromium is not installed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from _live_server import live_server
from conftest import CORPUS
from test_browser import RESULT_TIMEOUT_S, browser  # noqa: F401  (the module's Chromium fixture)

from directive_parser.register import db
from directive_parser.register.store import Register


def _wait(driver: Any, condition: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, RESULT_TIMEOUT_S).until(condition)


def test_read_correct_save_and_tick_done(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    monkeypatch.setenv(db.DB_ENV, url)
    db.dispose_all()
    driver = browser
    with live_server() as base:
        driver.get(base + "/register")
        name = _wait(driver, lambda d: d.find_element(By.ID, "profile-name"))
        _wait(driver, lambda d: name.is_displayed())
        name.send_keys("Huyện ủy Tân Yên")
        driver.find_element(By.CSS_SELECTOR, "#profile-form button").click()
        _wait(driver, lambda d: d.find_element(By.ID, "unit").text == "Huyện ủy Tân Yên")

        driver.execute_script(
            "document.querySelector('#text').value = arguments[0];"
            "document.querySelector('#received').value = '2023-07-10';",
            (CORPUS / "000.txt").read_text(encoding="utf-8"),
        )
        driver.find_element(By.CSS_SELECTOR, "#receive-form button[type=submit]").click()
        _wait(driver, lambda d: d.find_element(By.ID, "edit-card").is_displayed())
        subject = driver.find_element(By.CSS_SELECTOR, "#edit-fields input[data-path='subject']")
        subject.clear()
        subject.send_keys("kiểm tra mô hình Dân vận khéo (đã sửa)")
        moved = driver.find_element(By.CSS_SELECTOR, "#edit-duties input[data-index='1'][data-key='date']")
        driver.execute_script("arguments[0].value = '2023-08-05';", moved)
        driver.find_element(By.ID, "save").click()
        _wait(driver, lambda d: d.find_element(By.ID, "status").text.startswith("Đã lưu"))

        reg = Register(url)
        [line] = reg.directives()
        assert line.subject == "kiểm tra mô hình Dân vận khéo (đã sửa)" and line.corrected
        assert line.received == dt.date(2023, 7, 10)
        dues = [d.due for d in reg.duties(today=dt.date(2023, 7, 10))]
        assert dues == [dt.date(2023, 7, 15), dt.date(2023, 8, 5)]

        rows = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#due tbody tr") or None)
        assert len(rows) == 2
        first = reg.duties(today=dt.date(2023, 7, 10))[0]
        driver.find_element(By.CSS_SELECTOR, f"#due input[data-duty='{first.id}']").click()
        _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#due tbody tr")) == 1)
        assert [d.id for d in reg.duties(statuses=("done",))] == [first.id]

        # "Lưu vào sổ" on the reading page saves another directive, received today
        driver.get(base + "/")
        box = _wait(driver, lambda d: d.find_element(By.ID, "text"))
        driver.execute_script("arguments[0].value = arguments[1];", box, (CORPUS / "001.txt").read_text(encoding="utf-8"))
        driver.find_element(By.ID, "save-register").click()
        _wait(driver, lambda d: d.find_element(By.ID, "status").text.startswith("Đã lưu vào sổ"))
        saved = {v.symbol: v.received for v in reg.directives()}
        assert saved == {"1092-CV/BDVTU": dt.date(2023, 7, 10), "624-CV/BDVTU": dt.date.today()}
    db.dispose_all()
