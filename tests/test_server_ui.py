"""The app on a committee server (issue 25), driven as a person drives it: the connect form on the
first screen, the main window as each role, lock and reconnect, the server's refusals as plain
messages, and other apps' changes showing within a second.

Against the throwaway PostgreSQL of tests/pg_server.py (skipped, saying why, when none can start)."""

from __future__ import annotations

import secrets

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy.engine import make_url

from conftest import SERVER_PASSWORD
from test_server_role_work import PEOPLE, committee  # noqa: F401  (the fixture: a committee, a login per role)
from models.core.keystore import SERVICE, KeyStore
from models.core.server import ServerDatabase
from models.core.server_roles import group_roles
from models.core.server_session import current_role, make_address
from ui.app import AppController
from ui.safety.unlock import SERVER_TAB
from ui.sections import sections
from ui.settings import Settings

FILE_ONLY_ACTIONS = ("actionBackupNow", "actionRestore", "actionChangePassphrase", "actionDemo")


def parts(address: str) -> tuple[str, int, str, str]:
    url = make_url(address)
    return url.host, url.port, url.database, url.username


def retype(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it, as a person does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def fill_form(qtbot, unlock, host: str, port, database: str, user: str, password: str) -> None:
    bar = unlock.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(SERVER_TAB).center())
    assert unlock.tabs.currentIndex() == SERVER_TAB
    for field, text in ((unlock.server_host, host), (unlock.server_port, str(port)), (unlock.server_database, database),
                        (unlock.server_user, user), (unlock.server_password, password)):
        retype(qtbot, field, text)


def press_connect(qtbot, controller) -> None:
    unlock = controller.unlock_window
    qtbot.mouseClick(unlock.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.server_error.text()), timeout=15000)


def connect(qtbot, address: str, password: str, remember: bool = False, controller: AppController | None = None):
    controller = controller or AppController(Settings(), KeyStore())
    if controller.unlock_window is None:
        controller.show_unlock(0)
    unlock = controller.unlock_window
    fill_form(qtbot, unlock, *parts(address), password)
    if remember != unlock.server_remember.isChecked():
        qtbot.mouseClick(unlock.server_remember, Qt.MouseButton.LeftButton)
    press_connect(qtbot, controller)
    return controller


def close_app(controller: AppController) -> None:
    if controller.main_window is not None:
        controller.main_window.close()
    controller._stop_watching_idle()
    controller._stop_watching_system_lock()
    if controller.unlock_window is not None:
        controller.unlock_window.close()


def sidebar_keys(window) -> list[str]:
    return [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())]


def add_login(pg_server, address: str, role: str | None, revoke: tuple[str, ...] = ()) -> tuple[str, str]:
    """A login of the committee's database with ``role`` in ``logins`` (None: no row), able to
    read every table but ``revoke`` (the real grants and policies are server_roles.py's; these
    tests are about what the app shows). Returns (its address, its password)."""
    from models.core import server_roles
    from models.core.server import ServerDatabase
    from tests.conftest import SERVER_PASSWORD

    database = make_url(address).database
    name = f"{role or 'nobody'}_{secrets.token_hex(3)}"
    password = "pw " + secrets.token_hex(8)
    groups = server_roles.group_roles(database)
    # The test's database is a copy of the template, whose roles carry the template's name: set
    # this one up as `server init` would (re-running it is safe).
    from models.core import server_setup

    server_setup.init(address, SERVER_PASSWORD)
    if role is not None:  # the real login: its group's grants and row-level security (server_roles.py)
        owner = ServerDatabase.open(address, SERVER_PASSWORD, listen=False)
        try:
            server_roles.add_login(owner, name, role, password)
        finally:
            owner.close()
        for table in revoke:
            pg_server.execute(f'REVOKE ALL ON {table} FROM "{groups[role]}"', database=database)
    else:  # a login of a group but with no logins row: no role
        pg_server.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' IN ROLE \"{groups['caller']}\"")
    return pg_server.address(name, database), password


def load_only(monkeypatch, *keys: str) -> None:
    """The sections listed but only the pages of ``keys`` opened: some pages do not read on
    PostgreSQL yet (other branches port them, issue 25); these tests check the window around them."""
    from PySide6.QtWidgets import QLabel

    from ui.main_window import MainWindow

    real_page = MainWindow.page

    def page(self, key):
        if key in keys:
            return real_page(self, key)
        if key not in self._pages:
            self._pages[key] = QLabel(key)
            self.stack.addWidget(self._pages[key])
        return self._pages[key]

    monkeypatch.setattr(MainWindow, "page", page)


@pytest.fixture
def pages_not_loaded(monkeypatch):
    load_only(monkeypatch)


# ------------------------------------------------------------------------------ the first screen
def test_connect_as_the_owner_lock_and_reconnect_with_the_remembered_password(qtbot, server_address, memory_keyring,
                                                                              pages_not_loaded):
    host, port, database, owner = parts(server_address)
    controller = connect(qtbot, server_address, SERVER_PASSWORD, remember=True)
    main = controller.main_window
    assert main is not None, controller.unlock_window.server_error.text()
    db = main.context.db
    assert db.is_server and db.path is None and main.context.role == "owner"
    # Who is connected to what; the window named after it; every section there.
    assert main.status_connection.isVisible()
    assert main.status_connection.text() == f"Connected to {host}:{port}/{database} as {owner} (owner)"
    assert db.location in main.windowTitle()
    assert sidebar_keys(main) == [spec.key for spec in sections()]
    # What only a file has is not offered (and its shortcut does nothing).
    for name in FILE_ONLY_ACTIONS:
        action = main.findChild(type(main.lock_action), name)
        assert not action.isVisible() and not action.isEnabled(), name
    assert not main.backup_timer.isActive()
    # Preferences open with no backup folder to choose (the server keeps its own backups).
    main.findChild(type(main.lock_action), "actionPreferences").trigger()
    from ui.safety.page import PreferencesDialog

    dialog = main.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None and not dialog.folder.isVisibleTo(dialog) and not dialog.where.isVisibleTo(dialog)
    dialog.reject()
    # The settings remember the server, never the password; the keyring has it, by address.
    address = make_address(host, port, database, owner)
    settings = main.context.settings
    settings.sync()
    assert settings.recent_servers == [address]
    assert SERVER_PASSWORD not in settings.path.read_text(encoding="utf-8", errors="replace")
    assert memory_keyring.get_password(SERVICE, address) == SERVER_PASSWORD

    # Lock: disconnected, and the password asked again on the connect form.
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.main_window is None)
    assert not db.is_open
    unlock = controller.unlock_window
    assert unlock.tabs.currentIndex() == SERVER_TAB
    assert (unlock.server_host.text(), unlock.server_port.text(), unlock.server_database.text(),
            unlock.server_user.text(), unlock.server_password.text()) == (host, str(port), database, owner, "")
    assert "remembered" in unlock.server_remembered_label.text()
    # Connect with the password left empty: the keyring's is used.
    press_connect(qtbot, controller)
    assert controller.main_window is not None, unlock.server_error.text()
    assert controller.main_window.context.db.is_server
    close_app(controller)


def test_sleep_disconnects_and_asks_for_the_password_again(qtbot, server_address, pages_not_loaded):
    controller = connect(qtbot, server_address, SERVER_PASSWORD)
    db = controller.main_window.context.db
    controller._application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert controller.main_window is None and not db.is_open
    unlock = controller.unlock_window
    assert unlock.tabs.currentIndex() == SERVER_TAB and unlock.server_password.text() == ""
    assert unlock.server_password.hasFocus() or QApplication.focusWidget() in (unlock.server_password, None)
    qtbot.keyClicks(unlock.server_password, SERVER_PASSWORD)
    qtbot.keyClick(unlock.server_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    close_app(controller)


def test_the_connect_form_says_plainly_what_went_wrong(qtbot, pg_server, pg_template, server_address, memory_keyring):
    from pg_server import SUPERUSER, _free_port

    host, port, database, owner = parts(server_address)
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock(0)
    unlock = controller.unlock_window

    def attempt(host_, port_, database_, user_, password_) -> str:
        fill_form(qtbot, unlock, host_, port_, database_, user_, password_)
        press_connect(qtbot, controller)
        assert controller.main_window is None
        assert not unlock.findChild(QMessageBox, "unexpectedErrorBox")
        assert password_ not in unlock.server_error.text() or not password_
        return unlock.server_error.text()

    assert "did not accept" in attempt(host, port, database, owner, "not the password")
    assert "could not be reached" in attempt(host, _free_port(), database, owner, SERVER_PASSWORD)
    assert "does not exist" in attempt(host, port, "no_such_database", owner, SERVER_PASSWORD)
    assert "superuser" in attempt(host, port, database, SUPERUSER, pg_server.password)
    empty, empty_owner, empty_password = pg_server.new_database()
    assert "not been set up" in attempt(host, port, empty, empty_owner, empty_password)
    assert "Fill in the server" in attempt(host, port, "", owner, SERVER_PASSWORD)
    assert "port" in attempt(host, "0", database, owner, SERVER_PASSWORD)
    retype(qtbot, unlock.server_port, str(port))
    retype(qtbot, unlock.server_password, "")
    assert unlock.server_remembered_label.text() == ""
    qtbot.mouseClick(unlock.connect_button, Qt.MouseButton.LeftButton)
    assert "Enter your password" in unlock.server_error.text()
    # A remembered password the server no longer takes is forgotten; an unreachable server keeps it.
    address = make_address(host, port, database, owner)
    memory_keyring.set_password(SERVICE, make_address(host, _free_port(), database, owner), "kept")
    memory_keyring.set_password(SERVICE, address, "changed by the admin")
    retype(qtbot, unlock.server_database, database)  # the label looks the address up again
    assert "remembered" in unlock.server_remembered_label.text()
    press_connect(qtbot, controller)
    assert "did not accept" in unlock.server_error.text()
    assert memory_keyring.get_password(SERVICE, address) is None
    assert unlock.server_remembered_label.text() == ""
    assert len(memory_keyring.store) == 1  # the other server's stays
    close_app(controller)


def test_db_option_opens_the_connect_form_filled_in(qtbot, server_address, memory_keyring, monkeypatch, pages_not_loaded):
    """``main.py --db postgresql://…``: the form filled in; the keyring's password connects."""
    import main as entry

    host, port, database, owner = parts(server_address)
    memory_keyring.set_password(SERVICE, make_address(host, port, database, owner), SERVER_PASSWORD)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert entry.main(["--db", server_address]) == 0
    controller = QApplication.instance()._controller
    unlock = controller.unlock_window
    assert unlock.tabs.currentIndex() == SERVER_TAB
    assert (unlock.server_host.text(), unlock.server_port.text(), unlock.server_database.text(),
            unlock.server_user.text(), unlock.server_password.text()) == (host, str(port), database, owner, "")
    assert "remembered" in unlock.server_remembered_label.text()
    qtbot.mouseClick(unlock.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.server_error.text()), timeout=15000)
    assert controller.main_window is not None, unlock.server_error.text()
    close_app(controller)
    # An address with the password in it: refused, and the password shown nowhere.
    entry.main(["--db", f"postgresql://{owner}:s3cret-in-url@{host}:{port}/{database}"])
    unlock = QApplication.instance()._controller.unlock_window
    assert "must not contain the password" in unlock.server_error.text()
    assert all("s3cret-in-url" not in field.text() for field in (
        unlock.server_host, unlock.server_database, unlock.server_user, unlock.server_password, unlock.server_error))
    # A file still fills the Open tab.
    entry.main(["--db", "/tmp/some.cdesk"])
    unlock = QApplication.instance()._controller.unlock_window
    assert unlock.tabs.currentIndex() == 0 and unlock.open_path.text() == "/tmp/some.cdesk"
    unlock.close()


def test_a_recent_server_fills_the_form_and_double_click_connects(qtbot, server_address, memory_keyring,
                                                                  pages_not_loaded):
    host, port, database, owner = parts(server_address)
    address = make_address(host, port, database, owner)
    settings = Settings()
    settings.add_recent_server(address)
    settings.add_recent_server("postgresql://rosa@hall.example.org:5432/local555")
    settings.last_store_kind = "server"
    memory_keyring.set_password(SERVICE, address, SERVER_PASSWORD)
    controller = AppController(settings, KeyStore())
    controller.show_unlock()
    unlock = controller.unlock_window
    assert unlock.tabs.currentIndex() == SERVER_TAB  # the last thing opened was a server
    recent = unlock.server_recent
    assert [recent.item(i).text() for i in range(recent.count())] == [
        "rosa@hall.example.org:5432/local555", f"{owner}@{host}:{port}/{database}"]
    assert unlock.server_host.text() == "hall.example.org"  # the newest, chosen at first
    rect = recent.visualItemRect(recent.item(1))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (unlock.server_host.text(), unlock.server_database.text()) == (host, database)
    assert "remembered" in unlock.server_remembered_label.text()
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.server_error.text()), timeout=15000)
    assert controller.main_window is not None, unlock.server_error.text()
    assert controller.main_window.context.settings.recent_servers[0] == address  # now the newest
    close_app(controller)


def test_remember_is_offered_only_with_an_encrypting_keyring(qtbot, server_address, pages_not_loaded):
    """A keyring not known to encrypt (here an unknown class, as keyrings.alt's file is): no
    "Remember" box, and connecting writes nothing to it."""
    import keyring

    from conftest import MemoryKeyring

    class UnknownStore(MemoryKeyring):
        pass

    plain = UnknownStore()
    keyring.set_keyring(plain)
    controller = connect(qtbot, server_address, SERVER_PASSWORD)
    assert controller.main_window is not None
    qtbot.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock = controller.unlock_window
    assert not unlock.server_remember.isVisibleTo(unlock) and unlock.server_remembered_label.text() == ""
    assert plain.store == {}
    close_app(controller)


KEYS = {  # the form's Alt+letter keys, in each language (unique within the form)
    "en": dict(tab="Connect to a committee server", host=Qt.Key.Key_S, port=Qt.Key.Key_O, database=Qt.Key.Key_D,
               user=Qt.Key.Key_U, password=Qt.Key.Key_P, remember=Qt.Key.Key_R, connect=Qt.Key.Key_C),
    "es": dict(tab="Conectarse a un servidor del comité", host=Qt.Key.Key_S, port=Qt.Key.Key_T, database=Qt.Key.Key_B,
               user=Qt.Key.Key_U, password=Qt.Key.Key_C, remember=Qt.Key.Key_D, connect=Qt.Key.Key_N),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_connect_form_by_keyboard_in_both_languages(qtbot, request, server_address, memory_keyring, language,
                                                         pages_not_loaded):
    if language == "es":
        request.getfixturevalue("spanish")
    keys = KEYS[language]
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock(0)
    unlock = controller.unlock_window
    unlock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is unlock)
    assert unlock.tabs.tabText(SERVER_TAB) == keys["tab"]
    bar = unlock.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(SERVER_TAB).center())

    def alt(key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or unlock, key, Qt.KeyboardModifier.AltModifier)

    host, port, database, owner = parts(server_address)
    for name, text in (("host", host), ("port", str(port)), ("database", database), ("user", owner),
                       ("password", SERVER_PASSWORD)):
        alt(keys[name])
        field = getattr(unlock, f"server_{name}")
        assert field.hasFocus(), name
        retype(qtbot, field, text)
    alt(keys["remember"])
    qtbot.waitUntil(unlock.server_remember.isChecked)  # a button's Alt key clicks it after a short flash
    alt(keys["connect"])
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.server_error.text()), timeout=15000)
    assert controller.main_window is not None, unlock.server_error.text()
    assert memory_keyring.get_password(SERVICE, make_address(host, port, database, owner)) == SERVER_PASSWORD
    if language == "es":
        assert controller.main_window.status_connection.text().startswith("Conectado a ")
        assert controller.main_window.status_connection.text().endswith("(propietario)")
    close_app(controller)


# ------------------------------------------------------------------------------------ the roles
@pytest.mark.parametrize("role, expected, audit", [
    ("admin", [spec.key for spec in sections()], True),
    ("organizer", ["roster", "workplaces", "committees", "resolutions", "mobilizations", "leaflets", "imports"], False),
    ("trainer", ["trainings"], False),
    ("caller", ["mobilizations"], False),
])
def test_each_role_sees_only_its_sections(qtbot, pg_server, server_address, role, expected, audit, pages_not_loaded):
    address, password = add_login(pg_server, server_address, role)
    controller = connect(qtbot, address, password)
    main = controller.main_window
    assert main is not None, controller.unlock_window.server_error.text()
    assert main.context.role == role
    assert sidebar_keys(main) == expected
    assert main.status_connection.text().endswith(f"as {make_url(address).username} ({role})")
    trail = main.findChild(type(main.lock_action), "actionAuditTrail")
    assert trail.isVisible() is audit and trail.isEnabled() is audit
    close_app(controller)


def test_current_role(pg_server, server_address, db):
    assert current_role(db) == "owner"  # a file, or the database's owner
    owner = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    try:
        assert current_role(owner) == "owner"
    finally:
        owner.close()
    for role in ("admin", "organizer", "trainer", "caller", None):
        address, password = add_login(pg_server, server_address, role)
        login = ServerDatabase.open(address, password, listen=False)
        try:
            assert current_role(login) == (role or "")
        finally:
            login.close()


def test_a_login_without_a_role_sees_a_plain_word_and_nothing_else(qtbot, pg_server, server_address):
    address, password = add_login(pg_server, server_address, None)
    controller = connect(qtbot, address, password)
    main = controller.main_window
    assert main.sidebar.count() == 0
    assert "no role" in main.stack.currentWidget().text()
    assert "(no role)" in main.status_connection.text()
    close_app(controller)


def test_what_the_server_refuses_shows_as_a_plain_message(qtbot, pg_server, server_address):
    """A caller whose login may not read the events: the phone bank's page says so plainly."""
    address, password = add_login(pg_server, server_address, "caller", revoke=("events",))
    controller = connect(qtbot, address, password)
    main = controller.main_window
    assert sidebar_keys(main) == ["mobilizations"]
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "errorBox") is not None, timeout=5000)
    boxes = main.findChildren(QMessageBox, "errorBox")  # (each refused read says so: one or more)
    assert all("Your role on the committee server does not allow this." in box.text() for box in boxes)
    assert main.findChild(QMessageBox, "unexpectedErrorBox") is None
    for box in boxes:  # none left open for the next test
        box.close()
    close_app(controller)


def test_a_page_the_server_refuses_to_build_says_so_in_its_place(qtbot, pg_server, server_address, monkeypatch):
    """The call list tab reads the training topics while it is built; a login the server refuses
    them to: the plain message stands where the page would be, and the window carries on (the
    other sections work, and the page is tried again when next shown)."""
    load_only(monkeypatch, "mobilizations", "workplaces")
    address, password = add_login(pg_server, server_address, "admin", revoke=("training_topics",))
    controller = connect(qtbot, address, password)
    main = controller.main_window
    sidebar = main.sidebar

    def click(key):
        item = sidebar.item(sidebar_keys(main).index(key))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
        return main.stack.currentWidget()

    refused = click("mobilizations")
    assert refused.objectName() == "refused_mobilizations"
    assert "Your role on the committee server does not allow this." in refused.text()
    assert main.findChild(QMessageBox, "unexpectedErrorBox") is None
    assert click("workplaces").objectName() == "page_workplaces"  # the window carries on
    database = make_url(address).database
    pg_server.execute(f'GRANT SELECT ON training_topics TO "{group_roles(database)["admin"]}"', database=database)
    assert click("mobilizations").objectName() == "page_mobilizations"  # tried again: now it builds
    close_app(controller)


def test_a_caller_sees_the_phone_bank_alone(qtbot, pg_server, server_address):
    address, password = add_login(pg_server, server_address, "caller")
    controller = connect(qtbot, address, password)
    main = controller.main_window
    page = main.current_page()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Phone bank"]
    assert not page.findChild(QPushButton, "newEvent").isVisibleTo(page)  # no event planning
    close_app(controller)


# ---------------------------------------------------------------------------------------- live
@pytest.fixture
def two_apps(qtbot, server_address):
    """Two apps on one server database: the first with its context (pages), the second a bare store."""
    from ui.context import AppContext

    first = ServerDatabase.open(server_address, SERVER_PASSWORD)
    second = ServerDatabase.open(server_address, SERVER_PASSWORD)
    context = AppContext(first, Settings())
    yield context, second
    context.shutdown()
    second.close()


def test_another_apps_new_workplace_shows_within_a_second(qtbot, two_apps):
    from models.organization.structure import WorkplaceInput, save_workplace
    from ui.organization.workplaces import WorkplacesPage

    context, other = two_apps
    page = WorkplacesPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=5000)
    assert page.model.rowCount() == 0
    save_workplace(other, WorkplaceInput(name="Riverside Plant"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert page.model.index(0, 0).data() == "Riverside Plant"


def test_another_apps_new_person_shows_in_the_roster_within_a_second(qtbot, two_apps):
    from models.roster.people import PersonInput, create_person
    import psycopg
    from sqlalchemy.exc import DBAPIError

    from ui.roster.page import RosterPage, load_everything

    context, other = two_apps
    try:
        load_everything(other)
    except (DBAPIError, psycopg.Error):  # until the roster's reads are ported (another branch of issue 25)
        pytest.skip("the roster does not read on PostgreSQL yet")
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.status.text() not in ("", page.tr("Loading the roster…")), timeout=5000)
    assert page.model.total == 0
    create_person(other, PersonInput(first_name="Zyxwquanda", last_name="Qorvellini"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    row = " ".join(str(page.model.index(0, c).data() or "") for c in range(page.model.columnCount()))
    assert "Zyxwquanda" in row


def test_four_windows_one_per_role_at_once_each_see_their_part_and_the_others_changes(qtbot, committee):
    """The issue's "done means", in small: the owner, an organizer, a trainer and a caller, each
    connected with their own login through the connect form, at once on one database. Each sees
    exactly its part; the organizer corrects the name of a person all four may see (of their
    workplace, registered in the trainer's session, on the caller's list): the other three
    windows show it within a second."""
    from models.roster.people import get_person
    from ui.roster.person_editor import PersonDialog

    logins = committee["logins"]
    apps = {"owner": connect(qtbot, committee["address"], SERVER_PASSWORD)}
    for role in ("organizer", "trainer", "caller"):
        apps[role] = connect(qtbot, *logins[role])
    windows = {role: app.main_window for role, app in apps.items()}
    assert all(window is not None for window in windows.values()), [
        app.unlock_window.server_error.text() for app in apps.values() if app.main_window is None]

    # What each sees of the sidebar: the rest is hidden.
    assert sidebar_keys(windows["owner"]) == [spec.key for spec in sections()]
    assert sidebar_keys(windows["organizer"]) == ["roster", "workplaces", "committees", "resolutions", "mobilizations",
                                                  "leaflets", "imports"]
    assert sidebar_keys(windows["trainer"]) == ["trainings"]
    assert sidebar_keys(windows["caller"]) == ["mobilizations"]

    def show(window, key):
        sidebar = window.sidebar
        item = sidebar.item(sidebar_keys(window).index(key))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
        page = window.current_page()
        assert page.objectName() == f"page_{key}", page.objectName()
        return page

    def roster_loaded(page):
        return page.status.text() not in ("", page.tr("Loading the roster…"))

    # The rows each may see: everyone; the organizer's workplace and committee members; the
    # trainer's one session and its two people; the caller's list.
    owner_roster, organizer_roster = show(windows["owner"], "roster"), show(windows["organizer"], "roster")
    qtbot.waitUntil(lambda: roster_loaded(owner_roster) and roster_loaded(organizer_roster), timeout=10000)
    assert owner_roster.model.rowCount() == PEOPLE + 5
    organizers = {committee["rosa"], committee["luis"], committee["mara"], *committee["people"]}
    assert {organizer_roster.model.person_id(r) for r in range(organizer_roster.model.rowCount())} == organizers
    trainings = show(windows["trainer"], "trainings")
    sessions = trainings.sessions_tab
    qtbot.waitUntil(lambda: sessions.sessions_model.rowCount() == 1, timeout=5000)
    view = sessions.sessions
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: sessions.attendance_model.rowCount() == 2, timeout=5000)
    mobilizations = show(windows["caller"], "mobilizations")
    assert [mobilizations.tabs.tabText(i) for i in range(mobilizations.tabs.count())] == ["Phone bank"]
    phone_bank = mobilizations.phonebank
    qtbot.waitUntil(lambda: phone_bank.card is not None, timeout=5000)
    assert phone_bank.list_combo.currentText() == f"Plant 1 ({PEOPLE} people)"
    assert phone_bank.caller_combo.currentText() == "Me"
    person = phone_bank.card.person_id
    assert person in committee["people"][:2]  # the first of the list: in the trainer's session too
    old_name = phone_bank.card.name

    # The organizer opens that person from their roster and corrects the first name.
    table = organizer_roster.table
    row = next(r for r in range(organizer_roster.model.rowCount()) if organizer_roster.model.person_id(r) == person)
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    dialog = organizer_roster.findChild(PersonDialog)
    assert dialog is not None and dialog.first.text() == old_name.split()[0]
    retype(qtbot, dialog.first, "Zyxwquanda")
    from PySide6.QtWidgets import QDialogButtonBox

    save = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    new_name = old_name.replace(old_name.split()[0], "Zyxwquanda")
    assert get_person(windows["owner"].context.db, person).display_name == new_name

    def owner_shows():
        return any(owner_roster.model.person_id(r) == person and new_name in " ".join(
            str(owner_roster.model.index(r, c).data() or "") for c in range(owner_roster.model.columnCount()))
            for r in range(owner_roster.model.rowCount()))

    qtbot.waitUntil(owner_shows, timeout=2000)
    qtbot.waitUntil(lambda: phone_bank.name.text() == new_name, timeout=2000)
    qtbot.waitUntil(lambda: new_name in [r.name for r in sessions.attendance_model.rows], timeout=2000)
    for window in windows.values():
        assert window.findChild(QMessageBox, "unexpectedErrorBox") is None
        assert window.findChild(QMessageBox, "errorBox") is None
    for app in apps.values():
        close_app(app)
