#!/usr/bin/env python3
"""The explorer in headless Chromium: page, slider, edge evidence, a review kept across a restart.

Run by scripts/test-browser.sh (make test-browser), which installs Chromium and Playwright and
builds the database. Starts `stancegraph serve` on 127.0.0.1, drives the page with Playwright
(the system's Chromium, through executable_path), restarts the server and checks that the review
stuck; saves screenshots to the folder given. Exits non-zero on the first failed check.
"""
import argparse
import socket
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import sync_playwright, expect


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`stancegraph serve` in the background, stopped on exit."""

    def __init__(self, binary, db, port):
        self.process = subprocess.Popen(
            [binary, "serve", "--db", db, "--port", str(port), "--reviewer", "browser-test"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.url = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"serve exited: {self.process.stdout.read()}")
            try:
                urllib.request.urlopen(self.url + "api/span", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise SystemExit("serve did not answer within 60 s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def check(condition, message):
    if not condition:
        raise SystemExit("FAILED: " + message)
    print("ok   " + message)


EDGE = 'g.edge[data-source="coordination-framework"][data-target="united-states"]'
# In force only since the fall of Assad (2024-12-08).
LATER_EDGE = 'g.edge[data-source="national-security-service"][data-target="united-states"]'


def wait_drawn(page, previous):
    page.wait_for_function(
        "prev => document.getElementById('graph-box').dataset.drawn && document.getElementById('graph-box').dataset.drawn !== prev",
        arg=previous, timeout=30000)
    return page.eval_on_selector("#graph-box", "e => e.dataset.drawn")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--shots", required=True)
    args = parser.parse_args()
    port = free_port()

    server = Server(args.binary, args.db, port)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1500, "height": 900})
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(server.url)
            page.fill("#reviewer", "browser-test")
            page.dispatch_event("#reviewer", "change")
            drawn = wait_drawn(page, "")
            check(page.locator(EDGE).count() == 1 and page.locator(LATER_EDGE).count() == 1,
                  "the latest snapshot shows Coordination Framework and National Security Service → United States")
            latest = page.text_content("#date-label")

            # The slider back to the first days of December 2024: before the fall of Assad.
            page.focus("#date-slider")
            target = page.evaluate(
                "() => { const s = document.getElementById('date-slider'); const label = document.getElementById('date-label').textContent;"
                " const offset = (Date.parse(label) - Date.parse('2024-12-01')) / 86400000; return Number(s.value) - offset; }")
            page.eval_on_selector(
                "#date-slider", "(s, v) => { s.value = String(v); s.dispatchEvent(new Event('input')); }", target)
            drawn = wait_drawn(page, drawn)
            check(page.text_content("#date-label") == "2024-12-01", f"the slider moved from {latest} to 2024-12-01")
            check(page.locator(LATER_EDGE).count() == 0, "before the fall of Assad, National Security Service → United States is not drawn")

            # An event mark brings the slider to the event; then back to the latest date with the keyboard.
            mark = page.locator("#date-marks button").last
            event_name = mark.get_attribute("aria-label")
            mark.click(force=True)
            drawn = wait_drawn(page, drawn)
            check(page.text_content("#date-label") != "2024-12-01", f"the mark of {event_name} moved the slider to {page.text_content('#date-label')}")
            page.focus("#date-slider")
            page.keyboard.press("End")
            drawn = wait_drawn(page, drawn)
            check(page.locator(LATER_EDGE).count() == 1, "at the end of the slider it is back")

            # Click the edge: its claims and quotes appear.
            # A click on the edge's label, as a person would.
            page.locator(EDGE).locator("text").first.click()
            page.wait_for_selector("#evidence .card.claim")
            quotes = page.locator("#evidence .quote").all_text_contents()
            check(any("Coordination Framework" in q for q in quotes), "the evidence panel quotes the article")
            check(page.locator("#evidence .meta").first.is_visible(), "the evidence names outlet and date")
            page.screenshot(path=f"{args.shots}/explorer-evidence.png")

            # Accept the first claim behind the edge.
            card = page.locator("#evidence .card.claim").first
            claim_id = card.get_attribute("data-claim")
            card.locator(".review-accept").click()
            page.wait_for_selector(f'#evidence .card.claim[data-claim="{claim_id}"] .decision.accept')
            check(True, f"claim {claim_id} accepted")
            drawn = wait_drawn(page, drawn)

            # The shift across the fall of Assad (the second handle starts the day before the last event),
            # beside the review queue, lowest confidence first.
            page.check("#compare")
            drawn = wait_drawn(page, drawn)
            check("Shift from" in page.text_content("#graph"), "the second handle draws the shift")
            page.click('.tabs button[data-tab="queue"]')
            page.wait_for_selector("#queue .card.claim")
            page.screenshot(path=f"{args.shots}/explorer-review.png")

            # Click an actor: its stances over time.
            page.click('g.node[data-actor="coordination-framework"]')
            page.wait_for_selector("#actor-panel img.timeline")
            check(page.locator("#actor-panel").inner_text().count("member of") >= 1, "the actor panel lists memberships")
            check(not errors, f"no script errors: {errors}")
            browser.close()

        server.stop()
        server = Server(args.binary, args.db, port)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1500, "height": 900})
            page.goto(server.url)
            wait_drawn(page, "")
            page.locator(EDGE).locator("text").first.click()
            page.wait_for_selector(f'#evidence .card.claim[data-claim="{claim_id}"]')
            decision = page.text_content(f'#evidence .card.claim[data-claim="{claim_id}"] .decision')
            check(decision is not None and decision.startswith("accepted by browser-test"),
                  f"after a restart the claim still reads: {decision}")
            browser.close()
    finally:
        server.stop()
    print("browser test passed")


if __name__ == "__main__":
    sys.exit(main())
