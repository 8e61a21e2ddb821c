<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Something went wrong inside Committee Desk ({kind}). Your saved data is safe. If it happens again, please report what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
