<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../ui/widgets/messages.py" line="60"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/messages.py" line="71"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/messages.py" line="72"/>
        <source>Something went wrong inside Committee Desk ({kind}). Your saved data is safe. If it happens again, please report what you were doing.</source>
        <translation>Algo salió mal dentro de Committee Desk ({kind}). Sus datos guardados están a salvo. Si vuelve a ocurrir, por favor informe qué estaba haciendo.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="80"/>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="80"/>
        <location filename="../../ui/importing/review.py" line="159"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="80"/>
        <location filename="../../ui/importing/review.py" line="159"/>
        <source>Already there</source>
        <translation>Ya está</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="80"/>
        <source>Same</source>
        <translation>En común</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="80"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="96"/>
        <source>{name} (row {row})</source>
        <translation>{name} (fila {row})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="163"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="163"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="178"/>
        <source>For the selected rows:</source>
        <translation>Para las filas elegidas:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="180"/>
        <source>&amp;Merge into that person</source>
        <translation>&amp;Fusionar con esa persona</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="181"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="182"/>
        <source>&amp;Skip the row</source>
        <translation>&amp;Omitir la fila</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="215"/>
        <source>Already in the roster</source>
        <translation>Ya está en el listado</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="216"/>
        <source>Row {row} of the file</source>
        <translation>Fila {row} del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="163"/>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <location filename="../../ui/trainings/page.py" line="149"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <location filename="../../ui/trainings/page.py" line="150"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/importing/review.py" line="163"/>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="301"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="307"/>
        <source>same {what} as someone else: see Possible duplicates</source>
        <translation>mismo {what} que otra persona: ver Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="311"/>
        <source>{name} (same {what})</source>
        <translation>{name} (mismo {what})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="313"/>
        <source>row {row} (same {what})</source>
        <translation>fila {row} (mismo {what})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="654"/>
        <source>Not imported</source>
        <translation>No importados</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="655"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="669"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="669"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="70"/>
        <location filename="../../ui/roster/exporting.py" line="120"/>
        <location filename="../../ui/roster/exporting.py" line="131"/>
        <location filename="../../ui/roster/exporting.py" line="138"/>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="71"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read the names, phones and notes in it.

Keep it on a device only you use, do not email it, and delete it when you are done.</source>
        <translation>El archivo exportado NO está cifrado: cualquiera que lo obtenga puede leer los nombres, teléfonos y notas que contiene.

Guárdelo en un dispositivo que solo usted use, no lo envíe por correo electrónico y bórrelo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="75"/>
        <source>Also include people whose consent to texts or emails is not known</source>
        <translation>Incluir también a las personas cuyo consentimiento para mensajes de texto o correos no se conoce</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="77"/>
        <source>People who said no, or not to be contacted, are never included.</source>
        <translation>Nunca se incluye a quienes dijeron que no o pidieron que no se les contacte.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="79"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="96"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destruir después de usar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="96"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/exporting.py" line="107"/>
        <source>Left out %n people: {reason}.</source>
        <translation>
            <numerusform>Se dejó fuera a %n persona: {reason}.</numerusform>
            <numerusform>Se dejó fuera a %n personas: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="129"/>
        <source>Exporting people…</source>
        <translation>Exportando personas…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/exporting.py" line="105"/>
        <location filename="../../ui/roster/exporting.py" line="137"/>
        <source>Exported %n people to {file}.</source>
        <translation>
            <numerusform>Se exportó %n persona a {file}.</numerusform>
            <numerusform>Se exportaron %n personas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="51"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="51"/>
        <source>CSV, comma-separated</source>
        <translation>CSV, separado por comas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/exporting.py" line="145"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="77"/>
        <source>Full page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="78"/>
        <source>Half page, 2 per sheet</source>
        <translation>Media página, 2 por hoja</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="79"/>
        <source>Quarter page card, 4 per sheet</source>
        <translation>Tarjeta de un cuarto de página, 4 por hoja</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="80"/>
        <source>Two languages side by side</source>
        <translation>Dos idiomas lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="81"/>
        <source>Two languages, front and back</source>
        <translation>Dos idiomas, frente y reverso</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="82"/>
        <source>Half page, 2 per sheet, front and back</source>
        <translation>Media página, 2 por hoja, frente y reverso</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="83"/>
        <source>Quarter card, 4 per sheet, front and back</source>
        <translation>Tarjeta de un cuarto, 4 por hoja, frente y reverso</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="89"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="89"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="89"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="89"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="90"/>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="90"/>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="90"/>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="90"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="91"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="623"/>
        <source>by acclamation</source>
        <translation>por aclamación</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="115"/>
        <location filename="../../ui/trainings/page.py" line="140"/>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="116"/>
        <location filename="../../ui/trainings/page.py" line="141"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="117"/>
        <source>No-show</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="136"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="137"/>
        <location filename="../../ui/trainings/page.py" line="166"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="138"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="139"/>
        <source>Trainers</source>
        <translation>Capacitadores</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="142"/>
        <source>Capacity</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="151"/>
        <location filename="../../ui/trainings/page.py" line="195"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="152"/>
        <location filename="../../ui/trainings/page.py" line="196"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="153"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="154"/>
        <source>Walk-in</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="154"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="155"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="156"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="167"/>
        <source>Spanish name</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="168"/>
        <source>Length (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="169"/>
        <source>Refresh after (months)</source>
        <translation>Repaso después de (meses)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="170"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="171"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="178"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="179"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="180"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="181"/>
        <source>From session</source>
        <translation>De la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="182"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="194"/>
        <source>Not trained yet</source>
        <translation>Sin capacitar aún</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="203"/>
        <source>Wants to join the committee</source>
        <translation>Quiere unirse al comité</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="203"/>
        <source>Can train others</source>
        <translation>Puede capacitar a otros</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="558"/>
        <source>refresh due since {d}</source>
        <translation>repaso vencido desde el {d}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="558"/>
        <source>refresh by {d}</source>
        <translation>repaso antes del {d}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="564"/>
        <source>No trainings yet.</source>
        <translation>Todavía no tiene capacitaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1178"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1201"/>
        <source>{u} not trained yet — click to list them</source>
        <translation>{u} sin capacitar aún — haga clic para ver la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/list_page.py" line="106"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/list_page.py" line="127"/>
        <source>Delete these %n? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el elemento seleccionado? Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar los %n seleccionados? Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="383"/>
        <source>Register people</source>
        <translation>Inscribir personas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="386"/>
        <source>Search the roster</source>
        <translation>Buscar en el listado</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="389"/>
        <location filename="../../ui/trainings/page.py" line="390"/>
        <location filename="../../ui/trainings/page.py" line="434"/>
        <source>— any —</source>
        <translation>— cualquiera —</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="399"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Comité:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="400"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="401"/>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="402"/>
        <source>&amp;Shift:</source>
        <translation>&amp;Turno:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="404"/>
        <source>A whole group</source>
        <translation>Un grupo completo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="412"/>
        <source>Register</source>
        <translation>Inscribir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="450"/>
        <source>%n people in this group</source>
        <translation>
            <numerusform>%n persona en este grupo</numerusform>
            <numerusform>%n personas en este grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="457"/>
        <source>%n people chosen.</source>
        <translation>
            <numerusform>%n persona elegida.</numerusform>
            <numerusform>%n personas elegidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="458"/>
        <source>Search the roster and choose people (Ctrl+click or Shift+click for several).</source>
        <translation>Busque en el listado y elija personas (Ctrl+clic o Mayús+clic para varias).</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="461"/>
        <source>A whole group needs a committee or a workplace.</source>
        <translation>Un grupo completo necesita un comité o un lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="464"/>
        <source>Nobody is in this group.</source>
        <translation>No hay nadie en este grupo.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../models/core/audit.py" line="30"/>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="31"/>
        <source>edited</source>
        <translation>edición</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="32"/>
        <source>deleted</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="33"/>
        <source>imported</source>
        <translation>importación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="34"/>
        <source>exported</source>
        <translation>exportación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="35"/>
        <source>printed</source>
        <translation>impresión</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="36"/>
        <source>passphrase changed</source>
        <translation>cambio de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="37"/>
        <source>backup made</source>
        <translation>copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="38"/>
        <source>restored from a backup</source>
        <translation>restauración desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="41"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="42"/>
        <source>workplace</source>
        <translation>lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="43"/>
        <source>committee</source>
        <translation>comité</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="44"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="45"/>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="46"/>
        <source>import batch</source>
        <translation>lote de importación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="47"/>
        <source>roster export</source>
        <translation>exportación del listado</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="48"/>
        <source>call sheets</source>
        <translation>hojas de llamadas</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="49"/>
        <source>phone tree</source>
        <translation>árbol telefónico</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="50"/>
        <source>turnout report</source>
        <translation>informe de asistencia</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="51"/>
        <source>sign-in sheet</source>
        <translation>hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="52"/>
        <source>training report</source>
        <translation>informe de capacitaciones</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="53"/>
        <source>wall chart</source>
        <translation>tabla mural</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="54"/>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="55"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="56"/>
        <source>training session</source>
        <translation>sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="57"/>
        <source>leaflet</source>
        <translation>volante</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="58"/>
        <source>printed directory</source>
        <translation>directorio impreso</translation>
    </message>
    <message>
        <location filename="../../models/core/audit.py" line="59"/>
        <source>mailing labels</source>
        <translation>etiquetas postales</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/safety/page.py" line="324"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="327"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="332"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="337"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="343"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="359"/>
        <source>The trail keeps ids and counts only, never names or contact details.</source>
        <translation>El registro guarda solo identificadores y cantidades, nunca nombres ni datos de contacto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/safety/page.py" line="377"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="280"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="294"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>CallListWidget</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="226"/>
        <source>include people not assessed</source>
        <translation>incluir personas sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="229"/>
        <source>include people whose consent is unknown</source>
        <translation>incluir a personas con consentimiento desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="230"/>
        <source>They are marked “consent unknown” on the list, the call sheets and in the phone bank: ask them first.</source>
        <translation>Van marcadas «consentimiento desconocido» en la lista, en las hojas de llamadas y en el banco de llamadas: pregúnteles primero.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="234"/>
        <source>either</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="235"/>
        <source>came to a past event</source>
        <translation>vino a un evento anterior</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="236"/>
        <source>never came to an event</source>
        <translation>nunca vino a un evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="238"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="248"/>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="249"/>
        <source>Build / add new matches</source>
        <translation>Crear / agregar nuevas coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="262"/>
        <source>Committees:</source>
        <translation>Comités:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="263"/>
        <source>Workplaces:</source>
        <translation>Lugares de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="264"/>
        <source>Departments:</source>
        <translation>Departamentos:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="265"/>
        <source>Shifts:</source>
        <translation>Turnos:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="266"/>
        <source>Tags (any):</source>
        <translation>Etiquetas (cualquiera):</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="267"/>
        <source>Speaks:</source>
        <translation>Habla:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="273"/>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="275"/>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="276"/>
        <source>Trained on:</source>
        <translation>Capacitado en:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="278"/>
        <source>List name:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="281"/>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="306"/>
        <source>Split evenly</source>
        <translation>Repartir por igual</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="307"/>
        <source>Match languages</source>
        <translation>Según el idioma</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="308"/>
        <source>By committee</source>
        <translation>Por comité</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="309"/>
        <source>also re-split people already assigned (not yet called)</source>
        <translation>también repartir de nuevo a quienes ya están asignados (sin llamar aún)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="310"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="314"/>
        <source>Move selected to</source>
        <translation>Mover selección a</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="319"/>
        <source>Callers</source>
        <translation>Llamadores</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="376"/>
        <source>The list could not be counted.</source>
        <translation>No se pudo contar la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="382"/>
        <source>{n} {reason}</source>
        <translation>{n} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="384"/>
        <source>{matched} match; {eligible} can be called, {new} not on the list yet.</source>
        <translation>{matched} coinciden; se puede llamar a {eligible}, {new} aún no están en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="387"/>
        <source>Left out: {reasons}.</source>
        <translation>Excluidos: {reasons}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/page.py" line="389"/>
        <source>%n of them with unknown consent, marked “consent unknown”: ask first.</source>
        <translation>
            <numerusform>%n de ellas con consentimiento desconocido, marcada «consentimiento desconocido»: pregunte primero.</numerusform>
            <numerusform>%n de ellas con consentimiento desconocido, marcadas «consentimiento desconocido»: pregunte primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="392"/>
        <source>People whose consent to be called is unknown are left out.</source>
        <translation>Se dejan fuera las personas cuyo consentimiento para recibir llamadas se desconoce.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="416"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/page.py" line="419"/>
        <source>{name} — {langs} — %n people</source>
        <translation>
            <numerusform>{name} — {langs} — %n persona</numerusform>
            <numerusform>{name} — {langs} — %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="144"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="144"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n evaluada</numerusform>
            <numerusform>%n evaluadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/safety/page.py" line="406"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="440"/>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="441"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="442"/>
        <source>New passphrase again:</source>
        <translation>Repita la nueva frase:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="471"/>
        <source>The new passphrase must be at least {n} characters long.</source>
        <translation>La nueva frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="473"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="426"/>
        <source>Re-encrypting the database with the new passphrase… This can take a few seconds; please wait.</source>
        <translation>Volviendo a cifrar la base de datos con la nueva frase de contraseña… Esto puede tardar unos segundos; espere, por favor.</translation>
    </message>
</context>
<context>
    <name>CheckinModel</name>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="42"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="43"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="44"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="45"/>
        <source>On the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="46"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="94"/>
        <source>said yes</source>
        <translation>dijo que sí</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="94"/>
        <source>on list</source>
        <translation>en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="96"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
</context>
<context>
    <name>CheckinWidget</name>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="180"/>
        <source>Type a name or phone, then Enter to mark present</source>
        <translation>Escriba un nombre o teléfono y pulse Enter para marcar presente</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="196"/>
        <source>Mark present [Enter]</source>
        <translation>Marcar presente [Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="198"/>
        <source>Undo last [Ctrl+Z]</source>
        <translation>Deshacer último [Ctrl+Z]</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="200"/>
        <source>Add walk-in… [Ctrl+W]</source>
        <translation>Agregar persona sin registro… [Ctrl+W]</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/checkin.py" line="248"/>
        <source>%n checked in</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="136"/>
        <source>Which one?</source>
        <translation>¿Cuál de ellas?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/checkin.py" line="138"/>
        <source>%n people match this name. Ask which department, shift or phone number is theirs:</source>
        <translation>
            <numerusform>%n persona tiene este nombre. Pregunte cuál es su departamento, turno o teléfono:</numerusform>
            <numerusform>%n personas tienen este nombre. Pregunte cuál es su departamento, turno o teléfono:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="144"/>
        <source>nothing else known</source>
        <translation>no se sabe nada más</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="147"/>
        <source>already present</source>
        <translation>ya presente</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/checkin.py" line="156"/>
        <source>Mark present</source>
        <translation>Marcar presente</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../ui/organization/committees.py" line="93"/>
        <source>New committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="105"/>
        <source>(the whole local)</source>
        <translation>(todo el local)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="118"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="118"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="118"/>
        <source>Joined</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="118"/>
        <source>Left</source>
        <translation>Salió</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="124"/>
        <source>Add members…</source>
        <translation>Agregar miembros…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="127"/>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="134"/>
        <source>Someone who steps down keeps their history: set the date they left instead of removing them.</source>
        <translation>Quien deja el comité conserva su historial: ponga la fecha en que salió en lugar de quitarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="140"/>
        <location filename="../../ui/organization/committees.py" line="237"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="141"/>
        <location filename="../../ui/organization/committees.py" line="238"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="142"/>
        <location filename="../../ui/organization/committees.py" line="239"/>
        <source>Workplace:</source>
        <translation>Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="143"/>
        <location filename="../../ui/organization/committees.py" line="239"/>
        <source>Union local:</source>
        <translation>Local sindical:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="144"/>
        <location filename="../../ui/organization/committees.py" line="240"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="147"/>
        <location filename="../../ui/organization/committees.py" line="240"/>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="162"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="60"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="61"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="62"/>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="64"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="67"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="68"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="69"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="70"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>CommitteePageDialog</name>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="80"/>
        <source>Committee page</source>
        <translation>Página del comité</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="93"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="101"/>
        <source>New meeting…</source>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="104"/>
        <location filename="../../ui/organization/committee_life.py" line="126"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="106"/>
        <location filename="../../ui/organization/committee_life.py" line="132"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="116"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="123"/>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="128"/>
        <source>Mark done / not done</source>
        <translation>Marcar hecha / no hecha</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="130"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="134"/>
        <source>Show done tasks</source>
        <translation>Mostrar tareas hechas</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="146"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="182"/>
        <source>Committee page: {name}</source>
        <translation>Página del comité: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="200"/>
        <source>%n active members</source>
        <translation>
            <numerusform>%n miembro activo</numerusform>
            <numerusform>%n miembros activos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="201"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="206"/>
        <source>None planned yet.</source>
        <translation>Todavía no hay ninguna programada.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="207"/>
        <source>Members by role</source>
        <translation>Miembros por cargo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="215"/>
        <source>(n/m) = meetings attended of the last %n.</source>
        <translation>
            <numerusform>(n/m) = reuniones a las que asistió, de la última reunión.</numerusform>
            <numerusform>(n/m) = reuniones a las que asistió, de las últimas %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="216"/>
        <source>Open tasks</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="223"/>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="229"/>
        <source>No open tasks.</source>
        <translation>No hay tareas pendientes.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="230"/>
        <source>Attendance history</source>
        <translation>Historial de asistencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/committee_life.py" line="236"/>
        <source>{present} of %n members</source>
        <translation>
            <numerusform>{present} de %n miembro</numerusform>
            <numerusform>{present} de %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="238"/>
        <source>; guests: {n}</source>
        <translation>; invitados: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="243"/>
        <source>No meetings held yet.</source>
        <translation>Todavía no se ha realizado ninguna reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="265"/>
        <location filename="../../ui/organization/committee_life.py" line="291"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="265"/>
        <source>Delete the meeting of {date} and its attendance?</source>
        <translation>¿Eliminar la reunión del {date} y su asistencia?</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="291"/>
        <source>Delete the task “{title}”?</source>
        <translation>¿Eliminar la tarea “{title}”?</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <location filename="../../ui/organization/committees.py" line="47"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="49"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="50"/>
        <source>Union local</source>
        <translation>Local sindical</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="51"/>
        <source>Active members</source>
        <translation>Miembros activos</translation>
    </message>
</context>
<context>
    <name>CommitteesPage</name>
    <message>
        <location filename="../../ui/organization/committees.py" line="57"/>
        <source>Committee page…</source>
        <translation>Página del comité…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committees.py" line="57"/>
        <source>Members by role, meetings, tasks and attendance</source>
        <translation>Miembros por rol, reuniones, tareas y asistencia</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="29"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="43"/>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="51"/>
        <source>Nothing has been saved yet. These fields differ between the version saved by someone else and yours:</source>
        <translation>Todavía no se ha guardado nada. Estos campos son distintos entre la versión que guardó otra persona y la suya:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="56"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="56"/>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="56"/>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="72"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Guardar la mía</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="74"/>
        <source>Save your version over theirs</source>
        <translation>Guardar su versión encima de la otra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="75"/>
        <source>&amp;Use theirs</source>
        <translation>&amp;Usar la otra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="77"/>
        <source>Drop your changes and show the saved version</source>
        <translation>Descartar sus cambios y mostrar la versión guardada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="78"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict.py" line="80"/>
        <source>Go back to your changes without saving</source>
        <translation>Volver a sus cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../models/roster/consent.py" line="28"/>
        <source>entered by hand</source>
        <translation>ingresado a mano</translation>
    </message>
    <message>
        <location filename="../../models/roster/consent.py" line="29"/>
        <source>walk-in</source>
        <translation>registro en la puerta</translation>
    </message>
    <message>
        <location filename="../../models/roster/consent.py" line="30"/>
        <source>phone bank</source>
        <translation>banco de llamadas</translation>
    </message>
    <message>
        <location filename="../../models/roster/consent.py" line="35"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../models/roster/consent.py" line="36"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../models/roster/consent.py" line="37"/>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="19"/>
        <source>OK to call</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="20"/>
        <source>OK to text</source>
        <translation>Se puede enviar mensajes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="21"/>
        <source>OK to email</source>
        <translation>Se puede enviar correos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="22"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="40"/>
        <source>import of {file}</source>
        <translation>la importación de {file}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="51"/>
        <source>Recorded from {source} on {date}.</source>
        <translation>Registrado desde {source} el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="53"/>
        <source>Recorded from {source}.</source>
        <translation>Registrado desde {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="55"/>
        <source>Where these answers came from was not recorded (saved before Committee Desk kept it).</source>
        <translation>No se registró de dónde vienen estas respuestas (se guardaron antes de que Committee Desk lo anotara).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="57"/>
        <source>Nobody has recorded an answer yet: ask before calling or texting.</source>
        <translation>Nadie ha registrado una respuesta todavía: pregunte antes de llamar o enviar mensajes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consent.py" line="128"/>
        <source>Will be recorded as {source}, today.</source>
        <translation>Se registrará como {source}, hoy.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="1228"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1228"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1243"/>
        <source>Each cell: trained / people (share). Red: nobody trained yet; green: everyone. Click a cell to list who is not trained yet.</source>
        <translation>Cada celda: capacitados / personas (proporción). Rojo: nadie capacitado aún; verde: todos. Haga clic en una celda para ver quién falta por capacitar.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1276"/>
        <source>Choose a workplace and a topic.</source>
        <translation>Elija un lugar de trabajo y un tema.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1286"/>
        <source>{t} of {n} trained ({p:.0%})</source>
        <translation>{t} de {n} capacitados ({p:.0%})</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1303"/>
        <source>the whole workplace</source>
        <translation>todo el lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1304"/>
        <source>Not trained yet in {where}: {n}</source>
        <translation>Sin capacitar aún en {where}: {n}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../models/core/backup.py" line="52"/>
        <source>The disk is full, so the backup was not written.</source>
        <translation>El disco está lleno, así que no se escribió la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="53"/>
        <source>Free some space or choose another backup folder. Earlier backups are unchanged.</source>
        <translation>Libere espacio o elija otra carpeta para las copias de seguridad. Las copias anteriores no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="100"/>
        <location filename="../../models/core/backup.py" line="231"/>
        <location filename="../../models/core/db.py" line="501"/>
        <location filename="../../reports/core/atomic.py" line="27"/>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="101"/>
        <location filename="../../models/core/backup.py" line="232"/>
        <location filename="../../reports/core/atomic.py" line="28"/>
        <source>Choose an existing folder and try again.</source>
        <translation>Elija una carpeta existente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="105"/>
        <source>A backup cannot replace the database itself.</source>
        <translation>Una copia de seguridad no puede reemplazar a la propia base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="106"/>
        <source>Choose another file name.</source>
        <translation>Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="214"/>
        <source>The backup file was not found.</source>
        <translation>No se encontró el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="215"/>
        <source>Check the folder and try again.</source>
        <translation>Revise la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="219"/>
        <source>The backup and the database are the same file.</source>
        <translation>La copia de seguridad y la base de datos son el mismo archivo.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="220"/>
        <source>Choose another backup.</source>
        <translation>Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="226"/>
        <location filename="../../models/core/backup.py" line="296"/>
        <source>The backup does not open with this passphrase, or it is damaged.</source>
        <translation>La copia de seguridad no se abre con esta frase de contraseña, o está dañada.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="227"/>
        <location filename="../../models/core/backup.py" line="297"/>
        <source>A backup keeps the passphrase it was made with. Nothing was changed.</source>
        <translation>Una copia de seguridad conserva la frase de contraseña con la que se hizo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="258"/>
        <source>The disk is full, so the backup was not restored.</source>
        <translation>El disco está lleno, así que no se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="259"/>
        <source>Free some space and try again. Nothing was changed.</source>
        <translation>Libere espacio e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="291"/>
        <location filename="../../models/core/db.py" line="370"/>
        <location filename="../../models/core/db.py" line="741"/>
        <location filename="../../models/core/db.py" line="776"/>
        <source>The database is locked.</source>
        <translation>La base de datos está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="292"/>
        <location filename="../../models/core/db.py" line="370"/>
        <location filename="../../models/core/db.py" line="741"/>
        <location filename="../../models/core/db.py" line="776"/>
        <source>Unlock it with the passphrase.</source>
        <translation>Desbloquéela con la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/organization/committee_life.py" line="80"/>
        <location filename="../../models/organization/structure.py" line="221"/>
        <location filename="../../models/organization/structure.py" line="262"/>
        <source>That committee no longer exists.</source>
        <translation>Ese comité ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/organization/committee_life.py" line="146"/>
        <source>Give the meeting a date.</source>
        <translation>Ponga una fecha a la reunión.</translation>
    </message>
    <message>
        <location filename="../../models/organization/committee_life.py" line="156"/>
        <location filename="../../models/organization/committee_life.py" line="188"/>
        <source>That meeting no longer exists.</source>
        <translation>Esa reunión ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/organization/committee_life.py" line="263"/>
        <source>Say what the task is.</source>
        <translation>Escriba en qué consiste la tarea.</translation>
    </message>
    <message>
        <location filename="../../models/organization/committee_life.py" line="272"/>
        <location filename="../../models/organization/committee_life.py" line="288"/>
        <source>That task no longer exists.</source>
        <translation>Esa tarea ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="68"/>
        <source>The file to import was not found.</source>
        <translation>No se encontró el archivo que quiere importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="69"/>
        <source>Check the file name and folder.</source>
        <translation>Revise el nombre del archivo y la carpeta.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="81"/>
        <source>The file to import could not be read.</source>
        <translation>No se pudo leer el archivo que quiere importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="82"/>
        <source>Check that it is not open in another program and that you may read it.</source>
        <translation>Compruebe que no esté abierto en otro programa y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="187"/>
        <source>The file could not be read after row {row}.</source>
        <translation>No se pudo leer el archivo después de la fila {row}.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="188"/>
        <source>Open it in a spreadsheet program and save it again as CSV.</source>
        <translation>Ábralo en un programa de hojas de cálculo y guárdelo de nuevo como CSV.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="32"/>
        <source>This file is not a spreadsheet Committee Desk can read (it may be damaged).</source>
        <translation>Este archivo no es una hoja de cálculo que Committee Desk pueda leer (puede estar dañado).</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="33"/>
        <source>Open it in your spreadsheet program and save it again as .xlsx or .csv.</source>
        <translation>Ábralo en su programa de hojas de cálculo y guárdelo de nuevo como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="34"/>
        <source>Split it into smaller files, or remove the columns you do not need.</source>
        <translation>Divídalo en archivos más pequeños o quite las columnas que no necesite.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="49"/>
        <source>This file is too big to import: it has more than {rows} rows.</source>
        <translation>Este archivo es demasiado grande para importarlo: tiene más de {rows} filas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="50"/>
        <source>This file is too big to import: it has more than {columns} columns.</source>
        <translation>Este archivo es demasiado grande para importarlo: tiene más de {columns} columnas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="51"/>
        <source>This file is too big to import: its contents unpack to more than {mb} MB.</source>
        <translation>Este archivo es demasiado grande para importarlo: su contenido descomprimido ocupa más de {mb} MB.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="52"/>
        <source>This file cannot be imported: a cell holds more than a million characters.</source>
        <translation>Este archivo no se puede importar: una celda tiene más de un millón de caracteres.</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="53"/>
        <source>This file cannot be imported: it unpacks to far more than any spreadsheet does (it may be damaged or made to harm).</source>
        <translation>Este archivo no se puede importar: al descomprimirse ocupa mucho más que cualquier hoja de cálculo (puede estar dañado o hecho para causar daño).</translation>
    </message>
    <message>
        <location filename="../../models/importing/spreadsheet_guard.py" line="55"/>
        <source>This file is too big to import: it is larger than {mb} MB.</source>
        <translation>Este archivo es demasiado grande para importarlo: ocupa más de {mb} MB.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="279"/>
        <source>The spreadsheet has no sheets.</source>
        <translation>La hoja de cálculo no tiene hojas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="286"/>
        <source>The spreadsheet has no sheet named &quot;{sheet}&quot;.</source>
        <translation>La hoja de cálculo no tiene ninguna hoja llamada &quot;{sheet}&quot;.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="287"/>
        <source>Its sheets are: {sheets}.</source>
        <translation>Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="349"/>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas para importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/reading.py" line="350"/>
        <source>Check that you chose the right file (or sheet).</source>
        <translation>Compruebe que eligió el archivo (o la hoja) correcto.</translation>
    </message>
    <message>
        <location filename="../../models/importing/undo.py" line="69"/>
        <source>That import is not in the history.</source>
        <translation>Esa importación no está en el historial.</translation>
    </message>
    <message>
        <location filename="../../models/importing/undo.py" line="71"/>
        <source>That import was already undone.</source>
        <translation>Esa importación ya se deshizo.</translation>
    </message>
    <message>
        <location filename="../../models/core/instance_lock.py" line="70"/>
        <source>This database is open in the Committee Desk app.</source>
        <translation>Esta base de datos está abierta en la aplicación Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/instance_lock.py" line="71"/>
        <source>Only one program may change it at a time. Use the open window, or lock or close it there and try again. Nothing was changed.</source>
        <translation>Solo un programa a la vez puede modificarla. Use la ventana abierta, o bloquéela o ciérrela allí e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/instance_lock.py" line="81"/>
        <source>Another Committee Desk command is changing this database right now.</source>
        <translation>Otro comando de Committee Desk está modificando esta base de datos en este momento.</translation>
    </message>
    <message>
        <location filename="../../models/core/instance_lock.py" line="82"/>
        <source>Wait until it has finished, then try again. Nothing was changed.</source>
        <translation>Espere a que termine e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="257"/>
        <source>A leaflet needs a title.</source>
        <translation>Un volante necesita un título.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="259"/>
        <source>The title is too long (200 characters at most).</source>
        <translation>El título es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="261"/>
        <source>Unknown leaflet layout.</source>
        <translation>Diseño de volante desconocido.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="263"/>
        <source>Unknown paper size.</source>
        <translation>Tamaño de papel desconocido.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="266"/>
        <source>Choose one to {most} different languages.</source>
        <translation>Elija de uno a {most} idiomas distintos.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="270"/>
        <source>This layout prints exactly two languages.</source>
        <translation>Este diseño imprime exactamente dos idiomas.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="272"/>
        <source>Choose two languages, or a layout for one language.</source>
        <translation>Elija dos idiomas, o un diseño para un solo idioma.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="275"/>
        <source>The text size must be between 40% and 100%.</source>
        <translation>El tamaño del texto debe estar entre 40% y 100%.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="292"/>
        <location filename="../../models/leaflets/templates.py" line="335"/>
        <location filename="../../models/leaflets/templates.py" line="368"/>
        <source>That leaflet no longer exists.</source>
        <translation>Ese volante ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="306"/>
        <source>No leaflet with that title or id.</source>
        <translation>No hay ningún volante con ese título o id.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="307"/>
        <source>List them with: committee-desk list leaflets --db PATH</source>
        <translation>Véalos con: committee-desk list leaflets --db PATH</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="321"/>
        <source>Someone else changed this leaflet while you were editing.</source>
        <translation>Otra persona cambió este volante mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="345"/>
        <source>Another leaflet already has that title.</source>
        <translation>Otro volante ya tiene ese título.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="346"/>
        <source>Choose a different title.</source>
        <translation>Elija otro título.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="419"/>
        <source>No leaflet template is called {name}.</source>
        <translation>No hay ninguna plantilla de volante llamada {name}.</translation>
    </message>
    <message>
        <location filename="../../models/leaflets/templates.py" line="420"/>
        <source>See the list with: committee-desk list templates</source>
        <translation>Vea la lista con: committee-desk list templates</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="191"/>
        <location filename="../../models/mobilization/operations.py" line="218"/>
        <location filename="../../models/mobilization/operations.py" line="1254"/>
        <source>That event no longer exists.</source>
        <translation>Ese evento ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="199"/>
        <source>Someone else changed this event while you were editing.</source>
        <translation>Otra persona cambió este evento mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="204"/>
        <source>Give the event a name.</source>
        <translation>Ponga un nombre al evento.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="206"/>
        <source>Choose what kind of event this is.</source>
        <translation>Elija qué tipo de evento es.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="208"/>
        <source>The turnout target cannot be negative.</source>
        <translation>La meta de asistencia no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="237"/>
        <source>Another event already has that name.</source>
        <translation>Otro evento ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="424"/>
        <source>Filtering by training needs the trainings feature.</source>
        <translation>Para filtrar por capacitación se necesita la función de capacitaciones.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="425"/>
        <source>Remove the training filter and try again.</source>
        <translation>Quite el filtro de capacitación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="475"/>
        <source>This event already has a call list with that name.</source>
        <translation>Este evento ya tiene una lista de llamadas con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="488"/>
        <source>That call list no longer exists.</source>
        <translation>Esa lista de llamadas ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="673"/>
        <source>Choose how to split the list.</source>
        <translation>Elija cómo repartir la lista.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="676"/>
        <source>Choose at least one caller.</source>
        <translation>Elija al menos un(a) llamador(a).</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="912"/>
        <location filename="../../models/mobilization/operations.py" line="965"/>
        <source>There is no row with that ID on this event&apos;s lists.</source>
        <translation>No hay ninguna fila con ese ID en las listas de este evento.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="952"/>
        <source>Choose an outcome for the call.</source>
        <translation>Elija un resultado para la llamada.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="955"/>
        <source>Say when to call back.</source>
        <translation>Indique cuándo volver a llamar.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1007"/>
        <source>Unknown outcome key {key}: use Y, M, N, L, A, W, B or D.</source>
        <translation>Letra de resultado desconocida: {key}. Use Y, M, N, L, A, W, B o D.</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1011"/>
        <source>Row {row} is not on this event&apos;s call sheets.</source>
        <translation>La fila {row} no está en las hojas de llamadas de este evento.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="282"/>
        <source>Clause {n} must be a Whereas or a Resolved clause.</source>
        <translation>La cláusula {n} debe ser de tipo “Considerando que” o “Se resuelve”.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="286"/>
        <source>Clause {n} is empty: write it or remove it.</source>
        <translation>La cláusula {n} está vacía: escríbala o quítela.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="299"/>
        <source>Give the resolution a title.</source>
        <translation>Ponga un título a la resolución.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="301"/>
        <location filename="../../models/resolutions/drafts.py" line="387"/>
        <source>Choose a status for the resolution.</source>
        <translation>Elija un estado para la resolución.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="303"/>
        <source>Choose English or Spanish as the original language.</source>
        <translation>Elija inglés o español como idioma original.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="318"/>
        <source>The resolution it is based on no longer exists.</source>
        <translation>La resolución en la que se basa ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="324"/>
        <source>A resolution cannot be based on itself or on a copy of itself.</source>
        <translation>Una resolución no puede basarse en sí misma ni en una copia de sí misma.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="341"/>
        <location filename="../../models/resolutions/drafts.py" line="391"/>
        <location filename="../../models/resolutions/drafts.py" line="407"/>
        <location filename="../../models/resolutions/drafts.py" line="603"/>
        <source>That resolution no longer exists.</source>
        <translation>Esa resolución ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="367"/>
        <source>Someone else changed this resolution while you were editing.</source>
        <translation>Otra persona cambió esta resolución mientras usted la editaba.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="467"/>
        <source>Several resolutions have that title.</source>
        <translation>Varias resoluciones tienen ese título.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="468"/>
        <source>Use the id instead (see: committee-desk list resolutions).</source>
        <translation>Use el id en su lugar (vea: committee-desk list resolutions).</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="469"/>
        <source>No resolution with that id or title.</source>
        <translation>No hay ninguna resolución con ese id o título.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="470"/>
        <source>List them with: committee-desk list resolutions --db PATH</source>
        <translation>Véalas con: committee-desk list resolutions --db PATH</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="512"/>
        <source>That version no longer exists.</source>
        <translation>Esa versión ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="585"/>
        <source>Say which body voted.</source>
        <translation>Indique qué órgano votó.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="587"/>
        <source>Give the date of the vote.</source>
        <translation>Indique la fecha de la votación.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="589"/>
        <source>Choose the outcome of the vote.</source>
        <translation>Elija el resultado de la votación.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="592"/>
        <source>Vote counts cannot be negative.</source>
        <translation>Los conteos de votos no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="595"/>
        <source>A vote by acclamation has no tally: clear the counts or untick acclamation.</source>
        <translation>Una votación por aclamación no tiene recuento: borre los conteos o desmarque “por aclamación”.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="610"/>
        <source>That vote no longer exists.</source>
        <translation>Esa votación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/resolutions/drafts.py" line="669"/>
        <source>No resolution template with that name.</source>
        <translation>No hay ninguna plantilla de resolución con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="245"/>
        <source>Give the topic a name.</source>
        <translation>Ponga un nombre al tema.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="249"/>
        <source>Lengths and refresh periods are positive numbers.</source>
        <translation>Las duraciones y los periodos de repaso deben ser números positivos.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="260"/>
        <location filename="../../models/trainings/sessions.py" line="277"/>
        <location filename="../../models/trainings/sessions.py" line="392"/>
        <source>That training topic no longer exists.</source>
        <translation>Ese tema de capacitación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="269"/>
        <source>Another training topic already has that name.</source>
        <translation>Otro tema de capacitación ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="286"/>
        <source>This topic has sessions, so it cannot be deleted.</source>
        <translation>Este tema tiene sesiones, así que no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="287"/>
        <source>Delete its sessions first, or keep the topic.</source>
        <translation>Elimine primero sus sesiones, o conserve el tema.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="378"/>
        <source>Someone else changed this training session while you were editing.</source>
        <translation>Otra persona cambió esta sesión de capacitación mientras usted la editaba.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="383"/>
        <source>Choose the training topic.</source>
        <translation>Elija el tema de la capacitación.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="385"/>
        <source>Enter the date and time.</source>
        <translation>Escriba la fecha y la hora.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="388"/>
        <source>The capacity is a positive number (or empty for no limit).</source>
        <translation>El cupo debe ser un número positivo (o quedar vacío si no hay límite).</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="396"/>
        <location filename="../../models/trainings/sessions.py" line="444"/>
        <location filename="../../models/trainings/sessions.py" line="565"/>
        <source>That training session no longer exists.</source>
        <translation>Esa sesión de capacitación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="575"/>
        <location filename="../../models/trainings/sessions.py" line="660"/>
        <source>Unknown attendance status.</source>
        <translation>Estado de asistencia desconocido.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="670"/>
        <source>The evaluation is a number from 1 to 5.</source>
        <translation>La evaluación es un número del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="675"/>
        <source>That registration no longer exists.</source>
        <translation>Esa inscripción ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="739"/>
        <source>Say what the follow-up is.</source>
        <translation>Escriba en qué consiste el seguimiento.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="752"/>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="956"/>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <location filename="../../models/trainings/sessions.py" line="957"/>
        <source>(no shift)</source>
        <translation>(sin turno)</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="69"/>
        <location filename="../../models/organization/structure.py" line="137"/>
        <location filename="../../models/organization/wallchart.py" line="187"/>
        <source>That workplace no longer exists.</source>
        <translation>Ese lugar de trabajo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="118"/>
        <source>Someone else changed this workplace while you were editing.</source>
        <translation>Otra persona cambió este lugar de trabajo mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="126"/>
        <source>Give the workplace a name.</source>
        <translation>Ponga un nombre al lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="128"/>
        <source>The bargaining-unit size cannot be negative.</source>
        <translation>El tamaño de la unidad de negociación no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="159"/>
        <source>Another workplace already has that name.</source>
        <translation>Otro lugar de trabajo ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="236"/>
        <source>Someone else changed this committee while you were editing.</source>
        <translation>Otra persona cambió este comité mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="242"/>
        <source>Give the committee a name.</source>
        <translation>Ponga un nombre al comité.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="244"/>
        <source>Choose what kind of committee this is.</source>
        <translation>Elija qué tipo de comité es.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="248"/>
        <source>Choose a role for every member.</source>
        <translation>Elija un rol para cada miembro.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="250"/>
        <source>A member is listed twice with the same role.</source>
        <translation>Un miembro aparece dos veces con el mismo rol.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="253"/>
        <source>A member cannot have left before joining.</source>
        <translation>Un miembro no puede haber salido antes de ingresar.</translation>
    </message>
    <message>
        <location filename="../../models/organization/structure.py" line="280"/>
        <source>Another committee already has that name.</source>
        <translation>Otro comité ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="243"/>
        <source>Several workplaces match that name.</source>
        <translation>Varios lugares de trabajo coinciden con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="244"/>
        <source>Use the id instead (see: committee-desk list workplaces).</source>
        <translation>Use el id en su lugar (vea: committee-desk list workplaces).</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="245"/>
        <source>No workplace with that id or name.</source>
        <translation>No hay ningún lugar de trabajo con ese id o nombre.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="246"/>
        <source>List them with: committee-desk list workplaces --db PATH</source>
        <translation>Véalos con: committee-desk list workplaces --db PATH</translation>
    </message>
    <message>
        <location filename="../../reports/core/atomic.py" line="44"/>
        <source>The disk is full, so the file was not written.</source>
        <translation>El disco está lleno, así que no se escribió el archivo.</translation>
    </message>
    <message>
        <location filename="../../reports/core/atomic.py" line="45"/>
        <source>Free some space and try again. Any earlier file of that name is unchanged.</source>
        <translation>Libere espacio e inténtelo de nuevo. Si ya había un archivo con ese nombre, no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../reports/core/atomic.py" line="49"/>
        <source>Committee Desk may not write to that folder.</source>
        <translation>Committee Desk no tiene permiso para escribir en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../reports/core/atomic.py" line="50"/>
        <source>Choose another folder and try again.</source>
        <translation>Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../reports/mobilization/call_sheets.py" line="137"/>
        <source>There is nobody left to call for this event.</source>
        <translation>No queda nadie a quien llamar para este evento.</translation>
    </message>
    <message>
        <location filename="../../reports/mobilization/call_sheets.py" line="138"/>
        <source>Build a call list first, or include people already called.</source>
        <translation>Primero cree una lista de llamadas, o incluya a las personas a las que ya se llamó.</translation>
    </message>
    <message>
        <location filename="../../cli/leaflets.py" line="46"/>
        <source>Give either --db PATH --leaflet TITLE, or --template NAME.</source>
        <translation>Indique --db PATH --leaflet TITLE, o bien --template NAME.</translation>
    </message>
    <message>
        <location filename="../../cli/leaflets.py" line="47"/>
        <source>See the templates with: committee-desk list templates</source>
        <translation>Vea las plantillas con: committee-desk list templates</translation>
    </message>
    <message>
        <location filename="../../cli/leaflets.py" line="53"/>
        <source>Which leaflet? Add --leaflet TITLE (or its id).</source>
        <translation>¿Qué volante? Agregue --leaflet TITLE (o su id).</translation>
    </message>
    <message>
        <location filename="../../cli/trainings.py" line="50"/>
        <source>No training session with that id.</source>
        <translation>No hay ninguna sesión de capacitación con ese id.</translation>
    </message>
    <message>
        <location filename="../../cli/trainings.py" line="51"/>
        <source>List them with: committee-desk list sessions --db PATH</source>
        <translation>Véalas con: committee-desk list sessions --db PATH</translation>
    </message>
    <message>
        <location filename="../../reports/leaflets/pdf.py" line="289"/>
        <source>The text does not fit on the leaflet ({percent}% too long).</source>
        <translation>El texto no cabe en el volante (sobra un {percent}%).</translation>
    </message>
    <message>
        <location filename="../../reports/leaflets/pdf.py" line="290"/>
        <source>Shorten it, or shrink the text to {fit}% to fit.</source>
        <translation>Acórtelo, o reduzca el texto al {fit}% para que quepa.</translation>
    </message>
    <message>
        <location filename="../../reports/leaflets/pdf.py" line="291"/>
        <source>Shorten it: it does not fit even at the smallest text size.</source>
        <translation>Acórtelo: no cabe ni con el tamaño de texto más pequeño.</translation>
    </message>
    <message>
        <location filename="../../reports/mobilization/phone_tree.py" line="69"/>
        <source>This committee has nobody with a phone number to call.</source>
        <translation>Este comité no tiene a nadie con número de teléfono a quien llamar.</translation>
    </message>
    <message>
        <location filename="../../reports/mobilization/phone_tree.py" line="70"/>
        <source>Add members with phone numbers first.</source>
        <translation>Primero agregue miembros con número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/export.py" line="269"/>
        <source>Export to a file ending in .csv or .xlsx.</source>
        <translation>Exporte a un archivo que termine en .csv o .xlsx.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/export.py" line="270"/>
        <source>Choose a file name with one of those endings.</source>
        <translation>Elija un nombre de archivo con una de esas terminaciones.</translation>
    </message>
    <message>
        <location filename="../../reports/mobilization/pdf.py" line="88"/>
        <location filename="../../reports/mobilization/workbook.py" line="179"/>
        <source>Choose at least one event.</source>
        <translation>Elija al menos un evento.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="98"/>
        <source>This encrypted file is not a Committee Desk database.</source>
        <translation>Este archivo cifrado no es una base de datos de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="99"/>
        <source>Choose another file. The file was left as it is.</source>
        <translation>Elija otro archivo. El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="105"/>
        <source>This copy of Committee Desk cannot encrypt: its SQLCipher library is missing.</source>
        <translation>Esta copia de Committee Desk no puede cifrar: le falta su biblioteca SQLCipher.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="106"/>
        <source>Reinstall Committee Desk. Nothing was opened or written.</source>
        <translation>Vuelva a instalar Committee Desk. No se abrió ni se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="176"/>
        <location filename="../../models/core/db.py" line="817"/>
        <location filename="../../ui/widgets/messages.py" line="29"/>
        <source>The disk is full, so nothing was saved.</source>
        <translation>El disco está lleno, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="177"/>
        <source>Free some space (or choose another folder) and try again. Your data is unchanged.</source>
        <translation>Libere espacio (o elija otra carpeta) e inténtelo de nuevo. Sus datos no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="181"/>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>No se puede escribir en el archivo de la base de datos (es de solo lectura).</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="182"/>
        <source>Check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Revise los permisos del archivo o cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="186"/>
        <location filename="../../models/core/db.py" line="808"/>
        <source>The database is busy in another program or window.</source>
        <translation>La base de datos está ocupada en otro programa o ventana.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="187"/>
        <source>Close the other copy of Committee Desk, then try again.</source>
        <translation>Cierre la otra copia de Committee Desk e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="191"/>
        <source>The database file is damaged.</source>
        <translation>El archivo de la base de datos está dañado.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="192"/>
        <source>Restore it from a backup. The damaged file has not been changed.</source>
        <translation>Restáurelo desde una copia de seguridad. El archivo dañado no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="199"/>
        <source>Could not unlock the database: the passphrase is wrong, or the file is damaged or is not a Committee Desk database.</source>
        <translation>No se pudo desbloquear la base de datos: la frase de contraseña es incorrecta, o el archivo está dañado o no es una base de datos de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="201"/>
        <source>Check the passphrase (it is case-sensitive) and try again. The file has not been changed.</source>
        <translation>Revise la frase de contraseña (distingue mayúsculas y minúsculas) e inténtelo de nuevo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="212"/>
        <source>The disk holding the database is full, so it cannot be opened.</source>
        <translation>El disco donde está la base de datos está lleno, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="213"/>
        <source>Free some space on that disk and try again. Nothing was changed.</source>
        <translation>Libere espacio en ese disco e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="219"/>
        <source>The database is on a read-only disk or in a read-only folder, so it cannot be opened.</source>
        <translation>La base de datos está en un disco o una carpeta de solo lectura, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="220"/>
        <source>Copy it to a folder you can write to, then open the copy. Nothing was changed.</source>
        <translation>Cópiela a una carpeta donde pueda escribir y abra la copia. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="226"/>
        <source>The database file is read-only (its permissions forbid changes), so it cannot be opened.</source>
        <translation>El archivo de la base de datos es de solo lectura (sus permisos no permiten cambios), así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="227"/>
        <source>Allow changes to the file, or copy it to a folder you can write to. Nothing was changed.</source>
        <translation>Permita cambios en el archivo o cópielo a una carpeta donde pueda escribir. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="233"/>
        <source>You do not have permission to use the database file or its folder (SQLite writes beside the file even to read it).</source>
        <translation>No tiene permiso para usar el archivo de la base de datos o su carpeta (SQLite escribe junto al archivo incluso para leerlo).</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="234"/>
        <source>Check the file&apos;s and the folder&apos;s permissions (or ask whoever set them up). Nothing was changed.</source>
        <translation>Revise los permisos del archivo y de la carpeta (o pregunte a quien los configuró). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="240"/>
        <source>The database file could not be read or written (the system reported {reason}).</source>
        <translation>No se pudo leer ni escribir el archivo de la base de datos (el sistema informó {reason}).</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="241"/>
        <source>Check the disk and try again. Nothing was changed.</source>
        <translation>Revise el disco e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="310"/>
        <source>The database file was not found.</source>
        <translation>No se encontró el archivo de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="310"/>
        <source>Check the folder, or create a new database.</source>
        <translation>Revise la carpeta, o cree una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="313"/>
        <source>That is a folder, not a database file.</source>
        <translation>Eso es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="313"/>
        <source>Choose the database file.</source>
        <translation>Elija el archivo de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="317"/>
        <source>The file is empty (0 bytes): it is not a Committee Desk database, or it was damaged.</source>
        <translation>El archivo está vacío (0 bytes): no es una base de datos de Committee Desk, o se dañó.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="318"/>
        <source>Choose another file, or restore from a backup. The empty file was left as it is.</source>
        <translation>Elija otro archivo, o restaure desde una copia de seguridad. El archivo vacío se dejó tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="327"/>
        <source>This is an unencrypted SQLite file, not a Committee Desk database.</source>
        <translation>Este es un archivo SQLite sin cifrar, no una base de datos de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="328"/>
        <source>Committee Desk only opens encrypted databases. The file was left as it is.</source>
        <translation>Committee Desk solo abre bases de datos cifradas. El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="332"/>
        <source>The file is damaged or is not a Committee Desk database.</source>
        <translation>El archivo está dañado o no es una base de datos de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="333"/>
        <source>Choose another file, or restore from a backup. The file was left as it is.</source>
        <translation>Elija otro archivo, o restaure desde una copia de seguridad. El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="422"/>
        <source>The database file was replaced (a backup was restored) while this was running.</source>
        <translation>El archivo de la base de datos fue reemplazado (se restauró una copia de seguridad) mientras esto se ejecutaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="423"/>
        <source>Nothing was written. Open the database again and repeat what you were doing.</source>
        <translation>No se escribió nada. Vuelva a abrir la base de datos y repita lo que estaba haciendo.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="497"/>
        <source>A file with that name already exists.</source>
        <translation>Ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="498"/>
        <source>Choose another name, or open the existing database instead.</source>
        <translation>Elija otro nombre, o mejor abra la base de datos existente.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="501"/>
        <source>Choose an existing folder.</source>
        <translation>Elija una carpeta existente.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="534"/>
        <source>The disk is full, so the database was not created.</source>
        <translation>El disco está lleno, así que no se creó la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="534"/>
        <location filename="../../models/core/db.py" line="817"/>
        <location filename="../../ui/widgets/messages.py" line="30"/>
        <source>Free some space and try again.</source>
        <translation>Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="786"/>
        <source>The current passphrase is not correct.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="786"/>
        <location filename="../../models/core/server_roles.py" line="487"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="809"/>
        <source>Close the other copy of Committee Desk, then try again. Nothing was changed.</source>
        <translation>Cierre la otra copia de Committee Desk e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="821"/>
        <source>The passphrase could not be changed.</source>
        <translation>No se pudo cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="879"/>
        <source>The copy failed its integrity check.</source>
        <translation>La copia no pasó la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="879"/>
        <location filename="../../models/core/db.py" line="882"/>
        <source>Nothing was replaced.</source>
        <translation>No se reemplazó nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="882"/>
        <source>The copy could not be read back with the passphrase.</source>
        <translation>No se pudo volver a leer la copia con la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="913"/>
        <location filename="../../models/core/db.py" line="922"/>
        <source>The database file is damaged. It was not changed.</source>
        <translation>El archivo de la base de datos está dañado. No se modificó.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="564"/>
        <location filename="../../models/core/db.py" line="923"/>
        <location filename="../../models/core/db.py" line="937"/>
        <source>A good backup from {when} is available: restore it (the damaged file is kept aside).</source>
        <translation>Hay una copia de seguridad en buen estado del {when}: restáurela (el archivo dañado se guarda aparte).</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="914"/>
        <source>Restore it from a backup, or keep the file and ask for help.</source>
        <translation>Restáurelo desde una copia de seguridad, o conserve el archivo y pida ayuda.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="936"/>
        <source>The database file is damaged (the passphrase opens your backup but not the file). It was not changed.</source>
        <translation>El archivo de la base de datos está dañado (la frase de contraseña abre su copia de seguridad, pero no el archivo). No se modificó.</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="946"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>La frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="127"/>
        <source>Enter a first or last name.</source>
        <translation>Escriba un nombre o un apellido.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="132"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>El correo electrónico no parece correcto (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="134"/>
        <source>Choose a membership status.</source>
        <translation>Elija un estado de afiliación.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="136"/>
        <source>The assessment is a number from 1 to 5.</source>
        <translation>La evaluación es un número del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="138"/>
        <source>Choose how the name is written.</source>
        <translation>Elija cómo se escribe el nombre.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="174"/>
        <source>The department does not belong to that workplace.</source>
        <translation>El departamento no pertenece a ese lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="178"/>
        <source>The shift does not belong to that workplace.</source>
        <translation>El turno no pertenece a ese lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="266"/>
        <source>Someone else changed this person while you were editing.</source>
        <translation>Otra persona cambió a esta persona mientras usted la editaba.</translation>
    </message>
    <message>
        <location filename="../../models/roster/people.py" line="279"/>
        <location filename="../../models/roster/people.py" line="402"/>
        <source>That person is no longer in the roster.</source>
        <translation>Esa persona ya no está en el listado.</translation>
    </message>
    <message>
        <location filename="../../models/core/migrate.py" line="88"/>
        <source>This database was saved by a newer version of Committee Desk.</source>
        <translation>Esta base de datos se guardó con una versión más nueva de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/migrate.py" line="89"/>
        <source>Install the newest version of Committee Desk to open it. The file was not changed.</source>
        <translation>Instale la versión más reciente de Committee Desk para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/messages.py" line="32"/>
        <source>Committee Desk may not write there.</source>
        <translation>Committee Desk no tiene permiso para escribir ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/messages.py" line="33"/>
        <source>Choose another folder.</source>
        <translation>Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="414"/>
        <source>A column correction must be written HEADER=FIELD, not &quot;{spec}&quot;.</source>
        <translation>Una corrección de columna se escribe ENCABEZADO=CAMPO, no &quot;{spec}&quot;.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="415"/>
        <source>For example: --map &quot;Cell=phone&quot;, or --map &quot;Cell=&quot; to leave the column out.</source>
        <translation>Por ejemplo: --map &quot;Celular=phone&quot;, o --map &quot;Celular=&quot; para dejar fuera la columna.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="420"/>
        <source>No field is called &quot;{name}&quot;.</source>
        <translation>Ningún campo se llama &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="421"/>
        <source>The fields are: {fields}.</source>
        <translation>Los campos son: {fields}.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="427"/>
        <source>The file has no column &quot;{header}&quot;.</source>
        <translation>El archivo no tiene la columna &quot;{header}&quot;.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="428"/>
        <source>Its columns are: {headers}.</source>
        <translation>Sus columnas son: {headers}.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="48"/>
        <source>Import a CSV or Excel (.xlsx) file with one person per row, or a vCard (.vcf) file of contacts.</source>
        <translation>Importe un archivo CSV o Excel (.xlsx) con una persona por fila, o un archivo vCard (.vcf) de contactos.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="50"/>
        <source>Open it in your spreadsheet program and save it as .xlsx or CSV, then import that file.</source>
        <translation>Ábralo en su programa de hojas de cálculo y guárdelo como .xlsx o CSV; luego importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="54"/>
        <source>This is an old Excel workbook (.xls), which cannot be imported.</source>
        <translation>Este es un libro de Excel antiguo (.xls), que no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="56"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported.</source>
        <translation>Este es un libro binario de Excel (.xlsb), que no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="58"/>
        <source>This file is a web page (HTML), not a spreadsheet or CSV file.</source>
        <translation>Este archivo es una página web (HTML), no una hoja de cálculo ni un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="59"/>
        <source>If it was downloaded as an Excel file, open it in your spreadsheet program and save it as .xlsx or CSV, then import that file.</source>
        <translation>Si se descargó como archivo de Excel, ábralo en su programa de hojas de cálculo y guárdelo como .xlsx o CSV; luego importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="61"/>
        <source>This is an OpenDocument spreadsheet (.ods), which cannot be imported.</source>
        <translation>Esta es una hoja de cálculo OpenDocument (.ods), que no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="63"/>
        <source>This is an Apple Numbers spreadsheet, which cannot be imported.</source>
        <translation>Esta es una hoja de cálculo de Apple Numbers, que no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="64"/>
        <source>In Numbers, choose File &gt; Export To &gt; Excel or CSV, then import that file.</source>
        <translation>En Numbers, elija Archivo &gt; Exportar a &gt; Excel o CSV; luego importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="66"/>
        <source>This file is a Word document (.doc), not a table of people.</source>
        <translation>Este archivo es un documento de Word (.doc), no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="68"/>
        <source>This file is a PDF document, not a table of people.</source>
        <translation>Este archivo es un documento PDF, no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="69"/>
        <source>A PDF cannot be imported. Ask for the list as a spreadsheet (.xlsx or CSV), or a vCard (.vcf) file of contacts.</source>
        <translation>Un PDF no se puede importar. Pida la lista como hoja de cálculo (.xlsx o CSV) o como archivo vCard (.vcf) de contactos.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="71"/>
        <source>This file is a Word document, not a table of people.</source>
        <translation>Este archivo es un documento de Word, no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="72"/>
        <source>This file is an OpenDocument text document, not a table of people.</source>
        <translation>Este archivo es un documento de texto OpenDocument, no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="74"/>
        <source>This file is a presentation, not a table of people.</source>
        <translation>Este archivo es una presentación, no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="76"/>
        <source>This file is a Rich Text (RTF) document, not a table of people.</source>
        <translation>Este archivo es un documento de texto enriquecido (RTF), no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="78"/>
        <source>This file is an image ({format}), not a table of people.</source>
        <translation>Este archivo es una imagen ({format}), no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="80"/>
        <source>This file is a compressed archive ({format}), not a table of people.</source>
        <translation>Este archivo es un archivo comprimido ({format}), no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="81"/>
        <source>Unpack it first, then import the CSV, Excel or vCard file inside.</source>
        <translation>Descomprímalo primero y luego importe el archivo CSV, Excel o vCard que contiene.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="82"/>
        <source>This file is a program, not a table of people. It was not opened.</source>
        <translation>Este archivo es un programa, no una tabla de personas. No se abrió.</translation>
    </message>
    <message>
        <location filename="../../models/importing/file_kind.py" line="84"/>
        <source>This file is a database, not a table of people.</source>
        <translation>Este archivo es una base de datos, no una tabla de personas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/vcard.py" line="60"/>
        <source>The vCard file has no complete contact in it (BEGIN:VCARD … END:VCARD).</source>
        <translation>El archivo vCard no tiene ningún contacto completo (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <location filename="../../models/importing/vcard.py" line="61"/>
        <source>Export the contacts again from your phone or address book.</source>
        <translation>Vuelva a exportar los contactos desde su teléfono o libreta de direcciones.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="291"/>
        <source>Export this format to a file ending in {suffix}.</source>
        <translation>Exporte este formato a un archivo que termine en {suffix}.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="292"/>
        <source>Choose a file name with that ending.</source>
        <translation>Elija un nombre de archivo con esa terminación.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/mailing_labels.py" line="162"/>
        <source>Unknown label layout.</source>
        <translation>Formato de etiquetas desconocido.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/mailing_labels.py" line="163"/>
        <source>Choose Avery 5160 (US Letter) or L7160 (A4).</source>
        <translation>Elija Avery 5160 (carta de EE. UU.) o L7160 (A4).</translation>
    </message>
    <message>
        <location filename="../../reports/roster/mailing_labels.py" line="166"/>
        <source>Nobody chosen has a postal address.</source>
        <translation>Ninguna de las personas elegidas tiene dirección postal.</translation>
    </message>
    <message>
        <location filename="../../reports/roster/mailing_labels.py" line="167"/>
        <source>Add street and city to people, or choose other people.</source>
        <translation>Agregue calle y ciudad a las personas, o elija a otras personas.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="63"/>
        <source>That is not a committee server address.</source>
        <translation>Esa no es la dirección de un servidor del comité.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="64"/>
        <source>Write it as postgresql://user@host:port/database.</source>
        <translation>Escríbala así: postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="79"/>
        <source>The server address must not contain the password.</source>
        <translation>La dirección del servidor no debe contener la contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="80"/>
        <source>Remove it from the address: Committee Desk asks for it, or reads COMMITTEE_DESK_PASSWORD (an address is seen by everyone who can list the computer&apos;s programs).</source>
        <translation>Quítela de la dirección: Committee Desk la pide, o la lee de COMMITTEE_DESK_PASSWORD (una dirección la ve cualquiera que pueda listar los programas del equipo).</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="91"/>
        <source>The server {host} is on another machine, so the connection must be encrypted and its certificate checked (sslmode=verify-full). Nothing was sent.</source>
        <translation>El servidor {host} está en otra máquina, así que la conexión debe ir cifrada y con su certificado comprobado (sslmode=verify-full). No se envió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="93"/>
        <source>Remove sslmode from the address, and ask the server&apos;s admin for its certificate (saved as ~/.postgresql/root.crt).</source>
        <translation>Quite sslmode de la dirección y pida el certificado a quien administra el servidor (guárdelo como ~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="114"/>
        <source>The server did not accept that user name and password.</source>
        <translation>El servidor no aceptó ese nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="115"/>
        <source>Check both (the password is case-sensitive), or ask the server&apos;s admin.</source>
        <translation>Revise ambos (la contraseña distingue mayúsculas y minúsculas), o pregunte a quien administra el servidor.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="119"/>
        <source>Your role on the committee server does not allow this.</source>
        <translation>Su función en el servidor del comité no permite esto.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="120"/>
        <source>Nothing was changed. Ask the server&apos;s admin if you need it.</source>
        <translation>No se cambió nada. Pídalo a quien administra el servidor si lo necesita.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="124"/>
        <source>That database does not exist on the server.</source>
        <translation>Esa base de datos no existe en el servidor.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="125"/>
        <source>Check the database name in the address.</source>
        <translation>Revise el nombre de la base de datos en la dirección.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="129"/>
        <source>The server&apos;s identity could not be checked (its TLS certificate). Nothing was sent.</source>
        <translation>No se pudo comprobar la identidad del servidor (su certificado TLS). No se envió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="130"/>
        <source>Ask the server&apos;s admin for its certificate (saved as ~/.postgresql/root.crt).</source>
        <translation>Pida el certificado a quien administra el servidor (guárdelo como ~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="134"/>
        <source>The committee server could not be reached.</source>
        <translation>No se pudo llegar al servidor del comité.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="135"/>
        <source>Check the network and the address, then try again. Nothing was changed.</source>
        <translation>Revise la red y la dirección, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="139"/>
        <source>Someone else was saving the same data at the same moment.</source>
        <translation>Otra persona estaba guardando los mismos datos en ese mismo momento.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="140"/>
        <source>Nothing was changed. Try again.</source>
        <translation>No se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="144"/>
        <source>The committee server&apos;s disk is full, so nothing was saved.</source>
        <translation>El disco del servidor del comité está lleno, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="145"/>
        <source>Tell the server&apos;s admin. Your data is unchanged.</source>
        <translation>Avise a quien administra el servidor. Sus datos no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="152"/>
        <source>This server database has not been set up for Committee Desk.</source>
        <translation>Esta base de datos del servidor no está preparada para Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="153"/>
        <location filename="../../models/core/server_roles.py" line="500"/>
        <source>The server&apos;s owner sets it up with: committee-desk server init --db ADDRESS</source>
        <translation>Quien es dueño del servidor la prepara con: committee-desk server init --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="211"/>
        <source>The connection to the committee server is closed.</source>
        <translation>La conexión con el servidor del comité está cerrada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="212"/>
        <source>Connect again with your password.</source>
        <translation>Vuelva a conectarse con su contraseña.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="231"/>
        <source>Committee Desk does not connect as a database superuser.</source>
        <translation>Committee Desk no se conecta como superusuario de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="232"/>
        <source>Use your own login (the server&apos;s owner adds it with: committee-desk server add-user).</source>
        <translation>Use su propio usuario (quien es dueño del servidor lo crea con: committee-desk server add-user).</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="261"/>
        <source>The committee server&apos;s data is from an older version of Committee Desk.</source>
        <translation>Los datos del servidor del comité son de una versión anterior de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/server.py" line="262"/>
        <source>The server&apos;s owner upgrades it with: committee-desk server init --db ADDRESS</source>
        <translation>Quien es dueño del servidor la actualiza con: committee-desk server init --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="108"/>
        <source>Someone else changed this while you were editing.</source>
        <translation>Otra persona cambió esto mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="109"/>
        <source>Nothing was saved. Close the form and open it again to see their changes, then make yours again.</source>
        <translation>No se guardó nada. Cierre el formulario y ábralo de nuevo para ver sus cambios; luego vuelva a hacer los suyos.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="420"/>
        <source>The server is set up by the database&apos;s owner.</source>
        <translation>El servidor lo prepara el propietario de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="421"/>
        <source>Use the owner&apos;s login in the address (the one the database was created for).</source>
        <translation>Ponga en la dirección el usuario propietario (aquel para quien se creó la base de datos).</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="461"/>
        <source>A login name is lowercase letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>Un nombre de usuario lleva letras minúsculas, cifras y _ (como mucho 63, sin empezar por una cifra).</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="462"/>
        <source>For example: rosa_m. Nothing was changed.</source>
        <translation>Por ejemplo: rosa_m. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="466"/>
        <source>That login name is reserved.</source>
        <translation>Ese nombre de usuario está reservado.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="467"/>
        <source>Choose another one. Nothing was changed.</source>
        <translation>Elija otro. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="483"/>
        <source>The role must be admin, organizer, trainer or caller.</source>
        <translation>El rol debe ser admin, organizer, trainer o caller.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="486"/>
        <source>The password must be at least {n} characters long.</source>
        <translation>La contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="495"/>
        <source>A login with that name already exists on this server.</source>
        <translation>Ya existe un usuario con ese nombre en este servidor.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="496"/>
        <source>Logins are shared by every database on the server: choose another name.</source>
        <translation>Los usuarios son comunes a todas las bases de datos del servidor: elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="499"/>
        <source>This database has not been set up for Committee Desk&apos;s roles.</source>
        <translation>Esta base de datos no está preparada para los roles de Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="502"/>
        <source>No person with that id.</source>
        <translation>No hay ninguna persona con ese número.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="503"/>
        <source>List them with: committee-desk list people --db ADDRESS</source>
        <translation>Véalas con: committee-desk list people --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="506"/>
        <source>No committee with that id.</source>
        <translation>No hay ningún comité con ese número.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="507"/>
        <source>List them with: committee-desk list committees --db ADDRESS</source>
        <translation>Véalos con: committee-desk list committees --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="537"/>
        <source>This database has no login with that name.</source>
        <translation>Esta base de datos no tiene ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../models/core/server_roles.py" line="538"/>
        <source>List them with: committee-desk server list-users --db ADDRESS</source>
        <translation>Véalos con: committee-desk server list-users --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="110"/>
        <source>The server&apos;s database already holds data, so nothing was copied.</source>
        <translation>La base de datos del servidor ya tiene datos, así que no se copió nada.</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="111"/>
        <source>copy fills only a new, empty database: ask the server&apos;s owner for one and set it up with: committee-desk server init --db ADDRESS</source>
        <translation>copy solo llena una base de datos nueva y vacía: pídale una al propietario del servidor y prepárela con: committee-desk server init --db DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="167"/>
        <source>Copying onto a committee server is done as the database&apos;s owner.</source>
        <translation>La copia hacia un servidor del comité se hace como propietario de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="168"/>
        <source>Use the owner&apos;s login in the address (the one that ran server init).</source>
        <translation>Ponga en la dirección el usuario propietario (el que ejecutó server init).</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="203"/>
        <source>Only the server&apos;s owner or an admin can copy the whole database into a file.</source>
        <translation>Solo el propietario del servidor o un admin puede copiar toda la base de datos a un archivo.</translation>
    </message>
    <message>
        <location filename="../../models/core/transfer.py" line="204"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="138"/>
        <source>Choose one of your committees&apos; workplaces: you see the people of those workplaces, so a new person without one would not be yours to see.</source>
        <translation>Elija uno de los lugares de trabajo de sus comités: usted ve a las personas de esos lugares de trabajo, así que una persona nueva sin ninguno no quedaría a su vista.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="480"/>
        <source>Evaluation and follow-up</source>
        <translation>Evaluación y seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="484"/>
        <source>not given</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="490"/>
        <source>Wants to join the committee</source>
        <translation>Quiere unirse al comité</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="492"/>
        <source>Can train others</source>
        <translation>Puede capacitar a otros</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="495"/>
        <source>Another follow-up (free text)</source>
        <translation>Otro seguimiento (texto libre)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="496"/>
        <source>— nobody yet —</source>
        <translation>— nadie todavía —</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="505"/>
        <source>No follow-ups yet.</source>
        <translation>Todavía no hay seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="513"/>
        <source>&amp;Evaluation (1–5):</source>
        <translation>&amp;Evaluación (1–5):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="514"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="515"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="520"/>
        <source>&amp;Other:</source>
        <translation>&amp;Otro:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="521"/>
        <source>&amp;Who follows up:</source>
        <translation>&amp;Quién da seguimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="522"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="83"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="83"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="100"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="116"/>
        <location filename="../../ui/mobilization/page.py" line="152"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="118"/>
        <location filename="../../ui/mobilization/page.py" line="159"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="119"/>
        <location filename="../../ui/mobilization/page.py" line="159"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="120"/>
        <location filename="../../ui/mobilization/page.py" line="160"/>
        <source>Date and time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="121"/>
        <location filename="../../ui/mobilization/page.py" line="161"/>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="122"/>
        <location filename="../../ui/mobilization/page.py" line="161"/>
        <source>Turnout target:</source>
        <translation>Meta de asistencia:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="123"/>
        <location filename="../../ui/mobilization/page.py" line="162"/>
        <source>Organizing committees:</source>
        <translation>Comités organizadores:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="124"/>
        <location filename="../../ui/mobilization/page.py" line="163"/>
        <source>Call script:</source>
        <translation>Guion de llamada:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="125"/>
        <location filename="../../ui/mobilization/page.py" line="163"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../models/mobilization/operations.py" line="73"/>
        <source>Rally</source>
        <translation>Mitin</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="74"/>
        <source>March</source>
        <translation>Marcha</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="75"/>
        <source>Picket</source>
        <translation>Piquete</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="76"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="77"/>
        <source>Rapid response</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="78"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Exclusions</name>
    <message>
        <location filename="../../models/mobilization/operations.py" line="83"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="84"/>
        <source>Not OK to call</source>
        <translation>No se puede llamar</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="85"/>
        <source>Consent to call unknown</source>
        <translation>Consentimiento para llamar desconocido</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="86"/>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../reports/roster/presets.py" line="59"/>
        <source>Spoke (texting)</source>
        <translation>Spoke (mensajes de texto)</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="60"/>
        <source>Action Network</source>
        <translation>Action Network</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="61"/>
        <source>Google Contacts</source>
        <translation>Contactos de Google</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="62"/>
        <source>vCard contacts (.vcf)</source>
        <translation>Contactos vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="65"/>
        <source>said no, or do not contact</source>
        <translation>dijeron que no, o no contactar</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="66"/>
        <source>consent not known</source>
        <translation>consentimiento desconocido</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="67"/>
        <source>no mobile number that can be read</source>
        <translation>sin un número de celular legible</translation>
    </message>
    <message>
        <location filename="../../reports/roster/presets.py" line="68"/>
        <source>no email address or phone</source>
        <translation>sin correo electrónico ni teléfono</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="82"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="83"/>
        <source>A CSV or Excel (.xlsx) file with one person per row, or a vCard (.vcf) file of contacts. Nothing is saved until the last step.</source>
        <translation>Un archivo CSV o Excel (.xlsx) con una persona por fila, o un archivo vCard (.vcf) de contactos. No se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="87"/>
        <source>File to import</source>
        <translation>Archivo a importar</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="92"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="120"/>
        <source>Spreadsheets, CSV and contacts (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Hojas de cálculo, CSV y contactos (*.csv *.tsv *.txt *.xlsx *.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="143"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="153"/>
        <source>%n contacts found in the vCard file.</source>
        <translation>
            <numerusform>Se encontró %n contacto en el archivo vCard.</numerusform>
            <numerusform>Se encontraron %n contactos en el archivo vCard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="155"/>
        <source>%n rows found; the column names are on row {header}.</source>
        <translation>
            <numerusform>Se encontró %n fila; los nombres de las columnas están en la fila {header}.</numerusform>
            <numerusform>Se encontraron %n filas; los nombres de las columnas están en la fila {header}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="591"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="606"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../models/importing/messages.py" line="31"/>
        <source>No name (first, last or full name).</source>
        <translation>Sin nombre (nombre, apellido o nombre completo).</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="32"/>
        <source>The phone in column &quot;{column}&quot; cannot be read as a phone number: kept as written, marked unreadable.</source>
        <translation>El teléfono de la columna &quot;{column}&quot; no se puede leer como número: se guarda como está escrito, marcado como ilegible.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="34"/>
        <source>The email address does not look right.</source>
        <translation>El correo electrónico no parece correcto.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="35"/>
        <source>The assessment is not a number from 1 to 5.</source>
        <translation>La evaluación no es un número del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="36"/>
        <source>Some characters could not be read (the file&apos;s encoding is mixed); they show as �.</source>
        <translation>Algunos caracteres no se pudieron leer (la codificación del archivo es mixta); aparecen como �.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="39"/>
        <source>Membership &quot;{value}&quot; is not known; imported as non-member.</source>
        <translation>Afiliación &quot;{value}&quot; desconocida; se importó como no miembro.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="40"/>
        <source>Name order &quot;{value}&quot; is not known; given name first was kept.</source>
        <translation>El orden del nombre &quot;{value}&quot; no se reconoce; se dejó el nombre de pila primero.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="41"/>
        <source>Department or shift without a workplace: kept in the notes.</source>
        <translation>Departamento o turno sin lugar de trabajo: se guardó en las notas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="42"/>
        <source>A value in column &quot;{column}&quot; was too long and was cut.</source>
        <translation>Un valor de la columna &quot;{column}&quot; era demasiado largo y se recortó.</translation>
    </message>
    <message>
        <location filename="../../models/importing/messages.py" line="43"/>
        <source>This file is not UTF-8 text; it was read as Windows text (cp1252). Check that accented letters look right.</source>
        <translation>Este archivo no es texto UTF-8; se leyó como texto de Windows (cp1252). Compruebe que las letras con acento se vean bien.</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="31"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="32"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="33"/>
        <source>Full name (first and last)</source>
        <translation>Nombre completo (nombre y apellido)</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="34"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="35"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="39"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="40"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="41"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="42"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="43"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="44"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="45"/>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="46"/>
        <source>Assessment (1-5)</source>
        <translation>Evaluación (1-5)</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="47"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="48"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="50"/>
        <source>OK to call</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="51"/>
        <source>OK to text</source>
        <translation>Se puede enviar mensajes</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="52"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="53"/>
        <source>Name order (given or family name first)</source>
        <translation>Orden del nombre (nombre de pila o apellido primero)</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="37"/>
        <source>Type of the phone beside it (Mobile, Work...)</source>
        <translation>Tipo del teléfono de al lado (móvil, trabajo...)</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="38"/>
        <source>Extension of the phone beside it</source>
        <translation>Extensión del teléfono de al lado</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="54"/>
        <source>Phone labels</source>
        <translation>Etiquetas de los teléfonos</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="24"/>
        <source>&quot;{value}&quot; in column &quot;{column}&quot; is not yes or no: consent left unknown.</source>
        <translation>&quot;{value}&quot; en la columna &quot;{column}&quot; no es sí ni no: el consentimiento queda desconocido.</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="26"/>
        <source>&quot;{value}&quot; in column &quot;{column}&quot; is not a date: kept in the notes.</source>
        <translation>&quot;{value}&quot; en la columna &quot;{column}&quot; no es una fecha: se guarda en las notas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="27"/>
        <source>The second email address does not look right: kept in the notes.</source>
        <translation>El segundo correo electrónico no parece correcto: se guarda en las notas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="32"/>
        <source>OK to email</source>
        <translation>Se puede enviar correos</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="33"/>
        <source>Do not call (yes: not OK to call)</source>
        <translation>No llamar (sí: no se puede llamar)</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="34"/>
        <source>Do not text (yes: not OK to text)</source>
        <translation>No enviar mensajes (sí: no se pueden enviar mensajes)</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="35"/>
        <source>Do not email (yes: not OK to email)</source>
        <translation>No enviar correos (sí: no se pueden enviar correos)</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="36"/>
        <source>Consent source</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="37"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="38"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="39"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="40"/>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="41"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="42"/>
        <source>Country (postal)</source>
        <translation>País (dirección postal)</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="43"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="44"/>
        <source>Email 2</source>
        <translation>Correo 2</translation>
    </message>
    <message>
        <location filename="../../models/importing/person_fields.py" line="45"/>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <location filename="../../models/importing/vcard.py" line="56"/>
        <source>Some lines of this contact could not be read; they were kept in the notes as written.</source>
        <translation>Algunas líneas de este contacto no se pudieron leer; se guardaron en las notas tal como estaban escritas.</translation>
    </message>
    <message>
        <location filename="../../models/importing/vcard.py" line="58"/>
        <source>Photos and program-specific fields (X-…) in the vCard file are not imported.</source>
        <translation>Las fotos y los campos propios de cada programa (X-…) del archivo vCard no se importan.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="268"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="269"/>
        <source>Already in the roster</source>
        <translation>Ya está en el listado</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="270"/>
        <source>Repeats an earlier row</source>
        <translation>Repite una fila anterior</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="271"/>
        <source>Possible duplicate: check it</source>
        <translation>Posible duplicado: revisarlo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="272"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="21"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="22"/>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="23"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="24"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="27"/>
        <source>external ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="28"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/importing/choices.py" line="29"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="695"/>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="696"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="698"/>
        <source>Import people from a CSV or Excel file (Ctrl+I)</source>
        <translation>Importar personas desde un archivo CSV o Excel (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="700"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="715"/>
        <source>No imports yet. Import a CSV or Excel file of people with Import file…</source>
        <translation>Todavía no hay importaciones. Importe un archivo CSV o Excel de personas con Importar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="761"/>
        <source>Undo the import of {file} from {when}?

The {added} people it added will be deleted (with anything recorded about them since), and what it merged into {merged} existing people will be taken back.</source>
        <translation>¿Deshacer la importación de {file} del {when}?

Se eliminarán las {added} personas que agregó (con todo lo registrado sobre ellas desde entonces), y se revertirá lo que fusionó en {merged} personas existentes.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="765"/>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="768"/>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="775"/>
        <source>Import undone: %n people removed, {reverted} restored.</source>
        <translation>
            <numerusform>Importación deshecha: %n persona eliminada, {reverted} restauradas.</numerusform>
            <numerusform>Importación deshecha: %n personas eliminadas, {reverted} restauradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="12"/>
        <location filename="../../ui/widgets/labels.py" line="28"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="13"/>
        <source>Non-member</source>
        <translation>No miembro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="14"/>
        <source>Steward</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="15"/>
        <source>Officer</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="18"/>
        <source>Workplace committee</source>
        <translation>Comité del lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="19"/>
        <source>Committee to defend immigrants</source>
        <translation>Comité de defensa de inmigrantes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="20"/>
        <source>Rapid-response team</source>
        <translation>Equipo de respuesta rápida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="21"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="24"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="25"/>
        <source>Secretary</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="26"/>
        <source>Caller</source>
        <translation>Llamador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="27"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="31"/>
        <source>1 – Strong support</source>
        <translation>1 – Apoyo fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="32"/>
        <source>2 – Leaning support</source>
        <translation>2 – Tiende a apoyar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="33"/>
        <source>3 – Undecided</source>
        <translation>3 – Indeciso(a)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="34"/>
        <source>4 – Leaning against</source>
        <translation>4 – Tiende en contra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="35"/>
        <source>5 – Opposed</source>
        <translation>5 – En contra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="38"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="39"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="40"/>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="41"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="42"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="43"/>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="44"/>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="45"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="46"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="47"/>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="48"/>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="49"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="50"/>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="55"/>
        <source>Cell</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="56"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="57"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>en</source>
        <comment>the language code of this translation, e.g. es</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>LeafletEditor</name>
    <message>
        <location filename="../../ui/leaflets/page.py" line="188"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="189"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="191"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="196"/>
        <source>Who issued it, e.g. Local 1546 Organizing Committee</source>
        <translation>Quién lo emite, p. ej. Comité Organizador del Local 1546</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="198"/>
        <source>e.g. Union printed</source>
        <translation>p. ej. Impreso por el sindicato</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="202"/>
        <location filename="../../ui/leaflets/page.py" line="383"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="203"/>
        <location filename="../../ui/leaflets/page.py" line="383"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="204"/>
        <location filename="../../ui/leaflets/page.py" line="384"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="205"/>
        <source>First language:</source>
        <translation>Primer idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="206"/>
        <source>Second language:</source>
        <translation>Segundo idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="207"/>
        <location filename="../../ui/leaflets/page.py" line="386"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="208"/>
        <location filename="../../ui/leaflets/page.py" line="386"/>
        <source>Union line:</source>
        <translation>Leyenda sindical:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="209"/>
        <location filename="../../ui/leaflets/page.py" line="387"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="213"/>
        <source># headline · ## subhead · **bold** · *italic* · - bullet · &gt; When: … (highlighted box) · a blank line starts a new paragraph</source>
        <translation># titular · ## subtítulo · **negrita** · *cursiva* · - viñeta · &gt; Cuándo: … (recuadro resaltado) · una línea en blanco inicia un párrafo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="218"/>
        <source>Insert &amp;image…</source>
        <translation>Insertar &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="219"/>
        <source>Insert &amp;QR code…</source>
        <translation>Insertar código &amp;QR…</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="235"/>
        <source>&amp;Shrink to fit</source>
        <translation>&amp;Reducir para que quepa</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="253"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="254"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="256"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="258"/>
        <source>Print preview, then the print dialog (Ctrl+P)</source>
        <translation>Vista previa de impresión y luego el diálogo de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="385"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="389"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="413"/>
        <source>Choose an image or logo</source>
        <translation>Elija una imagen o logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="414"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="423"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="423"/>
        <source>Link or phone number (tel:+1…):</source>
        <translation>Enlace o número de teléfono (tel:+1…):</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="425"/>
        <source>Scan me</source>
        <translation>Escanéeme</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="489"/>
        <source>The preview could not be drawn.</source>
        <translation>No se pudo dibujar la vista previa.</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="513"/>
        <source>front and back</source>
        <translation>frente y reverso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/leaflets/page.py" line="514"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="521"/>
        <source>The text does not fit: it is {percent}% too long. Shorten it, or shrink the text to {fit}%.</source>
        <translation>El texto no cabe: sobra un {percent}%. Acórtelo, o reduzca el texto al {fit}%.</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="524"/>
        <source>The text does not fit even at the smallest size ({percent}% too long). Please shorten it.</source>
        <translation>El texto no cabe ni con el tamaño más pequeño (sobra un {percent}%). Por favor, acórtelo.</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="527"/>
        <source>Image not found: {name}</source>
        <translation>No se encontró la imagen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="541"/>
        <source>Leaflet</source>
        <translation>Volante</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="549"/>
        <source>Save leaflet as PDF</source>
        <translation>Guardar el volante como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="549"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="559"/>
        <location filename="../../ui/leaflets/page.py" line="560"/>
        <source>Saved {name}</source>
        <translation>Guardado: {name}</translation>
    </message>
</context>
<context>
    <name>LeafletsModel</name>
    <message>
        <location filename="../../ui/leaflets/page.py" line="114"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="115"/>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="116"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="117"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="119"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="96"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>LeafletsPage</name>
    <message>
        <location filename="../../ui/leaflets/page.py" line="599"/>
        <source>&amp;New from template</source>
        <translation>&amp;Nuevo desde plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="603"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="604"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="719"/>
        <source>Blank leaflet</source>
        <translation>Volante en blanco</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="731"/>
        <source>New leaflet</source>
        <translation>Nuevo volante</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="758"/>
        <source>Delete leaflet</source>
        <translation>Eliminar volante</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="759"/>
        <source>Delete the leaflet “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar el volante “{title}”? Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="51"/>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrar… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="53"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="55"/>
        <source>Create a new one (Ctrl+N)</source>
        <translation>Crear nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="57"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="60"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="125"/>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>¿Eliminar {name}? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_page.py" line="128"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Your login has no role on this committee server yet, so there is nothing to show. Ask the server&apos;s admin to give you one.</source>
        <translation>Su usuario todavía no tiene una función en este servidor del comité, así que no hay nada que mostrar. Pida una a quien administra el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Connected to {server} as {user} ({role})</source>
        <translation>Conectado a {server} como {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Enter the passphrase to restore the newest good backup.</source>
        <translation>Escriba la frase de contraseña para restaurar la copia de seguridad en buen estado más reciente.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir otra base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Add fictional &amp;demo people…</source>
        <translation>Agregar personas ficticias de &amp;demostración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Your &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Follow the system</source>
        <translation>Usar el idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;About Committee Desk</source>
        <translation>&amp;Acerca de Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>{name} — Committee Desk</source>
        <translation>{name} — Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Please wait until the passphrase change has finished.</source>
        <translation>Espere a que termine el cambio de frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <location filename="../../ui/safety/page.py" line="504"/>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add fictional demo people</source>
        <translation>Agregar personas ficticias de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>How many fictional people should be added to this database?</source>
        <translation>¿Cuántas personas ficticias quiere agregar a esta base de datos?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Adding fictional people…</source>
        <translation>Agregando personas ficticias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Added %n fictional people.</source>
        <translation>
            <numerusform>Se agregó %n persona ficticia.</numerusform>
            <numerusform>Se agregaron %n personas ficticias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Your name as it should appear in assessments and the history:</source>
        <translation>Su nombre tal como debe aparecer en las evaluaciones y el historial:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Backup written and verified: {name}</source>
        <translation>Copia de seguridad escrita y verificada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>Falló la copia de seguridad automática: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <location filename="../../ui/main_window.py" line="437"/>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Committee Desk backups (*.cdesk);;All files (*)</source>
        <translation>Copias de seguridad de Committee Desk (*.cdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Replace the open database with the backup “{name}”?

Changes made after the backup will no longer be in the database. The current file is kept aside, unchanged, beside it.</source>
        <translation>¿Reemplazar la base de datos abierta con la copia de seguridad “{name}”?

Los cambios hechos después de la copia ya no estarán en la base de datos. El archivo actual se guarda aparte, sin cambios, junto a ella.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>This backup does not open with the current passphrase (a backup keeps the passphrase it was made with). Enter the backup&apos;s passphrase:</source>
        <translation>Esta copia de seguridad no se abre con la frase de contraseña actual (una copia conserva la frase con la que se hizo). Escriba la frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>The backup does not open with that passphrase, or it is damaged. Nothing was changed.</source>
        <translation>La copia de seguridad no se abre con esa frase de contraseña, o está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>The new language is used when Committee Desk starts again. Restart now? The database is closed first; you unlock it again with your passphrase.</source>
        <translation>El nuevo idioma se usa cuando Committee Desk vuelve a iniciarse. ¿Reiniciar ahora? Primero se cierra la base de datos; después la desbloquea otra vez con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>Committee Desk {version}

Records for union committees. Connected to the committee&apos;s own server: the data stays on a machine the committee controls, and each person sees what their role allows.</source>
        <translation>Committee Desk {version}

Registros para comités sindicales. Conectado al servidor propio del comité: los datos quedan en una máquina que el comité controla, y cada persona ve lo que su función permite.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>About Committee Desk</source>
        <translation>Acerca de Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513"/>
        <source>Committee Desk {version}

Encrypted, local-first records for union committees. Your data stays on this computer, encrypted with your passphrase.</source>
        <translation>Committee Desk {version}

Registros cifrados y locales para comités sindicales. Sus datos se quedan en esta computadora, cifrados con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="185"/>
        <source>Match the columns</source>
        <translation>Asigne las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188"/>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="194"/>
        <source>Put columns that go nowhere into the person&apos;s notes</source>
        <translation>Poner en las notas de la persona las columnas que no van a ningún campo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="215"/>
        <source>Committee Desk guessed where each column goes. Change any that are wrong; the choice is remembered for files with the same columns.</source>
        <translation>Committee Desk adivinó a dónde va cada columna. Cambie las que estén mal; la elección se recuerda para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="217"/>
        <source>Using the matching you chose last time for these columns.</source>
        <translation>Se usa la asignación que eligió la última vez para estas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="234"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="248"/>
        <source>Consent: no column says it, so everyone from this file keeps consent unknown (never assumed yes).</source>
        <translation>Consentimiento: ninguna columna lo dice, así que todas las personas de este archivo quedan con el consentimiento desconocido (nunca se supone un sí).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="249"/>
        <source>Consent from: {columns}. Empty cells stay unknown; a refusal is never overwritten.</source>
        <translation>Consentimiento desde: {columns}. Las celdas vacías quedan como desconocido; una negativa nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="259"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="260"/>
        <source>Choose which column holds the names (first, last or full name).</source>
        <translation>Elija qué columna contiene los nombres (nombre, apellido o nombre completo).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="221"/>
        <source>This is a {tool} export: its columns were matched by their names.</source>
        <translation>Es una exportación de {tool}: sus columnas se asignaron por su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="235"/>
        <source>(leave out, not even the notes)</source>
        <translation>(dejar fuera, ni siquiera en las notas)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="307"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="307"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="337"/>
        <source>Add a guest from the roster…</source>
        <translation>Agregar un invitado del listado…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="342"/>
        <source>Guests not on the roster, one per line</source>
        <translation>Invitados que no están en el listado, uno por línea</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="349"/>
        <source>Date and time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="350"/>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="351"/>
        <source>Agenda:</source>
        <translation>Orden del día:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="352"/>
        <source>Minutes:</source>
        <translation>Acta:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="354"/>
        <source>Present (members and roster guests):</source>
        <translation>Presentes (miembros e invitados del listado):</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="357"/>
        <source>Other guests:</source>
        <translation>Otros invitados:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="370"/>
        <source>{name} (guest)</source>
        <translation>{name} (invitado)</translation>
    </message>
</context>
<context>
    <name>MissingQtWords</name>
    <message>
        <location filename="../../ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>Double Sided Printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16"/>
        <source>Long side binding</source>
        <translation>Encuadernación por el lado largo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="17"/>
        <source>Short side binding</source>
        <translation>Encuadernación por el lado corto</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="18"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="19"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="20"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>Mobilizations</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="65"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="66"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="67"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="69"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="70"/>
        <location filename="../../ui/mobilization/page.py" line="521"/>
        <source>On list</source>
        <translation>En lista</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="71"/>
        <location filename="../../ui/mobilization/page.py" line="524"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="72"/>
        <location filename="../../ui/mobilization/page.py" line="526"/>
        <source>Came</source>
        <translation>Vinieron</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="174"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="175"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="176"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="177"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="178"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="179"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="180"/>
        <source>Caller</source>
        <translation>Llamador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="181"/>
        <source>Latest outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="182"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="183"/>
        <source>consent unknown</source>
        <translation>consentimiento desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="519"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="522"/>
        <source>Called</source>
        <translation>Llamados</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="523"/>
        <source>Reached</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="525"/>
        <source>Maybe</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="527"/>
        <source>Yes but did not come</source>
        <translation>Sí pero no vinieron</translation>
    </message>
</context>
<context>
    <name>MobilizationsPage</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="890"/>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="893"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="895"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="912"/>
        <source>Call list &amp;&amp; callers</source>
        <translation>Lista de llamadas y llamadores</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="913"/>
        <source>Phone bank</source>
        <translation>Banco telefónico</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="915"/>
        <source>Paper re-entry</source>
        <translation>Captura desde papel</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="916"/>
        <source>Check-in</source>
        <translation>Registro de llegada</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="917"/>
        <source>Turnout</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="918"/>
        <source>Phone tree</source>
        <translation>Árbol telefónico</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="1007"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="1008"/>
        <source>Delete {name} with its call lists, calls and check-ins? This cannot be undone.</source>
        <translation>¿Eliminar {name} con sus listas de llamadas, llamadas y registros de llegada? Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>MySessionsTab</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="1062"/>
        <source>Mark follow-up done</source>
        <translation>Marcar seguimiento como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1066"/>
        <source>&amp;Trainer:</source>
        <translation>&amp;Capacitador(a):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1071"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1102"/>
        <source>No trainers yet: give someone sessions or the trainer role.</source>
        <translation>Todavía no hay capacitadores: asigne sesiones a alguien o dele el rol de capacitador(a).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="1109"/>
        <source>%n sessions · {r} registered · {a} attended · {f} open follow-ups</source>
        <translation>
            <numerusform>%n sesión · {r} inscritos · {a} asistieron · {f} seguimientos pendientes</numerusform>
            <numerusform>%n sesiones · {r} inscritos · {a} asistieron · {f} seguimientos pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../models/mobilization/operations.py" line="46"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="47"/>
        <source>Maybe</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="48"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="49"/>
        <source>Left message</source>
        <translation>Se dejó mensaje</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="50"/>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="51"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="52"/>
        <source>Call back later</source>
        <translation>Llamar más tarde</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="53"/>
        <source>Do not call again</source>
        <translation>No volver a llamar</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/safety/unlock.py" line="68"/>
        <source>Too short: use at least {n} characters. A few unrelated words work well.</source>
        <translation>Demasiado corta: use al menos {n} caracteres. Varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="72"/>
        <source>Very weak: a common password or pattern, guessed in moments. Use four or more unrelated words.</source>
        <translation>Muy débil: una contraseña o un patrón comunes, que se adivinan en un momento. Use cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="75"/>
        <source>Weak: make it longer (four or more words is best).</source>
        <translation>Débil: hágala más larga (lo mejor son cuatro palabras o más).</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="77"/>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="78"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="83"/>
        <source>I understand the risk: use this weak passphrase anyway</source>
        <translation>Entiendo el riesgo: usar esta frase de contraseña débil de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="87"/>
        <source>This passphrase is weak: anyone who gets a copy of the file could guess it and read every name in it. Choose a stronger one (four or more unrelated words), or tick “I understand the risk” to use it anyway.</source>
        <translation>Esta frase de contraseña es débil: cualquiera que consiga una copia del archivo podría adivinarla y leer todos los nombres que contiene. Elija una más fuerte (cuatro o más palabras sin relación entre sí) o marque «Entiendo el riesgo» para usarla de todos modos.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="136"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="51"/>
        <location filename="../../ui/roster/person_editor.py" line="145"/>
        <source>Given name first (Ana García)</source>
        <translation>Nombre de pila primero (Ana García)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="52"/>
        <location filename="../../ui/roster/person_editor.py" line="146"/>
        <source>Family name first (王小明, Trần Thị Lan)</source>
        <translation>Apellido primero (王小明, Trần Thị Lan)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="157"/>
        <source>Add phone</source>
        <translation>Agregar teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="176"/>
        <source>e.g. Spanish, English (in order of preference)</source>
        <translation>p. ej. Español, Inglés (en orden de preferencia)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="180"/>
        <location filename="../../ui/roster/person_editor.py" line="378"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="204"/>
        <source>An employee number or another tool&apos;s ID: the next import of that list updates this person instead of adding a new one.</source>
        <translation>Un número de empleado o el ID de otra herramienta: la próxima importación de esa lista actualiza a esta persona en vez de añadir otra.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="208"/>
        <source>YYYY-MM-DD (empty if not known)</source>
        <translation>AAAA-MM-DD (vacío si no se sabe)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="54"/>
        <location filename="../../ui/roster/person_editor.py" line="221"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="226"/>
        <source>What did they say? (optional, kept in the history)</source>
        <translation>¿Qué dijo? (opcional, se guarda en el historial)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="227"/>
        <source>Assessment note:</source>
        <translation>Nota de evaluación:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="232"/>
        <source>Comma-separated, e.g. volunteer, has a car</source>
        <translation>Separadas por comas, p. ej. voluntario, tiene carro</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="26"/>
        <location filename="../../ui/roster/person_editor.py" line="247"/>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="27"/>
        <location filename="../../ui/roster/person_editor.py" line="248"/>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="28"/>
        <location filename="../../ui/roster/person_editor.py" line="249"/>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="29"/>
        <location filename="../../ui/roster/person_editor.py" line="250"/>
        <source>Name order:</source>
        <translation>Orden del nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="30"/>
        <location filename="../../ui/roster/person_editor.py" line="253"/>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="31"/>
        <location filename="../../ui/roster/person_editor.py" line="254"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="32"/>
        <location filename="../../ui/roster/person_editor.py" line="256"/>
        <source>Second email:</source>
        <translation>Segundo correo:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="33"/>
        <location filename="../../ui/roster/person_editor.py" line="258"/>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="34"/>
        <location filename="../../ui/roster/person_editor.py" line="259"/>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="35"/>
        <location filename="../../ui/roster/person_editor.py" line="260"/>
        <source>State / region:</source>
        <translation>Estado / región:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="36"/>
        <location filename="../../ui/roster/person_editor.py" line="261"/>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="37"/>
        <location filename="../../ui/roster/person_editor.py" line="262"/>
        <source>Country (postal):</source>
        <translation>País (dirección postal):</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="38"/>
        <location filename="../../ui/roster/person_editor.py" line="263"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="39"/>
        <location filename="../../ui/roster/person_editor.py" line="264"/>
        <source>Workplace:</source>
        <translation>Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="40"/>
        <location filename="../../ui/roster/person_editor.py" line="266"/>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="41"/>
        <location filename="../../ui/roster/person_editor.py" line="267"/>
        <source>Shift:</source>
        <translation>Turno:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="42"/>
        <location filename="../../ui/roster/person_editor.py" line="268"/>
        <source>Job title:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="43"/>
        <location filename="../../ui/roster/person_editor.py" line="269"/>
        <source>Employee / external ID:</source>
        <translation>N.º de empleado / ID externo:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="44"/>
        <location filename="../../ui/roster/person_editor.py" line="270"/>
        <source>Hire date:</source>
        <translation>Fecha de contratación:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="45"/>
        <location filename="../../ui/roster/person_editor.py" line="272"/>
        <source>Membership:</source>
        <translation>Afiliación:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="46"/>
        <location filename="../../ui/roster/person_editor.py" line="273"/>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="47"/>
        <location filename="../../ui/roster/person_editor.py" line="275"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_conflict.py" line="48"/>
        <location filename="../../ui/roster/person_editor.py" line="276"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="277"/>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="292"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="315"/>
        <source>Assessment history and committees</source>
        <translation>Historial de evaluaciones y comités</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="318"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="318"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="318"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="318"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="332"/>
        <source>Not on any committee.</source>
        <translation>No está en ningún comité.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="341"/>
        <source>Trainings (refreshes due in red)</source>
        <translation>Capacitaciones (repasos vencidos en rojo)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="390"/>
        <source>Shown as: {name}</source>
        <translation>Se muestra como: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="396"/>
        <source>The email address does not look right (name@example.org).</source>
        <translation>El correo electrónico no parece correcto (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="429"/>
        <source>Write the date as 2019-04-01, or leave it empty.</source>
        <translation>Escriba la fecha como 2019-04-01, o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="436"/>
        <source>Enter a first or last name.</source>
        <translation>Escriba un nombre o un apellido.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="440"/>
        <source>Choose one of your committees&apos; workplaces: you see the people of those workplaces (and your committees&apos; members), so a new person without one would not be yours to see.</source>
        <translation>Elija uno de los lugares de trabajo de sus comités: usted ve a las personas de esos lugares de trabajo (y a los miembros de sus comités), así que una persona nueva sin ninguno no quedaría a su vista.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="447"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Por favor, corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="539"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="540"/>
        <source>Delete {name} from the roster? This cannot be undone.</source>
        <translation>¿Eliminar a {name} del listado? Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/widgets/person_picker.py" line="156"/>
        <source>Add people</source>
        <translation>Agregar personas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_picker.py" line="161"/>
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_picker.py" line="74"/>
        <source>Search the roster by name…</source>
        <translation>Buscar en el listado por nombre…</translation>
    </message>
</context>
<context>
    <name>PhoneBankWidget</name>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="79"/>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="81"/>
        <source>Calling as:</source>
        <translation>Llamando como:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="107"/>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="113"/>
        <source>Flag for an organizer</source>
        <translation>Marcar para un(a) organizador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="112"/>
        <source>Note (what they said, rides, childcare…); then Alt+key records</source>
        <translation>Nota (qué dijo, transporte, cuidado de niños…); luego Alt+tecla registra</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="92"/>
        <source>Their consent to be called is unknown: ask if it is all right to call them, and record the answer on their record.</source>
        <translation>Se desconoce si acepta recibir llamadas: pregunte si se le puede llamar y anote la respuesta en su ficha.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="122"/>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="130"/>
        <source>Record “{outcome}” and go to the next person (key {key}; Alt+{key} while typing a note)</source>
        <translation>Registrar «{outcome}» y pasar a la siguiente persona (tecla {key}; Alt+{key} mientras escribe una nota)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="145"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="150"/>
        <source>Call back at:</source>
        <translation>Volver a llamar el:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mobilization/phonebank.py" line="185"/>
        <source>{name} (%n people)</source>
        <translation>
            <numerusform>{name} (%n persona)</numerusform>
            <numerusform>{name} (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="195"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="197"/>
        <source>Anyone (whole list)</source>
        <translation>Cualquiera (toda la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="198"/>
        <source>Not assigned to a caller</source>
        <translation>Sin llamador(a) asignado</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="201"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="212"/>
        <source>Your login is not linked to a person on the roster, so there is nobody to call as you. Ask the committee&apos;s admin to link it.</source>
        <translation>Su usuario no está vinculado a una persona de la lista, así que no hay a quién llamar en su nombre. Pida al administrador del comité que lo vincule.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="258"/>
        <source>Nobody left to call on this list right now.</source>
        <translation>No queda nadie a quien llamar en esta lista por ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="269"/>
        <source>copy</source>
        <translation>copiar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="273"/>
        <source>Copy the number</source>
        <translation>Copiar el número</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="278"/>
        <source>Language: {v}</source>
        <translation>Idioma: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="279"/>
        <source>Workplace: {v}</source>
        <translation>Lugar de trabajo: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="280"/>
        <source>Department: {v}</source>
        <translation>Departamento: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="281"/>
        <source>Shift: {v}</source>
        <translation>Turno: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="282"/>
        <source>Assessment: {v}</source>
        <translation>Evaluación: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="289"/>
        <source>This event: {when} {outcome} {note}</source>
        <translation>Este evento: {when} {outcome} {note}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="293"/>
        <source>not reached</source>
        <translation>no contactado</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="294"/>
        <source>came</source>
        <translation>vino</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="294"/>
        <source>did not come</source>
        <translation>no vino</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="295"/>
        <source>{event}: {answer}, {came}</source>
        <translation>{event}: {answer}, {came}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="296"/>
        <source>No earlier calls or events.</source>
        <translation>No hay llamadas ni eventos anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="297"/>
        <source>(No script for this event yet.)</source>
        <translation>(Todavía no hay guion para este evento.)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="298"/>
        <source>Row ID {id} · attempt {n}</source>
        <translation>ID de fila {id} · intento {n}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="303"/>
        <source>Number copied.</source>
        <translation>Número copiado.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/phonebank.py" line="322"/>
        <source>Saved: {name} — {outcome}.</source>
        <translation>Guardado: {name} — {outcome}.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="70"/>
        <source>(773) 555-0142</source>
        <translation>(773) 555-0142</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="74"/>
        <source>Choose a label or type your own</source>
        <translation>Elija una etiqueta o escriba la suya</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="82"/>
        <source>Call this number earlier</source>
        <translation>Llamar antes a este número</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="85"/>
        <source>Call this number later</source>
        <translation>Llamar después a este número</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="87"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/person_editor.py" line="112"/>
        <source>This cannot be read as a phone number ({country} unless it starts with + or 00). It is kept as typed, but calls and texts cannot use it until it is corrected.</source>
        <translation>Esto no se puede leer como número de teléfono ({country}, salvo que empiece por + o 00). Se guarda como está escrito, pero no se podrá usar para llamadas ni mensajes hasta corregirlo.</translation>
    </message>
</context>
<context>
    <name>PhoneTreeWidget</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="778"/>
        <source>Show tree</source>
        <translation>Mostrar árbol</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="781"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="784"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="786"/>
        <source>Print preview, then the print dialog (Ctrl+P)</source>
        <translation>Vista previa de impresión y luego el diálogo de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="790"/>
        <source>Committee:</source>
        <translation>Comité:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="792"/>
        <source>Each caller calls at most:</source>
        <translation>Cada llamador(a) llama como máximo a:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="807"/>
        <source>Nobody with a phone number in this committee.</source>
        <translation>Nadie en este comité tiene número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="814"/>
        <source>Not on the tree: do not contact {dnc}, no phone {nophone}.</source>
        <translation>Fuera del árbol: no contactar {dnc}, sin teléfono {nophone}.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="820"/>
        <location filename="../../ui/mobilization/page.py" line="840"/>
        <source>Phone tree</source>
        <translation>Árbol telefónico</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="821"/>
        <source>Each person calls the people right below them (at most {n}). If nobody answers, call the next level yourself.</source>
        <translation>Cada persona llama a quienes están justo debajo (como máximo {n}). Si nadie contesta, llame usted al siguiente nivel.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="823"/>
        <source>calls {n}</source>
        <translation>llama a {n}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="823"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destrúyalo después de usarlo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="824"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="825"/>
        <source>{caller} calls these people</source>
        <translation>{caller} llama a estas personas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="826"/>
        <source>For {caller} only: hand this page to them. If nobody answers, call the next level yourself.</source>
        <translation>Solo para {caller}: entréguele esta hoja. Si nadie contesta, llame usted mismo(a) al siguiente nivel.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="827"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="827"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="827"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="847"/>
        <source>{committee} phone tree.pdf</source>
        <translation>{committee} árbol telefónico.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="849"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="849"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/safety/page.py" line="149"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="152"/>
        <source>e.g. Rosa M.</source>
        <translation>p. ej. Rosa M.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="156"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="157"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="162"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="170"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="188"/>
        <source>Backups are encrypted with the passphrase in use when they are made. Keep a copy on another drive.</source>
        <translation>Las copias de seguridad se cifran con la frase de contraseña en uso cuando se hacen. Guarde una copia en otro disco.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="193"/>
        <source>Your name (for the audit trail):</source>
        <translation>Su nombre (para el registro de auditoría):</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="194"/>
        <source>Lock after this long without use:</source>
        <translation>Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="195"/>
        <source>Phone numbers without +country are from:</source>
        <translation>Los teléfonos sin +país son de:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="196"/>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="197"/>
        <source>Back up every:</source>
        <translation>Hacer copia cada:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="198"/>
        <source>Keep daily backups:</source>
        <translation>Conservar copias diarias:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="199"/>
        <source>Keep weekly backups:</source>
        <translation>Conservar copias semanales:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="203"/>
        <source>The committee server keeps its own backups: ask its admin.</source>
        <translation>El servidor del comité guarda sus propias copias de seguridad: pregunte a quien lo administra.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="219"/>
        <source>Backups of this database go to: {folder}</source>
        <translation>Las copias de seguridad de esta base de datos se guardan en: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="223"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/page.py" line="243"/>
        <source>Numbers written with + or 00 and a country code are read whatever this says.</source>
        <translation>Los números escritos con + o 00 y un código de país se leen según ese código, diga lo que diga aquí.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="376"/>
        <source>Check before importing</source>
        <translation>Revise antes de importar</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="377"/>
        <source>Nothing has been saved yet. Rows already in the roster or repeated in the file can be merged, kept as separate people, or skipped.</source>
        <translation>Todavía no se ha guardado nada. Las filas que ya están en el listado o que se repiten en el archivo se pueden fusionar, mantener como personas separadas u omitir.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="402"/>
        <source>For &amp;every duplicate:</source>
        <translation>Para &amp;cada duplicado:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="420"/>
        <source>&amp;All rows</source>
        <translation>&amp;Todas las filas</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="421"/>
        <source>&amp;Possible duplicates</source>
        <translation>&amp;Posibles duplicados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="441"/>
        <source>&amp;Possible duplicates (%n)</source>
        <translation>
            <numerusform>&amp;Posibles duplicados (%n)</numerusform>
            <numerusform>&amp;Posibles duplicados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="445"/>
        <source>%n rows share an email or a phone with someone whose name is different (a household, a shared work phone, or the same person written another way). They are kept as separate people unless you decide otherwise under Possible duplicates.</source>
        <translation>
            <numerusform>%n fila comparte un correo o un teléfono con alguien de otro nombre (un hogar, un teléfono compartido del trabajo, o la misma persona escrita de otra manera). Se mantiene como otra persona salvo que decida otra cosa en Posibles duplicados.</numerusform>
            <numerusform>%n filas comparten un correo o un teléfono con alguien de otro nombre (un hogar, un teléfono compartido del trabajo, o la misma persona escrita de otra manera). Se mantienen como otras personas salvo que decida otra cosa en Posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="455"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="496"/>
        <source>%n rows: {added} to add, {merged} to merge, {skipped} to skip, {invalid} cannot be imported (see Problems), {warnings} with warnings.</source>
        <translation>
            <numerusform>%n fila: {added} para agregar, {merged} para fusionar, {skipped} para omitir, {invalid} no se pueden importar (vea Problemas), {warnings} con advertencias.</numerusform>
            <numerusform>%n filas: {added} para agregar, {merged} para fusionar, {skipped} para omitir, {invalid} no se pueden importar (vea Problemas), {warnings} con advertencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/widgets/printing.py" line="114"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printing.py" line="116"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printing.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printing.py" line="128"/>
        <source>Saved {file}.</source>
        <translation>Guardado: {file}.</translation>
    </message>
</context>
<context>
    <name>ReentryWidget</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="456"/>
        <source>Row ID from the sheet</source>
        <translation>ID de fila de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="468"/>
        <source>Row ID:</source>
        <translation>ID de fila:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="469"/>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="470"/>
        <source>Outcome key:</source>
        <translation>Letra del resultado:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="483"/>
        <source>No row {id} on this event&apos;s sheets.</source>
        <translation>No hay ninguna fila {id} en las hojas de este evento.</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <location filename="../../ui/resolutions/page.py" line="152"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="153"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="154"/>
        <source>Votes</source>
        <translation>Votaciones</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="160"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="162"/>
        <source>Save (Ctrl+S); a changed text becomes a new version</source>
        <translation>Guardar (Ctrl+S); si el texto cambió, se guarda como una nueva versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="166"/>
        <location filename="../../ui/resolutions/page.py" line="216"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="166"/>
        <location filename="../../ui/resolutions/page.py" line="217"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="166"/>
        <source>English + Spanish side by side</source>
        <translation>Inglés + español lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="168"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="170"/>
        <source>Save the resolution as a PDF</source>
        <translation>Guardar la resolución como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="172"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="174"/>
        <source>Print preview, then the print dialog (Ctrl+P)</source>
        <translation>Vista previa de impresión y luego el diálogo de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="176"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="202"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="208"/>
        <source>e.g. Local 1546 membership meeting, the area labor council</source>
        <translation>p. ej. asamblea de miembros del Local 1546, el consejo laboral del área</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="221"/>
        <source>(an original text)</source>
        <translation>(un texto original)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="227"/>
        <source>(choose a template)</source>
        <translation>(elija una plantilla)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="230"/>
        <location filename="../../ui/resolutions/page.py" line="427"/>
        <source>Use template</source>
        <translation>Usar plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="240"/>
        <source>Add sponsors…</source>
        <translation>Agregar proponentes…</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="243"/>
        <source>Remove sponsor</source>
        <translation>Quitar proponente</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="256"/>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="257"/>
        <location filename="../../ui/resolutions/page.py" line="468"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="258"/>
        <location filename="../../ui/resolutions/page.py" line="468"/>
        <source>Title in Spanish:</source>
        <translation>Título en español:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="259"/>
        <location filename="../../ui/resolutions/page.py" line="469"/>
        <source>Drafted by:</source>
        <translation>Redactada por:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="260"/>
        <location filename="../../ui/resolutions/page.py" line="470"/>
        <source>Target body:</source>
        <translation>Dirigida a:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="261"/>
        <location filename="../../ui/resolutions/page.py" line="470"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="262"/>
        <location filename="../../ui/resolutions/page.py" line="471"/>
        <source>Written in:</source>
        <translation>Escrita en:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="263"/>
        <location filename="../../ui/resolutions/page.py" line="472"/>
        <source>Based on:</source>
        <translation>Basada en:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="267"/>
        <source>Lineage:</source>
        <translation>Procedencia:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="268"/>
        <location filename="../../ui/resolutions/page.py" line="474"/>
        <source>Sponsors:</source>
        <translation>Proponentes:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="283"/>
        <source>English text, e.g. “our union is built on solidarity;”</source>
        <translation>Texto en inglés, p. ej. “our union is built on solidarity;”</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="288"/>
        <location filename="../../ui/resolutions/page.py" line="532"/>
        <source>Spanish text</source>
        <translation>Texto en español</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="291"/>
        <source>Add Whereas</source>
        <translation>Agregar “Considerando que”</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="294"/>
        <source>Add Resolved</source>
        <translation>Agregar “Se resuelve”</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="297"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="300"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="302"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="304"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="306"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="314"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="315"/>
        <source>English:</source>
        <translation>Inglés:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="316"/>
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="320"/>
        <location filename="../../ui/resolutions/page.py" line="473"/>
        <source>Clauses (in order):</source>
        <translation>Cláusulas (en orden):</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="350"/>
        <source>Add sponsors</source>
        <translation>Agregar proponentes</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="364"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="427"/>
        <source>Replace the clauses you wrote with the template&apos;s?</source>
        <translation>¿Reemplazar las cláusulas que escribió con las de la plantilla?</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="502"/>
        <source>Saved as version {n}.</source>
        <translation>Guardada como versión {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="504"/>
        <source>Saved. The text did not change, so no new version (still version {n}).</source>
        <translation>Guardada. El texto no cambió, así que no hay versión nueva (sigue siendo la versión {n}).</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="531"/>
        <source>English text</source>
        <translation>Texto en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="537"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="539"/>
        <source>Save the selected version&apos;s text as a new version</source>
        <translation>Guardar el texto de la versión seleccionada como una nueva versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="542"/>
        <source>Compare version</source>
        <translation>Comparar la versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="544"/>
        <source>with version</source>
        <translation>con la versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="548"/>
        <source>&lt;span style=&apos;background:#d4f7d4; text-decoration:underline&apos;&gt;added&lt;/span&gt; · &lt;span style=&apos;background:#fbd7d7; text-decoration:line-through&apos;&gt;removed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#d4f7d4; text-decoration:underline&apos;&gt;agregado&lt;/span&gt; · &lt;span style=&apos;background:#fbd7d7; text-decoration:line-through&apos;&gt;eliminado&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="590"/>
        <source>Save twice to compare versions.</source>
        <translation>Guarde dos veces para comparar versiones.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="601"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="602"/>
        <source>Make the text of version {n} the current text? It is saved as a new version; nothing is lost.</source>
        <translation>¿Convertir el texto de la versión {n} en el texto actual? Se guarda como una nueva versión; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="609"/>
        <source>Version {old} restored as version {n}.</source>
        <translation>Versión {old} restaurada como versión {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="639"/>
        <source>Which body voted</source>
        <translation>Qué órgano votó</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="650"/>
        <source>By acclamation</source>
        <translation>Por aclamación</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="657"/>
        <source>Add vote</source>
        <translation>Agregar votación</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="660"/>
        <source>Delete vote…</source>
        <translation>Eliminar votación…</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="663"/>
        <source>Body:</source>
        <translation>Órgano:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="664"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="666"/>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="666"/>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="666"/>
        <source>Abstain</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="671"/>
        <source>Tally:</source>
        <translation>Recuento:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="672"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="704"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="704"/>
        <source>Delete the vote of {body}?</source>
        <translation>¿Eliminar la votación de {body}?</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="712"/>
        <source>New resolution</source>
        <translation>Nueva resolución</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="714"/>
        <source>Version {n}, last saved {when}.</source>
        <translation>Versión {n}, guardada por última vez el {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="722"/>
        <source>Adopted by: {bodies}</source>
        <translation>Aprobada por: {bodies}</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="723"/>
        <source>Not adopted by any body yet.</source>
        <translation>Todavía no la ha aprobado ningún órgano.</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="728"/>
        <source>Copied by: {titles}</source>
        <translation>Copiada por: {titles}</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="731"/>
        <source>(a new resolution)</source>
        <translation>(una resolución nueva)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="741"/>
        <source>Save the resolution as</source>
        <translation>Guardar la resolución como</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="741"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/resolutions/page.py" line="767"/>
        <source>Saved {name} (%n pages).</source>
        <translation>
            <numerusform>Se guardó {name} (%n página).</numerusform>
            <numerusform>Se guardó {name} (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resolutions</name>
    <message>
        <location filename="../../ui/resolutions/page.py" line="64"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="65"/>
        <source>Circulating</source>
        <translation>En circulación</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="66"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="67"/>
        <location filename="../../ui/resolutions/page.py" line="73"/>
        <source>Adopted</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="68"/>
        <location filename="../../ui/resolutions/page.py" line="74"/>
        <source>Defeated</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="69"/>
        <location filename="../../ui/resolutions/page.py" line="75"/>
        <source>Tabled</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="70"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="76"/>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="79"/>
        <source>Whereas</source>
        <translation>Considerando que</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="80"/>
        <source>Resolved</source>
        <translation>Se resuelve</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="109"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="110"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="112"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="113"/>
        <source>Target body</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="114"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="115"/>
        <source>Adopted by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="116"/>
        <source>Based on</source>
        <translation>Basada en</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="510"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="511"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="512"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="513"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="620"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="621"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="622"/>
        <source>Vote (for–against–abstain)</source>
        <translation>Votos (a favor–en contra–abstenciones)</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="624"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/roles.py" line="59"/>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="60"/>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="61"/>
        <source>organizer</source>
        <translation>organizador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="62"/>
        <source>trainer</source>
        <translation>capacitador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="63"/>
        <source>caller</source>
        <translation>llamador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="65"/>
        <source>no role</source>
        <translation>sin función</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../ui/roster/page.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="54"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="55"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="56"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="57"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="58"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="59"/>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="60"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="61"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="62"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster/page.py" line="193"/>
        <source>Search names, phones, emails… (Ctrl+F)</source>
        <translation>Buscar nombres, teléfonos, correos… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="197"/>
        <source>All workplaces</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="198"/>
        <source>All departments</source>
        <translation>Todos los deptos.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="199"/>
        <source>All shifts</source>
        <translation>Todos los turnos</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="200"/>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="201"/>
        <source>All tags</source>
        <translation>Toda etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="202"/>
        <source>Any assessment</source>
        <translation>Toda evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="204"/>
        <source>1–2 (supporters)</source>
        <translation>1–2 (a favor)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="206"/>
        <source>4–5 (against)</source>
        <translation>4–5 (en contra)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="207"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="210"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="212"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="236"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="238"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Agregar una persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="240"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="242"/>
        <source>Open the selected person (Enter)</source>
        <translation>Abrir la persona seleccionada (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="244"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="246"/>
        <source>Delete the selected people (Delete)</source>
        <translation>Eliminar las personas seleccionadas (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="248"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="250"/>
        <source>Import people from a CSV, Excel or vCard file (Ctrl+I)</source>
        <translation>Importar personas desde un archivo CSV, Excel o vCard (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="254"/>
        <source>Export the people shown (or selected) to Excel, CSV, Spoke, Action Network, Google Contacts or vCard</source>
        <translation>Exportar las personas mostradas (o seleccionadas) a Excel, CSV, Spoke, Action Network, Contactos de Google o vCard</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="252"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="322"/>
        <source>Loading the roster…</source>
        <translation>Cargando el listado…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="348"/>
        <source>The roster could not be loaded.</source>
        <translation>No se pudo cargar el listado.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="366"/>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="367"/>
        <source>(no shift)</source>
        <translation>(sin turno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="447"/>
        <source>{total} people</source>
        <translation>
            <numerusform>{total} persona</numerusform>
            <numerusform>{total} personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="449"/>
        <source>Showing {shown} of {total} people</source>
        <translation>
            <numerusform>Mostrando {shown} de {total} persona</numerusform>
            <numerusform>Mostrando {shown} de {total} personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="451"/>
        <source>{n} selected</source>
        <translation>{n} seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="514"/>
        <source>Delete {name} from the roster? This cannot be undone.</source>
        <translation>¿Eliminar a {name} del listado? Esto no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="516"/>
        <source>Delete %n people from the roster? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar a %n persona del listado? Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar a %n personas del listado? Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/roster/page.py" line="530"/>
        <source>Deleted %n people.</source>
        <translation>
            <numerusform>Se eliminó %n persona.</numerusform>
            <numerusform>Se eliminaron %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="517"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RosterPrintButton</name>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="31"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="32"/>
        <source>Print the people shown (or selected): a directory, or mailing labels</source>
        <translation>Imprimir a las personas mostradas (o seleccionadas): un directorio o etiquetas postales</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="34"/>
        <source>Print directory…</source>
        <translation>Imprimir directorio…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="35"/>
        <source>Directory as PDF…</source>
        <translation>Directorio como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="36"/>
        <source>Phone numbers in the directory</source>
        <translation>Números de teléfono en el directorio</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="39"/>
        <source>Print mailing labels…</source>
        <translation>Imprimir etiquetas postales…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="40"/>
        <source>Mailing labels as PDF…</source>
        <translation>Etiquetas postales como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="43"/>
        <source>Avery 5160 (US Letter, 30 a sheet)</source>
        <translation>Avery 5160 (carta de EE. UU., 30 por hoja)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="44"/>
        <source>Avery L7160 (A4, 21 a sheet)</source>
        <translation>Avery L7160 (A4, 21 por hoja)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="69"/>
        <location filename="../../ui/roster/print_menu.py" line="93"/>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="69"/>
        <source>{people} people · printed {date}</source>
        <translation>{people} personas · impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="70"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="70"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="70"/>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="71"/>
        <source>{people} people</source>
        <translation>{people} personas</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="71"/>
        <source>No workplace</source>
        <translation>Sin lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="72"/>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="72"/>
        <source>No shift</source>
        <translation>Sin turno</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="75"/>
        <location filename="../../ui/roster/print_menu.py" line="81"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destruir después de usar</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="75"/>
        <location filename="../../ui/roster/print_menu.py" line="82"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="76"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (continuación)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="81"/>
        <location filename="../../ui/roster/print_menu.py" line="107"/>
        <source>Mailing labels</source>
        <translation>Etiquetas postales</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="96"/>
        <source>directory-{date}.pdf</source>
        <translation>directorio-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="97"/>
        <source>Writing the directory…</source>
        <translation>Escribiendo el directorio…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="110"/>
        <source>labels-{layout}-{date}.pdf</source>
        <translation>etiquetas-{layout}-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/roster/print_menu.py" line="111"/>
        <source>Writing the mailing labels…</source>
        <translation>Escribiendo las etiquetas postales…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="509"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="512"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="531"/>
        <source>Saving… Cancel leaves the roster exactly as it was.</source>
        <translation>Guardando… Si cancela, el listado queda exactamente como estaba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/wizard.py" line="548"/>
        <source>Done. %n rows read: {added} people added, {merged} merged, {skipped} skipped, {invalid} not imported. You can undo this import from Imports.</source>
        <translation>
            <numerusform>Listo. Se leyó %n fila: {added} personas agregadas, {merged} fusionadas, {skipped} omitidas, {invalid} no importadas. Puede deshacer esta importación desde Importaciones.</numerusform>
            <numerusform>Listo. Se leyeron %n filas: {added} personas agregadas, {merged} fusionadas, {skipped} omitidas, {invalid} no importadas. Puede deshacer esta importación desde Importaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="555"/>
        <source>Cancelled. Nothing was imported; the roster is as it was.</source>
        <translation>Cancelado. No se importó nada; el listado está como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="557"/>
        <source>Nothing was imported; the roster is as it was.</source>
        <translation>No se importó nada; el listado está como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="578"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/organization/committees.py" line="249"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="786"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../ui/leaflets/page.py" line="814"/>
        <source>Leaflets</source>
        <translation>Volantes</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="1015"/>
        <source>Mobilizations</source>
        <translation>Movilizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/resolutions/page.py" line="779"/>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/roster/page.py" line="575"/>
        <source>Roster</source>
        <translation>Listado</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1515"/>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="151"/>
        <source>Workplaces</source>
        <translation>Lugares de trabajo</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="274"/>
        <source>Training session</source>
        <translation>Sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="285"/>
        <source>— not at a workplace —</source>
        <translation>— sin lugar de trabajo —</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="288"/>
        <source>e.g. Union hall, break room, online</source>
        <translation>p. ej. salón del sindicato, sala de descanso, en línea</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="291"/>
        <source>e.g. Spanish, English</source>
        <translation>p. ej., español, inglés</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="294"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="298"/>
        <source>File names or links, one per line</source>
        <translation>Nombres de archivo o enlaces, uno por línea</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="309"/>
        <source>Remove trainer</source>
        <translation>Quitar capacitador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="311"/>
        <location filename="../../ui/trainings/page.py" line="356"/>
        <source>Trainers (double-click a person to add; people with the trainer role are listed first)</source>
        <translation>Capacitadores (haga doble clic en una persona para agregarla; primero aparecen quienes tienen el rol de capacitador(a))</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="314"/>
        <source>Chosen:</source>
        <translation>Elegidos:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="321"/>
        <location filename="../../ui/trainings/page.py" line="350"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="322"/>
        <location filename="../../ui/trainings/page.py" line="351"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="323"/>
        <location filename="../../ui/trainings/page.py" line="352"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="324"/>
        <location filename="../../ui/trainings/page.py" line="353"/>
        <source>&amp;Place:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="325"/>
        <location filename="../../ui/trainings/page.py" line="353"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="326"/>
        <location filename="../../ui/trainings/page.py" line="354"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Cupo:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="327"/>
        <location filename="../../ui/trainings/page.py" line="354"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="328"/>
        <location filename="../../ui/trainings/page.py" line="355"/>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="587"/>
        <source>Filter sessions… (Ctrl+F)</source>
        <translation>Filtrar sesiones… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="595"/>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="597"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="599"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="601"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="617"/>
        <location filename="../../ui/trainings/page.py" line="740"/>
        <source>Choose a session on the left.</source>
        <translation>Elija una sesión a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="633"/>
        <source>Keys: A attended · N no-show · R registered (then the next row) · E evaluation and follow-up · Delete removes</source>
        <translation>Teclas: A asistió · N no asistió · R inscrito (y pasa a la fila siguiente) · E evaluación y seguimiento · Delete quita</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="650"/>
        <source>Register people…</source>
        <translation>Inscribir personas…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="650"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="651"/>
        <source>Walk-in…</source>
        <translation>Persona sin registro…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="651"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="652"/>
        <source>Evaluation / follow-up…</source>
        <translation>Evaluación / seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="653"/>
        <source>Person&apos;s trainings…</source>
        <translation>Capacitaciones de la persona…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="654"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="655"/>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir hoja de asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="655"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="656"/>
        <source>Sign-in sheet as PDF…</source>
        <translation>Hoja de asistencia como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="691"/>
        <source>Keys: A attended · N no-show · R registered (then the next row) · E evaluation and follow-up</source>
        <translation>Teclas: A asistió · N no asistió · R inscrito (y pasa a la fila siguiente) · E evaluación y seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="747"/>
        <source>Place: {p}</source>
        <translation>Lugar: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="748"/>
        <source>Trainers: {t}</source>
        <translation>Capacitadores: {t}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="750"/>
        <source>Languages: {l}</source>
        <translation>Idiomas: {l}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="752"/>
        <source>Capacity: {n}</source>
        <translation>Cupo: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="754"/>
        <source>Materials: {m}</source>
        <translation>Materiales: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="816"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="817"/>
        <source>Delete the session {s} with its %n registrations? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la sesión {s} con su %n inscripción? Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la sesión {s} con sus %n inscripciones? Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="846"/>
        <source>%n registered · {a} attended · {x} no-show · {w} walk-ins</source>
        <translation>
            <numerusform>%n inscrito · {a} asistieron · {x} no asistieron · {w} sin registro</numerusform>
            <numerusform>%n inscritos · {a} asistieron · {x} no asistieron · {w} sin registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="918"/>
        <source>%n registered ({k} were already registered).</source>
        <translation>
            <numerusform>%n inscrito ({k} ya estaban inscritos).</numerusform>
            <numerusform>%n inscritos ({k} ya estaban inscritos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trainings/page.py" line="973"/>
        <source>Remove %n people from this session? Their attendance and follow-ups here are deleted.</source>
        <translation>
            <numerusform>¿Quitar a %n persona de esta sesión? Se eliminan su asistencia y sus seguimientos en esta sesión.</numerusform>
            <numerusform>¿Quitar a %n personas de esta sesión? Se eliminan su asistencia y sus seguimientos en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="849"/>
        <source>(over capacity by {n})</source>
        <translation>(excede el cupo por {n})</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="920"/>
        <source>The session is now over capacity by {n}.</source>
        <translation>La sesión ahora excede el cupo por {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="957"/>
        <source>Trainings of {name}</source>
        <translation>Capacitaciones de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="972"/>
        <source>Remove registration</source>
        <translation>Quitar inscripción</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="407"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="407"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="412"/>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="424"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="427"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="436"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="437"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="438"/>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/committee_life.py" line="440"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="231"/>
        <source>Training topic</source>
        <translation>Tema de capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="244"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="245"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="249"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="250"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="253"/>
        <source>&amp;Name (English):</source>
        <translation>&amp;Nombre (inglés):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="254"/>
        <source>Name (&amp;Spanish):</source>
        <translation>Nombre (&amp;español):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="255"/>
        <source>&amp;Description (English):</source>
        <translation>&amp;Descripción (inglés):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="256"/>
        <source>Description (Spa&amp;nish):</source>
        <translation>Descripción (españo&amp;l):</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="257"/>
        <source>Expected &amp;length:</source>
        <translation>D&amp;uración prevista:</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="258"/>
        <source>&amp;Refresh after:</source>
        <translation>&amp;Repaso después de:</translation>
    </message>
</context>
<context>
    <name>TopicsTab</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="991"/>
        <source>New topic…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="992"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="992"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1034"/>
        <source>Delete topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1034"/>
        <source>Delete the topic {t}?</source>
        <translation>¿Eliminar el tema {t}?</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../ui/trainings/page.py" line="1318"/>
        <location filename="../../ui/trainings/page.py" line="1457"/>
        <location filename="../../ui/trainings/page.py" line="1467"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1322"/>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1323"/>
        <location filename="../../ui/trainings/page.py" line="1457"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1324"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1328"/>
        <source>Training report…</source>
        <translation>Informe de capacitaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1330"/>
        <source>Excel workbook: sessions, attendance, coverage, trainer totals</source>
        <translation>Libro de Excel: sesiones, asistencia, cobertura, totales por capacitador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1332"/>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1334"/>
        <source>The training report on paper: print preview, then the print dialog</source>
        <translation>El informe de capacitaciones en papel: vista previa de impresión y luego el diálogo de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1336"/>
        <source>Report as PDF…</source>
        <translation>Informe como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1388"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1395"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1424"/>
        <source>sign-in-{topic}-{date}.pdf</source>
        <translation>hoja-de-asistencia-{topic}-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1426"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1432"/>
        <source>Writing the sign-in sheet…</source>
        <translation>Escribiendo la hoja de asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1435"/>
        <source>Sign-in sheet saved: {p}</source>
        <translation>Hoja de asistencia guardada: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1449"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1457"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1457"/>
        <location filename="../../ui/trainings/page.py" line="1459"/>
        <source>Trainers</source>
        <translation>Capacitadores</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1458"/>
        <location filename="../../ui/trainings/page.py" line="1461"/>
        <source>Session ID</source>
        <translation>ID de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1458"/>
        <location filename="../../ui/trainings/page.py" line="1461"/>
        <location filename="../../ui/trainings/page.py" line="1465"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1458"/>
        <location filename="../../ui/trainings/page.py" line="1461"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1458"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1459"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1459"/>
        <source>Capacity</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1459"/>
        <location filename="../../ui/trainings/page.py" line="1467"/>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1460"/>
        <location filename="../../ui/trainings/page.py" line="1468"/>
        <location filename="../../ui/trainings/page.py" line="1471"/>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1460"/>
        <location filename="../../ui/trainings/page.py" line="1468"/>
        <source>No-show</source>
        <translation>No asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1460"/>
        <source>Walk-ins</source>
        <translation>Sin registro previo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1460"/>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1461"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1462"/>
        <location filename="../../ui/trainings/page.py" line="1467"/>
        <source>Person ID</source>
        <translation>ID de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1462"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1462"/>
        <location filename="../../ui/trainings/page.py" line="1465"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1462"/>
        <location filename="../../ui/trainings/page.py" line="1465"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1463"/>
        <location filename="../../ui/trainings/page.py" line="1465"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1463"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1463"/>
        <source>Walk-in</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1463"/>
        <source>Evaluation (1-5)</source>
        <translation>Evaluación (1-5)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1464"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1466"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1466"/>
        <source>Trained</source>
        <translation>Capacitadas</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1466"/>
        <source>Share trained</source>
        <translation>Porcentaje capacitado</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1467"/>
        <location filename="../../ui/trainings/page.py" line="1471"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1470"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1470"/>
        <source>People trained per trainer (attended)</source>
        <translation>Personas capacitadas por capacitador(a) (asistieron)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1471"/>
        <source>Chart</source>
        <comment>sheet name</comment>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1472"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destruir después de usar</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1472"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1473"/>
        <location filename="../../ui/trainings/page.py" line="1488"/>
        <source>Training report</source>
        <translation>Informe de capacitaciones</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1474"/>
        <source>Made with Committee Desk on {when}. Confidential: contains personal data.</source>
        <translation>Hecho con Committee Desk el {when}. Confidencial: contiene datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1475"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (continuación)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1494"/>
        <source>trainings-{date}.pdf</source>
        <translation>capacitaciones-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1499"/>
        <source>trainings-{date}.xlsx</source>
        <translation>capacitaciones-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1501"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1495"/>
        <location filename="../../ui/trainings/page.py" line="1508"/>
        <source>Writing the training report…</source>
        <translation>Escribiendo el informe de capacitaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/trainings/page.py" line="1511"/>
        <source>Training report saved: {p}</source>
        <translation>Informe de capacitaciones guardado: {p}</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1242"/>
        <location filename="../../models/mobilization/operations.py" line="1384"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1243"/>
        <location filename="../../models/mobilization/operations.py" line="1385"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1244"/>
        <location filename="../../models/mobilization/operations.py" line="1386"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1245"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1246"/>
        <location filename="../../models/mobilization/operations.py" line="1387"/>
        <source>Caller</source>
        <translation>Llamador(a)</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1248"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1380"/>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1381"/>
        <source>Called at</source>
        <translation>Llamada el</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1382"/>
        <source>Row ID</source>
        <translation>ID de fila</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1383"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1388"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1389"/>
        <source>Call back at</source>
        <translation>Volver a llamar el</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1390"/>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1391"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1392"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../models/mobilization/operations.py" line="1393"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TurnoutWidget</name>
    <message>
        <location filename="../../ui/mobilization/page.py" line="535"/>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="538"/>
        <source>Export people…</source>
        <translation>Exportar personas…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="540"/>
        <source>The people on this event&apos;s call lists or checked in at it: Excel, CSV, Spoke, Action Network, Google Contacts or vCard</source>
        <translation>Las personas de las listas de llamadas de este evento o registradas en él: Excel, CSV, Spoke, Action Network, Contactos de Google o vCard</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="543"/>
        <source>Print call sheets…</source>
        <translation>Imprimir hojas de llamadas…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="545"/>
        <source>Print preview, then the print dialog (Ctrl+P)</source>
        <translation>Vista previa de impresión y luego el diálogo de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="547"/>
        <source>Call sheets as PDF…</source>
        <translation>Hojas de llamadas como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="550"/>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="552"/>
        <source>The turnout report on paper: print preview, then the print dialog</source>
        <translation>El informe de asistencia en papel: vista previa de impresión y luego el diálogo de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="554"/>
        <source>Report as PDF…</source>
        <translation>Informe como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="561"/>
        <source>Breakdown:</source>
        <translation>Desglose:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="590"/>
        <location filename="../../ui/mobilization/page.py" line="666"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="591"/>
        <source>On list</source>
        <translation>En lista</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="591"/>
        <location filename="../../ui/mobilization/page.py" line="667"/>
        <source>Called</source>
        <translation>Llamados</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="591"/>
        <location filename="../../ui/mobilization/page.py" line="667"/>
        <source>Reached</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="592"/>
        <location filename="../../ui/mobilization/page.py" line="668"/>
        <source>Said yes</source>
        <translation>Dijeron sí</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="592"/>
        <location filename="../../ui/mobilization/page.py" line="668"/>
        <source>Said maybe</source>
        <translation>Dijeron tal vez</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="592"/>
        <location filename="../../ui/mobilization/page.py" line="668"/>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="593"/>
        <location filename="../../ui/mobilization/page.py" line="669"/>
        <source>Attended without a yes</source>
        <translation>Asistieron sin decir sí</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="597"/>
        <location filename="../../ui/mobilization/page.py" line="599"/>
        <location filename="../../ui/mobilization/page.py" line="670"/>
        <source>Flake rate</source>
        <translation>Tasa de incumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="612"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="619"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="622"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="631"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="632"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="633"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="633"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="633"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="633"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="633"/>
        <source>May</source>
        <comment>month, abbreviated</comment>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="634"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="635"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="636"/>
        <source>{weekday} {day:02d} {month} {year} {time}</source>
        <translation>{weekday} {day:02d} {month} {year} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="642"/>
        <location filename="../../ui/mobilization/page.py" line="747"/>
        <source>{event} — call sheets</source>
        <translation>{event} — hojas de llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="642"/>
        <source>Caller</source>
        <translation>Llamador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="643"/>
        <source>Not assigned to a caller</source>
        <translation>Sin llamador(a) asignado</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="643"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="643"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="644"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="644"/>
        <location filename="../../ui/mobilization/page.py" line="680"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="644"/>
        <source>Lang.</source>
        <comment>language, abbreviated</comment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="645"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="645"/>
        <location filename="../../ui/mobilization/page.py" line="682"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destrúyalo después de usarlo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="646"/>
        <location filename="../../ui/mobilization/page.py" line="682"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="646"/>
        <source>Key:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="647"/>
        <source>Only people who said it is OK to call them: people whose consent is unknown are left out.</source>
        <translation>Solo personas que aceptaron recibir llamadas: se dejan fuera las personas cuyo consentimiento se desconoce.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="649"/>
        <source>People whose consent to be called is unknown are marked “consent unknown”: ask first.</source>
        <translation>Las personas cuyo consentimiento para recibir llamadas se desconoce van marcadas «consentimiento desconocido»: pregunte primero.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="651"/>
        <source>consent unknown</source>
        <translation>consentimiento desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="663"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="663"/>
        <source>Progress by day</source>
        <translation>Avance por día</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="663"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="664"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="664"/>
        <location filename="../../ui/mobilization/page.py" line="676"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="664"/>
        <source>Turnout report</source>
        <translation>Informe de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="665"/>
        <source>Made with Committee Desk on {when}. Confidential: contains personal data.</source>
        <translation>Hecho con Committee Desk el {when}. Confidencial: contiene datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="666"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="666"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="667"/>
        <source>On the call list</source>
        <translation>En la lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="596"/>
        <location filename="../../ui/mobilization/page.py" line="670"/>
        <source>Said yes, did not come</source>
        <translation>Dijeron que sí, no vinieron</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="671"/>
        <source>Reached / called</source>
        <translation>Contactados / llamados</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="671"/>
        <source>Calls made</source>
        <translation>Llamadas hechas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="672"/>
        <source>Turnout</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="673"/>
        <source>By workplace</source>
        <translation>Por lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="673"/>
        <source>By department</source>
        <translation>Por departamento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="674"/>
        <source>By shift</source>
        <translation>Por turno</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="674"/>
        <source>By committee</source>
        <translation>Por comité</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="674"/>
        <source>By caller</source>
        <translation>Por llamador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="676"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="676"/>
        <source>Days before the event</source>
        <translation>Días antes del evento</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="676"/>
        <source>Calls that day</source>
        <translation>Llamadas ese día</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="677"/>
        <source>People called so far</source>
        <translation>Personas llamadas hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="677"/>
        <source>Reached so far</source>
        <translation>Contactadas hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="677"/>
        <source>Saying yes so far</source>
        <translation>Dicen que sí hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="680"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="681"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="681"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="683"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (continuación)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="698"/>
        <source>{event} — turnout report</source>
        <translation>{event} — informe de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="706"/>
        <source>{event} turnout.pdf</source>
        <translation>{event} asistencia.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="713"/>
        <source>{event} turnout.xlsx</source>
        <translation>{event} asistencia.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="714"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="707"/>
        <location filename="../../ui/mobilization/page.py" line="721"/>
        <source>Writing the turnout report…</source>
        <translation>Escribiendo el informe de asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="731"/>
        <source>{event} people</source>
        <translation>{event} personas</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="753"/>
        <source>{event} call sheets.pdf</source>
        <translation>{event} hojas de llamadas.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="754"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mobilization/page.py" line="761"/>
        <source>Writing call sheets…</source>
        <translation>Escribiendo las hojas de llamadas…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/safety/unlock.py" line="105"/>
        <source>Committee Desk — Unlock</source>
        <translation>Committee Desk — Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="107"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="495"/>
        <source>A committee server keeps the committee&apos;s records on a machine the committee controls (for example at the union hall), shared by its organizers, trainers and callers. Its admin gives you the server&apos;s name, the database and your user name.</source>
        <translation>Un servidor del comité guarda los registros del comité en una máquina que el comité controla (por ejemplo, en el local del sindicato), compartidos por sus organizadores, capacitadores y llamadores. Quien lo administra le da el nombre del servidor, la base de datos y su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="516"/>
        <source>e.g. hall.local or 192.168.1.20</source>
        <translation>p. ej. local.sindicato o 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="534"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>Recor&amp;dar la contraseña en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="542"/>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="547"/>
        <source>Rece&amp;nt servers:</source>
        <translation>Servidores &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="551"/>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="555"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="558"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="559"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="560"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="607"/>
        <source>The password is remembered on this computer: leave it empty to connect.</source>
        <translation>La contraseña está guardada en esta computadora: déjela vacía para conectarse.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="622"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>El puerto es un número de 1 a 65535 (normalmente 5432).</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="627"/>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Escriba el servidor, la base de datos y su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="641"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="688"/>
        <source>Your committee&apos;s records on the committee&apos;s own server, shared with the people it has given a login.</source>
        <translation>Los registros de su comité en el servidor propio del comité, compartidos con las personas a las que dio un usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="691"/>
        <source>Your committee&apos;s records, encrypted on this computer. Nothing is sent anywhere.</source>
        <translation>Los registros de su comité, cifrados en esta computadora. No se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="118"/>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="119"/>
        <source>Create a new database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="120"/>
        <source>Connect to a committee server</source>
        <translation>Conectarse a un servidor del comité</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="127"/>
        <source>Try it with fictional demo data</source>
        <translation>Probar con datos ficticios de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="168"/>
        <source>Database file (.cdesk)</source>
        <translation>Archivo de base de datos (.cdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="170"/>
        <location filename="../../ui/safety/unlock.py" line="312"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="182"/>
        <location filename="../../ui/safety/unlock.py" line="342"/>
        <source>Remember the passphrase on this computer</source>
        <translation>Recordar la frase de contraseña en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="194"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="200"/>
        <source>Recent databases:</source>
        <translation>Bases de datos recientes:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="201"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="202"/>
        <location filename="../../ui/safety/unlock.py" line="364"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="227"/>
        <source>The passphrase is remembered on this computer: leave it empty to unlock.</source>
        <translation>La frase de contraseña está guardada en esta computadora: déjela vacía para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="234"/>
        <source>Open a Committee Desk database</source>
        <translation>Abrir una base de datos de Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="236"/>
        <source>Committee Desk databases (*.cdesk);;All files (*)</source>
        <translation>Bases de datos de Committee Desk (*.cdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="247"/>
        <source>Choose a database file first.</source>
        <translation>Primero elija un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="256"/>
        <source>Enter the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="281"/>
        <source>Restore the backup from {when}</source>
        <translation>Restaurar la copia de seguridad del {when}</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="321"/>
        <source>e.g. Local 1546 Committee to Defend Immigrant Co-workers</source>
        <translation>p. ej. Comité del Local 1546 para Defender a Compañeros Inmigrantes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="345"/>
        <source>Fill it with fictional demo people (to try the app)</source>
        <translation>Llenarla con personas ficticias de demostración (para probar la aplicación)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="348"/>
        <source>Write the passphrase down and keep it safe. Without it nobody — not even you — can open the database: there is no recovery.</source>
        <translation>Anote la frase de contraseña y guárdela en un lugar seguro. Sin ella nadie —ni siquiera usted— puede abrir la base de datos: no hay forma de recuperarla.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="356"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="361"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="362"/>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="363"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="365"/>
        <source>Passphrase again:</source>
        <translation>Repita la frase:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="366"/>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="384"/>
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="397"/>
        <location filename="../../ui/safety/unlock.py" line="420"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/unlock.py" line="417"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>La frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="56"/>
        <source>Add a walk-in</source>
        <translation>Agregar persona sin registro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="65"/>
        <source>e.g. es, en</source>
        <translation>p. ej. es, en</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="68"/>
        <location filename="../../ui/widgets/walk_in.py" line="106"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="81"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="82"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="84"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="85"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lugar de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="86"/>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="87"/>
        <source>&amp;Shift:</source>
        <translation>T&amp;urno:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="90"/>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/walk_in.py" line="93"/>
        <source>They are added to the roster and marked as attended.</source>
        <translation>La persona se agrega al listado y se marca que asistió.</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../models/organization/wallchart.py" line="142"/>
        <source>Committee members are at least 10% of the unit: {members} of {unit} ({pct}%; goal {goal}).</source>
        <translation>Los miembros del comité son al menos el 10% de la unidad: {members} de {unit} ({pct}%; meta {goal}).</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="151"/>
        <source>Every department has a committee member.</source>
        <translation>Cada departamento tiene un miembro del comité.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="152"/>
        <source>Departments with no committee member ({n} of {all}): {names}.</source>
        <translation>Departamentos sin miembro del comité ({n} de {all}): {names}.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="160"/>
        <source>Every shift has a committee member.</source>
        <translation>Cada turno tiene un miembro del comité.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="161"/>
        <source>Shifts with no committee member ({n} of {all}): {names}.</source>
        <translation>Turnos sin miembro del comité ({n} de {all}): {names}.</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="167"/>
        <source>Assessed: {assessed} of {unit} in the unit ({pct}%).</source>
        <translation>Evaluados: {assessed} de {unit} en la unidad ({pct}%).</translation>
    </message>
    <message>
        <location filename="../../models/organization/wallchart.py" line="173"/>
        <source>Rated 1–2: {n} of {unit} in the unit ({pct}%; {pct_assessed}% of those assessed).</source>
        <translation>Con 1–2: {n} de {unit} en la unidad ({pct}%; {pct_assessed}% de los evaluados).</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="119"/>
        <location filename="../../ui/organization/wallchart.py" line="166"/>
        <location filename="../../ui/organization/wallchart.py" line="308"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="158"/>
        <location filename="../../ui/organization/wallchart.py" line="307"/>
        <source>Committee {n}</source>
        <translation>Comité {n}</translation>
    </message>
</context>
<context>
    <name>WallChartModel</name>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="98"/>
        <source>(no shift)</source>
        <translation>(sin turno)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="99"/>
        <source>All shifts</source>
        <translation>Todos los turnos</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="102"/>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="103"/>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="112"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="112"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n evaluada</numerusform>
            <numerusform>%n evaluadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="113"/>
        <source>committee {members}</source>
        <translation>comité {members}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="116"/>
        <source>{people} on the roster, {assessed} assessed ({spread}); %n committee members; coverage {ratio} (goal 1:10). Click to open them in the roster.</source>
        <translation>
            <numerusform>{people} en el listado, {assessed} evaluadas ({spread}); %n miembro del comité; cobertura {ratio} (meta 1:10). Haga clic para verlas en el listado.</numerusform>
            <numerusform>{people} en el listado, {assessed} evaluadas ({spread}); %n miembros del comité; cobertura {ratio} (meta 1:10). Haga clic para verlas en el listado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallChartView</name>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="184"/>
        <source>Wall chart</source>
        <translation>Tabla mural</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="193"/>
        <source>Count only this workplace&apos;s committees</source>
        <translation>Contar solo los comités de este lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="195"/>
        <source>By default a committee member is an active member of any committee.</source>
        <translation>De forma predeterminada, un miembro del comité es un miembro activo de cualquier comité.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="197"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="199"/>
        <source>Save a one-page PDF to pin up</source>
        <translation>Guardar un PDF de una página para colgar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="201"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="203"/>
        <source>Print preview, then the print dialog (Ctrl+P)</source>
        <translation>Vista previa de impresión y luego el diálogo de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="225"/>
        <location filename="../../ui/organization/wallchart.py" line="317"/>
        <source>Health checks</source>
        <translation>Indicadores de salud</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="229"/>
        <source>Bar: 1 strong support (green) … 5 opposed (red), grey = not assessed. 1:N = co-workers per committee member; red when fewer than one per ~10.</source>
        <translation>Barra: 1 apoyo fuerte (verde) … 5 en contra (rojo), gris = sin evaluar. 1:N = compañeros por cada miembro del comité; en rojo cuando hay menos de uno por cada ~10.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="266"/>
        <location filename="../../ui/organization/wallchart.py" line="342"/>
        <source>Wall chart: {name}</source>
        <translation>Tabla mural: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="268"/>
        <location filename="../../ui/organization/wallchart.py" line="302"/>
        <source>from the workplace record</source>
        <translation>según el registro del lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="268"/>
        <location filename="../../ui/organization/wallchart.py" line="302"/>
        <source>the roster count</source>
        <translation>según el listado</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="269"/>
        <source>Unit size {unit} ({source}) · on the roster {people} · committee members {members}</source>
        <translation>Tamaño de la unidad {unit} ({source}) · en el listado {people} · miembros del comité {members}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="285"/>
        <source>Showing those people in the roster.</source>
        <translation>Mostrando a esas personas en el listado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="295"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organization/wallchart.py" line="296"/>
        <source>%n assessed</source>
        <translation>
            <numerusform>%n evaluada</numerusform>
            <numerusform>%n evaluadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="299"/>
        <source>Wall chart · {workplace}</source>
        <translation>Tabla mural · {workplace}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="300"/>
        <source>Unit size {unit} ({source})  ·  on the roster {people}  ·  committee members {members}  ·  printed {date}</source>
        <translation>Tamaño de la unidad {unit} ({source})  ·  en el listado {people}  ·  miembros del comité {members}  ·  impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="303"/>
        <source>Department \ Shift</source>
        <translation>Departamento \ Turno</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="303"/>
        <source>All shifts</source>
        <translation>Todos los turnos</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="304"/>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="304"/>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="305"/>
        <source>(no shift)</source>
        <translation>(sin turno)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="309"/>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="310"/>
        <source>1 strong support</source>
        <translation>1 apoyo fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="310"/>
        <source>2 leaning support</source>
        <translation>2 tiende a apoyar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="310"/>
        <source>3 undecided</source>
        <translation>3 indeciso(a)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="311"/>
        <source>4 leaning against</source>
        <translation>4 tiende en contra</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="311"/>
        <source>5 opposed</source>
        <translation>5 en contra</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="312"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="313"/>
        <source>Coverage 1:N = co-workers per committee member; goal one member per ~{goal} co-workers (red = not met).</source>
        <translation>Cobertura 1:N = compañeros de trabajo por miembro del comité; meta: un miembro por cada ~{goal} compañeros de trabajo (rojo = no se cumple).</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="315"/>
        <source>Committee members: active members of any committee.</source>
        <translation>Miembros del comité: miembros activos de cualquier comité.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="316"/>
        <source>Committee members: active members of this workplace&apos;s committees.</source>
        <translation>Miembros del comité: miembros activos de los comités de este lugar de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="318"/>
        <source>Confidential — shred after use</source>
        <translation>Confidencial — destruir después de usar</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="326"/>
        <source>wall-chart-{workplace}.pdf</source>
        <translation>tabla-mural-{workplace}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="327"/>
        <source>Save the wall chart as</source>
        <translation>Guardar la tabla mural como</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="327"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/wallchart.py" line="355"/>
        <source>Saved {name}</source>
        <translation>Guardado: {name}</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="71"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="71"/>
        <source>Evening</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="71"/>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="73"/>
        <source>New workplace</source>
        <translation>Nuevo lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="85"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="94"/>
        <location filename="../../ui/organization/workplaces.py" line="141"/>
        <source>Departments (one per line)</source>
        <translation>Departamentos (uno por línea)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="94"/>
        <location filename="../../ui/organization/workplaces.py" line="142"/>
        <source>Shifts (one per line, in order)</source>
        <translation>Turnos (uno por línea, en orden)</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="102"/>
        <location filename="../../ui/organization/workplaces.py" line="138"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="103"/>
        <location filename="../../ui/organization/workplaces.py" line="138"/>
        <source>Employer:</source>
        <translation>Empleador:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="104"/>
        <location filename="../../ui/organization/workplaces.py" line="139"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="105"/>
        <location filename="../../ui/organization/workplaces.py" line="139"/>
        <source>Union local:</source>
        <translation>Local sindical:</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="106"/>
        <location filename="../../ui/organization/workplaces.py" line="140"/>
        <source>Bargaining-unit size:</source>
        <translation>Tamaño de la unidad de negociación:</translation>
    </message>
</context>
<context>
    <name>Workplaces</name>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="28"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="29"/>
        <source>Union local</source>
        <translation>Local sindical</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="30"/>
        <source>Unit size</source>
        <translation>Tamaño de la unidad</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="31"/>
        <source>On the roster</source>
        <translation>En el listado</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="32"/>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="33"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="39"/>
        <source>Wall chart…</source>
        <translation>Tabla mural…</translation>
    </message>
    <message>
        <location filename="../../ui/organization/workplaces.py" line="39"/>
        <source>Departments × shifts, committee coverage and health checks</source>
        <translation>Departamentos × turnos, cobertura del comité e indicadores de salud</translation>
    </message>
</context>
</TS>
