#!/usr/bin/env python3
"""Logs in as the benchmark member (form login with CSRF, session cookie) and measures the
latency of "my actions" and of project dashboards over one keep-alive connection:
warm-up, then N sequential requests per scenario; prints p50/p95/p99/max in ms.

    python3 bench/project/measure.py --base http://127.0.0.1:18081 --email ... --password ... \\
        --dashboards 12,345,... [--count 1000]
"""

import argparse
import gzip
import http.client
import re
import time
import urllib.parse


class Client:

    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.cookies = {}

    def request(self, method, path, body=None):
        headers = {"Accept-Language": "fr-FR,fr", "Accept-Encoding": "gzip"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urllib.parse.urlencode(body)
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        if response.getheader("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return response.status, data


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--dashboards", required=True, help="comma-separated project ids")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--scenarios", default="my_actions,dashboard,action_plan")
    args = parser.parse_args()
    client = Client(args.base)
    status, page = client.request("GET", "/connexion")
    token = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
    status, _ = client.request("POST", "/connexion", {"email": args.email, "password": args.password, "_csrf": token})
    if status != 302:
        raise SystemExit(f"login failed: {status}")
    status, page = client.request("GET", "/mes-actions")
    if status != 200 or b"Mes actions" not in page:
        raise SystemExit(f"not logged in: {status}")
    rows = page.count(b"<tr")
    total = re.search(rb"(\d+) actions en cours", page)
    ids = args.dashboards.split(",")
    scenarios = {
        "my_actions": lambda i: "/mes-actions",
        "dashboard": lambda i: f"/projets/{ids[i % len(ids)]}/tableau-de-bord",
        "action_plan": lambda i: f"/projets/{ids[i % len(ids)]}/plan",
    }
    print(f"# {rows - 1} actions on the first page of /mes-actions ({total.group(1).decode() if total else '?'} open); {len(ids)} dashboards in rotation; "
          f"{args.count} sequential requests per scenario after {args.warmup} warm-up, one keep-alive connection")
    print(f"{'scenario':<12} {'req/s':>8} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8} {'errors':>7}")
    for name, path in scenarios.items():
        if name not in args.scenarios.split(","):
            continue
        for i in range(args.warmup):
            client.request("GET", path(i))
        latencies, errors = [], 0
        start = time.perf_counter()
        for i in range(args.count):
            t = time.perf_counter()
            status, _ = client.request("GET", path(i))
            latencies.append((time.perf_counter() - t) * 1000)
            errors += status != 200
        elapsed = time.perf_counter() - start
        print(f"{name:<12} {args.count / elapsed:8.1f} {percentile(latencies, 50):8.2f} {percentile(latencies, 95):8.2f} "
              f"{percentile(latencies, 99):8.2f} {max(latencies):8.2f} {errors:7d}")


if __name__ == "__main__":
    main()
