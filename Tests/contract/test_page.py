"""The web page at / in a real browser: paste the example, analyse, see the map.

Optional: runs only where Debian's `chromium` and `chromium-driver` and the `selenium` package
are installed (not in requirements.txt: a browser is a large install for CI)."""
import os
import pathlib
import shutil
import time

import pytest

EXAMPLE = pathlib.Path(__file__).resolve().parents[3] / "shared" / "examples" / "mariupol.txt"

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:  # pragma: no cover
    webdriver = None

pytestmark = pytest.mark.skipif(
    webdriver is None or not shutil.which("chromium") or not shutil.which("chromedriver"),
    reason="needs chromium, chromium-driver and selenium")


def test_page_maps_an_article(base_url, tmp_path):
    os.environ["SE_AVOID_STATS"] = "true"  # selenium would otherwise phone home
    options = Options()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.get(base_url + "/")
        text = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else \
            "The United Nations said on Sunday that 46 people were evacuated from Mariupol."
        driver.execute_script("document.getElementById('input').value = arguments[0];", text)
        driver.find_element(By.ID, "run").click()
        status = ""
        for _ in range(100):
            status = driver.find_element(By.ID, "status").text
            if "entities" in status:
                break
            time.sleep(0.1)
        assert "entities" in status, status
        # The rendered article is the input, unchanged, with highlighted pieces.
        article = driver.find_element(By.ID, "article")
        assert article.text.replace("\n", "") == text.replace("\n", "").rstrip()
        assert driver.find_elements(By.CSS_SELECTOR, "#article span")
        assert not [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        driver.save_screenshot(str(tmp_path / "page.png"))
    finally:
        driver.quit()
