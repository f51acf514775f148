"""Lighthouse (mobile) on the pages issue 14 names, served as in production.

    make bench-data        # once: the city-scale data (bench/city.py)
    make lighthouse        # the production stack on that data, then Lighthouse

The pages come from the benchmark's database (bench/city.py, the same rows as
`make bench`): home, directory, a meeting, an article and search. They are
served by the production-like stack of offenbach_portal/deploy/ (`make stack`:
nginx with TLS and gzip in front of two gunicorn processes, Redis), started on
the benchmark's database and stopped afterwards. Lighthouse runs with its
mobile defaults (simulated slow 4G, a mid-range phone) in Debian's Chromium;
it is fetched by npx at the pinned version, not installed with the project.

For every page: the performance score, LCP, the bytes of a first visit, and
the files a repeat visit would load again (everything but the HTML should be
served with a long cache lifetime). The goals of issue 14 stand beside the
numbers: performance ≥ 95 on each page; home first visit ≤ 150 KB; a repeat
visit loads only the HTML. Printed here, asserted nowhere."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import city  # noqa: E402

LIGHTHOUSE = "lighthouse@13.5.0"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HTTPS_PORT = int(os.environ.get("LIGHTHOUSE_HTTPS_PORT", "8643"))
PAGES = ("home", "directory", "meeting", "news article", "search")
PERFORMANCE_GOAL, FIRST_VISIT_KB_GOAL = 95, 150


def stack_command(command, *extra):
    env = {**os.environ, "STACK_DIR": str(ROOT / ".stack-lighthouse")}
    return subprocess.run(
        [
            str(ROOT / ".venv/bin/python"),
            "-m",
            "offenbach_portal.deploy.stack",
            command,
            "--database-url",
            city.DATABASE_URL,
            "--redis-url",
            city.REDIS_URL,
            "--https-port",
            str(HTTPS_PORT),
            "--http-port",
            str(HTTPS_PORT + 1),
            "--app-ports",
            f"{HTTPS_PORT + 2},{HTTPS_PORT + 3}",
            *extra,
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


def lighthouse(url, attempts=3):
    """Lighthouse's report (JSON) for `url`, mobile defaults, performance only.
    Lighthouse now and then fails to record a trace (NO_NAVSTART): then again."""
    for attempt in range(1, attempts + 1):
        try:
            return _lighthouse(url)
        except RuntimeError:
            if attempt == attempts:
                raise
            city.progress(f"Lighthouse failed on {url}; attempt {attempt + 1} of {attempts} …")


def _lighthouse(url):
    run = subprocess.run(
        [
            "npx",
            "--yes",
            LIGHTHOUSE,
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--chrome-path={CHROMIUM}",
            "--chrome-flags=--headless=new --no-sandbox --ignore-certificate-errors",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if run.returncode != 0:
        raise RuntimeError(f"lighthouse failed for {url}:\n{run.stderr[-2000:]}")
    if os.environ.get("LIGHTHOUSE_REPORTS"):
        folder = Path(os.environ["LIGHTHOUSE_REPORTS"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{url.split('/', 3)[-1].strip('/').replace('/', '_') or 'home'}.json").write_text(run.stdout)
    return json.loads(run.stdout)


def summary(report):
    audits = report["audits"]
    # Files without a long cache lifetime (Lighthouse 13: the "cache" insight).
    cache = audits.get("cache-insight") or audits.get("uses-long-cache-ttl") or {}
    again = [item["url"] for item in cache.get("details", {}).get("items", []) if "url" in item]
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "again": again,
    }


def main():
    city.ensure_data()
    rows = {name: path for _kind, name, path in city.pages()}
    from django.db import connection

    connection.close()
    city.progress(f"starting the production stack on {city.DATABASE_URL} (https://localhost:{HTTPS_PORT}/) …")
    stack_command("start")
    met = missed = 0
    try:
        print(f"Lighthouse {LIGHTHOUSE.split('@')[1]} (mobile defaults) against the production stack, city scale {city.SCALE:g}")
        header = f"{'page':<14} {'score':>5} {'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7} {'CLS':>5} {'KB':>6} {'again':>5}  goals"
        print(header)
        print("-" * len(header), flush=True)
        for name in PAGES:
            city.progress(f"Lighthouse: {name} ({rows[name]}) …")
            found = summary(lighthouse(f"https://localhost:{HTTPS_PORT}{rows[name]}"))
            goals = [(f"performance ≥ {PERFORMANCE_GOAL}", found["score"] >= PERFORMANCE_GOAL)]
            goals.append(("repeat visit: HTML only", not found["again"]))
            if name == "home":
                goals.append((f"first visit ≤ {FIRST_VISIT_KB_GOAL} KB", found["kb"] <= FIRST_VISIT_KB_GOAL))
            met += sum(1 for _goal, ok in goals if ok)
            missed += sum(1 for _goal, ok in goals if not ok)
            print(
                f"{name:<14} {found['score']:>5} {found['fcp']:>7.0f} {found['lcp']:>7.0f} {found['tbt']:>7.0f} {found['cls']:>5.2f} "
                f"{found['kb']:>6.1f} {len(found['again']):>5}  " + "; ".join(f"{'pass' if ok else 'FAIL'} {goal}" for goal, ok in goals),
                flush=True,
            )
            for url in found["again"]:
                print(f"{'':<14} loaded again on a repeat visit: {url}")
    finally:
        stack_command("stop")
    print(f"Lighthouse goals of issue 14: {met} met, {missed} not met (printed here, asserted nowhere)")


if __name__ == "__main__":
    main()
