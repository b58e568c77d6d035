"""The listening socket of ``clearpage serve``, bound before gunicorn starts.

Binding here, not in gunicorn, turns a busy port into one clear line instead of gunicorn's
five retries of ERROR lines, and leaves no race between a check and the real bind: the
socket bound here is the one gunicorn serves on (``bind = fd://N``).
"""
from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

# Pending connections the kernel queues before accept(); gunicorn's own default.
LISTEN_BACKLOG = 2048


class BindError(OSError):
    """The address cannot be listened on; the message says why and what to do."""


@dataclass(frozen=True)
class Listener:
    """A bound, listening TCP socket and the address it was asked for."""

    sock: socket.socket
    host: str
    port: int

    def hand_to_gunicorn(self) -> str:
        """gunicorn's ``bind`` setting that adopts this socket. gunicorn closes the
        descriptor it is given once it holds its own copy, so this socket object lets go
        of it (else it would close a descriptor number gunicorn may reuse)."""
        return f"fd://{self.sock.detach()}"


def bind_listener(host: str, port: int) -> Listener:
    """Bind and listen on ``host:port``, or raise ``BindError`` with a one-line reason."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise BindError(f"cannot listen on {host!r}: unknown host ({exc.strerror}); "
                        "set another with --host or CLEARPAGE_HOST") from None
    sock = socket.socket(family, kind, proto)
    # As gunicorn does: a restart may bind while old connections sit in TIME_WAIT.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(LISTEN_BACKLOG)
    except OSError as exc:
        sock.close()
        raise BindError(_bind_failure(host, port, exc)) from None
    sock.set_inheritable(True)
    return Listener(sock=sock, host=host, port=port)


def _bind_failure(host: str, port: int, exc: OSError) -> str:
    where = f"{host}:{port}"
    if exc.errno == errno.EADDRINUSE:
        return (f"port {port} is already in use on {host} (another clearpage?); "
                "pick another with --port N or CLEARPAGE_PORT=N")
    if exc.errno == errno.EACCES:
        return (f"no permission to listen on {where} (ports below 1024 need root); "
                "pick another with --port N or CLEARPAGE_PORT=N")
    if exc.errno == errno.EADDRNOTAVAIL:
        return (f"{host} is not an address of this machine; "
                "pick another with --host or CLEARPAGE_HOST")
    return f"cannot listen on {where}: {exc.strerror or exc}"
