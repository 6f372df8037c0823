<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>The journal cannot be opened</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Se abrió la copia de seguridad</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>Abrir la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The backup cannot be opened either</source>
        <translation>Tampoco se puede abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>it failed its check</source>
        <translation>no pasó la revisión</translation>
    </message>
    <message>
        <source>{problem}

Open the latest good backup instead ({backup})? The current file is kept aside, not deleted.</source>
        <translation>{problem}

¿Abrir en su lugar la copia de seguridad buena más reciente ({backup})? El archivo actual se guarda aparte, no se borra.</translation>
    </message>
    <message>
        <source>The latest good backup is open. The file it replaced is kept at {path}.</source>
        <translation>Está abierta la copia de seguridad buena más reciente. El archivo que reemplazó se guarda en {path}.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Casos borrados</translation>
    </message>
    <message>
        <source>A deleted case waits here with everything in it: opinions, notes, attached files and its history. “Bring it back” puts it in your case list again. Only “Empty the bin” deletes the cases here for good.</source>
        <translation>Un caso borrado espera aquí con todo lo que tiene: opiniones, notas, archivos adjuntos y su historial. «Recuperarlo» lo vuelve a poner en su lista de casos. Solo «Vaciar la papelera» borra para siempre los casos de aquí.</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Recuperarlo</translation>
    </message>
    <message>
        <source>Bring the chosen case back</source>
        <translation>Recuperar el caso elegido</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>{title}
Deleted {when}</source>
        <translation>{title}
Borrado el {when}</translation>
    </message>
    <message>
        <source>{title}, deleted {when}</source>
        <translation>{title}, borrado el {when}</translation>
    </message>
    <message>
        <source>Empty the bin ({count})…</source>
        <translation>Vaciar la papelera ({count})…</translation>
    </message>
    <message>
        <source>Bring back “{title}”</source>
        <translation>Recuperar «{title}»</translation>
    </message>
    <message>
        <source>The case was not brought back</source>
        <translation>No se recuperó el caso</translation>
    </message>
    <message>
        <source>Empty the bin?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message>
        <source>Delete {count} for good</source>
        <translation>Borrar {count} para siempre</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>The bin was not emptied</source>
        <translation>No se vació la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Empty the bin: delete %n case(s) for good</source>
        <translation>
            <numerusform>Vaciar la papelera: borrar %n caso para siempre</numerusform>
            <numerusform>Vaciar la papelera: borrar %n casos para siempre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n case(s) in the bin for good, with their opinions, notes, attached files and history?

This cannot be undone in SecondOp; only an older backup of the journal would still hold them.</source>
        <translation>
            <numerusform>¿Borrar para siempre el caso de la papelera, con sus opiniones, notas, archivos adjuntos e historial?

Esto no se puede deshacer en SecondOp; solo una copia de seguridad anterior del diario lo tendría todavía.</numerusform>
            <numerusform>¿Borrar para siempre los %n casos de la papelera, con sus opiniones, notas, archivos adjuntos e historial?

Esto no se puede deshacer en SecondOp; solo una copia de seguridad anterior del diario los tendría todavía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>, time-sensitive</source>
        <translation>, urgente</translation>
    </message>
    <message>
        <source>Time-sensitive</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Decided: {chosen}</source>
        <translation>Decidido: {chosen}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>O&amp;pinions</source>
        <translation>O&amp;piniones</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>E&amp;xpedientes</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>In the room…</source>
        <translation>En la consulta…</translation>
    </message>
    <message>
        <source>Take notes in the room: a calm full-window screen for a consultation</source>
        <translation>Tome notas en la consulta: una pantalla tranquila, a ventana completa, para una cita</translation>
    </message>
    <message>
        <source>Notes during a consultation, saved as you press Enter (Ctrl+R)</source>
        <translation>Notas durante una cita, guardadas al pulsar Intro (Ctrl+R)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Partes del caso</translation>
    </message>
    <message>
        <source>O&amp;pinions ({count})</source>
        <translation>O&amp;piniones ({count})</translation>
    </message>
    <message>
        <source>&amp;Questions ({count})</source>
        <translation>&amp;Preguntas ({count})</translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation>&amp;Notas ({count})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Time-sensitive</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Clear your view of a difference</source>
        <translation>Borrar lo que usted piensa de una diferencia</translation>
    </message>
    <message>
        <source>Change your view of a difference</source>
        <translation>Cambiar lo que usted piensa de una diferencia</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Added to your questions (see the Questions tab).</source>
        <translation>Añadida a sus preguntas (vea la pestaña Preguntas).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The side-by-side comparison is not available in this version.</source>
        <translation>Esta versión no tiene la comparación lado a lado.</translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Abrir un archivo de caso</translation>
    </message>
    <message>
        <source>Case files (*.secondop *.json)</source>
        <translation>Archivos de caso (*.secondop *.json)</translation>
    </message>
    <message>
        <source>The case file was not written</source>
        <translation>No se guardó el archivo del caso</translation>
    </message>
    <message>
        <source>Wrote {path}{left_out}. Open it on the other computer with File → Open a case file…</source>
        <translation>Se guardó {path}{left_out}. Ábralo en la otra computadora con Archivo → Abrir un archivo de caso…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation>No se importó el archivo del caso</translation>
    </message>
    <message>
        <source>Case file imported. {summary}</source>
        <translation>Archivo de caso importado. {summary}</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>«{title}» volvió de la papelera.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Some attached files were not sent</source>
        <translation>Algunos archivos adjuntos no se enviaron</translation>
    </message>
    <message>
        <source>These files were never in this journal (the case came without them), so the case file does not carry them: {names}. Attach them on the Records tab and send the case again to include them.</source>
        <translation>Estos archivos nunca estuvieron en este diario (el caso llegó sin ellos), así que el archivo del caso no los lleva: {names}. Adjúntelos en la pestaña Expedientes y envíe el caso otra vez para incluirlos.</translation>
    </message>
    <message numerus="yes">
        <source> (%n private note(s) left out)</source>
        <translation>
            <numerusform> (se dejó fuera %n nota privada)</numerusform>
            <numerusform> (se dejaron fuera %n notas privadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) for good.</source>
        <translation>
            <numerusform>Se borró para siempre %n caso.</numerusform>
            <numerusform>Se borraron para siempre %n casos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>{code} — {description}</source>
        <translation>{code} — {description}</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>First doctor to compare</source>
        <translation>Primer médico para comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Second doctor to compare</source>
        <translation>Segundo médico para comparar</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Third doctor to compare</source>
        <translation>Tercer médico para comparar</translation>
    </message>
    <message>
        <source>+ third</source>
        <translation>+ tercero</translation>
    </message>
    <message>
        <source>Add a third doctor to the comparison</source>
        <translation>Añadir un tercer médico a la comparación</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Solo diferencias</translation>
    </message>
    <message>
        <source>Show only the points that differ</source>
        <translation>Mostrar solo los puntos en que no coinciden</translation>
    </message>
    <message>
        <source>Most important first</source>
        <translation>Lo más importante primero</translation>
    </message>
    <message>
        <source>Show the most important differences first</source>
        <translation>Mostrar primero las diferencias más importantes</translation>
    </message>
    <message>
        <source>First doctor</source>
        <translation>Primer médico</translation>
    </message>
    <message>
        <source>Second doctor</source>
        <translation>Segundo médico</translation>
    </message>
    <message>
        <source>Third doctor</source>
        <translation>Tercer médico</translation>
    </message>
    <message>
        <source>Add a third doctor's opinion for a three-way view</source>
        <translation>Añada la opinión de un tercer médico para ver las tres juntas</translation>
    </message>
    <message>
        <source>Same in other words ({count})</source>
        <translation>Igual, con otras palabras ({count})</translation>
    </message>
    <message>
        <source>− third</source>
        <translation>− tercero</translation>
    </message>
    <message>
        <source>Remove the third doctor from the comparison</source>
        <translation>Quitar el tercer médico de la comparación</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n point(s) the doctors said the same in other words</source>
        <translation>
            <numerusform>Mostrar el punto que los médicos dijeron igual con otras palabras</numerusform>
            <numerusform>Mostrar los %n puntos que los médicos dijeron igual con otras palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>▾ Show all</source>
        <translation>▾ Mostrar todo</translation>
    </message>
    <message>
        <source>▴ Show less</source>
        <translation>▴ Mostrar menos</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Same, in other words</source>
        <translation>Igual, con otras palabras</translation>
    </message>
    <message>
        <source>Not mentioned by {doctor}</source>
        <translation>{doctor} no lo mencionó</translation>
    </message>
    <message>
        <source>All the same</source>
        <translation>Todo igual</translation>
    </message>
    <message>
        <source>{doctors} agree</source>
        <translation>{doctors} coinciden</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{doctor}: refined</source>
        <translation>{doctor}: más preciso</translation>
    </message>
    <message>
        <source>{doctor} differs</source>
        <translation>{doctor} no coincide</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>Your view: {view}</source>
        <translation>Lo que usted piensa: {view}</translation>
    </message>
    <message>
        <source>Your view of {doctors}: {view}</source>
        <translation>Lo que usted piensa de {doctors}: {view}</translation>
    </message>
    <message>
        <source>{doctor} did not mention this</source>
        <translation>{doctor} no mencionó esto</translation>
    </message>
    <message>
        <source>did not mention this</source>
        <translation>no mencionó esto</translation>
    </message>
    <message>
        <source>Why they may differ: {reason}</source>
        <translation>Por qué pueden no coincidir: {reason}</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>Su nota: {note}</translation>
    </message>
    <message>
        <source>Suggested question: {question}</source>
        <translation>Pregunta sugerida: {question}</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) differ from the other doctor's</source>
        <translation>
            <numerusform>%n palabra es distinta de las del otro médico</numerusform>
            <numerusform>%n palabras son distintas de las del otro médico</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Points compared</source>
        <translation>Puntos comparados</translation>
    </message>
    <message>
        <source>One row per point the doctors were compared on. Up and Down go from point to point, Left and Right from doctor to doctor; F7 goes to the next difference.</source>
        <translation>Una fila por cada punto comparado. Arriba y Abajo van de un punto a otro, Izquierda y Derecha de un médico a otro; F7 va a la siguiente diferencia.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Open a case to compare its doctors' opinions.</source>
        <translation>Abra un caso para comparar las opiniones de sus médicos.</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Resumen de la comparación</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Diferencia anterior</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7)</source>
        <translation>Diferencia anterior (Mayús+F7)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Siguiente diferencia</translation>
    </message>
    <message>
        <source>Next difference (F7)</source>
        <translation>Siguiente diferencia (F7)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation>Comparando las opiniones</translation>
    </message>
    <message>
        <source>Comparison message</source>
        <translation>Mensaje de la comparación</translation>
    </message>
    <message>
        <source>Add a second doctor's opinion to compare. Once two doctors' views are in, this page shows where they agree and where they differ.</source>
        <translation>Añada la opinión de un segundo médico para comparar. Cuando tenga las de dos médicos, esta página le muestra en qué coinciden y en qué no.</translation>
    </message>
    <message>
        <source>Comparing the doctors' opinions…</source>
        <translation>Comparando las opiniones de los médicos…</translation>
    </message>
    <message>
        <source>These opinions could not be compared: {error}</source>
        <translation>No se pudieron comparar estas opiniones: {error}</translation>
    </message>
    <message>
        <source>Summary of the comparison: {summary}</source>
        <translation>Resumen de la comparación: {summary}</translation>
    </message>
    <message>
        <source>{point}: your view taken back; the program's finding stands</source>
        <translation>{point}: se quitó lo que usted pensaba; queda el resultado del programa</translation>
    </message>
    <message>
        <source>{point}: your view is now “{view}”</source>
        <translation>{point}: ahora usted piensa «{view}»</translation>
    </message>
    <message>
        <source>{point}: state is now {state}</source>
        <translation>{point}: ahora está {state}</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Más preciso</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>May be the same</source>
        <translation>Puede que sea lo mismo</translation>
    </message>
    <message>
        <source>Only {doctor}</source>
        <translation>Solo {doctor}</translation>
    </message>
    <message>
        <source>major</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>different</source>
        <translation>diferente</translation>
    </message>
    <message>
        <source>{a} and {b}: same</source>
        <translation>{a} y {b}: igual</translation>
    </message>
    <message>
        <source>{a} and {b}: refined</source>
        <translation>{a} y {b}: más preciso</translation>
    </message>
    <message>
        <source>{a} and {b} differ</source>
        <translation>{a} y {b} no coinciden</translation>
    </message>
    <message>
        <source>{a} has it, {b} not</source>
        <translation>{a} lo tiene, {b} no</translation>
    </message>
    <message>
        <source>{a} and {b}: may be the same</source>
        <translation>{a} y {b}: puede que sea lo mismo</translation>
    </message>
    <message>
        <source>(the program found: {finding})</source>
        <translation>(el programa encontró: {finding})</translation>
    </message>
    <message>
        <source>Diagnosis: {finding}</source>
        <translation>Diagnóstico: {finding}</translation>
    </message>
    <message>
        <source>Plan: {finding}</source>
        <translation>Plan: {finding}</translation>
    </message>
    <message>
        <source>(the program found: {differ}, {agree})</source>
        <translation>(el programa encontró: {differ}, {agree})</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) where the doctors differ</source>
        <translation>
            <numerusform>%n punto en que los médicos no coinciden</numerusform>
            <numerusform>%n puntos en que los médicos no coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n only in detail)</source>
        <translation>
            <numerusform>(%n solo en el detalle)</numerusform>
            <numerusform>(%n solo en el detalle)</numerusform>
        </translation>
    </message>
    <message>
        <source>(only in detail)</source>
        <translation>(solo en el detalle)</translation>
    </message>
    <message>
        <source>(all of them only in detail)</source>
        <translation>(todos solo en el detalle)</translation>
    </message>
    <message numerus="yes">
        <source>%n where they agree</source>
        <translation>
            <numerusform>%n en que coinciden</numerusform>
            <numerusform>%n en que coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n no coincide</numerusform>
            <numerusform>%n no coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agree(s)</source>
        <translation>
            <numerusform>%n coincide</numerusform>
            <numerusform>%n coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose the day in a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Dejar la fecha vacía</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <source>Type the date, e.g. {example}, or leave it empty</source>
        <translation>Escriba la fecha, p. ej., {example}, o déjela vacía</translation>
    </message>
    <message>
        <source>{field}: choose in a calendar</source>
        <translation>{field}: elegir en un calendario</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: calendario</translation>
    </message>
    <message>
        <source>{field}: clear</source>
        <translation>{field}: borrar</translation>
    </message>
    <message>
        <source>“{text}” is not a date SecondOp understands, so it is not saved. Type it like {example}, or leave the box empty.</source>
        <translation>«{text}» no es una fecha que SecondOp entienda, así que no se guarda. Escríbala como {example}, o deje la casilla vacía.</translation>
    </message>
</context>
<context>
    <name>DecideBy</name>
    <message>
        <source>Decide by {date}: {rest}</source>
        <translation>Decidir antes del {date}: {rest}</translation>
    </message>
    <message>
        <source>that is today</source>
        <translation>es hoy</translation>
    </message>
    <message>
        <source>that was yesterday</source>
        <translation>fue ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>that was %n day(s) ago</source>
        <translation>
            <numerusform>fue hace %n día</numerusform>
            <numerusform>fue hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>I feel sure about the best choice for me.</source>
        <translation>Me siento seguro(a) de cuál es la mejor opción para mí.</translation>
    </message>
    <message>
        <source>I know the benefits and risks of each option.</source>
        <translation>Conozco los beneficios y los riesgos de cada opción.</translation>
    </message>
    <message>
        <source>I am clear about which benefits and risks matter most to me.</source>
        <translation>Tengo claro qué beneficios y qué riesgos me importan más.</translation>
    </message>
    <message>
        <source>I have enough support and advice to make a choice.</source>
        <translation>Tengo suficiente apoyo y consejo para decidir.</translation>
    </message>
    <message>
        <source>Not sure yet? That is common. Give yourself the time the doctors say is safe, and look again at the options side by side above.</source>
        <translation>¿Todavía no está seguro(a)? Es algo común. Tómese el tiempo que los médicos digan que es seguro, y vuelva a mirar arriba las opciones una al lado de la otra.</translation>
    </message>
    <message>
        <source>Go through the grid above: every cell marked “not said” can become a question for the doctor, in one click.</source>
        <translation>Repase la tabla de arriba: cada casilla marcada «no lo dijo» puede convertirse en una pregunta para el médico, con un solo clic.</translation>
    </message>
    <message>
        <source>Rate what matters to you above, and mark which options each factor favours; the picture shows it option by option.</source>
        <translation>Arriba, califique lo que le importa y marque qué opciones favorece cada factor; el gráfico lo muestra opción por opción.</translation>
    </message>
    <message>
        <source>Talk it over with the people who decide with you, or ask one of the doctors for another talk. Write down who helps you below.</source>
        <translation>Háblelo con las personas que deciden con usted, o pídale a uno de los médicos otra conversación. Anote abajo quién le ayuda.</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Put the options side by side, say what matters to you, and when you have decided, write down what you chose and why. It helps to look back on, and to explain to your doctors and family.</source>
        <translation>Ponga las opciones lado a lado, diga qué le importa y, cuando haya decidido, anote qué eligió y por qué. Le ayuda a recordarlo y a explicárselo a sus médicos y a su familia.</translation>
    </message>
    <message>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <source>Every treatment the doctors named, once each (the same treatment named by two doctors is one option), and options of your own.</source>
        <translation>Cada tratamiento que nombraron los médicos, una vez cada uno (el mismo tratamiento nombrado por dos médicos es una sola opción), y sus propias opciones.</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que le importa</translation>
    </message>
    <message>
        <source>Add what matters to you, rate it from 0 (not at all) to 5 (very much) with the slider or the arrow keys, and tick the options it favours.</source>
        <translation>Añada lo que le importa, califíquelo de 0 (nada) a 5 (mucho) con el control deslizante o las flechas, y marque las opciones que favorece.</translation>
    </message>
    <message>
        <source>Who decides with you</source>
        <translation>Quién decide con usted</translation>
    </message>
    <message>
        <source>e.g. my wife Ana, and Dr Patel, my GP</source>
        <translation>p. ej., mi esposa Ana y el Dr. Patel, mi médico de cabecera</translation>
    </message>
    <message>
        <source>How sure do you feel?</source>
        <translation>¿Qué tan seguro(a) se siente?</translation>
    </message>
    <message>
        <source>Tick each sentence that is true for you. If some are not, that is worth talking over with your doctors or family before going ahead.</source>
        <translation>Marque cada frase que sea cierta para usted. Si alguna no lo es, vale la pena hablarlo con sus médicos o su familia antes de seguir.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Choose the plan from your options</source>
        <translation>Elegir el plan entre sus opciones</translation>
    </message>
    <message>
        <source>The plan I chose</source>
        <translation>El plan que elegí</translation>
    </message>
    <message>
        <source>e.g. Twelve weeks of supervised physical therapy</source>
        <translation>p. ej., Doce semanas de terapia física supervisada</translation>
    </message>
    <message>
        <source>The opinions the decision is based on</source>
        <translation>Las opiniones en que se basa la decisión</translation>
    </message>
    <message>
        <source>Why I chose it</source>
        <translation>Por qué lo elegí</translation>
    </message>
    <message>
        <source>What mattered most to you</source>
        <translation>Lo que más le importó</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>From my options:</source>
        <translation>De mis opciones:</translation>
    </message>
    <message>
        <source>The plan I chose:</source>
        <translation>El plan que elegí:</translation>
    </message>
    <message>
        <source>Based on the opinions of:</source>
        <translation>Basado en las opiniones de:</translation>
    </message>
    <message>
        <source>Why I chose it:</source>
        <translation>Por qué lo elegí:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decidido el:</translation>
    </message>
    <message>
        <source>A third opinion?</source>
        <translation>¿Una tercera opinión?</translation>
    </message>
    <message>
        <source>The doctors' plans differ and I cannot choose between them.</source>
        <translation>Los planes de los médicos no coinciden y no puedo elegir entre ellos.</translation>
    </message>
    <message>
        <source>who decides with you</source>
        <translation>quién decide con usted</translation>
    </message>
    <message>
        <source>plan chosen</source>
        <translation>plan elegido</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>razones</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>cannot choose</source>
        <translation>no puedo elegir</translation>
    </message>
    <message>
        <source>Choose one of your options…</source>
        <translation>Elija una de sus opciones…</translation>
    </message>
    <message>
        <source>Based on {doctor}'s opinion</source>
        <translation>Basado en la opinión de {doctor}</translation>
    </message>
    <message>
        <source>{ticked} of 4 ticked.</source>
        <translation>{ticked} de 4 marcadas.</translation>
    </message>
    <message>
        <source>With three opinions, who agrees on each point:</source>
        <translation>Con tres opiniones, quién coincide en cada punto:</translation>
    </message>
    <message>
        <source>A third opinion may help.</source>
        <translation>Una tercera opinión puede ayudar.</translation>
    </message>
    <message>
        <source>Nothing in the two opinions calls for a third one yet. If the plans differ and you cannot choose, tick the box above.</source>
        <translation>Por ahora nada en las dos opiniones pide una tercera. Si los planes no coinciden y no puede elegir, marque la casilla de arriba.</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>basado en</translation>
    </message>
    <message>
        <source>Change decision: {what}</source>
        <translation>Cambiar la decisión: {what}</translation>
    </message>
</context>
<context>
    <name>DiagnosisLookup</name>
    <message>
        <source>Diagnosis codes that match</source>
        <translation>Códigos de diagnóstico que coinciden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save as a text file…</source>
        <translation>Guardar como archivo de texto…</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Dejar la ventana abierta</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DoctorCombo</name>
    <message>
        <source>{which}: {doctor}</source>
        <translation>{which}: {doctor}</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Your work is saved. You can go on using SecondOp.</source>
        <translation>Su trabajo está guardado. Puede seguir usando SecondOp.</translation>
    </message>
    <message>
        <source>Your latest changes may not be saved. Before closing SecondOp, copy what you typed last somewhere safe.</source>
        <translation>Puede que sus últimos cambios no estén guardados. Antes de cerrar SecondOp, copie en un lugar seguro lo último que escribió.</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>If it happens again, the details below help whoever looks into it.</source>
        <translation>Si vuelve a pasar, los detalles de abajo ayudan a quien lo revise.</translation>
    </message>
    <message>
        <source>Open the log's folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>If it happens again, the details below help whoever looks into it. They are also written to the log in {folder}.</source>
        <translation>Si vuelve a pasar, los detalles de abajo ayudan a quien lo revise. También están escritos en el registro, en {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export the comparison as a PDF</source>
        <translation>Exportar la comparación como PDF</translation>
    </message>
    <message>
        <source>What to put in the PDF</source>
        <translation>Qué poner en el PDF</translation>
    </message>
    <message>
        <source>Make a printable comparison to take to a doctor: a summary, the doctors' views side by side, your questions, records, medicines and notes.</source>
        <translation>Haga una comparación para imprimir y llevarle al médico: un resumen, las opiniones de los médicos lado a lado, sus preguntas, expedientes, medicamentos y notas.</translation>
    </message>
    <message>
        <source>Doctors to compare (two or three)</source>
        <translation>Médicos para comparar (dos o tres)</translation>
    </message>
    <message>
        <source>{doctor} ({label})</source>
        <translation>{doctor} ({label})</translation>
    </message>
    <message>
        <source>Compare {doctor}</source>
        <translation>Comparar a {doctor}</translation>
    </message>
    <message>
        <source>Doctor this comparison is for</source>
        <translation>Médico para quien es esta comparación</translation>
    </message>
    <message>
        <source>To discuss with:</source>
        <translation>Para hablar con:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Incluir mis notas privadas</translation>
    </message>
    <message>
        <source>Private notes are left out unless you tick this.</source>
        <translation>Las notas privadas no se incluyen a menos que marque esto.</translation>
    </message>
    <message>
        <source>Include my decision and what matters to me</source>
        <translation>Incluir mi decisión y lo que me importa</translation>
    </message>
    <message>
        <source>Your decision, your reasons and what matters to you are left out unless you tick this.</source>
        <translation>Su decisión, sus razones y lo que le importa no se incluyen a menos que marque esto.</translation>
    </message>
    <message>
        <source>Include my insurance notes</source>
        <translation>Incluir mis notas del seguro médico</translation>
    </message>
    <message>
        <source>Reference and phone numbers are left out unless you tick this.</source>
        <translation>Los números de referencia y de teléfono no se incluyen a menos que marque esto.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Show it here</source>
        <translation>Mostrarlo aquí</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This case needs a second doctor's opinion before it can be compared.</source>
        <translation>Este caso necesita la opinión de un segundo médico para poder comparar.</translation>
    </message>
    <message>
        <source>Tick two doctors to compare (or three).</source>
        <translation>Marque dos médicos para comparar (o tres).</translation>
    </message>
    <message>
        <source>At most three doctors fit side by side: untick one.</source>
        <translation>Caben tres médicos como máximo lado a lado: desmarque uno.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation>Guardar la comparación como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it with the new comparison?</source>
        <translation>{name} ya existe. ¿Reemplazarlo con la nueva comparación?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarlo</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>Conservar el archivo anterior</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Haciendo el PDF…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>El PDF no se guardó.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>Could not open the PDF</source>
        <translation>No se pudo abrir el PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is saved at {path}.</source>
        <translation>No se encontró ningún programa para ver archivos PDF. El archivo está guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>FavourPicture</name>
    <message>
        <source>What favours each option</source>
        <translation>Lo que favorece cada opción</translation>
    </message>
    <message>
        <source>Nothing you marked favours it yet</source>
        <translation>Nada de lo que marcó la favorece todavía</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Following up the differences</source>
        <translation>Seguimiento de las diferencias</translation>
    </message>
    <message>
        <source>Every point where the doctors differ. Mark each as you put it to a doctor and hear back. The open ones print as questions for the doctor in the PDF.</source>
        <translation>Cada punto en que los médicos no coinciden. Márquelo cuando se lo pregunte a un médico y le respondan. Los pendientes salen en el PDF como preguntas para el médico.</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Solo los pendientes</translation>
    </message>
    <message>
        <source>The differences to follow up</source>
        <translation>Las diferencias para dar seguimiento</translation>
    </message>
    <message>
        <source>Where this stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Put to</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>Put to them on</source>
        <translation>Preguntado el</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What the doctor said about it</source>
        <translation>Lo que dijo el médico al respecto</translation>
    </message>
    <message>
        <source>Where this stands:</source>
        <translation>En qué punto está:</translation>
    </message>
    <message>
        <source>Put to:</source>
        <translation>A quién se lo preguntó:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Lo que dijeron:</translation>
    </message>
    <message>
        <source>No differences to follow up: add a second opinion, or the doctors agree on everything so far.</source>
        <translation>No hay diferencias para dar seguimiento: añada una segunda opinión, o los médicos coinciden en todo por ahora.</translation>
    </message>
    <message>
        <source>The differences could not be worked out: {error}</source>
        <translation>No se pudieron calcular las diferencias: {error}</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>{open} of {total} still open</source>
        <translation>{open} de {total} todavía pendientes</translation>
    </message>
    <message>
        <source>Where “{label}” stands</source>
        <translation>En qué punto está «{label}»</translation>
    </message>
    <message>
        <source>Who “{label}” was put to</source>
        <translation>A quién se le preguntó «{label}»</translation>
    </message>
    <message>
        <source>When “{label}” was put to them</source>
        <translation>Cuándo se preguntó «{label}»</translation>
    </message>
    <message>
        <source>What they said about “{label}”</source>
        <translation>Lo que dijeron sobre «{label}»</translation>
    </message>
    <message>
        <source>Follow up a difference</source>
        <translation>Dar seguimiento a una diferencia</translation>
    </message>
    <message>
        <source>{label}, between {a} and {b}: {state}</source>
        <translation>{label}, entre {a} y {b}: {state}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(no lo dijo)</translation>
    </message>
    <message>
        <source>To ask: {question}</source>
        <translation>Para preguntar: {question}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How SecondOp keeps your notes</source>
        <translation>Cómo guarda SecondOp sus notas</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Back up the journal now</source>
        <translation>Hacer ahora una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation>Restaurar el diario desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Check the journal</source>
        <translation>Revisar el diario</translation>
    </message>
    <message>
        <source>Check the journal for problems</source>
        <translation>Revisar si el diario tiene problemas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>(no journal is open)</source>
        <translation>(no hay ningún diario abierto)</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>the two doctors say the same thing on this point, perhaps in other words.</source>
        <translation>los dos médicos dicen lo mismo en este punto, quizás con otras palabras.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Más preciso</translation>
    </message>
    <message>
        <source>one doctor says the same as the other, but more precisely (for example the same illness, with its stage or the side of the body named).</source>
        <translation>un médico dice lo mismo que el otro, pero con más precisión (por ejemplo, la misma enfermedad, con su etapa o el lado del cuerpo).</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>the doctors say different things here. This is worth asking about: the comparison suggests a question you can add to your list.</source>
        <translation>aquí los médicos dicen cosas distintas. Vale la pena preguntar: la comparación le sugiere una pregunta que puede añadir a su lista.</translation>
    </message>
    <message>
        <source>May be the same</source>
        <translation>Puede que sea lo mismo</translation>
    </message>
    <message>
        <source>the words could mean the same or two different things: an abbreviation, a dose that reads two ways, or a word typed two ways in your notes. Check your notes for a typing slip, or ask both doctors what they meant.</source>
        <translation>las palabras podrían significar lo mismo o dos cosas distintas: una abreviatura, una dosis que se puede leer de dos maneras o una palabra escrita de dos maneras en sus notas. Revise sus notas por si hay un error al escribir, o pregunte a los dos médicos qué quisieron decir.</translation>
    </message>
    <message>
        <source>Only Dr …</source>
        <translation>Solo el Dr. …</translation>
    </message>
    <message>
        <source>only one doctor said something on this point; the other did not mention it (which is not the same as disagreeing).</source>
        <translation>solo un médico dijo algo sobre este punto; el otro no lo mencionó (que no es lo mismo que no estar de acuerdo).</translation>
    </message>
    <message>
        <source>Major / Minor</source>
        <translation>Importante / Menor</translation>
    </message>
    <message>
        <source>how much a difference matters for the diagnosis or the plan, as the program judges it. Your own view can overrule it: “These say the same thing”, or mark a difference as asked, explained or resolved.</source>
        <translation>cuánto importa una diferencia para el diagnóstico o el plan, según el programa. Lo que usted piensa puede corregirlo: «Dicen lo mismo», o marcar una diferencia como preguntada, explicada o resuelta.</translation>
    </message>
    <message>
        <source>Where your notes are kept</source>
        <translation>Dónde se guardan sus notas</translation>
    </message>
    <message>
        <source>Everything you type is saved as you go into one file on this computer, your journal. Nothing is sent anywhere unless you send it yourself. Your journal is:</source>
        <translation>Todo lo que escribe se guarda al momento en un solo archivo de esta computadora, su diario. No se envía nada a ningún lado a menos que usted lo envíe. Su diario es:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>“Back up now…” makes a complete copy where you choose, for example on a USB stick: do this before you change computers. “Restore from a backup…” puts a backup in place of your journal; the journal as it was is kept aside first, so nothing is lost even if you choose the wrong backup. “Check the journal” reads the whole file and tells you whether everything in it is sound.</source>
        <translation>«Hacer copia de seguridad ahora…» hace una copia completa donde usted elija, por ejemplo en una memoria USB: hágalo antes de cambiar de computadora. «Restaurar desde una copia de seguridad…» pone una copia en lugar de su diario; antes se guarda aparte el diario tal como estaba, así que no se pierde nada aunque elija la copia equivocada. «Revisar el diario» lee todo el archivo y le dice si todo está bien.</translation>
    </message>
    <message>
        <source>Bringing a family member’s notes home</source>
        <translation>Traer a casa las notas de un familiar</translation>
    </message>
    <message>
        <source>Someone who came to the consultation can take notes on their own laptop with SecondOp (“In the room…”, or Ctrl+R, on the case). Afterwards, on their laptop: File → “Send this case…”, and choose a USB stick or a folder you share. On your computer: File → “Open a case file…” and choose that file (or drop it on the window). Their notes are added to your case; nothing of yours is removed, and where you both changed the same thing, both versions are kept.</source>
        <translation>Quien vino a la cita puede tomar notas en su propia computadora portátil con SecondOp («En la consulta…», o Ctrl+R, en el caso). Después, en su portátil: Archivo → «Enviar este caso…», y elija una memoria USB o una carpeta que compartan. En su computadora: Archivo → «Abrir un archivo de caso…» y elija ese archivo (o suéltelo en la ventana). Sus notas se añaden a su caso; no se quita nada de lo suyo, y donde los dos cambiaron lo mismo, se guardan las dos versiones.</translation>
    </message>
    <message>
        <source>What the comparison’s words mean</source>
        <translation>Qué significan las palabras de la comparación</translation>
    </message>
    <message>
        <source>The comparison only puts side by side what the doctors said. It does not judge who is right and gives no medical advice: take the differences to your doctors.</source>
        <translation>La comparación solo pone lado a lado lo que dijeron los médicos. No juzga quién tiene razón ni da consejos médicos: lleve las diferencias a sus médicos.</translation>
    </message>
    <message>
        <source>SecondOp makes a backup by itself once a day and keeps the last ten, in:</source>
        <translation>SecondOp hace una copia de seguridad por sí solo una vez al día y guarda las diez últimas, en:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this case</source>
        <translation>Historial de este caso</translation>
    </message>
    <message>
        <source>Every text this case had before it was changed: by typing, undo, an import or a restore. Choose one to read it; “Put this text back” makes it the case's text again (and Undo takes that back).</source>
        <translation>Cada texto que tuvo este caso antes de cambiar: al escribir, deshacer, importar o restaurar. Elija uno para leerlo; «Recuperar este texto» lo vuelve a poner en el caso (y Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>Earlier versions, newest first</source>
        <translation>Versiones anteriores, la más reciente primero</translation>
    </message>
    <message>
        <source>The earlier text</source>
        <translation>El texto anterior</translation>
    </message>
    <message>
        <source>No earlier versions yet. When a text of this case is changed, the text it had is kept here.</source>
        <translation>Todavía no hay versiones anteriores. Cuando cambie un texto de este caso, el que tenía se guarda aquí.</translation>
    </message>
    <message>
        <source>Put this text back</source>
        <translation>Recuperar este texto</translation>
    </message>
    <message>
        <source>Put the chosen earlier text back</source>
        <translation>Recuperar el texto anterior elegido</translation>
    </message>
    <message>
        <source>Forget this case's history…</source>
        <translation>Olvidar el historial de este caso…</translation>
    </message>
    <message>
        <source>Forget the earlier versions of this case</source>
        <translation>Olvidar las versiones anteriores de este caso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>Historial de «{title}»</translation>
    </message>
    <message>
        <source>import of {file}</source>
        <translation>importación de {file}</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>una importación</translation>
    </message>
    <message>
        <source>earlier texts put back</source>
        <translation>textos anteriores recuperados</translation>
    </message>
    <message>
        <source>typed in the window</source>
        <translation>escrito en la ventana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>{day} {span}, {what}</source>
        <translation>{day} {span}, {what}</translation>
    </message>
    <message>
        <source>(from the imported file; your newer text was kept)</source>
        <translation>(del archivo importado; se conservó su texto más reciente)</translation>
    </message>
    <message>
        <source>(replaced by Undo)</source>
        <translation>(reemplazado al deshacer)</translation>
    </message>
    <message>
        <source>(replaced by Redo)</source>
        <translation>(reemplazado al rehacer)</translation>
    </message>
    <message>
        <source>Put back the earlier text of {field}</source>
        <translation>Recuperar el texto anterior de {field}</translation>
    </message>
    <message>
        <source>The case has this text now.</source>
        <translation>El caso ya tiene este texto.</translation>
    </message>
    <message>
        <source>Put back an earlier text of {field}</source>
        <translation>Recuperar un texto anterior de {field}</translation>
    </message>
    <message>
        <source>This text cannot go back yet</source>
        <translation>Este texto todavía no se puede recuperar</translation>
    </message>
    <message>
        <source>Put back the earlier text of {field}. Undo (Ctrl+Z) takes it back.</source>
        <translation>Se recuperó el texto anterior de {field}. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Forget this case's history?</source>
        <translation>¿Olvidar el historial de este caso?</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Olvidarlas</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>The history was not changed</source>
        <translation>El historial no cambió</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n earlier version(s) of this case's texts ({size} KB)?

The case as it is now does not change; only the texts it had before go, and they cannot be put back after this. Backups made earlier still hold them.</source>
        <translation>
            <numerusform>¿Olvidar la versión anterior de los textos de este caso ({size} KB)?

El caso tal como está ahora no cambia; solo se van los textos que tenía antes, y después ya no se pueden recuperar. Las copias de seguridad anteriores todavía la tienen.</numerusform>
            <numerusform>¿Olvidar las %n versiones anteriores de los textos de este caso ({size} KB)?

El caso tal como está ahora no cambia; solo se van los textos que tenía antes, y después ya no se pueden recuperar. Las copias de seguridad anteriores todavía los tienen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTheRoom</name>
    <message>
        <source>In the room — {title}</source>
        <translation>En la consulta — {title}</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>The room's notes and questions</source>
        <translation>Notas y preguntas de la consulta</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>Listo (Esc)</translation>
    </message>
    <message>
        <source>Done: close the note-taking screen</source>
        <translation>Listo: cerrar la pantalla de notas</translation>
    </message>
    <message>
        <source>&amp;Seeing:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>The doctor you are seeing</source>
        <translation>El médico con quien está</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Escrito por:</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>e.g. Anna (daughter)</source>
        <translation>p. ej., Ana (hija)</translation>
    </message>
    <message>
        <source>&amp;Private: leave out of printouts</source>
        <translation>&amp;Privada: no incluir al imprimir</translation>
    </message>
    <message>
        <source>Doctor's &amp;name:</source>
        <translation>&amp;Nombre del médico:</translation>
    </message>
    <message>
        <source>The new doctor's name</source>
        <translation>El nombre del nuevo médico</translation>
    </message>
    <message>
        <source>e.g. Dr Zoë Martín</source>
        <translation>p. ej., Dra. Zoë Martín</translation>
    </message>
    <message>
        <source>Add this doctor</source>
        <translation>Añadir este médico</translation>
    </message>
    <message>
        <source>Add this doctor to the case</source>
        <translation>Añadir este médico al caso</translation>
    </message>
    <message>
        <source>Type, then press Enter to keep the note (it is saved at once). Shift+Enter starts a new line.</source>
        <translation>Escriba y pulse Intro para guardar la nota (se guarda al momento). Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>What the doctor says…</source>
        <translation>Lo que dice el médico…</translation>
    </message>
    <message>
        <source>Tags for this note:</source>
        <translation>Etiquetas de esta nota:</translation>
    </message>
    <message>
        <source>Tag the next note: {tag}</source>
        <translation>Etiquetar la siguiente nota: {tag}</translation>
    </message>
    <message>
        <source>Ctrl+{n}: tag the next note “{tag}”</source>
        <translation>Ctrl+{n}: etiquetar la siguiente nota «{tag}»</translation>
    </message>
    <message>
        <source>Notes of this visit:</source>
        <translation>Notas de esta consulta:</translation>
    </message>
    <message>
        <source>Notes of this visit</source>
        <translation>Notas de esta consulta</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Sus preguntas</translation>
    </message>
    <message>
        <source>Your questions to ask</source>
        <translation>Sus preguntas para hacer</translation>
    </message>
    <message>
        <source>No particular doctor (the case as a whole)</source>
        <translation>Ningún médico en particular (el caso en general)</translation>
    </message>
    <message>
        <source>A doctor not in the case yet…</source>
        <translation>Un médico que todavía no está en el caso…</translation>
    </message>
    <message>
        <source>Add a doctor</source>
        <translation>Añadir un médico</translation>
    </message>
    <message>
        <source>Untitled question</source>
        <translation>Pregunta sin título</translation>
    </message>
    <message>
        <source>No questions written down for this case. Notes tagged “Question” help you remember them.</source>
        <translation>No hay preguntas anotadas para este caso. Las notas con la etiqueta «Pregunta» le ayudan a recordarlas.</translation>
    </message>
    <message>
        <source>Tick a question once you have asked it, and write the answer under it.</source>
        <translation>Marque una pregunta cuando ya la haya hecho, y escriba la respuesta debajo.</translation>
    </message>
    <message>
        <source>Choose the doctor you are seeing to tick questions and keep answers.</source>
        <translation>Elija el médico con quien está para marcar preguntas y guardar respuestas.</translation>
    </message>
    <message>
        <source>To keep answers per doctor, choose “A doctor not in the case yet…” and name the doctor. Your notes are kept for the case meanwhile.</source>
        <translation>Para guardar las respuestas de cada médico, elija «Un médico que todavía no está en el caso…» y escriba su nombre. Mientras tanto, sus notas se guardan en el caso.</translation>
    </message>
    <message>
        <source>Tick a question as asked</source>
        <translation>Marcar una pregunta como hecha</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <source>Not saved yet: the journal could not be written. Your notes stay here and are saved as soon as it can be.</source>
        <translation>Todavía sin guardar: no se pudo escribir en el diario. Sus notas se quedan aquí y se guardan en cuanto se pueda.</translation>
    </message>
    <message>
        <source>(This note was taken back with Undo.)</source>
        <translation>(Esta nota se retiró con Deshacer.)</translation>
    </message>
    <message>
        <source>The answer, in a few words</source>
        <translation>La respuesta, en pocas palabras</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Asked: {question}</source>
        <translation>Preguntado: {question}</translation>
    </message>
    <message>
        <source>The answer to: {question}</source>
        <translation>La respuesta a: {question}</translation>
    </message>
</context>
<context>
    <name>InsuranceSection</name>
    <message>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <source>What your insurer said about this further opinion, and the numbers to quote when you call. Printed only if you ask.</source>
        <translation>Lo que le dijo su seguro médico sobre esta otra opinión, y los números que debe dar cuando llame. Solo se imprime si usted lo pide.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Is the further opinion covered?</source>
        <translation>¿Cubre el seguro esta otra opinión?</translation>
    </message>
    <message>
        <source>Is the doctor in the plan's network?</source>
        <translation>¿Está el médico dentro de la red del plan?</translation>
    </message>
    <message>
        <source>Must the insurer approve it first?</source>
        <translation>¿Necesita autorización previa del seguro?</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Números de referencia</translation>
    </message>
    <message>
        <source>e.g. policy 123-456, approval A-789</source>
        <translation>p. ej., póliza 123-456, autorización A-789</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>e.g. insurer 0800 123 456</source>
        <translation>p. ej., seguro 1-800-123-4567</translation>
    </message>
    <message>
        <source>Insurance notes</source>
        <translation>Notas del seguro médico</translation>
    </message>
    <message>
        <source>e.g. who you spoke to, and when</source>
        <translation>p. ej., con quién habló y cuándo</translation>
    </message>
    <message>
        <source>Covered:</source>
        <translation>Cubierto:</translation>
    </message>
    <message>
        <source>Doctor in network:</source>
        <translation>Médico dentro de la red:</translation>
    </message>
    <message>
        <source>Approval needed first:</source>
        <translation>Necesita autorización previa:</translation>
    </message>
    <message>
        <source>Reference numbers:</source>
        <translation>Números de referencia:</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Números de teléfono:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Change the insurance notes</source>
        <translation>Cambiar las notas del seguro médico</translation>
    </message>
</context>
<context>
    <name>JournalCare</name>
    <message>
        <source>Back up the journal</source>
        <translation>Hacer copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>That file is the journal itself, not a backup. Choose a backup file.</source>
        <translation>Ese archivo es el diario mismo, no una copia de seguridad. Elija un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The journal has a problem</source>
        <translation>El diario tiene un problema</translation>
    </message>
    <message>
        <source>The journal is healthy</source>
        <translation>El diario está en buen estado</translation>
    </message>
    <message>
        <source>Every case, note and attached file was checked and is as it should be.</source>
        <translation>Se revisó cada caso, nota y archivo adjunto, y todo está como debe.</translation>
    </message>
    <message>
        <source>SecondOp backup {stamp}.secondop-journal</source>
        <translation>Copia de SecondOp {stamp}.secondop-journal</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>A complete copy of your journal is saved as {path}. Keep it somewhere safe, for example on a USB stick.</source>
        <translation>Se guardó una copia completa de su diario como {path}. Guárdela en un lugar seguro, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation>No se pudo abrir el diario</translation>
    </message>
    <message>
        <source> The journal as it was is kept at {path}.</source>
        <translation> El diario tal como estaba se guarda en {path}.</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup {name}. Changes made since that backup are not in it. The journal as it is now is kept aside first, so you can go back to it.</source>
        <translation>Su diario se reemplazará por la copia de seguridad {name}. Los cambios hechos después de esa copia no están en ella. Antes se guarda aparte el diario tal como está ahora, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>The backup was not restored, and your journal is as it was. {reason}</source>
        <translation>No se restauró la copia de seguridad, y su diario está como estaba. {reason}</translation>
    </message>
    <message>
        <source>The backup {name} is now your journal.</source>
        <translation>La copia de seguridad {name} es ahora su diario.</translation>
    </message>
    <message>
        <source>SecondOp journals (*.secondop-journal)</source>
        <translation>Diarios de SecondOp (*.secondop-journal)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>SecondOp is now in {language}.</source>
        <translation>SecondOp ahora está en {language}.</translation>
    </message>
</context>
<context>
    <name>ListPages</name>
    <message>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Nota vacía</translation>
    </message>
    <message>
        <source> · Private</source>
        <translation> · Privada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Notes from consultations and calls. Each note keeps the time it was started. Private notes are never printed unless you ask.</source>
        <translation>Notas de citas y llamadas. Cada nota guarda la hora en que se empezó. Las notas privadas nunca se imprimen, a menos que usted lo pida.</translation>
    </message>
    <message>
        <source>No notes yet. Use “Add note” to start one.</source>
        <translation>Todavía no hay notas. Use «Añadir: nota» para empezar una.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>About which doctor</source>
        <translation>Sobre qué médico</translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation>El caso en general</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>e.g. Anna (daughter)</source>
        <translation>p. ej. Ana (hija)</translation>
    </message>
    <message>
        <source>Private: leave out of printouts</source>
        <translation>Privada: no incluir al imprimir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search all cases</source>
        <translation>Buscar en todos los casos</translation>
    </message>
    <message>
        <source>Search all cases…</source>
        <translation>Buscar en todos los casos…</translation>
    </message>
    <message>
        <source>Find words in every case, opinion, question, note, record and medicine (Ctrl+F)</source>
        <translation>Buscar palabras en todos los casos, opiniones, preguntas, notas, expedientes y medicamentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>+ New case</source>
        <translation>+ Caso nuevo</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>Start a case for one health question (Ctrl+N)</source>
        <translation>Empezar un caso para una pregunta de salud (Ctrl+N)</translation>
    </message>
    <message>
        <source>Whether your changes are saved</source>
        <translation>Si sus cambios están guardados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <source>Start a case for one health question</source>
        <translation>Empezar un caso para una pregunta de salud</translation>
    </message>
    <message>
        <source>Open the &amp;example case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Open a case file…</source>
        <translation>&amp;Abrir un archivo de caso…</translation>
    </message>
    <message>
        <source>Bring in a case sent from another computer; nothing of yours is lost</source>
        <translation>Traer un caso enviado desde otra computadora; no se pierde nada de lo suyo</translation>
    </message>
    <message>
        <source>&amp;Send this case…</source>
        <translation>E&amp;nviar este caso…</translation>
    </message>
    <message>
        <source>Write this case to a folder or USB stick, to open on another computer</source>
        <translation>Guardar este caso en una carpeta o memoria USB, para abrirlo en otra computadora</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>Deleted cases: bring one back, or empty the bin</source>
        <translation>Casos borrados: recupere uno o vacíe la papelera</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Make a PDF of the comparison to take to a doctor</source>
        <translation>Hacer un PDF de la comparación para llevarle al médico</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in all cases…</source>
        <translation>&amp;Buscar en todos los casos…</translation>
    </message>
    <message>
        <source>Add a doctor's &amp;opinion</source>
        <translation>Añadir la &amp;opinión de un médico</translation>
    </message>
    <message>
        <source>Take notes in the &amp;room…</source>
        <translation>Tomar notas en la &amp;consulta…</translation>
    </message>
    <message>
        <source>A calm full-window screen for notes during a consultation</source>
        <translation>Una pantalla tranquila, a ventana completa, para notas durante una cita</translation>
    </message>
    <message>
        <source>&amp;Next difference</source>
        <translation>&amp;Siguiente diferencia</translation>
    </message>
    <message>
        <source>&amp;Previous difference</source>
        <translation>Diferencia &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;History of this case…</source>
        <translation>&amp;Historial de este caso…</translation>
    </message>
    <message>
        <source>Every earlier text of this case, to read or put back</source>
        <translation>Cada texto anterior de este caso, para leerlo o recuperarlo</translation>
    </message>
    <message>
        <source>&amp;Delete this case…</source>
        <translation>&amp;Borrar este caso…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Black on white (white on black on a dark desktop), with stronger outlines</source>
        <translation>Negro sobre blanco (blanco sobre negro en un escritorio oscuro), con bordes más marcados</translation>
    </message>
    <message>
        <source>&amp;How SecondOp keeps your notes…</source>
        <translation>&amp;Cómo guarda SecondOp sus notas…</translation>
    </message>
    <message>
        <source>Where the journal is, backups, bringing notes home, and what the comparison's words mean</source>
        <translation>Dónde está el diario, las copias de seguridad, cómo llevar las notas a casa y qué significan las palabras de la comparación</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>the journal is damaged</source>
        <translation>el diario está dañado</translation>
    </message>
    <message>
        <source>Divider between the case list and the case</source>
        <translation>Separador entre la lista de casos y el caso</translation>
    </message>
    <message>
        <source>Drag to widen or narrow the case list</source>
        <translation>Arrástrelo para ensanchar o estrechar la lista de casos</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>New case started. Give it a title first.</source>
        <translation>Caso nuevo empezado. Primero póngale un título.</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>No se pudo abrir el ejemplo</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Move this case to the bin?</source>
        <translation>¿Mover este caso a la papelera?</translation>
    </message>
    <message>
        <source>“{title}” goes to the bin with all its opinions, questions, notes and attached files. It leaves the case list and search.

You can bring it back whole from File → Bin… until you choose “Empty the bin”.</source>
        <translation>«{title}» va a la papelera con todas sus opiniones, preguntas, notas y archivos adjuntos. Sale de la lista de casos y de la búsqueda.

Puede recuperarlo completo desde Archivo → Papelera… hasta que elija «Vaciar la papelera».</translation>
    </message>
    <message>
        <source>Move to the bin</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Could not delete the case</source>
        <translation>No se pudo borrar el caso</translation>
    </message>
    <message>
        <source>Moved “{title}” to the bin. File → Bin… brings it back.</source>
        <translation>«{title}» se movió a la papelera. Archivo → Papelera… lo recupera.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Making a PDF is not available in this version.</source>
        <translation>Esta versión no puede hacer PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Printing is not available in this version.</source>
        <translation>Esta versión no puede imprimir.</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamaño del texto {percent} %</translation>
    </message>
    <message>
        <source>Remove from the applications menu</source>
        <translation>Quitar del menú de aplicaciones</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Añadir al menú de aplicaciones</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A journal for getting a second medical opinion: what each doctor said, where they differ, and a summary to print.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer. SecondOp organises what your doctors said; it does not give medical advice.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un diario para buscar una segunda opinión médica: lo que dijo cada médico, en qué no coinciden y un resumen para imprimir.&lt;/p&gt;&lt;p&gt;Su diario se queda en esta computadora. SecondOp ordena lo que dijeron sus médicos; no da consejos médicos.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SecondOp is no longer in the applications menu. Help → About puts it back.</source>
        <translation>SecondOp ya no está en el menú de aplicaciones. Ayuda → Acerca de lo vuelve a poner.</translation>
    </message>
    <message>
        <source>SecondOp is in the applications menu again.</source>
        <translation>SecondOp está otra vez en el menú de aplicaciones.</translation>
    </message>
    <message>
        <source>The applications menu was not changed</source>
        <translation>El menú de aplicaciones no cambió</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>Sus cambios no se pudieron guardar</translation>
    </message>
    <message>
        <source>Your changes were kept as text</source>
        <translation>Sus cambios se guardaron como texto</translation>
    </message>
    <message>
        <source>The changes to “{title}” could not be saved in the journal; they are kept as text in {path}.</source>
        <translation>Los cambios de «{title}» no se pudieron guardar en el diario; están guardados como texto en {path}.</translation>
    </message>
    <message>
        <source>Save the unsaved case as a text file</source>
        <translation>Guardar el caso sin guardar como archivo de texto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The text file could not be written</source>
        <translation>No se pudo escribir el archivo de texto</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}). Choose another place, for example a USB stick.</source>
        <translation>No se pudo escribir {path} ({problem}). Elija otro lugar, por ejemplo una memoria USB.</translation>
    </message>
    <message>
        <source>Saved a copy as text: {path}</source>
        <translation>Se guardó una copia como texto: {path}</translation>
    </message>
    <message>
        <source>Your changes are not saved</source>
        <translation>Sus cambios no están guardados</translation>
    </message>
    <message>
        <source>The latest changes to “{title}” could not be saved: {problem}

Save them as a text file before closing? Nothing else is lost: everything saved before is in the journal.</source>
        <translation>Los últimos cambios de «{title}» no se pudieron guardar: {problem}

¿Guardarlos como archivo de texto antes de cerrar? No se pierde nada más: todo lo guardado antes está en el diario.</translation>
    </message>
</context>
<context>
    <name>MedicinesPage</name>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dejó</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medicamento sin nombre</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no se indicó</translation>
    </message>
</context>
<context>
    <name>MedicinesSection</name>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Everything you take, prescribed or not, with the dose and how often. A new doctor will ask for this list; “Print the list…” gives you a copy to take along.</source>
        <translation>Todo lo que toma, recetado o no, con la dosis y cada cuánto. Un médico nuevo le pedirá esta lista; «Imprimir la lista…» le da una copia para llevar.</translation>
    </message>
    <message>
        <source>+ Add medicine</source>
        <translation>+ Añadir medicamento</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Quitar el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Move up ▲</source>
        <translation>Subir ▲</translation>
    </message>
    <message>
        <source>Move the selected medicine up</source>
        <translation>Subir el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Move down ▼</source>
        <translation>Bajar ▼</translation>
    </message>
    <message>
        <source>Move the selected medicine down</source>
        <translation>Bajar el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Imprimir la lista…</translation>
    </message>
    <message>
        <source>Print the list of medicines</source>
        <translation>Imprimir la lista de medicamentos</translation>
    </message>
    <message>
        <source>Save the list as PDF…</source>
        <translation>Guardar la lista como PDF…</translation>
    </message>
    <message>
        <source>Save the list of medicines as a PDF file</source>
        <translation>Guardar la lista de medicamentos como archivo PDF</translation>
    </message>
    <message>
        <source>No medicines yet. Use “Add medicine” for each one, including vitamins and anything bought without a prescription.</source>
        <translation>Todavía no hay medicamentos. Use «Añadir medicamento» para cada uno, incluidas las vitaminas y todo lo que compra sin receta.</translation>
    </message>
    <message>
        <source>The selected medicine</source>
        <translation>El medicamento seleccionado</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>e.g. Ibuprofen</source>
        <translation>p. ej., Ibuprofeno</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 400</source>
        <translation>p. ej., 400</translation>
    </message>
    <message>
        <source>Unit of the dose</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>e.g. mg, drops, puffs</source>
        <translation>p. ej., mg, gotas, inhalaciones</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>e.g. twice a day with food</source>
        <translation>p. ej., dos veces al día con comida</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dejó</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Who prescribed it</source>
        <translation>Quién lo recetó</translation>
    </message>
    <message>
        <source>e.g. my family doctor, Dr Weber</source>
        <translation>p. ej., mi médico de cabecera, el Dr. Weber</translation>
    </message>
    <message>
        <source>Why you take it</source>
        <translation>Para qué lo toma</translation>
    </message>
    <message>
        <source>e.g. for the knee pain</source>
        <translation>p. ej., para el dolor de rodilla</translation>
    </message>
    <message>
        <source>Notes on this medicine</source>
        <translation>Notas sobre este medicamento</translation>
    </message>
    <message>
        <source>e.g. upsets my stomach</source>
        <translation>p. ej., me cae mal al estómago</translation>
    </message>
    <message>
        <source>Who prescribed it:</source>
        <translation>Quién lo recetó:</translation>
    </message>
    <message>
        <source>Medicine:</source>
        <translation>Medicamento:</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Cada cuánto:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Empezó:</translation>
    </message>
    <message>
        <source>Stopped:</source>
        <translation>Dejó:</translation>
    </message>
    <message>
        <source>Prescribed by:</source>
        <translation>Recetado por:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Para qué:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <source>Someone else (write who)</source>
        <translation>Otra persona (escriba quién)</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Cambiar un medicamento</translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation>Quitar medicamento</translation>
    </message>
    <message>
        <source>Move medicine</source>
        <translation>Mover medicamento</translation>
    </message>
    <message>
        <source>Could not make the list</source>
        <translation>No se pudo hacer la lista</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>Medicines - {title}.pdf</source>
        <translation>Medicamentos - {title}.pdf</translation>
    </message>
    <message>
        <source>Save the list of medicines</source>
        <translation>Guardar la lista de medicamentos</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the list</source>
        <translation>No se pudo guardar la lista</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>What the import did</source>
        <translation>Lo que hizo la importación</translation>
    </message>
    <message>
        <source>{file}: “{title}”</source>
        <translation>{file}: «{title}»</translation>
    </message>
    <message>
        <source>This case was in the bin; it is back in your case list.</source>
        <translation>Este caso estaba en la papelera; ya está de vuelta en su lista de casos.</translation>
    </message>
    <message>
        <source>Texts that differed on the two computers</source>
        <translation>Textos que eran distintos en las dos computadoras</translation>
    </message>
    <message>
        <source>For each, the newer text is used and the other is kept in the case's history (Case → History of this case…).</source>
        <translation>En cada uno se usa el texto más reciente y el otro se guarda en el historial del caso (Caso → Historial de este caso…).</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>Usar mi texto</translation>
    </message>
    <message>
        <source>Use my text: {line}</source>
        <translation>Usar mi texto: {line}</translation>
    </message>
    <message>
        <source>No text differed between the two copies: nothing of yours was replaced.</source>
        <translation>Ningún texto era distinto entre las dos copias: no se reemplazó nada de lo suyo.</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>Lo que cambió la importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Use my text for {field}</source>
        <translation>Usar mi texto en {field}</translation>
    </message>
    <message>
        <source>This text cannot go back yet</source>
        <translation>Este texto todavía no se puede recuperar</translation>
    </message>
    <message>
        <source>Your text is back</source>
        <translation>Su texto está de vuelta</translation>
    </message>
    <message>
        <source>Your text of {field} is back. Undo (Ctrl+Z) takes it back.</source>
        <translation>Su texto de {field} está de vuelta. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
</context>
<context>
    <name>OpinionEditor</name>
    <message>
        <source>Label for this opinion</source>
        <translation>Nombre para esta opinión</translation>
    </message>
    <message>
        <source>e.g. First opinion</source>
        <translation>p. ej. Primera opinión</translation>
    </message>
    <message>
        <source>Doctor's name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <source>e.g. Dr Robert Hale</source>
        <translation>p. ej. Dr. Roberto Hale</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>e.g. Orthopaedic surgery</source>
        <translation>p. ej. Cirugía ortopédica</translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation>Hospital o consultorio</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>e.g. MD, FRCS</source>
        <translation>p. ej. MD, FACS</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo comunicarse</translation>
    </message>
    <message>
        <source>phone, e-mail or address</source>
        <translation>teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>Stage or grade</source>
        <translation>Etapa o grado</translation>
    </message>
    <message>
        <source>if the doctor gave one</source>
        <translation>si el médico dio uno</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Quién y cuándo</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Fecha de la consulta:</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>fecha de la consulta</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>In your own words is fine. As you type, matching diagnosis codes are offered; picking one is optional.</source>
        <translation>Puede escribirlo con sus propias palabras. Mientras escribe, se le ofrecen códigos de diagnóstico parecidos; elegir uno es opcional.</translation>
    </message>
    <message>
        <source>What the doctor called it</source>
        <translation>Cómo lo llamó el médico</translation>
    </message>
    <message>
        <source>e.g. Osteoarthritis of the right knee</source>
        <translation>p. ej., Artrosis de la rodilla derecha</translation>
    </message>
    <message>
        <source>Diagnosis code (ICD-10-CM)</source>
        <translation>Código de diagnóstico (ICD-10-CM)</translation>
    </message>
    <message>
        <source>optional, e.g. M17.11</source>
        <translation>opcional, p. ej., M17.11</translation>
    </message>
    <message>
        <source>How sure the doctor was</source>
        <translation>Qué tan seguro estaba el médico</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The doctor's reasons for this view.</source>
        <translation>Las razones del médico para esta opinión.</translation>
    </message>
    <message>
        <source>The doctor's reasoning</source>
        <translation>El razonamiento del médico</translation>
    </message>
    <message>
        <source>What the doctor said about why</source>
        <translation>Lo que dijo el médico sobre el porqué</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>e.g. Come back in six weeks with a new X-ray</source>
        <translation>p. ej., Volver en seis semanas con una radiografía nueva</translation>
    </message>
    <message>
        <source>Hospital or practice: </source>
        <translation>Hospital o consultorio: </translation>
    </message>
    <message>
        <source>{code}: {description}</source>
        <translation>{code}: {description}</translation>
    </message>
    <message>
        <source>{code} is not a code this app knows; it is kept as typed.</source>
        <translation>{code} no es un código que este programa conozca; se guarda tal como lo escribió.</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>Cambiar {what}</translation>
    </message>
    <message>
        <source>Choose diagnosis code</source>
        <translation>Elegir código de diagnóstico</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>★ Main: </source>
        <translation>★ Principal: </translation>
    </message>
    <message>
        <source>Alternative: </source>
        <translation>Alternativa: </translation>
    </message>
    <message>
        <source>What they relied on</source>
        <translation>En qué se basaron</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>en qué se basa</translation>
    </message>
    <message>
        <source>Guidelines, studies, test results, scans: what this doctor based the view on, and how they read it.</source>
        <translation>Guías médicas, estudios, resultados de pruebas, imágenes: en qué basó este médico su opinión y cómo lo interpretó.</translation>
    </message>
    <message>
        <source>No evidence noted yet. Use “Add evidence” for each test, scan or study the doctor mentioned.</source>
        <translation>Todavía no se anotó en qué se basa. Use «Añadir en qué se basa» para cada prueba, imagen o estudio que mencionó el médico.</translation>
    </message>
    <message>
        <source>What they recommend</source>
        <translation>Lo que recomiendan</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>Each treatment or step the doctor suggested. Mark the one they recommend most as the main recommendation.</source>
        <translation>Cada tratamiento o paso que sugirió el médico. Marque el que más recomienda como recomendación principal.</translation>
    </message>
    <message>
        <source>No recommendations noted yet. Use “Add recommendation” for each option the doctor suggested.</source>
        <translation>Todavía no hay recomendaciones anotadas. Use «Añadir recomendación» para cada opción que sugirió el médico.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Reference or date</source>
        <translation>Referencia o fecha</translation>
    </message>
    <message>
        <source>How this doctor read it</source>
        <translation>Cómo lo interpretó este médico</translation>
    </message>
    <message>
        <source>Treatment or step</source>
        <translation>Tratamiento o paso</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>This is the doctor's main recommendation</source>
        <translation>Esta es la recomendación principal del médico</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>e.g. Knee X-ray, standing</source>
        <translation>p. ej., Radiografía de rodilla, de pie</translation>
    </message>
    <message>
        <source>e.g. St Mary's radiology</source>
        <translation>p. ej., Radiología del hospital</translation>
    </message>
    <message>
        <source>e.g. report no. or date</source>
        <translation>p. ej., n.º de informe o fecha</translation>
    </message>
    <message>
        <source>e.g. Physical therapy</source>
        <translation>p. ej., Terapia física</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segunda</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Tercera</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Cuarta</translation>
    </message>
    <message>
        <source>Fifth</source>
        <translation>Quinta</translation>
    </message>
    <message>
        <source>Sixth</source>
        <translation>Sexta</translation>
    </message>
    <message>
        <source>Seventh</source>
        <translation>Séptima</translation>
    </message>
    <message>
        <source>Eighth</source>
        <translation>Octava</translation>
    </message>
    <message>
        <source>+ Add a doctor's opinion</source>
        <translation>+ Añadir la opinión de un médico</translation>
    </message>
    <message>
        <source>Add a doctor's opinion</source>
        <translation>Añadir la opinión de un médico</translation>
    </message>
    <message>
        <source>Remove this opinion…</source>
        <translation>Quitar esta opinión…</translation>
    </message>
    <message>
        <source>Remove this opinion</source>
        <translation>Quitar esta opinión</translation>
    </message>
    <message>
        <source>◀ Move earlier</source>
        <translation>◀ Mover antes</translation>
    </message>
    <message>
        <source>Move this opinion earlier</source>
        <translation>Mover esta opinión antes</translation>
    </message>
    <message>
        <source>Move later ▶</source>
        <translation>Mover después ▶</translation>
    </message>
    <message>
        <source>Move this opinion later</source>
        <translation>Mover esta opinión después</translation>
    </message>
    <message>
        <source>No doctor's opinion yet. Use “Add a doctor's opinion” to write down what the first doctor said: who they are, the diagnosis, and what they recommend.</source>
        <translation>Todavía no hay opiniones de médicos. Use «Añadir la opinión de un médico» para anotar lo que dijo el primer médico: quién es, el diagnóstico y lo que recomienda.</translation>
    </message>
    <message>
        <source>Doctors' opinions</source>
        <translation>Opiniones de los médicos</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}: {title}</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Opinion {n}: {title}</source>
        <translation>Opinión {n}: {title}</translation>
    </message>
    <message>
        <source>{ordinal} opinion</source>
        <translation>{ordinal} opinión</translation>
    </message>
    <message>
        <source>Opinion {number}</source>
        <translation>Opinión {number}</translation>
    </message>
    <message>
        <source>Add an opinion</source>
        <translation>Añadir una opinión</translation>
    </message>
    <message>
        <source>this doctor</source>
        <translation>este médico</translation>
    </message>
    <message>
        <source>Remove this opinion?</source>
        <translation>¿Quitar esta opinión?</translation>
    </message>
    <message>
        <source>Remove the opinion of {name}, with everything written in it? Notes, records and medicines that name this doctor are kept, about the case as a whole.

Undo (Ctrl+Z) brings it back, and the case's History keeps it.</source>
        <translation>¿Quitar la opinión de {name}, con todo lo que tiene escrito? Las notas, expedientes y medicamentos que nombran a este médico se conservan, como parte del caso.

Deshacer (Ctrl+Z) la recupera, y el Historial del caso la guarda.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Remove the opinion of {name}</source>
        <translation>Quitar la opinión de {name}</translation>
    </message>
    <message>
        <source>Removed the opinion of {name}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se quitó la opinión de {name}. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Move an opinion</source>
        <translation>Mover una opinión</translation>
    </message>
    <message>
        <source>Doctor {number}</source>
        <translation>Médico {number}</translation>
    </message>
</context>
<context>
    <name>OptionGrid</name>
    <message>
        <source>Your own option</source>
        <translation>Su propia opción</translation>
    </message>
    <message>
        <source>Not said — click to ask</source>
        <translation>No lo dijo — haga clic para preguntar</translation>
    </message>
    <message>
        <source>Named by {doctors}</source>
        <translation>Propuesta por {doctors}</translation>
    </message>
    <message>
        <source>{doctor}, {row}: not said. Click to add the question: {question}</source>
        <translation>{doctor}, {row}: no lo dijo. Haga clic para añadir la pregunta: {question}</translation>
    </message>
    <message>
        <source>{doctor} (did not name it)</source>
        <translation>{doctor} (no la propuso)</translation>
    </message>
    <message>
        <source>Did not name it</source>
        <translation>No la propuso</translation>
    </message>
    <message>
        <source>{doctor} wrote: {treatment}. {mark}</source>
        <translation>{doctor} escribió: {treatment}. {mark}</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <source>An option of your own</source>
        <translation>Una opción propia</translation>
    </message>
    <message>
        <source>An option of your own, e.g. Wait and see</source>
        <translation>Una opción propia, p. ej., Esperar y ver</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Add your own option</source>
        <translation>Añadir su propia opción</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Quitar esta opción</translation>
    </message>
    <message>
        <source>Each doctor's words in their own column. Where a doctor did not say, click the cell to add the question to your list. To fill in what a doctor told you, select the cell and start typing.</source>
        <translation>Las palabras de cada médico en su propia columna. Donde un médico no lo dijo, haga clic en la celda para añadir la pregunta a su lista. Para anotar lo que le dijo un médico, seleccione la celda y empiece a escribir.</translation>
    </message>
    <message>
        <source>The option side by side</source>
        <translation>La opción lado a lado</translation>
    </message>
    <message>
        <source>No options yet: add the doctors' recommendations on the Opinions tab, or an option of your own.</source>
        <translation>Todavía no hay opciones: añada las recomendaciones de los médicos en la pestaña Opiniones, o una opción propia.</translation>
    </message>
    <message>
        <source>{option}, side by side</source>
        <translation>{option}, lado a lado</translation>
    </message>
    <message>
        <source>That question is already on your list.</source>
        <translation>Esa pregunta ya está en su lista.</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Added to your questions: {question}</source>
        <translation>Añadida a sus preguntas: {question}</translation>
    </message>
    <message>
        <source>Change what a doctor said</source>
        <translation>Cambiar lo que dijo un médico</translation>
    </message>
    <message>
        <source>“{option}” is already one of your options.</source>
        <translation>«{option}» ya es una de sus opciones.</translation>
    </message>
    <message>
        <source>Add an option of your own</source>
        <translation>Añadir una opción propia</translation>
    </message>
    <message>
        <source>Remove an option of your own</source>
        <translation>Quitar una opción propia</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>About this case</source>
        <translation>Sobre este caso</translation>
    </message>
    <message>
        <source>A short title helps you find the case again. Everything you type is kept as you go; there is no Save button to remember.</source>
        <translation>Un título corto le ayuda a encontrar el caso otra vez. Todo lo que escribe se guarda al momento; no hay que acordarse de ningún botón Guardar.</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>e.g. Right knee pain: surgery or therapy?</source>
        <translation>p. ej., Dolor de rodilla derecha: ¿cirugía o terapia?</translation>
    </message>
    <message>
        <source>The health concern</source>
        <translation>El problema de salud</translation>
    </message>
    <message>
        <source>What is going on, in your own words</source>
        <translation>Qué le está pasando, en sus propias palabras</translation>
    </message>
    <message>
        <source>Patient's name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Whose case this is</source>
        <translation>De quién es este caso</translation>
    </message>
    <message>
        <source>Where things stand</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Time-sensitive: a decision is needed soon</source>
        <translation>Urgente: hay que decidir pronto</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Decidir antes del</translation>
    </message>
    <message>
        <source>Decide by:</source>
        <translation>Decidir antes del:</translation>
    </message>
    <message>
        <source>Other reasons, in your own words</source>
        <translation>Otras razones, en sus propias palabras</translation>
    </message>
    <message>
        <source>One reason per line</source>
        <translation>Una razón por línea</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>The health concern:</source>
        <translation>El problema de salud:</translation>
    </message>
    <message>
        <source>Patient's name:</source>
        <translation>Nombre del paciente:</translation>
    </message>
    <message>
        <source>Where things stand:</source>
        <translation>En qué punto está:</translation>
    </message>
    <message>
        <source>Why a further opinion:</source>
        <translation>Por qué otra opinión:</translation>
    </message>
    <message>
        <source>Other reasons:</source>
        <translation>Otras razones:</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>problema de salud</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>time-sensitive</source>
        <translation>urgencia</translation>
    </message>
    <message>
        <source>decide-by date</source>
        <translation>fecha para decidir</translation>
    </message>
    <message>
        <source>Decided: {chosen}</source>
        <translation>Decidido: {chosen}</translation>
    </message>
    <message>
        <source> (on {date})</source>
        <translation> (el {date})</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>Cambiar {what}</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>razones</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation>Vista previa: {name}</translation>
    </message>
    <message>
        <source>The PDF's pages</source>
        <translation>Las páginas del PDF</translation>
    </message>
    <message>
        <source>This PDF could not be shown: {problem}</source>
        <translation>No se pudo mostrar este PDF: {problem}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QuestionStarters</name>
    <message>
        <source>Questions to choose from</source>
        <translation>Preguntas para elegir</translation>
    </message>
    <message>
        <source>Already in your list</source>
        <translation>Ya está en su lista</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Untitled question</source>
        <translation>Pregunta sin título</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Change a question</source>
        <translation>Cambiar una pregunta</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>(asked; no answer written)</source>
        <translation>(preguntado; sin respuesta anotada)</translation>
    </message>
    <message>
        <source>From the comparison: {difference}</source>
        <translation>De la comparación: {difference}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Todavía sin respuesta</translation>
    </message>
    <message>
        <source>{doctor}'s answer to “{question}”: {answer}</source>
        <translation>Respuesta de {doctor} a «{question}»: {answer}</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>todavía sin respuesta</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>The questions you want each doctor to answer, with their answers side by side. Type an answer in a doctor's column, or use quick entry below. The Compare tab can add questions here too.</source>
        <translation>Las preguntas que quiere que cada médico responda, con sus respuestas lado a lado. Escriba una respuesta en la columna de un médico, o use la entrada rápida de abajo. La pestaña Comparar también puede añadir preguntas aquí.</translation>
    </message>
    <message>
        <source>+ Add question</source>
        <translation>+ Añadir pregunta</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Choose from the starter list…</source>
        <translation>Elegir de la lista inicial…</translation>
    </message>
    <message>
        <source>Choose questions from the starter list</source>
        <translation>Elegir preguntas de la lista inicial</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Quitar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Move up ▲</source>
        <translation>Subir ▲</translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation>Subir la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Move down ▼</source>
        <translation>Bajar ▼</translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation>Bajar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>No questions yet. Use “Choose from the starter list…” for the usual ones, or “Add question” to write your own.</source>
        <translation>Todavía no hay preguntas. Use «Elegir de la lista inicial…» para las más comunes, o «Añadir pregunta» para escribir las suyas.</translation>
    </message>
    <message>
        <source>Questions, with each doctor's answer side by side</source>
        <translation>Preguntas, con la respuesta de cada médico lado a lado</translation>
    </message>
    <message>
        <source>The selected question</source>
        <translation>La pregunta seleccionada</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>e.g. What happens if I wait?</source>
        <translation>p. ej., ¿Qué pasa si espero?</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The question:</source>
        <translation>La pregunta:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Quick entry of answers</source>
        <translation>Entrada rápida de respuestas</translation>
    </message>
    <message>
        <source>Answers &amp;from:</source>
        <translation>Respuestas &amp;de:</translation>
    </message>
    <message>
        <source>Whose answers you are typing</source>
        <translation>De quién son las respuestas que escribe</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>Type the answer, then Enter for the next question (Shift+Enter: new line)</source>
        <translation>Escriba la respuesta y pulse Intro para la siguiente pregunta (Mayús+Intro: nueva línea)</translation>
    </message>
    <message>
        <source>Added from the comparison: {difference}</source>
        <translation>Añadida desde la comparación: {difference}</translation>
    </message>
    <message>
        <source>Add the doctors on the Opinions tab; their answers then go here.</source>
        <translation>Añada los médicos en la pestaña Opiniones; sus respuestas van luego aquí.</translation>
    </message>
    <message>
        <source>Question {n} of {count}: {question}</source>
        <translation>Pregunta {n} de {count}: {question}</translation>
    </message>
    <message>
        <source>Change a question's topic</source>
        <translation>Cambiar el tema de una pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s) from the starter list</source>
        <translation>
            <numerusform>Añadir %n pregunta de la lista inicial</numerusform>
            <numerusform>Añadir %n preguntas de la lista inicial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Tick who has seen a record</source>
        <translation>Marcar quién ha visto un expediente</translation>
    </message>
    <message>
        <source>Unnamed file</source>
        <translation>Archivo sin nombre</translation>
    </message>
    <message>
        <source>Seen by {doctor}</source>
        <translation>Visto por {doctor}</translation>
    </message>
    <message>
        <source>Has seen it</source>
        <translation>Lo ha visto</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>{doctor} has seen “{record}”</source>
        <translation>{doctor} ha visto «{record}»</translation>
    </message>
    <message>
        <source>{doctor} has not seen “{record}” yet</source>
        <translation>{doctor} todavía no ha visto «{record}»</translation>
    </message>
    <message>
        <source>{name} — file not included (the case came without it)</source>
        <translation>{name} — archivo no incluido (el caso llegó sin él)</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>añadido el {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Medical records</source>
        <translation>Expedientes médicos</translation>
    </message>
    <message>
        <source>What a new doctor needs to see, where each one stands, and which doctor has seen it. Attach the files here (or drop them on this page) to keep them with the case. Your medicines are listed further down.</source>
        <translation>Lo que un médico nuevo necesita ver, en qué punto está cada cosa y qué médico la ha visto. Adjunte aquí los archivos (o suéltelos en esta página) para guardarlos con el caso. Sus medicamentos están más abajo.</translation>
    </message>
    <message>
        <source>+ Add record</source>
        <translation>+ Añadir expediente</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Añadir expediente</translation>
    </message>
    <message>
        <source>Add the usual checklist</source>
        <translation>Añadir la lista de siempre</translation>
    </message>
    <message>
        <source>Add the records a new doctor usually needs</source>
        <translation>Añadir los expedientes que un médico nuevo suele necesitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Quitar el expediente seleccionado</translation>
    </message>
    <message>
        <source>Move up ▲</source>
        <translation>Subir ▲</translation>
    </message>
    <message>
        <source>Move the selected record up</source>
        <translation>Subir el expediente seleccionado</translation>
    </message>
    <message>
        <source>Move down ▼</source>
        <translation>Bajar ▼</translation>
    </message>
    <message>
        <source>Move the selected record down</source>
        <translation>Bajar el expediente seleccionado</translation>
    </message>
    <message>
        <source>No records yet. “Add the usual checklist” lists what a new doctor needs: pathology and operative reports, discharge summary, treatment plan, medication list, the imaging report and the images themselves, lab results and the referral letter.</source>
        <translation>Todavía no hay expedientes. «Añadir la lista de siempre» pone lo que necesita un médico nuevo: informes de patología y de la operación, resumen de alta, plan de tratamiento, lista de medicamentos, el informe de imágenes y las imágenes mismas, resultados de laboratorio y la carta de referido.</translation>
    </message>
    <message>
        <source>Records, where each stands, and which doctor has seen it</source>
        <translation>Expedientes, en qué punto está cada uno y qué médico lo ha visto</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>El expediente seleccionado</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>e.g. MRI report, March</source>
        <translation>p. ej., Informe de resonancia, marzo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Notes on this record</source>
        <translation>Notas sobre este expediente</translation>
    </message>
    <message>
        <source>e.g. asked the hospital on 3 March</source>
        <translation>p. ej., se lo pedí al hospital el 3 de marzo</translation>
    </message>
    <message>
        <source>Seen by:</source>
        <translation>Visto por:</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Qué es:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>En qué punto está:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Files of the selected record</source>
        <translation>Archivos de este expediente</translation>
    </message>
    <message>
        <source>No files yet. Attach one, or drop files on this page.</source>
        <translation>Todavía no hay archivos. Adjunte uno o suelte archivos en esta página.</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Adjuntar un archivo…</translation>
    </message>
    <message>
        <source>Attach a file to the selected record</source>
        <translation>Adjuntar un archivo al expediente seleccionado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Abrir el archivo seleccionado</translation>
    </message>
    <message>
        <source>Attach the missing file…</source>
        <translation>Adjuntar el archivo que falta…</translation>
    </message>
    <message>
        <source>Attach the file that did not come with the case</source>
        <translation>Adjuntar el archivo que no vino con el caso</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove the selected file from the record</source>
        <translation>Quitar el archivo seleccionado del expediente</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Complete the checklist ({n})</source>
        <translation>Completar la lista ({n})</translation>
    </message>
    <message>
        <source>Checklist complete</source>
        <translation>Lista completa</translation>
    </message>
    <message>
        <source>{doctor} has seen “{record}”</source>
        <translation>{doctor} ha visto «{record}»</translation>
    </message>
    <message>
        <source>Change a record's {what}</source>
        <translation>Cambiar {what} de un expediente</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Quitar expediente</translation>
    </message>
    <message>
        <source>Move record</source>
        <translation>Mover expediente</translation>
    </message>
    <message>
        <source>Attach a file to “{record}”</source>
        <translation>Adjuntar un archivo a «{record}»</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>“{name}” is {size}; SecondOp keeps files up to {limit} in the journal. Nothing was attached. A smaller copy (a PDF of the report, fewer images) will fit.</source>
        <translation>«{name}» ocupa {size}; SecondOp guarda archivos de hasta {limit} en el diario. No se adjuntó nada. Una copia más pequeña (un PDF del informe, menos imágenes) sí cabe.</translation>
    </message>
    <message>
        <source>Could not attach the file</source>
        <translation>No se pudo adjuntar el archivo</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Nothing was attached.</source>
        <translation>No se pudo leer «{name}» ({reason}). No se adjuntó nada.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”. Install a viewer for this kind of file, then try again.</source>
        <translation>Ningún programa de esta computadora abrió «{name}». Instale un visor para este tipo de archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>Adjuntar «{name}»</translation>
    </message>
    <message>
        <source>Remove a file from a record</source>
        <translation>Quitar un archivo de un expediente</translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s) from the usual checklist</source>
        <translation>
            <numerusform>Añadir %n expediente de la lista de siempre</numerusform>
            <numerusform>Añadir %n expedientes de la lista de siempre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLine</name>
    <message>
        <source>Your view:</source>
        <translation>Lo que usted piensa:</translation>
    </message>
    <message>
        <source>they say the same</source>
        <translation>dicen lo mismo</translation>
    </message>
    <message>
        <source>Your view: they say the same</source>
        <translation>Lo que usted piensa: dicen lo mismo</translation>
    </message>
    <message>
        <source>they differ</source>
        <translation>no coinciden</translation>
    </message>
    <message>
        <source>Your view: they differ</source>
        <translation>Lo que usted piensa: no coinciden</translation>
    </message>
    <message>
        <source>Clear my view</source>
        <translation>Borrar lo que pienso</translation>
    </message>
    <message>
        <source>Clear your view of this point</source>
        <translation>Borrar lo que usted piensa de este punto</translation>
    </message>
    <message>
        <source>Take back what you said about this point; the program's own finding stays</source>
        <translation>Retirar lo que dijo sobre este punto; queda el resultado del programa</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Where you are with this difference</source>
        <translation>En qué va con esta diferencia</translation>
    </message>
    <message>
        <source>Your note on this point</source>
        <translation>Su nota sobre este punto</translation>
    </message>
    <message>
        <source>Note: what you learned…</source>
        <translation>Nota: lo que averiguó…</translation>
    </message>
    <message>
        <source>The program found: {finding}</source>
        <translation>El programa encontró: {finding}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>the diagnosis</source>
        <translation>el diagnóstico</translation>
    </message>
    <message>
        <source>the certainty</source>
        <translation>qué tan seguro está</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>la etapa</translation>
    </message>
    <message>
        <source>their reasoning</source>
        <translation>sus razones</translation>
    </message>
    <message>
        <source>how soon</source>
        <translation>qué tan pronto</translation>
    </message>
    <message>
        <source>the next steps</source>
        <translation>los próximos pasos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntado</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explicado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Choose a point above (click it, or press F7 for the next difference) to say what you think of it.</source>
        <translation>Elija un punto de arriba (haga clic en él, o pulse F7 para la siguiente diferencia) para decir qué piensa de él.</translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation>Añadir a mis preguntas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Your view of this point: {point}</source>
        <translation>Lo que usted piensa de este punto: {point}</translation>
    </message>
    <message>
        <source>Why they may differ: {reason}</source>
        <translation>Por qué pueden no coincidir: {reason}</translation>
    </message>
    <message>
        <source>Suggested question: {question}</source>
        <translation>Pregunta sugerida: {question}</translation>
    </message>
    <message>
        <source>Add the question about {point} to my questions</source>
        <translation>Añadir la pregunta sobre {point} a mis preguntas</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Fold the texts of {point} again</source>
        <translation>Volver a plegar los textos de {point}</translation>
    </message>
    <message>
        <source>Show all of the texts of {point}</source>
        <translation>Mostrar todos los textos de {point}</translation>
    </message>
    <message>
        <source>only {doctor} mentions it</source>
        <translation>solo {doctor} lo menciona</translation>
    </message>
    <message>
        <source>they say the same in other words</source>
        <translation>dicen lo mismo con otras palabras</translation>
    </message>
    <message>
        <source>they may mean the same: a word typed two ways</source>
        <translation>puede que signifiquen lo mismo: una palabra escrita de dos maneras</translation>
    </message>
    <message>
        <source>they may mean the same: how often, written with a word of two meanings</source>
        <translation>puede que signifiquen lo mismo: cada cuánto, escrito con una palabra de dos significados</translation>
    </message>
    <message>
        <source>they may mean the same: a most of sodium against about as much salt</source>
        <translation>puede que signifiquen lo mismo: un máximo de sodio frente a uno parecido de sal</translation>
    </message>
    <message>
        <source>they may mean the same: a dose written so that it can mean two amounts</source>
        <translation>puede que signifiquen lo mismo: una dosis escrita de forma que puede indicar dos cantidades</translation>
    </message>
    <message>
        <source>they may mean the same: a result written without its unit</source>
        <translation>puede que signifiquen lo mismo: un resultado escrito sin su unidad</translation>
    </message>
    <message>
        <source>they say the same</source>
        <translation>dicen lo mismo</translation>
    </message>
    <message>
        <source>one is more precise</source>
        <translation>uno es más preciso</translation>
    </message>
    <message>
        <source>they differ</source>
        <translation>no coinciden</translation>
    </message>
    <message>
        <source>they may mean the same: an abbreviation with two meanings</source>
        <translation>puede que signifiquen lo mismo: una sigla con dos significados</translation>
    </message>
    <message>
        <source>the point on {topic}</source>
        <translation>el punto sobre {topic}</translation>
    </message>
    <message>
        <source>the point {point}</source>
        <translation>el punto {point}</translation>
    </message>
    <message>
        <source>the {topic} point</source>
        <translation>el punto {topic}</translation>
    </message>
    <message>
        <source>{point}: your view — they say the same</source>
        <translation>{point}: lo que usted piensa — dicen lo mismo</translation>
    </message>
    <message>
        <source>{point}: your view — they differ</source>
        <translation>{point}: lo que usted piensa — no coinciden</translation>
    </message>
    <message>
        <source>Clear your view of {point}</source>
        <translation>Borrar lo que usted piensa de {point}</translation>
    </message>
    <message>
        <source>Your note on {point}</source>
        <translation>Su nota sobre {point}</translation>
    </message>
    <message>
        <source>State of {point}</source>
        <translation>Estado de {point}</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>+ Add {noun}</source>
        <translation>+ Añadir: {noun}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Añadir: {noun}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected {noun}</source>
        <translation>Quitar lo seleccionado ({noun})</translation>
    </message>
    <message>
        <source>Move up ▲</source>
        <translation>Subir ▲</translation>
    </message>
    <message>
        <source>Move the selected {noun} up</source>
        <translation>Subir lo seleccionado ({noun})</translation>
    </message>
    <message>
        <source>Move down ▼</source>
        <translation>Bajar ▼</translation>
    </message>
    <message>
        <source>Move the selected {noun} down</source>
        <translation>Bajar lo seleccionado ({noun})</translation>
    </message>
    <message>
        <source>The selected {noun}</source>
        <translation>Lo elegido ({noun})</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{label} of the {noun}</source>
        <translation>{label} ({noun})</translation>
    </message>
    <message>
        <source>Change {noun}: {field}</source>
        <translation>Cambiar {noun}: {field}</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>Quitar: {noun}</translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation>Mover: {noun}</translation>
    </message>
</context>
<context>
    <name>SaveProblemBanner</name>
    <message>
        <source>Your changes are not saved</source>
        <translation>Sus cambios no están guardados</translation>
    </message>
    <message>
        <source>Save a copy as a text file…</source>
        <translation>Guardar una copia como archivo de texto…</translation>
    </message>
    <message>
        <source>Save a copy of the unsaved case as a text file</source>
        <translation>Guardar una copia del caso sin guardar como archivo de texto</translation>
    </message>
    <message>
        <source>Your changes are saved now.</source>
        <translation>Sus cambios ya están guardados.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved. {message} They stay in this window, and SecondOp keeps trying to save them.</source>
        <translation>Sus últimos cambios no están guardados. {message} Siguen en esta ventana, y SecondOp sigue intentando guardarlos.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>{title} — in {where}</source>
        <translation>{title} — en {where}</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <source>an opinion</source>
        <translation>una opinión</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>una pregunta</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un expediente</translation>
    </message>
    <message>
        <source>a medicine</source>
        <translation>un medicamento</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>su decisión</translation>
    </message>
    <message>
        <source>your note on a difference</source>
        <translation>su nota sobre una diferencia</translation>
    </message>
    <message>
        <source>what a doctor said about a difference</source>
        <translation>lo que dijo un médico sobre una diferencia</translation>
    </message>
    <message>
        <source>the record “{label}”</source>
        <translation>el expediente «{label}»</translation>
    </message>
    <message>
        <source>the medicine “{label}”</source>
        <translation>el medicamento «{label}»</translation>
    </message>
    <message>
        <source>found as “{word}”</source>
        <translation>aparece como «{word}»</translation>
    </message>
</context>
<context>
    <name>SendCaseDialog</name>
    <message>
        <source>Send this case</source>
        <translation>Enviar este caso</translation>
    </message>
    <message>
        <source>SecondOp writes “{title}” as one case file, with its attached files, into a folder you choose: a USB stick, or a folder you share. On the other computer, File → Open a case file… (or dropping the file on the window) brings it in; nothing there is replaced without being kept in the case's history.</source>
        <translation>SecondOp guarda «{title}» como un solo archivo de caso, con sus archivos adjuntos, en la carpeta que usted elija: una memoria USB o una carpeta que comparta. En la otra computadora, Archivo → Abrir un archivo de caso… (o soltar el archivo en la ventana) lo trae; allí no se reemplaza nada sin guardarlo en el historial del caso.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Todavía no eligió ninguna carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder to write the case file to</source>
        <translation>Elegir la carpeta donde guardar el archivo del caso</translation>
    </message>
    <message>
        <source>Include my private notes ({count})</source>
        <translation>Incluir mis notas privadas ({count})</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Incluir mis notas privadas</translation>
    </message>
    <message>
        <source>Write the case file</source>
        <translation>Guardar el archivo del caso</translation>
    </message>
    <message>
        <source>Where should the case file go?</source>
        <translation>¿Dónde guardar el archivo del caso?</translation>
    </message>
</context>
<context>
    <name>StarterQuestionsDialog</name>
    <message>
        <source>Choose questions to ask</source>
        <translation>Elegir preguntas para hacer</translation>
    </message>
    <message>
        <source>Tick the questions you want to ask. To change a question's words, select it and press F2 (or double-click it).</source>
        <translation>Marque las preguntas que quiere hacer. Para cambiar las palabras de una pregunta, selecciónela y pulse F2 (o haga doble clic).</translation>
    </message>
    <message>
        <source>Questions to choose from</source>
        <translation>Preguntas para elegir</translation>
    </message>
    <message>
        <source>Add the ticked questions</source>
        <translation>Añadir las preguntas marcadas</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Visits, notes, records received and shared, answers, follow-ups and your decision, in date order. Private notes are left out of the printed copy.</source>
        <translation>Consultas, notas, expedientes recibidos y compartidos, respuestas, seguimiento y su decisión, por fecha. Las notas privadas no salen en la copia impresa.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Imprimir la cronología</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the timeline as a PDF</source>
        <translation>Guardar la cronología como PDF</translation>
    </message>
    <message>
        <source>The case's timeline</source>
        <translation>La cronología del caso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the timeline to {path}</source>
        <translation>Se guardó la cronología en {path}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>Cronología: {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Unreadable</name>
    <message>
        <source>(this entry cannot be read)</source>
        <translation>(no se puede leer esta entrada)</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Updating your journal</source>
        <translation>Actualizando su diario</translation>
    </message>
    <message>
        <source>Updating your journal for this version of SecondOp. This happens once and can take a minute.</source>
        <translation>Estamos actualizando su diario para esta versión de SecondOp. Esto se hace una sola vez y puede tardar un minuto.</translation>
    </message>
    <message>
        <source>Updating the journal</source>
        <translation>Actualizando el diario</translation>
    </message>
    <message>
        <source>The update goes on until it is done, and then your cases open. Nothing in your journal is lost meanwhile.</source>
        <translation>La actualización sigue hasta terminar, y luego se abren sus casos. Mientras tanto no se pierde nada de su diario.</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <source>Avoiding surgery</source>
        <translation>Evitar la cirugía</translation>
    </message>
    <message>
        <source>Fast relief</source>
        <translation>Alivio rápido</translation>
    </message>
    <message>
        <source>Returning to work or sport</source>
        <translation>Volver al trabajo o al deporte</translation>
    </message>
    <message>
        <source>Fewest side effects</source>
        <translation>Los menores efectos secundarios</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Time away from family</source>
        <translation>Tiempo lejos de la familia</translation>
    </message>
    <message>
        <source>A factor to add</source>
        <translation>Algo que añadir</translation>
    </message>
    <message>
        <source>Choose or type what matters to you</source>
        <translation>Elija o escriba lo que le importa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add what matters to you</source>
        <translation>Añadir lo que le importa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this factor</source>
        <translation>Quitar esto</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>How much it matters:</source>
        <translation>Cuánto importa:</translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation>Cuánto importa</translation>
    </message>
    <message>
        <source>What favours each option</source>
        <translation>Lo que favorece cada opción</translation>
    </message>
    <message>
        <source>A picture of what you said matters, next to each option. It does not add anything up or pick an option for you: that choice is yours, with your doctors.</source>
        <translation>Un dibujo de lo que usted dijo que le importa, junto a cada opción. No suma nada ni elige una opción por usted: esa decisión es suya, con sus médicos.</translation>
    </message>
    <message>
        <source>How much “{factor}” matters, 0 to 5</source>
        <translation>Cuánto importa «{factor}», de 0 a 5</translation>
    </message>
    <message>
        <source>Remove “{factor}”</source>
        <translation>Quitar «{factor}»</translation>
    </message>
    <message>
        <source>Remove a factor</source>
        <translation>Quitar algo que importa</translation>
    </message>
    <message>
        <source>Rate what matters</source>
        <translation>Calificar lo que importa</translation>
    </message>
    <message>
        <source>Mark what an option is good for</source>
        <translation>Marcar para qué sirve una opción</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>{value} of 5</source>
        <translation>{value} de 5</translation>
    </message>
    <message>
        <source>Favours {option}</source>
        <translation>Favorece {option}</translation>
    </message>
    <message>
        <source>{factor}: matters {words}</source>
        <translation>{factor}: importa {words}</translation>
    </message>
    <message>
        <source>{factor} favours {option}</source>
        <translation>{factor} favorece {option}</translation>
    </message>
    <message>
        <source>{factor} does not favour {option}</source>
        <translation>{factor} no favorece {option}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SecondOp</source>
        <translation>Bienvenido(a) a SecondOp</translation>
    </message>
    <message>
        <source>SecondOp helps you keep what each doctor told you in one place, see where they agree and where they differ, and print a clear summary to take to your next appointment.

Everything stays on this computer and is kept as you type.</source>
        <translation>SecondOp le ayuda a guardar en un solo lugar lo que le dijo cada médico, ver en qué coinciden y en qué no, e imprimir un resumen claro para llevar a su próxima cita.

Todo se queda en esta computadora y se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Empezar un caso nuevo</translation>
    </message>
    <message>
        <source>Begin a case for one health question (Ctrl+N)</source>
        <translation>Empezar un caso para una pregunta de salud (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the example case</source>
        <translation>Abrir el caso de ejemplo</translation>
    </message>
    <message>
        <source>An invented patient whose two doctors disagree about a knee: a safe place to look around</source>
        <translation>Un paciente inventado cuyos dos médicos no coinciden sobre una rodilla: un lugar seguro para explorar</translation>
    </message>
    <message>
        <source>SecondOp organises what your doctors said. It does not give medical advice of its own.</source>
        <translation>SecondOp ordena lo que dijeron sus médicos. No da consejos médicos propios.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted case(s) in the bin: bring them back…</source>
        <translation>
            <numerusform>Hay %n caso borrado en la papelera: recuperarlo…</numerusform>
            <numerusform>Hay %n casos borrados en la papelera: recuperarlos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export_pdf</name>
    <message>
        <source>Could not open the PDF</source>
        <translation>No se pudo abrir el PDF</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is saved at {path}.</source>
        <translation>No se encontró ningún programa para ver archivos PDF. El archivo está guardado en {path}.</translation>
    </message>
    <message>
        <source>The PDF {path} could not be read for printing: {problem}</source>
        <translation>No se pudo leer el PDF {path} para imprimirlo: {problem}</translation>
    </message>
</context>
</TS>