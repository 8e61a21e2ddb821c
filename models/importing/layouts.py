"""The exports of the tools committees get their lists from, column by column.

A :class:`Layout` is recognized by headers only that tool writes (its ``signature``); its table
then names the field of each of its columns exactly, before any guessing (:mod:`.mapping`). A
column a table sends to ``None`` goes to the notes; :data:`IGNORE` leaves it out (system columns
such as hashes, greeting ids or geocodes that mean nothing to a committee). Columns a table does
not name are guessed like any other header.

Where each layout comes from: tests/fixtures/formats/README.md (one fixture file per layout).
Keys a table names that the importer does not have yet are treated as unmapped (see
:func:`.mapping.usable`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from models.core.text import fold

IGNORE = "ignore"  # a column left out: neither a field nor the notes
MISSING = object()  # a layout that does not name a column


def norm_header(header: str) -> str:
    """"E-mail 1 - Value" -> "e mail 1 value", "can2_sms_status" -> "can2 sms status"."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(header)).replace("_", " ").split())


@dataclass(frozen=True)
class Layout:
    name: str
    signature: frozenset[str]
    columns: dict[str, Optional[str]]
    patterns: tuple[tuple[re.Pattern, Optional[str]], ...] = field(default=())

    def field_for(self, norm: str) -> object:
        """The key this layout gives a normalized header, or :data:`MISSING`."""
        if norm in self.columns:
            return self.columns[norm]
        for pattern, key in self.patterns:
            if pattern.fullmatch(norm):
                return key
        return MISSING


def _layout(name: str, signature: tuple[str, ...], columns: dict[str, Optional[str]],
            patterns: tuple[tuple[str, Optional[str]], ...] = ()) -> Layout:
    return Layout(name, frozenset(map(norm_header, signature)), {norm_header(h): k for h, k in columns.items()},
                  tuple((re.compile(p), k) for p, k in patterns))


def _same(key: Optional[str], *headers: str) -> dict[str, Optional[str]]:
    return dict.fromkeys(headers, key)


CIVICRM = _layout("CiviCRM", ("Contact Hash", "Sort Name"), {
    **_same(IGNORE, "Contact Type", "Contact Subtype", "Display Name", "Image Url", "Preferred Mail Format",
            "Contact Hash", "Communication Style", "Email Greeting ID", "Postal Greeting ID", "Addressee ID",
            "Sic Code", "Unique ID (OpenID)", "Current Employer ID", "Created Date", "Modified Date", "Addressee",
            "Email Greeting", "Postal Greeting", "Location Type", "Street Number", "Street Number Suffix",
            "Street Name", "Street Unit", "Latitude", "Longitude", "Master Address Belongs To",
            "Use for Bulk Mail", "Signature Text", "Signature Html", "OpenID", "World Region"),
    # The organization's own id for the person; CiviCRM's Contact ID goes to the notes.
    "External Identifier": "external_id", "Contact ID": None,
    "Do Not Email": "do_not_email", "No Bulk Emails (User Opt Out)": "do_not_email",
    "Do Not Phone": "do_not_call", "Do Not Sms": "do_not_text", "Do Not Mail": None, "Do Not Trade": None,
    "Sort Name": "full_name", "Nickname": "preferred_name", "Preferred Language": "languages",
    "First Name": "first_name", "Middle Name": "first_name", "Last Name": "last_name", "Job Title": "job_title",
    # An organization contact's own name; a person's employer is "Current Employer".
    "Organization Name": None, "Current Employer": "workplace",
    "Street Address": "street", "City": "city", "Postal Code": "postal_code", "State": "region",
    "Country": "country", "Phone": "phone", "Phone Extension": "phone_extension", "Phone Type": "phone_label",
    "Email": "email",
    "Group(s)": "tags", "Tag(s)": "tags", "Note(s)": "notes",
})

GOOGLE = _layout("Google Contacts", ("File As", "Labels"), {
    "First Name": "first_name", "Middle Name": "first_name", "Last Name": "last_name",
    "Nickname": "preferred_name", "File As": IGNORE, "Photo": IGNORE,
    "Organization Name": "workplace", "Organization Title": "job_title", "Organization Department": "department",
    "Notes": "notes", "Labels": "tags",
}, patterns=(
    (r"phone \d+ (label|type)", "phone_label"),
    (r"(e mail|address|website|relation|event|im|custom field|organization) \d+ (label|type)", IGNORE),
    (r"e mail 1 value", "email"), (r"e mail 2 value", "email2"),
    (r"phone \d+ value", "phone"),
    (r"address 1 formatted", IGNORE),  # Google also writes its parts (street, city...)
    (r"address 1 street", "street"), (r"address 1 city", "city"), (r"address 1 region", "region"),
    (r"address 1 postal code", "postal_code"), (r"address 1 country", "country"),
    (r"(phonetic|yomi) .*", None),
))

OUTLOOK = _layout("Outlook", ("E-mail 2 Address", "Business Phone", "Categories"), {
    # "Title" is Mr./Ms.: kept in the notes, never the job title.
    "Title": None, "Initials": IGNORE, "Internet Free Busy": IGNORE, "Sensitivity": IGNORE, "Priority": IGNORE,
    "Private": IGNORE, "Location": None, "Office Location": None, "Language": "languages", "Notes": "notes",
    "First Name": "first_name", "Middle Name": "first_name", "Last Name": "last_name",
    "E-mail Address": "email", "E-mail 2 Address": "email2", "E-mail 3 Address": None,
    "Company Main Phone": None, "Assistant's Phone": None,  # not the person's own numbers
    "Home Street": "street", "Home City": "city", "Home State": "region", "Home Postal Code": "postal_code",
    "Home Country": "country", "Home Address": None, "Business Address": None, "Other Address": None,
    "Company": "workplace", "Job Title": "job_title", "Department": "department",
    "Organizational ID Number": "external_id", "Categories": "tags",
})

NATIONBUILDER = _layout("NationBuilder", ("nationbuilder_id",), {
    "external_id": "external_id", "nationbuilder_id": None, "full_name": IGNORE,
    "first_name": "first_name", "middle_name": "first_name", "last_name": "last_name",
    "employer": "workplace", "occupation": "job_title", "language": "languages",
    # email1 and email2 are the addresses; "email" repeats the primary one of them.
    "email1": "email", "email2": "email2", "email": None,
    "email_opt_in": "ok_to_email", "do_not_call": "do_not_call", "do_not_contact": "do_not_contact",
    "federal_donotcall": None, "mobile_opt_in": "ok_to_text", "is_mobile_bad": None,
    "phone_number": "phone", "work_phone_number": "phone", "mobile_number": "phone",
    "support_level": "assessment", "note": "notes", "tag_list": "tags", "created_at": IGNORE,
    "primary_address1": "street", "primary_city": "city", "primary_state": "region", "primary_zip": "postal_code",
    "primary_country_code": "country",
}, patterns=(
    (r".* in cents|donations .*|.* capital amount.*|maximum donation .*|.* district|.* fips|.* geocode accuracy"
     r"|.* submitted address|.* sort sequence|.* delivery point|.* lot|.* carrier route|.* probability score"
     r"|nbec guid|pf strat id|state file id|county file id|dw id|rnc id|rnc regid|datatrust id", IGNORE),
    (r"(address|work|mailing|registered|user submitted|billing) .*", None),
))

VAN = _layout("EveryAction / VAN", ("Voter File VANID",), {
    "Voter File VANID": "external_id", "LastName": "last_name", "FirstName": "first_name",
    "MiddleName": "first_name", "Address": "street", "City": "city", "State": "region", "Zip5": "postal_code",
    "Zip4": None, "Home Phone": "phone", "Cell Phone": "phone", "Pref Phone": "phone",
    "PreferredEmail": "email",
})

SPOKE = _layout("Spoke", ("firstName", "lastName", "cell"), {
    "firstName": "first_name", "lastName": "last_name", "cell": "phone", "zip": "postal_code",
    "external_id": "external_id",
})

ACTION_NETWORK = _layout("Action Network", ("can2_phone",), {
    "uuid": "external_id", "first_name": "first_name", "last_name": "last_name", "email": "email",
    "zip_code": "postal_code", "can2_country": "country", "can2_user_address": "street", "can2_user_city": "city",
    "can2_state_abbreviated": "region", "can2_phone": "phone", "can2_sms_status": "ok_to_text",
    "can2_subscription_status": "ok_to_email", "can2_user_tags": "tags", "can2_county": None,
})

MOBILIZE = _layout("Mobilize", ("Event ID", "Timeslot start", "Attended"), {
    "Event ID": IGNORE, "Timeslot ID": IGNORE, "User ID": "external_id", "Event name": None, "Event type": None,
    "Timeslot start": None, "Timeslot end": None, "First name": "first_name", "Last name": "last_name",
    "Email": "email", "Phone": "phone", "Zip": "postal_code", "Status": None, "Attended": None,
    "SMS opt-in status": "ok_to_text", "Signup date": None, "Referrer code": None,
})

SOLIDARITY_TECH = _layout("Solidarity Tech", ("RSVP", "Attended", "Chapter"), {
    "User ID": "external_id", "Chapter": None, "Event": None, "Event Date": None, "RSVP": None, "Attended": None,
})

ZETKIN = _layout("Zetkin", ("co_address", "alt_phone"), {
    "id": None, "ext_id": "external_id", "first_name": "first_name", "last_name": "last_name", "email": "email",
    "phone": "phone", "alt_phone": "phone", "co_address": None, "street_address": "street",
    "zip_code": "postal_code", "city": "city", "country": "country", "gender": None,
})

LAYOUTS: tuple[Layout, ...] = (CIVICRM, GOOGLE, OUTLOOK, NATIONBUILDER, VAN, SPOKE, ACTION_NETWORK, MOBILIZE,
                               SOLIDARITY_TECH, ZETKIN)


def detect_layout(norms: set[str]) -> Optional[Layout]:
    """The tool whose signature headers are all in ``norms`` (normalized headers), if any."""
    for layout in LAYOUTS:
        if layout.signature <= norms:
            return layout
    return None
