"""`make run` on another port, and without gunicorn's machine-wide control socket."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gunicorn_line(*args):
    output = subprocess.run(["make", "-n", "run", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60).stdout
    lines = [line for line in output.splitlines() if "gunicorn offenbach_portal.wsgi" in line]
    assert len(lines) == 1, output
    return lines[0].split()


def test_make_run_serves_on_the_port_given():
    words = _gunicorn_line("PORT=8765")
    assert words[words.index("--bind") + 1] == "127.0.0.1:8765"


def test_make_run_starts_gunicorn_without_a_shared_control_socket():
    assert "--no-control-socket" in _gunicorn_line()


def test_the_installed_gunicorn_knows_the_option():
    gunicorn = Path(sys.executable).parent / "gunicorn"
    help_text = subprocess.run([str(gunicorn), "--help"], capture_output=True, text=True, check=True, timeout=60).stdout
    assert "--no-control-socket" in help_text
