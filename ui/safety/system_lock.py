"""Lock when the computer goes to sleep or its screen locks.

Qt sends ``ApplicationSuspended`` on phones only, and the idle timer runs on a monotonic clock that
stops while the computer sleeps, so a laptop closed while unlocked would wake up unlocked. This
module listens to what each desktop says; ``SystemLockWatcher.lock_now(reason)`` is the one signal
the controller (ui/app.py) connects to its lock:

* Linux (D-Bus, QtDBus): logind's ``PrepareForSleep(true)`` on the system bus (sleep and
  hibernate), the ``Lock`` signal of our own logind session (``loginctl lock-session``, most
  desktops' screen lockers), and ``ActiveChanged(true)`` of the freedesktop and GNOME
  ScreenSaver interfaces on the session bus.
* Windows: a native event filter for ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` (sleep) and
  ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` (Win+L, the lock screen), after
  ``WTSRegisterSessionNotification`` for the main window (ctypes, no new dependency).
* macOS: NSWorkspace's sleep and screen-lock notifications need PyObjC, a heavy dependency, so
  they are not listened to. There (and everywhere) ``IdleWatcher`` (ui/safety/page.py) locks as soon as
  the wall clock shows that the auto-lock time passed, which is what waking from sleep looks like.

A missing bus, service or API is not an error: the watcher listens to what there is and logs
(without personal data) what it could not reach.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Optional

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

# Windows messages (winuser.h, wtsapi32.h)
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id (systemd's bus label escaping: letters stay, a digit
    stays unless it comes first, anything else becomes _XX): "2" -> ".../session/_32"."""
    out = []
    for i, ch in enumerate(session_id):
        if ("a" <= ch <= "z") or ("A" <= ch <= "Z") or (i > 0 and "0" <= ch <= "9"):
            out.append(ch)
        else:
            out.extend(f"_{b:02x}" for b in ch.encode("utf-8"))
    return f"{LOGIN1_PATH}/session/{''.join(out) or '_'}"


def windows_lock_reason(message: int, wparam: int) -> Optional[str]:
    """What a Windows message means for us: "sleep", "screen-lock" or None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen-lock"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: "SystemLockWatcher") -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt API)
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes  # lazy: platform: Windows messages only

            msg = wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(msg.message, msg.wParam or 0)
            if reason:
                self.watcher.lock_now.emit(reason)
        return False, 0


class SystemLockWatcher(QObject):
    """Emits ``lock_now(reason)`` ("sleep" or "screen-lock") when the system says so.

    ``system_bus`` / ``session_bus`` / ``session_path`` default to the real ones; tests pass
    connections to a private bus."""

    lock_now = Signal(str)

    def __init__(self, parent: Optional[QObject] = None, system_bus=None, session_bus=None,
                 session_path: Optional[str] = None) -> None:
        super().__init__(parent)
        self._system_bus = system_bus
        self._session_bus = session_bus
        self._session_path = session_path
        self._subscriptions: list[tuple] = []  # (bus, service, path, interface, name, slot)
        self._native_filter: Optional[_WindowsFilter] = None
        self._wts_hwnd: Optional[int] = None
        self.listening: list[str] = []  # what is being listened to (for the log and tests)

    # ------------------------------------------------------------------ start / stop
    def start(self, window=None) -> None:
        """Listen (``window``: the main window, which Windows sends session changes to)."""
        if sys.platform.startswith("win"):
            self._start_windows(window)
        elif sys.platform != "darwin" or self._system_bus is not None or self._session_bus is not None:
            self._start_dbus()
        log.info("lock on sleep or screen lock: listening to %s", ", ".join(self.listening) or "nothing")

    def stop(self) -> None:
        for bus, service, path, interface, name, slot in self._subscriptions:
            bus.disconnect(service, path, interface, name, self, slot)
        self._subscriptions.clear()
        if self._native_filter is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._native_filter)
            self._native_filter = None
        if self._wts_hwnd is not None:
            try:
                import ctypes  # lazy: platform: ctypes.windll exists only on Windows

                ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._wts_hwnd)
            except Exception:  # noqa: BLE001 - the window is going anyway
                pass
            self._wts_hwnd = None
        self.listening = []

    # ------------------------------------------------------------------ D-Bus (Linux, BSD)
    def _subscribe(self, bus, service: str, path: str, interface: str, name: str, slot: bytes, label: str) -> None:
        if bus is None or not bus.isConnected():
            return
        if bus.connect(service, path, interface, name, self, slot):
            self._subscriptions.append((bus, service, path, interface, name, slot))
            self.listening.append(label)
        else:
            log.info("could not listen to %s", label)

    def _start_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # lazy: platform: QtDBus only on Linux (a Qt build may lack it)
        except ImportError:  # a Qt build without D-Bus
            log.info("QtDBus is not available")
            return
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        session = self._session_bus if self._session_bus is not None else QDBusConnection.sessionBus()
        self._subscribe(system, LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                        SLOT("_prepare_for_sleep(bool)"), "logind PrepareForSleep")
        path = self._session_path or self._find_session_path(system)
        if path:
            self._subscribe(system, LOGIN1, path, LOGIN1_SESSION, "Lock", SLOT("_session_lock()"), "logind session Lock")
        for interface in SCREENSAVER_INTERFACES:
            # Any sender: KDE, GNOME and others own the name differently; a false alarm only locks.
            self._subscribe(session, "", "", interface, "ActiveChanged", SLOT("_screensaver_changed(bool)"),
                            f"{interface} ActiveChanged")

    @staticmethod
    def _find_session_path(system) -> Optional[str]:
        session_id = os.environ.get("XDG_SESSION_ID", "").strip()
        if session_id:
            return session_object_path(session_id)
        if system is None or not system.isConnected():
            return None
        from PySide6.QtDBus import QDBus, QDBusMessage  # lazy: platform: QtDBus only on Linux (a Qt build may lack it)

        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSessionByPID")
        call.setArguments([os.getpid()])
        reply = system.call(call, QDBus.CallMode.Block, 1000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        value = reply.arguments()[0]
        path = value.path() if hasattr(value, "path") else str(value)
        return path or None

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_now.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_now.emit("screen-lock")

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_now.emit("screen-lock")

    # ------------------------------------------------------------------ Windows
    def _start_windows(self, window) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native_filter = _WindowsFilter(self)
        app.installNativeEventFilter(self._native_filter)
        self.listening.append("WM_POWERBROADCAST")
        if window is None:
            return
        try:
            import ctypes  # lazy: platform: ctypes.windll exists only on Windows

            hwnd = int(window.winId())
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self._wts_hwnd = hwnd
                self.listening.append("WM_WTSSESSION_CHANGE")
        except Exception as exc:  # noqa: BLE001 - no session notifications: sleep and the clock still lock
            log.info("session notifications unavailable (%s)", type(exc).__name__)
