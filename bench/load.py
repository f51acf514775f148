"""Load on the production-like stack (`make stack`): N concurrent clients for
T seconds through nginx over HTTPS, each walking the public pages (home,
directory, a profile, the Kompetenzteam, news, search, a static file) in
turn; then the number of requests, errors (5xx, refused or timed-out
connections, unexpected statuses) and the latency percentiles.

    make stack                                   # once
    .venv/bin/python bench/load.py               # 50 clients, 60 s, https://localhost:8443
    .venv/bin/python bench/load.py --clients 10 --seconds 15 --url https://localhost:8443

The stack's self-signed certificate (.stack/tls/cert.pem) is trusted for the
run. The script exits with status 1 when there was any error.
"""

import argparse
import http.client
import re
import ssl
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PATHS = [
    "/",
    "/vereine/",
    "/kompetenzteam/",
    "/kompetenzteam/sitzungen/",
    "/aktuelles/",
    "/programme/",
    "/suche/?q=Integration",
    "/en/",
    "/uk/vereine/",
    "/healthz",
]


def discover(base, context):
    """Add a profile page and a static file found on the home page and directory."""
    paths = list(PATHS)
    status, body = fetch(base, "/vereine/", context)
    if status == 200:
        profile = re.search(r'href="(/vereine/(?!eintragen/)[a-z0-9-]+/)"', body)
        if profile:
            paths.append(profile.group(1))
    status, body = fetch(base, "/", context)
    static = re.search(r'href="(/static/[^"]+\.css)"', body) if status == 200 else None
    if static:
        paths.append(static.group(1))
    return paths


def fetch(base, path, context, connection=None, compressed=False):
    """Status and text of one GET (the text is empty for a compressed answer)."""
    own = connection is None
    if own:
        connection = http.client.HTTPSConnection(base.hostname, base.port or 443, timeout=30, context=context)
    try:
        headers = {"Host": base.netloc, "Accept-Encoding": "gzip" if compressed else "identity"}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, "" if compressed else body.decode("utf-8", "replace")
    finally:
        if own:
            connection.close()


def client(base, context, paths, until, offset, results, lock):
    connection = None
    latencies, statuses, errors = [], Counter(), Counter()
    step = offset
    while time.monotonic() < until:
        path = paths[step % len(paths)]
        step += 1
        if connection is None:
            connection = http.client.HTTPSConnection(base.hostname, base.port or 443, timeout=30, context=context)
        started = time.perf_counter()
        try:
            status, _ = fetch(base, path, context, connection, compressed=True)
        except (OSError, http.client.HTTPException) as error:
            errors[f"{type(error).__name__} {path}"] += 1
            connection.close()
            connection = None
            continue
        latencies.append(time.perf_counter() - started)
        statuses[status] += 1
        if status >= 500 or status not in (200, 301, 302, 304):
            errors[f"HTTP {status} {path}"] += 1
    if connection is not None:
        connection.close()
    with lock:
        results["latencies"].extend(latencies)
        results["statuses"].update(statuses)
        results["errors"].update(errors)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="https://localhost:8443")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--cafile", default=str(ROOT / ".stack" / "tls" / "cert.pem"))
    args = parser.parse_args(argv)

    base = urlsplit(args.url)
    context = ssl.create_default_context(cafile=args.cafile)
    paths = discover(base, context)
    results = {"latencies": [], "statuses": Counter(), "errors": Counter()}
    lock = threading.Lock()
    until = time.monotonic() + args.seconds
    threads = [
        threading.Thread(target=client, args=(base, context, paths, until, number, results, lock), daemon=True)
        for number in range(args.clients)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.seconds + 60)
    elapsed = time.monotonic() - started

    latencies = results["latencies"]
    total = len(latencies) + sum(count for key, count in results["errors"].items() if not key.startswith("HTTP"))
    errors = sum(results["errors"].values())
    print(f"{args.clients} Clients, {elapsed:.0f} s gegen {args.url} ({len(paths)} Adressen im Wechsel)")
    print(f"Anfragen: {total} ({total / elapsed:.1f}/s); Status: {dict(sorted(results['statuses'].items()))}")
    if latencies:
        print(
            "Antwortzeit ms: "
            f"Median {statistics.median(latencies) * 1000:.0f}, p95 {percentile(latencies, 0.95) * 1000:.0f}, "
            f"p99 {percentile(latencies, 0.99) * 1000:.0f}, max {max(latencies) * 1000:.0f}"
        )
    print(f"Fehler: {errors}")
    for key, count in results["errors"].most_common(10):
        print(f"  {count} × {key}")
    return 1 if errors or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
