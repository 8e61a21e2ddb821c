"""Who is connected, as what: what the app window needs to know about an open store (issue 25).

* ``current_role(db)``: "owner" for an encrypted file (its holder may do everything) and for
  the server database's owner (the login ``server init`` ran as); otherwise the role
  ``committee-desk server add-user`` gave the login in the ``logins`` table ("admin",
  "organizer", "trainer", "caller"), or "" for a login that has none (it may do nothing).
  The app hides what a role cannot do; the database refuses it anyway (models/core/server_roles.py).
* Server addresses as the connect form builds them from its fields (``make_address``) and
  splits them back (``address_fields``): the same text keys the remembered password in the
  keyring and the recent servers in the settings. Never a password in one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from . import errors
from .logins import ROLES
from .server import parse_address

OWNER = "owner"
NO_ROLE = ""
DEFAULT_PORT = 5432


def current_role(db) -> str:
    """The role of the login ``db`` is open as (see the module's docstring)."""
    if not getattr(db, "is_server", False):
        return OWNER
    role = None
    try:
        with db.session() as s:
            role = s.execute(text("SELECT role FROM logins WHERE name = current_user")).scalar()
    except (DBAPIError, errors.UserError):  # a login the table is hidden from: no role of its own
        role = None
    if role in ROLES:
        return role
    try:
        with db.session() as s:
            owns = s.execute(text(
                "SELECT pg_catalog.pg_get_userbyid(datdba) = current_user FROM pg_catalog.pg_database "
                "WHERE datname = current_database()")).scalar()
    except (DBAPIError, errors.UserError):
        owns = False
    return OWNER if owns else NO_ROLE


@dataclass(frozen=True)
class AddressFields:
    host: str
    port: int
    database: str
    user: str


def make_address(host: str, port: int | str, database: str, user: str) -> str:
    """``postgresql://user@host:port/database`` (names quoted as URLs need; no password)."""
    url = URL.create("postgresql", username=user.strip(), host=host.strip() or None,
                     port=int(port) if str(port).strip() else DEFAULT_PORT, database=database.strip())
    return url.render_as_string(hide_password=False)


def address_fields(address: str) -> AddressFields:
    """The connect form's fields of an address (refuses what ``parse_address`` refuses, such
    as a password in it)."""
    parse_address(address)  # a plain message for what is not an address
    url = make_url(str(address).strip())
    return AddressFields(url.host or "localhost", url.port or DEFAULT_PORT, url.database or "", url.username or "")


def normal_address(address: str) -> str:
    """The address as the connect form would build it (the keyring's and the settings' key)."""
    fields = address_fields(address)
    return make_address(fields.host, fields.port, fields.database, fields.user)


def address_of(db) -> str:
    """The normal address of an open server store."""
    url = db.url
    return make_address(url.host or "localhost", url.port or DEFAULT_PORT, url.database or "", url.username or "")


def server_place(db) -> str:
    """``host:port/database`` of an open server store (what the status bar names)."""
    url = db.url
    return f"{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}"
