#!/usr/bin/env python3
"""kiv site in a real browser: builds the site of the bundled editions with the built kiv,
drives Debian's headless Chromium through chromedriver (the WebDriver HTTP protocol, with the
standard library only), and checks what a reader sees:

  1. index.html opens from file://, and its link to the 2016-2019 -> 2022-2024 diff leads to a
     page that shows the priority 5 rewording (cybersecurity struck, cyber security inserted);
  2. search.html finds words typed without accents or case ("geintegreerd" finds
     "geïntegreerd") and by the start of words ("CYBER sec"), a result leads to the item on
     its edition page, and the item's key to its timeline;
  3. the edition page links to its source's bytes and canonical JSON;
  4. search.html and `kiv search` find the same items for the same queries on the same store;
  5. every kind of page fits 1280 and 390 px, and prints whole without its navigation.

Usage: site_browser_test.py --kiv BUILD/cli/kiv --editions REPO/editions
Fails (exit 1), never skips, when chromium or chromedriver is missing.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the WebDriver element reference key
TIMEOUT = 30.0


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few WebDriver commands the test needs, over HTTP to a local chromedriver."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as error:
            raise Failure(f"WebDriver {method} {path}: {error.code} {error.read().decode(errors='replace')}")

    def wait_ready(self, process):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            check(process.poll() is None, f"chromedriver exited with {process.returncode}")
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (urllib.error.URLError, ConnectionError, Failure):
                pass
            time.sleep(0.1)
        raise Failure(f"chromedriver did not answer on {self.base} within {TIMEOUT:.0f} s")

    def start(self, chromium, profile):
        arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--user-data-dir={profile}", "--window-size=1200,900"]
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": arguments}}}})
        self.session = value["sessionId"]

    def stop(self):
        if self.session:
            self.call("DELETE", f"/session/{self.session}")
            self.session = None

    def s(self, path):
        return f"/session/{self.session}{path}"

    def open(self, url):
        self.call("POST", self.s("/url"), {"url": url})

    def url(self):
        return self.call("GET", self.s("/url"))

    def find_all(self, using, value):
        found = self.call("POST", self.s("/elements"), {"using": using, "value": value})
        return [element[ELEMENT] for element in found]

    def find(self, using, value):
        found = self.find_all(using, value)
        check(len(found) == 1, f"expected one element for {using} {value!r}, found {len(found)}")
        return found[0]

    def text(self, element):
        return self.call("GET", self.s(f"/element/{element}/text"))

    def attribute(self, element, name):
        return self.call("GET", self.s(f"/element/{element}/attribute/{name}"))

    def execute(self, script, *args):
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": list(args)})

    def window_width(self, width):
        self.call("POST", self.s("/window/rect"), {"width": width, "height": 900})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.call("GET", self.s("/screenshot"))))

    def click(self, element):
        self.call("POST", self.s(f"/element/{element}/click"), {})

    def type(self, element, text):
        self.call("POST", self.s(f"/element/{element}/clear"), {})
        self.call("POST", self.s(f"/element/{element}/value"), {"text": text})

    def emulate_media(self, media):
        """CSS media as for `media` ("print", or "" for the screen), through chromedriver's
        Chrome DevTools command endpoint."""
        self.call("POST", self.s("/goog/cdp/execute"),
                  {"cmd": "Emulation.setEmulatedMedia", "params": {"media": media}})

    def wait_for(self, what, probe):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            result = probe()
            if result:
                return result
            time.sleep(0.1)
        raise Failure(f"waited {TIMEOUT:.0f} s for {what}")


def build_site(kiv, editions, work):
    store = os.path.join(work, "store")
    site = os.path.join(work, "site")
    files = [os.path.join(editions, "kiv", name) for name in ("2016-2019.json", "2022-2024.json")]
    for args in (["import", *files], ["site", site]):
        run = subprocess.run([kiv, "--store", store, *args], capture_output=True, text=True)
        check(run.returncode == 0, f"kiv {' '.join(args)} exited with {run.returncode}: {run.stderr}")
    return site


def test_diff_from_the_index(driver, site):
    driver.open("file://" + os.path.join(site, "index.html"))
    link = driver.find("link text", "2016-2019 → 2022-2024")
    driver.click(link)
    driver.wait_for("the diff page", lambda: driver.url().endswith("/kiv/diff/2016-2019_2022-2024.html"))
    body = driver.text(driver.find("css selector", "body"))
    check("cybercrime en cybersecurity" in body and "cybercrime en cyber security" in body,
          f"the diff page does not show both wordings of priority 5:\n{body}")
    deleted = [driver.text(e) for e in driver.find_all("css selector", "tr.changed del")]
    inserted = [driver.text(e) for e in driver.find_all("css selector", "tr.changed ins")]
    check(deleted == ["cybersecurity"] and inserted == ["cyber security"],
          f"expected 'cybersecurity' struck and 'cyber security' inserted, got {deleted} and {inserted}")
    print("PASS index -> diff 2016-2019 → 2022-2024 shows priority 5: "
          f"[-{deleted[0]}-]{{+{inserted[0]}+}}")
    # The "changes only" switch hides the unchanged items, and only those.
    visible = ("return Array.from(document.querySelectorAll('tr.unchanged, tr.changed'))"
               ".filter(row => row.offsetParent !== null).map(row => row.className)")
    before = driver.execute(visible)
    driver.click(driver.find("css selector", "#changes-only"))
    after = driver.execute(visible)
    check(before.count("unchanged") == 14 and after == ["changed"],
          f"changes only: {before.count('unchanged')} unchanged rows before, {after} after")
    print("PASS the diff page's 'changes only' switch leaves the one changed row")


def results(driver):
    return [driver.text(e) for e in driver.find_all("css selector", "#results li")]


def test_search(driver, site):
    driver.open("file://" + os.path.join(site, "search.html") + "?q=Leefmilieu")
    found = driver.wait_for("results for ?q=Leefmilieu", lambda: results(driver))
    # One line for the lineage, naming both editions it is in, and its timeline.
    check(len(found) == 1 and found[0].startswith("leefmilieu") and "kiv/2016-2019 (nl)" in found[0]
          and "kiv/2022-2024 (nl)" in found[0] and found[0].endswith("timeline"),
          f"search.html?q=Leefmilieu should find priority 8 once, in both editions, found {found}")
    status = driver.text(driver.find("css selector", "#status"))
    check(status == "1 result, in 2 places.", f"status line: {status!r}")
    print(f"PASS search.html?q=Leefmilieu: {found}")

    driver.open("file://" + os.path.join(site, "search.html"))
    field = driver.find("css selector", "#q")
    driver.type(field, "geintegreerd")
    found = driver.wait_for("results for 'geintegreerd'", lambda: results(driver))
    check(all("geïntegreerd" in text for text in found) and len(found) == 1,
          f"'geintegreerd' should find the drugs policy's lineage once, found {found}")
    print(f"PASS search 'geintegreerd': {found}")

    driver.type(field, "CYBER sec")
    found = driver.wait_for("results for 'CYBER sec'",
                            lambda: [t for t in results(driver) if "cyber" in t] and results(driver))
    check(len(found) == 1 and found[0].startswith("cybercrime en cyber security"),
          f"'CYBER sec' should find only 2022-2024's 'cybercrime en cyber security', found {found}")
    status = driver.text(driver.find("css selector", "#status"))
    check(status == "1 result.", f"status line: {status!r}")
    marks = [driver.text(e) for e in driver.find_all("css selector", "#results li > a mark")]
    check(marks == ["cybercrime", "cyber", "security"],
          f"'CYBER sec' should mark the words it found, marked {marks}")
    print(f"PASS search 'CYBER sec': {found}")

    driver.click(driver.find("css selector", "#results li > a"))
    driver.wait_for("the edition page", lambda: driver.url().endswith("/kiv/2022-2024/nl.html#p5"))
    item = driver.text(driver.find("css selector", "#p5 .title"))
    check(item == "cybercrime en cyber security", f"the result led to {driver.url()} showing {item!r}")
    print(f"PASS the result leads to {driver.url().rsplit('/', 3)[-3:]}: {item}")

    driver.click(driver.find("css selector", "#p5 .key a"))
    driver.wait_for("the timeline page", lambda: driver.url().endswith("/kiv/timeline/cybercrime.html"))
    rows = [driver.text(e) for e in driver.find_all("css selector", "tr.changed")]
    check(len(rows) == 1 and "2022-2024" in rows[0] and "changed (wording)" in rows[0],
          f"the timeline of cybercrime should show its rewording in 2022-2024, shows {rows}")
    print(f"PASS its key leads to its timeline: {rows[0]}")


# Queries the site's search and `kiv search` must answer alike on the same store: words with
# and without accents and case, starts of words, compounds, two words, other forms of a word's
# stem (Snowball: libstemmer in kiv, stemmers.js on the site).
AGREEING_QUERIES = ["leefmilieu", "geintegreerd", "CYBER sec", "drugs", "cyber", "fraude",
                    "terrorisme", "geweld", "sociale fraude", "integriteit", "mensen", "security",
                    "extremisme", "goederen", "radicaliseringen", "geïntegreerde", "drugsbeleiden",
                    "extremismen", "geweldige"]


def test_search_filters(driver, site):
    """The series, section and language filters keep only what they name."""
    driver.open("file://" + os.path.join(site, "search.html") + "?q=drugs")
    found = driver.wait_for("results for ?q=drugs", lambda: results(driver))
    check(any("priority" in text for text in found), f"'drugs' should find a priority: {found}")
    driver.click(driver.find("css selector", "#section option[value=themes]"))
    themes = driver.wait_for("the themes filter",
                             lambda: driver.text(driver.find("css selector", "#status")) != ""
                             and (results(driver) != found or not results(driver))
                             and [results(driver)])[0]
    check(all("theme " in text for text in themes),
          f"with Section themes, 'drugs' should find themes only, found {themes}")
    driver.click(driver.find("css selector", "#section option[value='']"))
    driver.click(driver.find("css selector", "#lang option[value=nl]"))
    driver.wait_for("the language filter", lambda: results(driver) == found)
    print(f"PASS the section filter keeps {len(themes)} of {len(found)} results for 'drugs'")


def site_hits(driver, query):
    """The items search.html lists for `query`: (ref, section, rank) of each result's link."""
    from urllib.parse import quote
    driver.open("file://" + os.path.join(driver.site, "search.html") + "?q=" + quote(query))
    driver.wait_for(f"the status line for {query!r}",
                    lambda: driver.text(driver.find("css selector", "#status")))
    hits = set()
    for link in driver.find_all("css selector", "#results li a"):
        href = driver.attribute(link, "href")
        path, _, anchor = href.partition("#")
        parts = path.split("/")
        ref = parts[-3] + "/" + parts[-2]
        if anchor:
            hits.add((ref, "priorities" if anchor[0] == "p" else "themes", int(anchor[1:])))
        else:
            hits.add((ref, "title", 0))
    return hits


def cli_hits(kiv, store, query):
    run = subprocess.run([kiv, "--store", store, "search", query, "--format", "json",
                          "--limit", "1000"], capture_output=True, text=True)
    check(run.returncode in (0, 1), f"kiv search {query!r} exited with {run.returncode}: {run.stderr}")
    return {(hit["ref"], hit["section"], hit["rank"]) for hit in json.loads(run.stdout or "[]")}


def test_search_agrees_with_the_cli(driver, site, kiv, store):
    driver.site = site
    for query in AGREEING_QUERIES:
        on_site = {hit for hit in site_hits(driver, query) if hit[1] != "title"}
        in_cli = cli_hits(kiv, store, query)
        check(on_site == in_cli and in_cli,
              f"{query!r}: the site finds {sorted(on_site)}, kiv search {sorted(in_cli)}")
    print(f"PASS the site's search and kiv search agree on {len(AGREEING_QUERIES)} queries")


def test_provenance_downloads(driver, site, editions):
    page = os.path.join(site, "kiv", "2022-2024")
    driver.open("file://" + os.path.join(page, "nl.html"))
    # The links as written (relative), resolved against the page, as the browser follows them.
    source = driver.attribute(driver.find("link text", "download its bytes"), "href")
    check(source.endswith("kiv/2022-2024/rev-1/source.json"),
          f"the provenance's source link is {source}")
    with open(os.path.normpath(os.path.join(page, source)), "rb") as got, \
            open(os.path.join(editions, "kiv", "2022-2024.json"), "rb") as imported:
        check(got.read() == imported.read(), f"{source} is not the imported file, byte for byte")
    canonical = driver.attribute(driver.find("link text", "revision 1"), "href")
    check(canonical.endswith("kiv/2022-2024/rev-1/edition.json") and
          os.path.exists(os.path.normpath(os.path.join(page, canonical))),
          f"the canonical JSON link is {canonical}")
    print("PASS the edition page links to its source's exact bytes and its canonical JSON")


PAGES = ["index.html", "kiv/2022-2024/nl.html", "kiv/diff/2016-2019_2022-2024.html",
         "kiv/timeline/cybercrime.html", "kiv/matrix.html", "kiv/stats.html", "kiv/flow.html",
         "search.html"]


def test_pages_fit_the_screen(driver, site, screenshots):
    """Every kind of page at 1280 and 390 px: the page itself never scrolls sideways (a wide
    table or picture scrolls in its own box), and a screenshot of each is kept."""
    try:
        for width in (1280, 390):
            driver.window_width(width)
            for page in PAGES:
                driver.open("file://" + os.path.join(site, page))
                overflow = driver.execute(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                wide = driver.execute(
                    "return Array.from(document.querySelectorAll('main *')).filter(e => "
                    "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && "
                    "!e.closest('table, .figure')).slice(0, 3).map(e => e.tagName + ' ' + "
                    "(e.textContent || '').slice(0, 40))")
                check(overflow <= 0, f"{page} at {width} px scrolls sideways by {overflow} px: {wide}")
                if screenshots:
                    driver.screenshot(os.path.join(screenshots, page.replace("/", "_") + f"-{width}.png"))
    finally:
        driver.window_width(1200)
    print(f"PASS {len(PAGES)} kinds of page fit 1280 and 390 px without scrolling sideways")


def test_pages_print_whole(driver, site):
    """Every kind of page as printed (CSS print media, a page as wide as A4 at 96 dpi): the
    navigation is left out, and no table or picture hides part of itself in a scroll box (on
    paper nothing scrolls; what is wider than the page is the printer's to shrink)."""
    try:
        driver.window_width(794)
        for page in PAGES:
            driver.open("file://" + os.path.join(site, page))
            driver.emulate_media("print")
            nav = driver.execute("return getComputedStyle(document.querySelector('nav')).display")
            check(nav == "none", f"{page} printed shows its navigation (display {nav})")
            clipped = driver.execute(
                "return Array.from(document.querySelectorAll('main *')).filter(e => "
                "e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX != 'visible')"
                ".slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '/' + "
                "e.clientWidth)")
            check(not clipped, f"{page} printed hides part of {clipped} in a scroll box")
    finally:
        driver.emulate_media("")
        driver.window_width(1200)
    print(f"PASS {len(PAGES)} kinds of page print whole, without their navigation")


def next_edition_with_a_split(editions, work):
    """2022-2024 again as a next edition, 2025-2027, without keys (they are inherited on import),
    whose priority 5 'cybercrime en cyber security' became two priorities: 'cybercrime' and
    'cyber security'."""
    with open(os.path.join(editions, "kiv", "2022-2024.json"), encoding="utf-8") as f:
        edition = json.load(f)
    edition.update({"edition": "2025-2027", "period": {"from": 2025, "to": 2027},
                    "adopted": "2025-03-31", "title": {"nl": "Kadernota Integrale Veiligheid 2025-2027"},
                    "provenance": {"note": "made by the browser test: priority 5 split in two"}})
    priorities = []
    for item in edition["priorities"]:
        item = {k: v for k, v in item.items() if k != "key"}
        if item["rank"] == 5:
            priorities += [{"rank": 5, "title": {"nl": "cybercrime"}},
                           {"rank": 6, "title": {"nl": "cyber security"}}]
            continue
        if item["rank"] > 5:
            item["rank"] += 1
        priorities.append(item)
    edition["priorities"] = priorities
    edition["themes"] = [{k: v for k, v in item.items() if k != "key"} for item in edition["themes"]]
    path = os.path.join(work, "2025-2027.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(edition, f, ensure_ascii=False)
    return path


def test_search_groups_thirty_editions(driver, kiv, editions, work):
    """A series of 30 editions (2022-2024's priorities, keys inherited on import; priority 5
    reworded from the 16th edition on): a priority present in all 30 is one result in 30
    places, and a word of its earlier wording finds it once, as worded in the latest edition
    that has the word, linked there."""
    with open(os.path.join(editions, "kiv", "2022-2024.json"), encoding="utf-8") as f:
        base = json.load(f)
    files = []
    for k in range(30):
        start = 1930 + 3 * k
        edition = json.loads(json.dumps(base))
        edition.update({"edition": f"{start}-{start + 2}", "period": {"from": start, "to": start + 2},
                        "adopted": f"{start}-03-31",
                        "title": {"nl": f"Kadernota Integrale Veiligheid {start}-{start + 2}"},
                        "provenance": {"note": "made by the browser test: one of 30 editions"}})
        for section in ("priorities", "themes"):
            edition[section] = [{key: v for key, v in item.items() if key != "key"}
                                for item in edition[section]]
        if k < 15:
            edition["priorities"][4]["title"] = {"nl": "cybercrime en cybersecurity"}
        path = os.path.join(work, f"thirty-{start}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(edition, f, ensure_ascii=False)
        files.append(path)
    store = os.path.join(work, "thirty-store")
    site = os.path.join(work, "thirty-site")
    for args in (["import", *files], ["site", site]):
        run = subprocess.run([kiv, "--store", store, *args], capture_output=True, text=True)
        check(run.returncode == 0, f"kiv {' '.join(args)} exited with {run.returncode}: {run.stderr}")
    for query, title in (("leefmilieu", "leefmilieu"), ("cybersecurity", "cybercrime en cybersecurity")):
        driver.open("file://" + os.path.join(site, "search.html") + "?q=" + query)
        found = driver.wait_for(f"results for ?q={query}", lambda: results(driver))
        status = driver.text(driver.find("css selector", "#status"))
        wanted = "1 result, in 30 places." if query == "leefmilieu" else "1 result, in 15 places."
        check(len(found) == 1 and found[0].startswith(title) and status == wanted,
              f"?q={query} on 30 editions: {status!r}, {len(found)} results: {found[:3]}")
        link = driver.attribute(driver.find("css selector", "#results li > a"), "href")
        latest = "2017-2019" if query == "leefmilieu" else "1972-1974"
        check(link.endswith(f"kiv/{latest}/nl.html#p{8 if query == 'leefmilieu' else 5}"),
              f"?q={query}: the result links to {link}, not to {latest}")
    print("PASS on 30 editions a lineage is one result: 'leefmilieu' in 30 places, 'cybersecurity' "
          "in the 15 editions before its rewording, linked to the last of them")


def test_flow(driver, kiv, editions, work, screenshots):
    """The flow page of the bundled editions and a next one with a split: one band from the split
    item to each part; at 390 px only the figure scrolls sideways, never the page."""
    store = os.path.join(work, "flow-store")
    site = os.path.join(work, "flow-site")
    files = [os.path.join(editions, "kiv", name) for name in ("2016-2019.json", "2022-2024.json")]
    for args in (["import", *files], ["import", next_edition_with_a_split(editions, work)],
                 ["site", site]):
        run = subprocess.run([kiv, "--store", store, *args], capture_output=True, text=True)
        check(run.returncode == 0, f"kiv {' '.join(args)} exited with {run.returncode}: {run.stderr}")
    bands_of = ("return Array.from(document.querySelectorAll('.figure')[0]"
                ".querySelectorAll('path.band')).map(band => band.querySelector('title').textContent)")
    try:
        for width in (1280, 390):
            driver.window_width(width)
            driver.open("file://" + os.path.join(site, "kiv", "flow.html"))
            bands = driver.execute(bands_of)
            split = sorted(b for b in bands
                           if b.startswith("2022-2024 #5 cybercrime en cyber security → 2025-2027")
                           and ": split" in b)
            check(len(split) == 2 and "#5 cybercrime:" in split[0] and "#6 cyber security:" in split[1],
                  f"at {width} px, expected one band from priority 5 to each part, got {split} of {bands}")
            check(len(bands) == 10 + 11, f"at {width} px, expected 21 bands of priorities, got {len(bands)}")
            overflow = driver.execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            check(overflow <= 0, f"at {width} px the page scrolls sideways by {overflow} px")
            if screenshots:
                driver.screenshot(os.path.join(screenshots, f"flow-{width}.png"))
    finally:
        driver.window_width(1200)
    print(f"PASS the flow draws priority 5's split as two bands, at 1280 and 390 px without the page "
          "scrolling sideways")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kiv", required=True, help="the built kiv program")
    parser.add_argument("--editions", required=True, help="the repository's editions/ folder")
    parser.add_argument("--screenshots", help="a folder to write screenshots of the pages to")
    options = parser.parse_args()

    chromium = shutil.which("chromium")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        missing = " and ".join(name for name, path in (("chromium", chromium), ("chromedriver", chromedriver))
                               if not path)
        print(f"FAIL: {missing} not found on PATH; run scripts/install-deps.sh to install Debian's "
              "chromium and chromium-driver", file=sys.stderr)
        return 1

    work = tempfile.mkdtemp(prefix="kiv-browser-")
    driver_process = None
    driver = None
    try:
        site = build_site(options.kiv, options.editions, work)
        port = free_port()
        driver_log = open(os.path.join(work, "chromedriver.log"), "w")
        driver_process = subprocess.Popen([chromedriver, f"--port={port}"], stdout=driver_log,
                                          stderr=subprocess.STDOUT)
        driver = WebDriver(port)
        driver.wait_ready(driver_process)
        driver.start(chromium, os.path.join(work, "profile"))
        test_diff_from_the_index(driver, site)
        test_search(driver, site)
        test_provenance_downloads(driver, site, options.editions)
        test_search_agrees_with_the_cli(driver, site, options.kiv, os.path.join(work, "store"))
        test_search_filters(driver, site)
        if options.screenshots:
            os.makedirs(options.screenshots, exist_ok=True)
        test_search_groups_thirty_editions(driver, options.kiv, options.editions, work)
        test_flow(driver, options.kiv, options.editions, work, options.screenshots)
        test_pages_fit_the_screen(driver, site, options.screenshots)
        test_pages_print_whole(driver, site)
        print("9 passed, 0 failed")
        return 0
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        log = os.path.join(work, "chromedriver.log")
        if os.path.exists(log):
            with open(log, errors="replace") as f:
                print("chromedriver's log, last lines:\n" + "".join(f.readlines()[-20:]), file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            try:
                driver.stop()
            except Exception:  # the browser may be gone already; the result stands
                pass
        if driver_process is not None:
            driver_process.terminate()
            try:
                driver_process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                driver_process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
