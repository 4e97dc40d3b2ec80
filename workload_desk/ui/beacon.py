"""A second start on the same database brings the open window to the front instead of an error box.

The open window listens on a local socket (``QLocalServer``: a Unix domain socket, a named pipe on
Windows; never the network) named after the user and the resolved database path. A second start
knocks; when the window answers, it comes to the front and the second start ends quietly.
Only ``run_window`` uses this module (and so QtNetwork, for its local sockets alone), loading QtNetwork
only to knock on a socket that is there and, once the window has painted, to listen;
tests/test_no_network_namespace.py runs the whole app and finds no internet socket.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.window_lock import real_path

_KNOCK = b"front\n"
_WAIT_MS = 1000


def beacon_name(db_path: Path | str) -> str:
    """The socket's name for ``db_path``: one per user and database file, the same however the path is written."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still one name per file
        user = ""
    key = f"{user}\0{real_path(db_path)}".encode("utf-8", "surrogatepass")
    try:
        from _sha256 import sha256  # Python's own: hashlib would load OpenSSL first (~3% of a start)
    except ImportError:  # a Python without it (3.12 calls it _sha2)
        from hashlib import sha256
    return "workload-desk-" + sha256(key).hexdigest()[:24]


def nobody_listens(name: str) -> bool:
    """Whether surely no window listens on ``name``, known without QtNetwork: on Linux a ``QLocalServer`` listens
    on a socket file in Qt's temporary folder (``$TMPDIR``, else ``/tmp``), and there is none. Elsewhere: not known."""
    if not sys.platform.startswith("linux"):
        return False
    return not os.path.exists(os.path.join(os.environ.get("TMPDIR") or "/tmp", name))


def knock(db_path: Path | str) -> bool:
    """Ask the window open on ``db_path`` to come to the front; whether one answered."""
    name = beacon_name(db_path)
    if nobody_listens(name):
        return False  # the usual start: no QtNetwork to load (tens of ms)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_WAIT_MS):
        return False
    written = socket.write(_KNOCK)
    if socket.bytesToWrite():
        socket.waitForBytesWritten(_WAIT_MS)
    socket.disconnectFromServer()  # sends what is left first
    return written == len(_KNOCK)


class Beacon(QObject):
    """The window's end: listens for a second start on its database and emits :attr:`knocked`."""

    knocked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self, db_path: Path | str) -> bool:
        """Listen for ``db_path`` (the window holds its lock); a left-over socket of a crashed window is removed."""
        self._server.close()
        name = beacon_name(db_path)
        if self._server.listen(name):
            return True
        type(self._server).removeServer(name)  # safe: the lock says no other window has this database
        return self._server.listen(name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The knock follows the connection at once: a short wait, only when someone knocks.
            if socket.bytesAvailable() or socket.waitForReadyRead(_WAIT_MS):
                knocked = bytes(socket.readAll().data()).startswith(_KNOCK.strip())
            else:
                knocked = False
            socket.disconnectFromServer()
            socket.deleteLater()
            if knocked:
                self.knocked.emit()
