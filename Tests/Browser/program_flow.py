"""A poverty program worked through on a phone-sized screen in headless Chromium, without JavaScript of
Layan's own: the data officer creates and plans ODSK and proposes two households, the head verifies
them and approves the ineligible one only with an exception, the data officer records a food
package, and the program page shows the handover on its progress bar. Exits non-zero with a
message on the first failure.

    python3 Tests/Browser/program_flow.py http://127.0.0.1:8080 KK_ELIGIBLE KK_INELIGIBLE [screenshot-dir]
"""
import sys

from selenium.webdriver.common.by import By

import case_flow
from case_flow import browser, check, form_errors, choose, click, fill, shot, sign_in, sign_out, submit

BASE = sys.argv[1].rstrip("/")
ELIGIBLE, INELIGIBLE = sys.argv[2], sys.argv[3]
case_flow.BASE = BASE
case_flow.SHOTS = sys.argv[4] if len(sys.argv) > 4 else None


def open_details(driver, element_id):
    section = driver.find_element(By.ID, element_id)
    if not section.get_attribute("open"):
        click(section.find_element(By.TAG_NAME, "summary"))
    return section.find_element(By.TAG_NAME, "form")


def no_error(driver, what):
    errors = form_errors(driver)
    check(not errors, f"{what} refused: {errors[0].text if errors else ''}")


def main():
    driver = browser()
    try:
        sign_in(driver, "dataofficer@dinsos-bitung")
        driver.get(BASE + "/program")
        form = open_details(driver, "new-program")
        fill(driver, "code", "ODSK-HP-2026", form)
        fill(driver, "nameId", "ODSK Kota Bitung 2026", form)
        choose(driver, "aidKind", "food", form)
        choose(driver, "aidCategory", "food_staples", form)
        fill(driver, "startsOn", "2026-01-01", form)
        fill(driver, "endsOn", "2026-12-31", form)
        fill(driver, "maxDecile", "4", form)
        fill(driver, "regions", "71.72", form)
        submit(form)
        no_error(driver, "the program")
        program = driver.current_url.split("?")[0].split("#")[0]
        check("/program/" in program, f"no program page: {driver.current_url}")
        form = open_details(driver, "plan-form")
        fill(driver, "nodes", "71 4000\n71.72 240\n71.72.01 30\n71.72.01.1001 15", form)
        submit(form)
        no_error(driver, "the plan")
        for kk in [ELIGIBLE, INELIGIBLE]:
            driver.get(program)
            form = open_details(driver, "propose-form")
            fill(driver, "kkNumber", kk, form)
            submit(form)
            no_error(driver, f"proposing {kk}")
        check("Tidak memenuhi: max_decile" in driver.page_source, "the ineligible household is not flagged")
        shot(driver, "program-proposed")
        sign_out(driver)

        sign_in(driver, "head@dinsos-bitung")
        for _ in range(2):
            driver.get(program + "?status=proposed")
            forms = driver.find_elements(By.CSS_SELECTOR, "form.decision[action$='/verify']")
            check(forms, "no verify button for the head")
            submit(forms[0])
        driver.get(program + "?status=verified")
        approvals = driver.find_elements(By.CSS_SELECTOR, "form.decision[action$='/approve']")
        check(len(approvals) == 2, f"{len(approvals)} approve buttons, not 2")
        ineligible = [f for f in approvals if f.find_elements(By.NAME, "exception")][0]
        submit(ineligible)
        check("Desil 6 di atas batas desil" in driver.page_source, "approval without an exception was not refused")
        driver.get(program + "?status=verified")
        ineligible = [
            f for f in driver.find_elements(By.CSS_SELECTOR, "form.decision[action$='/approve']")
            if f.find_elements(By.NAME, "exception")
        ][0]
        fill(driver, "exception", "Kepala keluarga meninggal; penghasilan hilang.", ineligible)
        submit(ineligible)
        no_error(driver, "the approval with an exception")
        driver.get(program + "?status=verified")
        submit(driver.find_element(By.CSS_SELECTOR, "form.decision[action$='/approve']"))
        no_error(driver, "the plain approval")
        driver.get(program + "?status=approved")
        check("Pengecualian: Kepala keluarga meninggal" in driver.page_source, "the exception is not shown")
        sign_out(driver)

        sign_in(driver, "dataofficer@dinsos-bitung")
        driver.get(program)
        form = open_details(driver, "distribute-form")
        fill(driver, "kkNumber", ELIGIBLE, form)
        fill(driver, "distributedOn", "2026-03-16", form)
        fill(driver, "items", "Beras 10 kg; minyak goreng 2 L", form)
        fill(driver, "receivedBy", "Johanis Mandagi", form)
        submit(form)
        no_error(driver, "the distribution")
        page = driver.page_source
        check("Beras 10 kg; minyak goreng 2 L" in page, "the distribution is not listed")
        check("1 dari 15 rumah tangga tersalurkan" in page, "Pasir Panjang's bar does not show the handover")
        check('<svg class="bar"' in page, "no progress bars")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        check(width <= 400, f"the program page is {width}px wide on a 390px phone")
        shot(driver, "program-distributed")
        print("program flow passed")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
