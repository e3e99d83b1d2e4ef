"""Drives a complaint to a closed case through Layan's HTML pages in headless Chromium, the way the
people who use it would: a citizen on a phone, the intake officer, the social worker, the partner
agency and the supervisor. Exits non-zero with a message on the first thing that does not work.

    python3 Tests/Browser/case_flow.py http://127.0.0.1:8080 [screenshot-dir]
"""
import datetime
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
SHOTS = sys.argv[2] if len(sys.argv) > 2 else None
PASSWORD = "layan-demo"
# How long a page may take to come back. Generous on purpose: in CI the server shares two cores with the
# rest of the test suite, and a request that takes 15 s there is slow, not broken.
PAGE_WAIT = 120


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The new headless mode keeps a 500 px minimum for --window-size; resizing afterwards gives a phone's width.
    driver.set_window_size(390, 844)
    driver.implicitly_wait(3)
    return driver


def shot(driver, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(390, max(844, min(height + 100, 4000)))
        driver.save_screenshot(os.path.join(SHOTS, name + ".png"))
        driver.set_window_size(390, 844)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def fill(driver, name, value, form=None):
    scope = form or driver
    field = scope.find_element(By.NAME, name)
    if field.get_attribute("type") in ("date", "time"):
        driver.execute_script("arguments[0].value = arguments[1]", field, value)
    else:
        field.clear()
        field.send_keys(value)


def choose(driver, name, value, form=None):
    Select((form or driver).find_element(By.NAME, name)).select_by_value(value)


def gone(element):
    """True once the element has left the page. Chromedriver sometimes reports a replaced node as an
    inspector error rather than a stale element; both mean the old page is gone."""
    def check_gone(_):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check_gone


def arrived(driver, old):
    """Waits until `old` has left the page and the next page has finished loading."""
    WebDriverWait(driver, PAGE_WAIT).until(gone(old))
    WebDriverWait(driver, PAGE_WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def form_errors(driver):
    """The page's form error, if it shows one. Called on a loaded page (see `arrived`), so it does not
    wait the implicit three seconds for an element that is rightly absent."""
    driver.implicitly_wait(0)
    try:
        return driver.find_elements(By.ID, "form-error")
    finally:
        driver.implicitly_wait(3)


def click(element):
    """Scrolls the element to the middle of the small screen first, so nothing covers it."""
    element.parent.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def submit(form):
    """Submits and waits for the next page, so checks never look at the old one."""
    driver = form.parent
    click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    arrived(driver, form)


def sign_in(driver, username):
    driver.get(BASE + "/masuk")
    fill(driver, "username", username)
    fill(driver, "password", PASSWORD)
    submit(driver.find_element(By.CSS_SELECTOR, "main form"))
    check("/beranda" in driver.current_url, f"{username} could not sign in: {driver.current_url}")


def sign_out(driver):
    submit(driver.find_element(By.CSS_SELECTOR, "header form"))
    check(driver.current_url.rstrip("/") == BASE, "signing out did not return home")


def open_link(driver, text):
    link = driver.find_element(By.LINK_TEXT, text)
    click(link)
    arrived(driver, link)


def step(driver, name, values=None, choices=None, boxes=()):
    """Opens the step's section on the case page, fills it in and records it."""
    section = driver.find_element(By.ID, "step-" + name)
    if not section.get_attribute("open"):
        click(section.find_element(By.TAG_NAME, "summary"))
    form = section.find_element(By.TAG_NAME, "form")
    for field, value in (values or {}).items():
        fill(driver, field, value, form)
    for field, value in (choices or {}).items():
        choose(driver, field, value, form)
    for box in boxes:
        click(form.find_element(By.NAME, box))
    submit(form)
    errors = form_errors(driver)
    check(not errors, f"step {name} refused: {errors[0].text if errors else ''}")


def main():
    driver = browser()
    try:
        # A citizen reports from a phone, without an account.
        driver.get(BASE + "/lapor?kantor=upksai-semarang")
        shot(driver, "01-report-form")
        form = driver.find_element(By.CSS_SELECTOR, "main form")
        fill(driver, "description", "Anak kecil sering sendirian di pasar sampai malam, tampak lapar.", form)
        fill(driver, "concerned", "Anak laki-laki sekitar 8 tahun", form)
        fill(driver, "location", "Pasar Banyumanik", form)
        fill(driver, "reporterName", "Pak Slamet Pedagang", form)
        submit(form)
        code = driver.find_element(By.ID, "tracking-code").text
        check(len(code) == 9, f"no tracking code on the receipt: {code!r}")
        driver.refresh()
        check(driver.find_element(By.ID, "tracking-code").text == code, "refreshing the receipt changed it")
        shot(driver, "02-report-receipt")

        # The intake officer takes a phone call about another child and records it on the staff form.
        sign_in(driver, "intake@upksai-semarang")
        driver.get(BASE + "/pengaduan")
        open_link(driver, "Catat pengaduan")
        form = driver.find_element(By.ID, "new-complaint-form")
        choose(driver, "channel", "phone", form)
        # The call came in yesterday evening (office time, WIB) and is recorded this morning.
        yesterday = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7, days=-1)).date()
        fill(driver, "receivedOn", yesterday.isoformat(), form)
        fill(driver, "receivedTime", "19:45", form)
        fill(driver, "description", "Penelepon melihat anak tidur di halte Banyumanik tiga malam berturut-turut.", form)
        fill(driver, "concerned", "Anak perempuan sekitar 10 tahun", form)
        fill(driver, "reporterName", "Bu Wati Penjual Kopi", form)
        shot(driver, "03a-staff-complaint")
        submit(form)
        errors = form_errors(driver)
        check(not errors, f"the phone complaint was refused: {errors[0].text if errors else ''}")
        notice = driver.find_element(By.ID, "notice").text
        check("dicatat" in notice, f"no confirmation after recording the phone complaint: {notice!r}")
        check("Telepon" in driver.page_source, "the phone complaint does not show its channel")

        # The child of the web report is registered first; triage then finds him instead of typing him again.
        driver.get(BASE + "/orang/baru")
        form = driver.find_element(By.ID, "person-form")
        fill(driver, "fullName", "Bagus Pratama", form)
        choose(driver, "sex", "male", form)
        fill(driver, "birthYear", "2018", form)
        submit(form)
        if driver.find_elements(By.ID, "duplicates"):
            form = driver.find_element(By.ID, "person-form")
            click(form.find_element(By.NAME, "confirmed"))
            submit(form)
        check("/orang/" in driver.current_url, f"the child was not registered: {driver.current_url}")
        driver.get(BASE + "/pengaduan")
        sent = driver.find_elements(By.PARTIAL_LINK_TEXT, code)
        check(len(sent) == 1, f"the report is in the queue {len(sent)} times after a refresh of its receipt")
        open_link(driver, code)
        check("Pak Slamet Pedagang" in driver.page_source, "intake cannot see the reporter")
        search = driver.find_element(By.ID, "person-search")
        fill(driver, "cari", "bagus 2018", search)
        submit(search)
        found = driver.find_elements(By.CSS_SELECTOR, "#person-choices input[type=radio]:not([value=new])")
        check(len(found) == 1, f"the search for the registered child found {len(found)} people")
        click(found[0])
        triage = driver.find_element(By.ID, "triage")
        choose(driver, "decision", "open_case", triage)
        fill(driver, "reason", "Anak terlantar di pasar; perlu kontak hari ini.", triage)
        choose(driver, "riskLevel", "high", triage)
        choose(driver, "assignedTo", "socialworker@upksai-semarang", triage)
        shot(driver, "03-triage")
        submit(triage)
        check("/pengaduan/" in driver.current_url, f"intake left the complaint: {driver.current_url}")
        check("Kasus sudah dibuka" in driver.find_element(By.ID, "notice").text, "no confirmation after triage")
        check("403" not in driver.title, "intake ended on a refusal")
        shot(driver, "03b-triage-saved")
        driver.get(BASE + "/orang?q=bagus+pratama")
        listed = driver.find_elements(By.CSS_SELECTOR, "#persons > li")
        check(len(listed) == 1, f"the registry holds {len(listed)} Bagus Pratama after triage, not one")
        sign_out(driver)

        # The social worker works the case from first contact to a referral, starting from the complaint.
        sign_in(driver, "socialworker@upksai-semarang")
        driver.get(BASE + "/kasus")
        open_link(driver, "Bagus Pratama")
        case_url = driver.current_url
        origin = driver.find_element(By.ID, "case-complaint").text
        check("Pasar Banyumanik" in origin and "perlu kontak hari ini" in origin, "the case page lacks its complaint")
        check("Pak Slamet" not in driver.page_source, "the reporter's name reached the social worker")
        step(driver, "contacts", {"narrative": "Bertemu Bagus di pasar bersama ibunya."}, {"method": "outreach"})
        step(driver, "assessments", {"narrative": "Ibu bekerja sampai malam; Bagus belum sekolah."},
             {"domain_safety": "medium", "domain_education": "high"}, boxes=("childConsent", "guardianConsent"))
        step(driver, "plans", {"goal": "Bagus bersekolah", "service": "Pendaftaran sekolah", "dueDate": "2027-01-15"})
        step(driver, "services", {"description": "Paket makanan", "deliveredOn": "2026-11-21", "provider": "UPKSAI", "cost": "150000"})
        step(driver, "referrals", {"request": "Mohon pendampingan psikososial untuk ibu dan anak."},
             {"partnerOrganisation": "dp3a-semarang"})
        shot(driver, "04-case-after-referral")
        sign_out(driver)

        # The partner agency sees only what was shared, accepts and completes.
        sign_in(driver, "partner@dp3a-semarang")
        driver.get(BASE + "/rujukan")
        page = driver.page_source
        check("Bagus Pratama" in page, "the partner does not see the shared name")
        check("Tahun lahir" in page and "birthYear" not in page, "the referral shows field names, not words")
        check("belum sekolah" not in page and "Pasar Banyumanik" not in page, "the partner sees more than was shared")
        shot(driver, "05-partner-referrals")
        submit(driver.find_element(By.CSS_SELECTOR, "form[action$='/accept']"))
        complete = driver.find_element(By.CSS_SELECTOR, "form[action$='/complete']")
        fill(driver, "outcome", "Konseling keluarga dua sesi.", complete)
        submit(complete)
        check("form[action$='/complete']" not in driver.page_source, "the referral was not completed")
        sign_out(driver)

        # Monitoring and the proposal to close.
        sign_in(driver, "socialworker@upksai-semarang")
        driver.get(case_url)
        step(driver, "visits", {"narrative": "Bagus sudah bersekolah.", "nextVisitDue": "2027-02-01"})
        step(driver, "closure", {"outcome": "Anak bersekolah, ibu didampingi."}, {"reason": "goals_met"})
        sign_out(driver)

        # The supervisor approves; the case is closed.
        sign_in(driver, "supervisor@upksai-semarang")
        driver.get(case_url)
        step(driver, "approve")
        stage = driver.find_element(By.ID, "case-stage").text
        check(stage == "Terminasi", f"the case is not closed: {stage!r}")
        timeline = driver.find_element(By.ID, "timeline").text
        for expected in ["Kasus dibuka", "Asesmen", "Rencana kasus", "Dirujuk", "Kunjungan pemantauan", "Penutupan disetujui"]:
            check(expected in timeline, f"the timeline lacks {expected!r}")
        shot(driver, "06-case-closed")
        sign_out(driver)

        # The citizen sees the status, and only the status.
        driver.get(BASE + "/lapor/status?kode=" + code)
        check("Ditangani sebagai kasus" in driver.find_element(By.ID, "status").text, "the public status is wrong")
        check("Bagus" not in driver.page_source, "the public status page shows personal data")
        shot(driver, "07-public-status")
        print("browser flow: complaint " + code + " → closed case, 5 roles, all pages passed")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("browser flow failed: " + str(failure), file=sys.stderr)
        sys.exit(1)
