#!/usr/bin/env python3
"""Projection lag: time from a command's HTTP acknowledgement until the change is readable from the read side.

Usage: bench/projection-lag.py [BASE_URL] [SAMPLES]   (default http://localhost:8080, 20 samples)
Signs in as THROUGHLINE_USER (default admin) with THROUGHLINE_PASSWORD (default THROUGHLINE_ADMIN_PASSWORD), an
administrator. Writes the figures to target/bench/projection-lag.txt. Registers teams named "lag probe" in the service.
"""
import base64
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
samples = int(sys.argv[2]) if len(sys.argv) > 2 else 20
user = os.environ.get("THROUGHLINE_USER", "admin")
password = os.environ.get("THROUGHLINE_PASSWORD", os.environ.get("THROUGHLINE_ADMIN_PASSWORD"))
if not password:
    sys.exit("set THROUGHLINE_PASSWORD (or THROUGHLINE_ADMIN_PASSWORD) to the password of " + user)
authorization = "Basic " + base64.b64encode((user + ":" + password).encode()).decode()


def register_team():
    request = urllib.request.Request(base + "/api/teams", data=json.dumps({"name": "lag probe"}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": authorization})
    return json.load(urllib.request.urlopen(request))["id"]


def visible(team_id):
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/api/teams/" + team_id,
                                                      headers={"Authorization": authorization}))
        return True
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return False
        raise


lags = []
for _ in range(samples):
    team = register_team()
    acknowledged = time.perf_counter()
    deadline = acknowledged + 10
    while not visible(team):
        if time.perf_counter() > deadline:
            sys.exit("team %s not visible after 10 s" % team)
        time.sleep(0.001)
    lags.append((time.perf_counter() - acknowledged) * 1000)
    time.sleep(0.05)

lags.sort()
report = "projection lag over %d samples against %s: p50 %.0f ms, p90 %.0f ms, max %.0f ms\nsamples (ms): %s\n" % (
    samples, base, statistics.median(lags), lags[int(0.9 * (len(lags) - 1))], lags[-1],
    " ".join("%.0f" % lag for lag in lags))
os.makedirs("target/bench", exist_ok=True)
with open("target/bench/projection-lag.txt", "w") as out:
    out.write(report)
print(report, end="")
