"""Issue #22 item 4: a passphrase rule fit for this data. zxcvbn estimates the strength; a weak
new passphrase ("password1") is refused unless the person ticks "I understand…" after a plain
warning, in the create screen, in Change passphrase and in the CLI (--allow-weak-passphrase)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.core import passphrase as rule
from models.core.db import Database
from models.core.keystore import KeyStore
from tests.conftest import PASSPHRASE
from ui.settings import Settings

WEAK = "password1"


def test_the_estimator_scores_common_passwords_weak_and_word_passphrases_strong():
    for weak in ("password1", "Summer2024!", "committee1234", "qwertyuiop"):
        assert rule.is_weak(weak), weak
    for strong in (PASSPHRASE, "blue river lamp seven", "a brand new passphrase"):
        assert not rule.is_weak(strong), strong
    # The organization's and the file's name are the first things an attacker tries.
    assert not rule.is_weak("Lakeside2024")
    assert rule.is_weak("Lakeside2024", rule.context_words("Lakeside Hospital Workers"))
    assert rule.strength("short") == 0
    rule.strength("x" * 500)  # longer than zxcvbn reads: judged by its start, no error


def test_create_refuses_password1_until_i_understand_is_ticked(qtbot, tmp_path):
    from ui.safety.unlock import UnlockWindow

    window = UnlockWindow(Settings(), KeyStore())
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentIndex() == 1
    window.create_folder.setText(str(tmp_path))
    window.create_name.setText("local")
    opened: list[Database] = []
    window.unlocked.connect(opened.append)

    qtbot.keyClicks(window.create_pass, WEAK)
    qtbot.keyClicks(window.create_pass2, WEAK)
    assert "weak" in window.strength_label.text().lower()
    assert window.create_weak_ok.isVisible() and not window.create_weak_ok.isChecked()
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert not (tmp_path / "local.cdesk").exists() and not opened
    assert "weak" in window.create_error.text()

    # Ticking the box, then changing the passphrase: the box unticks (insist on each one).
    qtbot.mouseClick(window.create_weak_ok, Qt.MouseButton.LeftButton)
    assert window.create_weak_ok.isChecked()
    qtbot.keyClick(window.create_pass, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.create_pass, "1")
    assert not window.create_weak_ok.isChecked()
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert not (tmp_path / "local.cdesk").exists() and not opened

    qtbot.mouseClick(window.create_weak_ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    opened[0].close()
    Database.open(tmp_path / "local.cdesk", WEAK).close()


def test_create_with_a_strong_passphrase_asks_nothing(qtbot, tmp_path):
    from ui.safety.unlock import UnlockWindow

    window = UnlockWindow(Settings(), KeyStore())
    qtbot.addWidget(window)
    window.show()
    window.create_folder.setText(str(tmp_path))
    opened: list[Database] = []
    window.unlocked.connect(opened.append)
    qtbot.keyClicks(window.create_pass, PASSPHRASE)
    qtbot.keyClicks(window.create_pass2, PASSPHRASE)
    assert not window.create_weak_ok.isVisible()
    assert window.strength_label.text() == "Strong."
    qtbot.keyClick(window.create_pass2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    opened[0].close()


def test_change_passphrase_refuses_a_weak_one_until_i_understand_is_ticked(qtbot, context):
    from ui.safety.page import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(context, KeyStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    path = context.db.path
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClicks(dialog.new, WEAK)
    qtbot.keyClicks(dialog.new2, WEAK)
    assert "weak" in dialog.strength.text().lower() and dialog.weak_ok.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert dialog.isVisible() and not dialog.busy
    assert "weak" in dialog.error.text()
    Database.open(path, PASSPHRASE, exclusive=False).close()  # nothing changed

    qtbot.mouseClick(dialog.weak_ok, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=30000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    context.db.close()
    Database.open(path, WEAK).close()


@pytest.mark.parametrize("command", ["init", "demo"])
def test_cli_refuses_a_weak_passphrase_unless_allowed(cli, tmp_path, command):
    path = tmp_path / "weak.cdesk"
    extra = ["--people", "3"] if command == "demo" else []
    refused = cli(command, "--db", str(path), *extra, passphrase=WEAK)
    assert refused.returncode == 2
    assert "weak" in refused.stderr and "--allow-weak-passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not path.exists()
    allowed = cli(command, "--db", str(path), *extra, "--allow-weak-passphrase", passphrase=WEAK)
    assert allowed.returncode == 0, allowed.stderr
    Database.open(path, WEAK).close()
