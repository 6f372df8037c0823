# SPDX-License-Identifier: GPL-3.0-or-later
"""One window per journal: a second start hands its request to the window already open.

A case file opened from the file manager while SecondOp is open starts a second SecondOp; the
journal is held by the first (``JournalInUse``). Instead of refusing, the second one sends the
file's path to the first through a local socket (``QLocalServer``, private to the user) and ends;
the first comes to the front and imports the file. Started from the menu a second time, it just
brings the open window to the front. The socket's name comes from the journal's path, so
windows on different journals do not answer for each other.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from secondop_desktop.paths import default_journal_path

CONNECT_MS = 1000
ANSWER_MS = 3000


def server_name(journal_path: Path | None) -> str:
    path = Path(journal_path) if journal_path is not None else default_journal_path()
    with contextlib.suppress(OSError):
        path = path.resolve()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container, say): the user id will do
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    key = hashlib.sha256(f"{user}\0{path}".encode()).hexdigest()[:24]
    return f"secondop-{key}"


def hand_over(journal_path: Path | None, open_file: Path | None) -> bool:
    """Ask the window open on ``journal_path`` to come forward (and import ``open_file``).
    True when it answered; False when no window listens (an older SecondOp, or none)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal_path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = {"open": str(Path(open_file).resolve()) if open_file is not None else None}
    socket.write(json.dumps(message).encode() + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readLine()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


class HandoffServer(QObject):
    """Listens for later starts; ``requested`` carries the file to open (None: just come to the
    front)."""

    requested = Signal(object)

    def __init__(self, journal_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(journal_path)
        QLocalServer.removeServer(name)  # a socket file left by a SecondOp that crashed
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            message = json.loads(bytes(socket.readLine()).decode("utf-8"))
            target = message.get("open") if isinstance(message, dict) else None
        except (UnicodeDecodeError, ValueError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnected.connect(socket.deleteLater)
        self.requested.emit(Path(target) if isinstance(target, str) else None)

    def close(self) -> None:
        self.server.close()
