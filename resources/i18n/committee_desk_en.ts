<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../ui/roster/exporting.py" line="105"/>
        <location filename="../../ui/roster/exporting.py" line="137"/>
        <source>Exported %n people to {file}.</source>
        <translation>
            <numerusform>Exported %n person to {file}.</numerusform>
            <numerusform>Exported %n people to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/exporting.py" line="107"/>
        <source>Left out %n people: {reason}.</source>
        <translation>
            <numerusform>Left out %n person: {reason}.</numerusform>
            <numerusform>Left out %n people: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/list_page.py" line="106"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/list_page.py" line="127"/>
        <source>Delete these %n? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this one? This cannot be undone.</numerusform>
            <numerusform>Delete these %n? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="450"/>
        <source>%n people in this group</source>
        <translation>
            <numerusform>%n person in this group</numerusform>
            <numerusform>%n people in this group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="457"/>
        <source>%n people chosen.</source>
        <translation>
            <numerusform>%n person chosen.</numerusform>
            <numerusform>%n people chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/safety/page.py" line="377"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListWidget</name>
    <message numerus="yes">
        <location filename="../../ui/mobilization/page.py" line="389"/>
        <source>%n of them with unknown consent, marked “consent unknown”: ask first.</source>
        <translation>
            <numerusform>%n of them with unknown consent, marked “consent unknown”: ask first.</numerusform>
            <numerusform>%n of them with unknown consent, marked “consent unknown”: ask first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/page.py" line="419"/>
        <source>{name} — {langs} — %n people</source>
        <translation>
            <numerusform>{name} — {langs} — %n person</numerusform>
            <numerusform>{name} — {langs} — %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="144"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="144"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n assessed</numerusform>
            <numerusform>%n assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinWidget</name>
    <message numerus="yes">
        <location filename="../../ui/mobilization/checkin.py" line="248"/>
        <source>%n checked in</source>
        <translation>
            <numerusform>%n checked in</numerusform>
            <numerusform>%n checked in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message numerus="yes">
        <location filename="../../ui/mobilization/checkin.py" line="138"/>
        <source>%n people match this name. Ask which department, shift or phone number is theirs:</source>
        <translation>
            <numerusform>%n person matches this name. Ask which department, shift or phone number is theirs:</numerusform>
            <numerusform>%n people match this name. Ask which department, shift or phone number is theirs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitteePageDialog</name>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="200"/>
        <source>%n active members</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="215"/>
        <source>(n/m) = meetings attended of the last %n.</source>
        <translation>
            <numerusform>(n/m) = meetings attended of the last meeting.</numerusform>
            <numerusform>(n/m) = meetings attended of the last %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="236"/>
        <source>{present} of %n members</source>
        <translation>
            <numerusform>{present} of %n member</numerusform>
            <numerusform>{present} of %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="153"/>
        <source>%n contacts found in the vCard file.</source>
        <translation>
            <numerusform>%n contact found in the vCard file.</numerusform>
            <numerusform>%n contacts found in the vCard file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="155"/>
        <source>%n rows found; the column names are on row {header}.</source>
        <translation>
            <numerusform>%n row found; the column names are on row {header}.</numerusform>
            <numerusform>%n rows found; the column names are on row {header}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="775"/>
        <source>Import undone: %n people removed, {reverted} restored.</source>
        <translation>
            <numerusform>Import undone: %n person removed, {reverted} restored.</numerusform>
            <numerusform>Import undone: %n people removed, {reverted} restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeafletEditor</name>
    <message numerus="yes">
        <location filename="../../ui/leaflets/page.py" line="514"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Added %n fictional people.</source>
        <translation>
            <numerusform>Added %n fictional person.</numerusform>
            <numerusform>Added %n fictional people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MySessionsTab</name>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="1109"/>
        <source>%n sessions · {r} registered · {a} attended · {f} open follow-ups</source>
        <translation>
            <numerusform>%n session · {r} registered · {a} attended · {f} open follow-ups</numerusform>
            <numerusform>%n sessions · {r} registered · {a} attended · {f} open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneBankWidget</name>
    <message numerus="yes">
        <location filename="../../ui/mobilization/phonebank.py" line="185"/>
        <source>{name} (%n people)</source>
        <translation>
            <numerusform>{name} (%n person)</numerusform>
            <numerusform>{name} (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="441"/>
        <source>&amp;Possible duplicates (%n)</source>
        <translation>
            <numerusform>&amp;Possible duplicates (%n)</numerusform>
            <numerusform>&amp;Possible duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="445"/>
        <source>%n rows share an email or a phone with someone whose name is different (a household, a shared work phone, or the same person written another way). They are kept as separate people unless you decide otherwise under Possible duplicates.</source>
        <translation>
            <numerusform>%n row shares an email or a phone with someone whose name is different (a household, a shared work phone, or the same person written another way). It is kept as a separate person unless you decide otherwise under Possible duplicates.</numerusform>
            <numerusform>%n rows share an email or a phone with someone whose name is different (a household, a shared work phone, or the same person written another way). They are kept as separate people unless you decide otherwise under Possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="496"/>
        <source>%n rows: {added} to add, {merged} to merge, {skipped} to skip, {invalid} cannot be imported (see Problems), {warnings} with warnings.</source>
        <translation>
            <numerusform>%n row: {added} to add, {merged} to merge, {skipped} to skip, {invalid} cannot be imported (see Problems), {warnings} with warnings.</numerusform>
            <numerusform>%n rows: {added} to add, {merged} to merge, {skipped} to skip, {invalid} cannot be imported (see Problems), {warnings} with warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message numerus="yes">
        <location filename="../../ui/resolutions/page.py" line="767"/>
        <source>Saved {name} (%n pages).</source>
        <translation>
            <numerusform>Saved {name} (%n page).</numerusform>
            <numerusform>Saved {name} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="447"/>
        <source>{total} people</source>
        <translation>
            <numerusform>{total} person</numerusform>
            <numerusform>{total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="449"/>
        <source>Showing {shown} of {total} people</source>
        <translation>
            <numerusform>Showing {shown} of {total} person</numerusform>
            <numerusform>Showing {shown} of {total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="516"/>
        <source>Delete %n people from the roster? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n person from the roster? This cannot be undone.</numerusform>
            <numerusform>Delete %n people from the roster? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="530"/>
        <source>Deleted %n people.</source>
        <translation>
            <numerusform>Deleted %n person.</numerusform>
            <numerusform>Deleted %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="548"/>
        <source>Done. %n rows read: {added} people added, {merged} merged, {skipped} skipped, {invalid} not imported. You can undo this import from Imports.</source>
        <translation>
            <numerusform>Done. %n row read: {added} added, {merged} merged, {skipped} skipped, {invalid} not imported. You can undo this import from Imports.</numerusform>
            <numerusform>Done. %n rows read: {added} added, {merged} merged, {skipped} skipped, {invalid} not imported. You can undo this import from Imports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="817"/>
        <source>Delete the session {s} with its %n registrations? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the session {s} with its %n registration? This cannot be undone.</numerusform>
            <numerusform>Delete the session {s} with its %n registrations? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="846"/>
        <source>%n registered · {a} attended · {x} no-show · {w} walk-ins</source>
        <translation>
            <numerusform>%n registered · {a} attended · {x} no-show · {w} walk-ins</numerusform>
            <numerusform>%n registered · {a} attended · {x} no-show · {w} walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="918"/>
        <source>%n registered ({k} were already registered).</source>
        <translation>
            <numerusform>%n registered ({k} were already registered).</numerusform>
            <numerusform>%n registered ({k} were already registered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="973"/>
        <source>Remove %n people from this session? Their attendance and follow-ups here are deleted.</source>
        <translation>
            <numerusform>Remove %n person from this session? Their attendance and follow-ups here are deleted.</numerusform>
            <numerusform>Remove %n people from this session? Their attendance and follow-ups here are deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallChartModel</name>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="112"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="112"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n assessed</numerusform>
            <numerusform>%n assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="116"/>
        <source>{people} on the roster, {assessed} assessed ({spread}); %n committee members; coverage {ratio} (goal 1:10). Click to open them in the roster.</source>
        <translation>
            <numerusform>{people} on the roster, {assessed} assessed ({spread}); %n committee member; coverage {ratio} (goal 1:10). Click to open them in the roster.</numerusform>
            <numerusform>{people} on the roster, {assessed} assessed ({spread}); %n committee members; coverage {ratio} (goal 1:10). Click to open them in the roster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallChartView</name>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="295"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="296"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n assessed</numerusform>
            <numerusform>%n assessed</numerusform>
        </translation>
    </message>
</context>
</TS>
