#!/usr/bin/env python3
"""Checks two instances of the site on one database (issue 19), as a browser would: plain HTTP, our own cookie jar.

Run by scripts/two-instances.sh once both instances answer /healthz. Exits non-zero, saying which promise broke.
"""
import html.parser
import re
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

A, B, DB, PASSWORD = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Browser:
    """Keeps cookies itself: the site's are Secure and __Host- prefixed, which urllib's jar will not send over http."""

    def __init__(self):
        self.cookies = {}

    def request(self, base, path, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(base + path, data=data)
        if self.cookies:
            req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        try:
            resp = OPENER.open(req, timeout=30)
        except urllib.error.HTTPError as e:
            resp = e
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "expires=Thu, 01 Jan 1970" in header or value == "":
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return resp.status, resp.headers.get("Location"), resp.read().decode("utf-8", "replace")


class Inputs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("type") == "hidden" and a.get("name"):
            self.values.setdefault(a["name"], a.get("value") or "")


def hidden(page):
    parser = Inputs()
    parser.feed(page)
    return parser.values


def fail(message):
    print(f"two instances: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def ok(message):
    print(f"two instances: ok: {message}")


def sign_in(browser, base, user):
    _, _, page = browser.request(base, "/account/sign-in")
    form = hidden(page)
    form.update({"Input.UserName": user, "Input.Password": PASSWORD})
    status, location, _ = browser.request(base, "/account/sign-in", form)
    if status != 302 or "sign-in" in (location or ""):
        fail(f"{user} could not sign in on {base} (HTTP {status}, to {location})")


def strategic_risks(page):
    found = re.search(r"(\d+) open strategic risks", page)
    return int(found.group(1)) if found else 0


# 1. Signed in on A, the same cookie is valid on B (data-protection keys and sessions are in the shared database).
team = Browser()
sign_in(team, A, "performance.team")
status, location, page = team.request(B, "/dashboard/box/risks")
if status != 200:
    fail(f"a sign-in on {A} is not valid on {B}: the dashboard answered {status} {location}")
ok("signed in on the first instance, the second knows the session")

# 2. A change on A shows on B's dashboard within its cache's interval (it re-reads the audit trail every 2 seconds):
#    the risk box's detail page says how many open strategic risks there are in words.
before = strategic_risks(page)
_, _, page = team.request(A, "/risks/new")
form = hidden(page)
stamp = str(int(time.time()))
form.update({"Input.Reference": f"TWO-{stamp}", "Input.Title": f"Two instances check {stamp}", "Input.Owner": "Performance Team",
             "Input.DepartmentId": "", "Input.IsStrategic": "true", "Input.Likelihood": "5", "Input.Impact": "5",
             "Input.Description": "", "Input.Controls": ""})
status, location, _ = team.request(A, "/risks/new", form)
if status != 302:
    fail(f"adding a strategic risk on {A} answered {status}, not a redirect")
deadline = time.time() + 10
while True:
    _, _, page = team.request(B, "/dashboard/box/risks")
    if strategic_risks(page) == before + 1:
        break
    if time.time() > deadline:
        fail(f"the risk added on {A} did not show on {B}'s dashboard within 10 seconds ({before} open strategic risks still)")
    time.sleep(0.5)
ok("a risk added on the first instance shows on the second's dashboard")

# 3. Signing out on B ends the session on A too, even for a copy of the cookie kept from before (the session is gone).
_, _, page = team.request(B, "/dashboard")
form = hidden(page)
kept = Browser()
kept.cookies = dict(team.cookies)
status, _, _ = team.request(B, "/account/sign-out", {k: v for k, v in form.items() if k == "__RequestVerificationToken"})
if status != 302:
    fail(f"signing out on {B} answered {status}")
status, location, _ = kept.request(A, "/dashboard")
if status != 302 or "sign-in" not in (location or ""):
    fail(f"after signing out on {B}, {A} still answered {status} {location}")
ok("signed out on the second instance, the first no longer knows the session")

# 4. Both instances ran the reminder jobs on start-up: each message was sent once.
deadline = time.time() + 20
while True:
    con = sqlite3.connect(DB, timeout=30)
    leases = con.execute("SELECT COUNT(*), COUNT(LastCompletedUtc) FROM JobLeases").fetchone()
    if leases[0] > 0 and leases[0] == leases[1]:
        break
    con.close()
    if time.time() > deadline:
        fail(f"the jobs did not all complete within 20 seconds ({leases[1]} of {leases[0]})")
    time.sleep(0.5)
sent = con.execute("SELECT COUNT(*) FROM RemindersSent").fetchone()[0]
doubles = con.execute("SELECT COUNT(*) FROM (SELECT UserId, Text, Link FROM Notifications "
                      "WHERE CreatedUtc >= (SELECT MIN(SentUtc) FROM RemindersSent) GROUP BY UserId, Text, Link HAVING COUNT(*) > 1)").fetchone()[0]
jobs = con.execute("SELECT COUNT(*) FROM JobLeases").fetchone()[0]
con.close()
if sent == 0:
    fail("no reminder was sent at all, so nothing shows they go once")
if doubles:
    fail(f"{doubles} reminders reached someone twice")
ok(f"{sent} reminders sent by {jobs} jobs, none twice")
