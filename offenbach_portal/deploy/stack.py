"""A production-like stack on one machine: nginx with TLS in front of two
gunicorn app processes that share one database and one Redis.

    python -m offenbach_portal.deploy.stack start [--prepare]   # `make stack`
    python -m offenbach_portal.deploy.stack stop                # `make stack-stop`

Everything the stack writes lives in a state directory (`.stack/`, ignored by
git): the self-signed certificate made on the first start (`tls/`), the
rendered nginx configuration and nginx's pid and temporary files (`nginx/`),
the pid files of the app processes and every log (`logs/`). nginx runs from
that prefix, without root, and each gunicorn without a control socket, so
that several stacks and `make run` can live side by side on one machine.

The stack tests (tests/stack/) start and stop it through `Stack` as well.
"""

import argparse
import http.client
import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

DEPLOY_DIR = Path(__file__).resolve().parent
ROOT = DEPLOY_DIR.parent.parent
PRIVATE_LOCATION = "/_private-media/"


def find_nginx():
    """Debian's nginx (`apt-get install nginx`): on PATH or in /usr/sbin."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


@dataclass
class Stack:
    state_dir: Path
    database_url: str
    redis_url: str
    https_port: int = 8443
    http_port: int = 8480
    app_ports: tuple = (8621, 8622)
    workers: int = 2
    listen: str = "127.0.0.1"
    static_root: Path = ROOT / "staticfiles"
    media_root: Path = ROOT / "media"
    private_media_root: Path = ROOT / "private-media"
    extra_env: dict = field(default_factory=dict)

    def __post_init__(self):
        self.state_dir = Path(self.state_dir).resolve()
        for name in ("static_root", "media_root", "private_media_root"):
            setattr(self, name, Path(getattr(self, name)).resolve())

    # Addresses -----------------------------------------------------------

    @property
    def url(self):
        return f"https://localhost:{self.https_port}"

    @property
    def certificate(self):
        return self.state_dir / "tls" / "cert.pem"

    @property
    def logs(self):
        return self.state_dir / "logs"

    def app_log(self, port):
        return self.logs / f"gunicorn-{port}.access.log"

    # The app's environment -------------------------------------------------

    def app_env(self):
        """The environment of every app process (and of `manage.py` run for this stack)."""
        env = {key: value for key, value in os.environ.items() if not key.startswith(("COV_CORE_", "PYTEST_"))}
        hosts = "localhost,127.0.0.1"
        env.update(
            DEBUG="0",
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            MEDIA_ROOT=str(self.media_root),
            PRIVATE_MEDIA_ROOT=str(self.private_media_root),
            PORTAL_HTTPS="1",
            BEHIND_PROXY="1",
            SENDFILE_NGINX="1",
            SERVE_MEDIA="0",
            ALLOWED_HOSTS=hosts,
            CSRF_TRUSTED_ORIGINS=",".join(f"https://{host}:{self.https_port}" for host in hosts.split(",")),
            EMAIL_BACKEND=env.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"),
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args, timeout=300, check=True):
        """Run `manage.py` against this stack's database and files."""
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.app_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result

    def prepare(self):
        """Create the PostgreSQL database if it is missing, migrate, load the demo."""
        if self.database_url.startswith(("postgres://", "postgresql://")):
            create_postgres_database(self.database_url)
        self.manage("migrate", "--noinput", "--verbosity", "0")
        self.manage("load_demo")

    # Start and stop ------------------------------------------------------------

    def start(self, timeout=60):
        nginx = find_nginx()
        if nginx is None:
            raise RuntimeError("nginx not found: install Debian's nginx package (apt-get install nginx).")
        for folder in (self.logs, self.state_dir / "nginx" / "tmp", self.media_root, self.private_media_root):
            folder.mkdir(parents=True, exist_ok=True)
        self.make_certificate()
        self.write_nginx_conf()
        self.stop()  # leftovers of a stack that was not stopped
        deadline = time.monotonic() + timeout
        try:
            for port in self.app_ports:
                self.start_app(port)
            for port in self.app_ports:
                self.wait_for(lambda port=port: self._app_healthy(port), deadline, f"gunicorn on port {port}")
            subprocess.run(
                [
                    nginx,
                    "-p",
                    str(self.state_dir / "nginx"),
                    "-c",
                    str(self.state_dir / "nginx" / "nginx.conf"),
                    "-e",
                    str(self.logs / "nginx-error.log"),
                ],
                check=True,
                capture_output=True,
                timeout=30,
            )
            self.wait_for(self._nginx_healthy, deadline, "nginx")
        except BaseException:
            self.stop()
            raise
        return self

    def start_app(self, port):
        with open(self.logs / f"gunicorn-{port}.log", "ab") as log:
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "offenbach_portal.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(self.workers),
                    "--no-control-socket",
                    "--pid",
                    str(self.state_dir / f"gunicorn-{port}.pid"),
                    "--access-logfile",
                    str(self.app_log(port)),
                    "--access-logformat",
                    '%(h)s "%(r)s" %(s)s %(b)s %(M)sms %({x-request-id}i)s',
                    "--graceful-timeout",
                    "10",
                ],
                cwd=ROOT,
                env=self.app_env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # lives on after `make stack` returns
            )

    def stop(self, timeout=20):
        """Stop nginx and the app processes of this state directory, if running."""
        pids = [self.state_dir / "nginx" / "nginx.pid"] + [self.state_dir / f"gunicorn-{port}.pid" for port in self.app_ports]
        running = []
        for pid_file in pids:
            pid = _read_pid(pid_file)
            if pid is None:
                continue
            try:
                os.kill(pid, signal.SIGTERM)
                running.append(pid)
            except ProcessLookupError:
                pass
            pid_file.unlink(missing_ok=True)
        deadline = time.monotonic() + timeout
        for pid in running:
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)

    def wait_for(self, check, deadline, what):
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.2)
        tails = []
        for log in sorted(self.logs.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()[-15:]
            tails.append(f"--- {log.name}\n" + "\n".join(lines))
        raise RuntimeError(f"{what} did not answer in time. The logs in {self.logs}:\n" + "\n".join(tails))

    def _app_healthy(self, port):
        return _status("127.0.0.1", port, "/healthz", {"Host": "localhost", "X-Forwarded-Proto": "https"}) == 200

    def _nginx_healthy(self):
        context = ssl.create_default_context(cafile=str(self.certificate))
        return _status("localhost", self.https_port, "/healthz", {}, context=context) == 200

    # Files -----------------------------------------------------------------------

    def make_certificate(self):
        """A self-signed certificate for localhost, made once and kept."""
        folder = self.state_dir / "tls"
        if (folder / "cert.pem").exists() and (folder / "key.pem").exists():
            return
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "825",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                str(folder / "key.pem"),
                "-out",
                str(folder / "cert.pem"),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        (folder / "key.pem").chmod(0o600)

    def write_nginx_conf(self):
        folder = self.state_dir / "nginx"
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("security-headers.conf", "file-headers.conf"):
            shutil.copyfile(DEPLOY_DIR / name, folder / name)
        # As root, the workers run as root too: they read files in folders only
        # root may open (a test's temporary folder). Without root the line is moot.
        user = "user root root;" if os.geteuid() == 0 else ""
        values = {
            "USER": user,
            "STATE": str(self.state_dir),
            "LISTEN": self.listen,
            "HTTP_PORT": str(self.http_port),
            "HTTPS_PORT": str(self.https_port),
            "UPSTREAM_SERVERS": "\n".join(f"        server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;" for port in self.app_ports),
            "STATIC_ROOT": str(self.static_root),
            "MEDIA_ROOT": str(self.media_root),
            "PRIVATE_MEDIA_ROOT": str(self.private_media_root),
            "PRIVATE_LOCATION": PRIVATE_LOCATION,
        }
        text = (DEPLOY_DIR / "nginx.conf.template").read_text()
        for key, value in values.items():
            text = text.replace(f"@{key}@", value)
        (folder / "nginx.conf").write_text(text)


def create_postgres_database(url, *, drop_first=False):
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    admin = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        name = psycopg.sql.Identifier(config["NAME"])
        if drop_first:
            admin.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone()
        if not exists:
            admin.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(name))


def drop_postgres_database(url):
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    with psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(psycopg.sql.Identifier(config["NAME"])))


def _status(host, port, path, headers, context=None):
    if context is None:
        connection = http.client.HTTPConnection(host, port, timeout=5)
    else:
        connection = http.client.HTTPSConnection(host, port, timeout=5, context=context)
    try:
        connection.request("GET", path, headers=headers)
        return connection.getresponse().status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def _read_pid(path):
    try:
        return int(Path(path).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours (the tests start the processes) counts as gone.
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        return finished == 0
    except ChildProcessError:
        return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["start", "stop"])
    parser.add_argument("--state-dir", default=os.environ.get("STACK_DIR", str(ROOT / ".stack")))
    parser.add_argument(
        "--database-url", default=os.environ.get("STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/offenbach_stack")
    )
    parser.add_argument("--redis-url", default=os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--https-port", type=int, default=int(os.environ.get("STACK_HTTPS_PORT", "8443")))
    parser.add_argument("--http-port", type=int, default=int(os.environ.get("STACK_HTTP_PORT", "8480")))
    parser.add_argument("--app-ports", default=os.environ.get("STACK_APP_PORTS", "8621,8622"), help="comma-separated, one gunicorn each")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("STACK_WORKERS", "2")), help="workers per gunicorn")
    parser.add_argument("--prepare", action="store_true", help="create the database if missing, migrate and load the demo first")
    args = parser.parse_args(argv)
    stack = Stack(
        state_dir=args.state_dir,
        database_url=args.database_url,
        redis_url=args.redis_url,
        https_port=args.https_port,
        http_port=args.http_port,
        app_ports=tuple(int(port) for port in args.app_ports.split(",")),
        workers=args.workers,
    )
    if args.command == "stop":
        stack.stop()
        print("Stack gestoppt.")
        return 0
    if args.prepare:
        stack.prepare()
    stack.start()
    print(f"Integrationsportal hinter nginx: {stack.url}/  (http://localhost:{stack.http_port}/ leitet um)")
    print(f"App-Prozesse: {', '.join(f'127.0.0.1:{port}' for port in stack.app_ports)}; Logs: {stack.logs}/")
    print(f"Selbst signiertes Zertifikat: {stack.certificate}; beenden mit `make stack-stop`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
