"""A raid with 40 people met, entered the next morning on a phone-sized screen in headless Chromium: the
worker never leaves the operation page between two people. Then a night patrol meets five children, two
of them taken to the shelter in the raid: picked from the registry, they are marked as back on the street
and no one is registered twice. Exits non-zero with a message on the first failure.

    python3 Tests/Browser/outreach_flow.py http://127.0.0.1:8080 [screenshot-dir]
"""
import datetime
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
        # The raid began last night at nine (office time, WIB) and is entered this morning.
        yesterday = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7, days=-1)).date()
        fill(driver, "startedOn", yesterday.isoformat(), form)
        fill(driver, "startTime", "21:00", form)
        click(form.find_element(By.ID, "agency-satpolpp-palembang"))
        shot(driver, "outreach-new-operation")
        submit(form)
        errors = form_errors(driver)
        check(not errors, f"the raid was refused: {errors[0].text if errors else ''}")
        check("Satpol PP Kota Palembang" in driver.page_source, "the operation does not name its agency")
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

        # Tonight's patrol: two of the five were taken to the shelter in the raid and are back.
        driver.get(BASE + "/penjangkauan")
        new = driver.find_element(By.ID, "new-operation")
        click(new.find_element(By.TAG_NAME, "summary"))
        form = new.find_element(By.TAG_NAME, "form")
        choose(driver, "type", "patrol", form)
        fill(driver, "place", "Simpang Charitas", form)
        submit(form)
        patrol_url = driver.current_url.split("?")[0].split("#")[0]
        for number in (10, 30):
            search = driver.find_element(By.ID, "person-search")
            fill(driver, "cari", f"Anak Jalanan {number}", search)
            submit(search)
            found = driver.find_elements(By.CSS_SELECTOR, "#person-choices input[type=radio]:not([value=new])")
            check(len(found) == 1, f"searching for Anak Jalanan {number} found {len(found)} people")
            click(found[0])
            form = driver.find_element(By.ID, "encounter-form")
            choose(driver, "activity", "begging", form)
            if number == 10:
                shot(driver, "patrol-pick")
            submit(form)
            added = driver.find_element(By.ID, "added").text
            check("kembali ke jalan" in added, f"Anak Jalanan {number} is not marked as back: {added!r}")
        for name in ("Dewi Anggraini", "Fajar Nugroho", "Rizky Ramadhan"):
            form = driver.find_element(By.ID, "encounter-form")
            fill(driver, "newPersonName", name, form)
            choose(driver, "activity", "selling", form)
            submit(form)
            errors = form_errors(driver)
            check(not errors, f"{name} refused: {errors[0].text if errors else ''}")
        check(driver.current_url.split("?")[0].split("#")[0] == patrol_url, "the patrol page was left")
        rows = driver.find_elements(By.CSS_SELECTOR, "#encounters > li")
        back = [row for row in rows if "kembali ke jalan" in row.text]
        check(len(rows) == 5 and len(back) == 2, f"the patrol lists {len(rows)} children, {len(back)} back on the street")
        shot(driver, "patrol-done")
        for number in (10, 30):
            driver.get(BASE + f"/orang?q=anak+jalanan+{number}")
            listed = driver.find_elements(By.CSS_SELECTOR, "#persons > li")
            check(len(listed) == 1, f"the registry holds {len(listed)} Anak Jalanan {number}, not one")
        sign_out(driver)
        print("outreach flow: 40 people entered on a phone screen without leaving the operation page;"
              " a patrol of 5 with 2 back on the street, no one registered twice")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("outreach flow failed: " + str(failure), file=sys.stderr)
        sys.exit(1)
