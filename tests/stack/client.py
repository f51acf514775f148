"""A small HTTP client for the stack tests: cookies kept by hand (the
session cookie is `Secure`, and the tests also talk plain HTTP to one app
process directly, as nginx does), no redirects followed, forms read from
the HTML as a browser would submit them."""

import gzip
import http.client
import ssl
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8")

    def header(self, name):
        return self.headers.get(name)

    def header_all(self, name):
        return self.headers.get_all(name) or []


class Client:
    """Requests to `base` ("https://localhost:8443" through nginx, or
    "http://127.0.0.1:8621" to one app process, which is then told what nginx
    would tell it: the public host and that the visitor came over HTTPS)."""

    def __init__(self, base, *, public_host, cafile, cookies=None):
        parts = urlsplit(base)
        self.scheme, self.host, self.port = parts.scheme, parts.hostname, parts.port
        self.public_host = public_host
        self.context = ssl.create_default_context(cafile=str(cafile))
        self.cookies = cookies if cookies is not None else {}

    def other(self, base):
        """A client for another address that shares this one's cookies."""
        client = Client.__new__(Client)
        client.__dict__.update(self.__dict__)
        parts = urlsplit(base)
        client.scheme, client.host, client.port = parts.scheme, parts.hostname, parts.port
        return client

    def request(self, method, path, *, body=None, headers=None, gzip_ok=False):
        if self.scheme == "https":
            connection = http.client.HTTPSConnection(self.host, self.port, timeout=30, context=self.context)
        else:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        sent = {"Host": self.public_host, "Accept-Language": "de"}
        if self.scheme == "http":
            sent["X-Forwarded-Proto"] = "https"
        if gzip_ok:
            sent["Accept-Encoding"] = "gzip"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if method == "POST":
            sent["Origin"] = f"https://{self.public_host}"
            sent["Referer"] = f"https://{self.public_host}{path}"
        sent.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Response(response.status, response.headers, data)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, files=None):
        if files:
            body, content_type = _multipart(data, files)
        else:
            body, content_type = urlencode(data, doseq=True).encode(), "application/x-www-form-urlencoded"
        return self.request("POST", path, body=body, headers={"Content-Type": content_type})

    def login(self, username, password, path="/konto/anmelden/"):
        form = read_form(self.get(path).text, having="password")
        form.update(username=username, password=password)
        return self.post(path, form)


def gunzip(response):
    assert response.header("Content-Encoding") == "gzip"
    return gzip.decompress(response.body)


class _FormReader(HTMLParser):
    """The values a browser would submit for each form on a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.current = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"id": attrs.get("id"), "fields": []}
            self.forms.append(self.current)
        if self.current is None:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.current["fields"].append((name, attrs.get("value") or "on"))
            elif kind not in {"file", "submit", "button", "image", "reset"}:
                self.current["fields"].append((name, attrs.get("value") or ""))
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "first": None, "chosen": []}
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            if self.select["first"] is None:
                self.select["first"] = value
            if "selected" in attrs:
                self.select["chosen"].append(value)
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "select" and self.select is not None:
            chosen = self.select["chosen"] or ([] if self.select["multiple"] or self.select["first"] is None else [self.select["first"]])
            self.current["fields"].extend((self.select["name"], value) for value in chosen)
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            value = self.textarea[1][1:] if self.textarea[1].startswith("\n") else self.textarea[1]
            self.current["fields"].append((self.textarea[0], value))
            self.textarea = None


def read_form(html, form_id=None, *, having=None):
    """The fields of the form `form_id` (or the first form with a field named
    `having`), as a dict; a name with several values maps to a list."""
    reader = _FormReader()
    reader.feed(html)
    forms = [
        form
        for form in reader.forms
        if (form_id is None or form["id"] == form_id) and (having is None or any(name == having for name, _ in form["fields"]))
    ]
    assert forms, f"no form {form_id or having} on the page"
    fields = {}
    for name, value in forms[0]["fields"]:
        fields.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in fields.items()}


def _multipart(data, files):
    boundary = uuid.uuid4().hex
    lines = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            lines.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{item}\r\n'.encode())
    for name, (filename, content, content_type) in files.items():
        lines.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    lines.append(f"--{boundary}--\r\n".encode())
    return b"".join(lines), f"multipart/form-data; boundary={boundary}"
