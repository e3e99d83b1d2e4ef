"""A raid with 40 people met, entered on a phone-sized screen in headless Chromium: the worker never
leaves the operation page between two people. Exits non-zero with a message on the first failure.

    python3 Tests/Browser/outreach_flow.py http://127.0.0.1:8080 [screenshot-dir]
"""
import sys

from selenium.webdriver.common.by import By

from case_flow import browser, check, form_errors, choose, click, fill, shot, sign_in, sign_out, submit

BASE = sys.argv[1].rstrip("/")
SHOTS = sys.argv[2] if len(sys.argv) > 2 else None
ACTIVITIES = ["begging", "busking", "selling", "scavenging", "manusia_silver", "sleeping_rough"]


def main():
    driver = browser()
    try:
        sign_in(driver, "socialworker@dinsos-palembang")
        driver.get(BASE + "/penjangkauan")
        new = driver.find_element(By.ID, "new-operation")
        click(new.find_element(By.TAG_NAME, "summary"))
        form = new.find_element(By.TAG_NAME, "form")
        choose(driver, "type", "raid", form)
        fill(driver, "place", "Simpang Lima DPRD, lampu merah", form)
        fill(driver, "regionCode", "16.71.04", form)
        fill(driver, "agencies", "satpolpp-palembang, polrestabes-palembang", form)
        submit(form)
        operation_url = driver.current_url.split("?")[0].split("#")[0]
        check("/penjangkauan/" in operation_url, f"no operation page: {driver.current_url}")
        for number in range(1, 41):
            form = driver.find_element(By.ID, "encounter-form")
            if number % 4 == 0:
                fill(driver, "description", f"anak perempuan berkaos merah no. {number}", form)
            else:
                fill(driver, "newPersonName", f"Anak Jalanan {number:02d}", form)
            fill(driver, "estimatedAge", str(8 + number % 9), form)
            choose(driver, "sex", "female" if number % 2 else "male", form)
            choose(driver, "activity", ACTIVITIES[number % len(ACTIVITIES)], form)
            choose(driver, "action", "admitted_to_shelter" if number % 10 == 0 else "counselled_and_released", form)
            if number % 5 == 0:
                click(form.find_element(By.NAME, "bap"))
            submit(form)
            check(driver.current_url.split("?")[0].split("#")[0] == operation_url, f"person {number} left the operation page")
            errors = form_errors(driver)
            check(not errors, f"person {number} refused: {errors[0].text if errors else ''}")
            check(driver.find_element(By.ID, "added").text.startswith("Tercatat"), f"no confirmation for person {number}")
            if number == 3:
                shot(driver, "outreach-entry")
        rows = driver.find_elements(By.CSS_SELECTOR, "#encounters > li")
        check(len(rows) == 40, f"the operation lists {len(rows)} people, not 40")
        baps = driver.find_elements(By.CSS_SELECTOR, "#encounters a[href*='/penjangkauan/bap/']")
        check(len(baps) == 8, f"{len(baps)} BAPs, not 8")
        width, viewport = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(viewport <= 400, f"the browser is not phone-sized: {viewport}px")
        check(width <= viewport, f"the page is wider than the phone: {width}px in {viewport}px")
        click(baps[0])
        check("Berita Acara Pemeriksaan" in driver.page_source, "the BAP page does not open")
        shot(driver, "outreach-bap")
        sign_out(driver)
        print("outreach flow: 40 people entered on a phone screen without leaving the operation page")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("outreach flow failed: " + str(failure), file=sys.stderr)
        sys.exit(1)
