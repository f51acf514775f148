"""One way for a test to find a port nothing listens on right now: for a
server of its own (Redis, mail, the nginx stack) or for one that is down."""

import socket


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
