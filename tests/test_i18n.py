"""The Spanish translation is complete and every text is found where the code looks it up."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "committee_desk_es.ts"


def messages():
    tree = etree.parse(str(TS))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            yield name, message.findtext("source"), message.find("translation"), (location.get("filename") if location is not None else "")


def test_every_message_is_translated():
    def text_of(translation) -> str:  # plural messages keep their forms in <numerusform>
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return "".join(forms) if forms else (translation.text or "")

    unfinished = [source for _ctx, source, translation, _f in messages()
                  if translation is None or translation.get("type") == "unfinished" or not text_of(translation).strip()]
    assert unfinished == []


def test_module_helpers_find_their_texts(spanish):
    """Bare tr("...") calls are filed under the empty context; each module's helper finds them."""
    import ui.importing.wizard
    import ui.leaflets.page
    import ui.widgets.list_page
    import ui.widgets.messages
    import ui.resolutions.page
    import ui.trainings.page

    helpers = {"imports.py": ui.importing.wizard.tr, "leaflets.py": ui.leaflets.page.tr, "messages.py": ui.widgets.messages.tr,
               "resolutions.py": ui.resolutions.page.tr, "trainings.py": ui.trainings.page.tr, "list_page.py": ui.widgets.list_page.tr}
    missed = []
    for context, source, translation, filename in messages():
        helper = helpers.get(filename.rsplit("/", 1)[-1])
        if context != "" or helper is None:
            continue
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:  # plural texts: Spanish has one form for 1 and one for the rest
            if [helper(source, "", 1), helper(source, "", 3)] != [forms[0].replace("%n", "1"), forms[1].replace("%n", "3")]:
                missed.append((filename, source))
        elif translation.text != source and helper(source) != translation.text:
            missed.append((filename, source))
    assert missed == []
    assert ui.resolutions.page.tr("by acclamation") != "by acclamation"
    assert ui.widgets.messages.tr("Unexpected error") != "Unexpected error"
    assert QCoreApplication.translate("Sections", "Roster") == "Listado"
