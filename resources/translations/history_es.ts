<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <location filename="../../src/steadypause/core/history/connection.py" line="+122"/>
        <source>{path} was written by a newer Steady Pause (schema {found}; this version knows {known})</source>
        <translation>Una versión más nueva de Steady Pause guardó {path} (esquema {found}; esta versión conoce hasta el {known})</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/history/migrations.py" line="+86"/>
        <source>the history file was written by a newer Steady Pause (schema {found}; this version knows {known}); it is left as it is</source>
        <translation>una versión más nueva de Steady Pause guardó el archivo del historial (esquema {found}; esta versión conoce hasta el {known}); se deja como está</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/history/store.py" line="+209"/>
        <source>Your history was saved by a newer version of Steady Pause, so this version leaves it as it is. Pauses from now on are kept in {folder} as unsaved-….jsonl when the app closes.</source>
        <translation>Tu historial lo guardó una versión más nueva de Steady Pause, así que esta versión lo deja como está. Las pausas de ahora en adelante se guardan en {folder} como unsaved-….jsonl al cerrar la app.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your pause history could not be read, so it was put aside as {name} and a new one started. Nothing else is affected.</source>
        <translation>No se pudo leer tu historial de pausas, así que se guardó aparte como {name} y empezó uno nuevo. Todo lo demás sigue igual.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady Pause cannot save your pauses: the disk that holds {folder} is full. It keeps them and saves them once there is room again.</source>
        <translation>Steady Pause no puede guardar tus pausas: el disco donde está {folder} está lleno. Las conserva y las guarda en cuanto vuelva a haber espacio.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your pause history was damaged, so it was put aside and a new one started. Nothing else is affected.</source>
        <translation>Tu historial de pausas estaba dañado, así que se guardó aparte y empezó uno nuevo. Todo lo demás sigue igual.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Steady Pause cannot save your pauses to its history right now. It keeps them and keeps trying; nothing else is affected.</source>
        <translation>Steady Pause no puede guardar tus pausas en el historial ahora mismo. Las conserva y lo sigue intentando; todo lo demás sigue igual.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/summary.py" line="+35"/>
        <location line="+19"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>closed before the first step</source>
        <translation>cerrada antes del primer paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed at step {reached} of {total}</source>
        <translation>cerrada en el paso {reached} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed early</source>
        <translation>cerrada antes del final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>let go while you were busy</source>
        <translation>se dejó pasar mientras hacías otra cosa</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No pauses recorded today. Whenever you take one, even a short one, it will show up here.</source>
        <translation>Hoy no hay pausas registradas. Cuando tomes una, aunque sea breve, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pauses recorded this week. Whenever you take one, even a short one, it will show up here.</source>
        <translation>Esta semana no hay pausas registradas. Cuando tomes una, aunque sea breve, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pauses recorded in the last {days} days. Whenever you take one, even a short one, it will show up here.</source>
        <translation>No hay pausas registradas en los últimos {days} días. Cuando tomes una, aunque sea breve, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>1 pause today, {moment}</source>
        <translation>1 pausa hoy, {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses today, all {moment}</source>
        <translation>{count} pausas hoy, todas {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses today, most {moment}</source>
        <translation>{count} pausas hoy, la mayoría {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses today</source>
        <translation>{count} pausas hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} pauses this week, all {moment}</source>
        <translation>{count} pausas esta semana, todas {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses this week, most {moment}</source>
        <translation>{count} pausas esta semana, la mayoría {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses this week</source>
        <translation>{count} pausas esta semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} pauses in the last {days} days, all {moment}</source>
        <translation>{count} pausas en los últimos {days} días, todas {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses in the last {days} days, most {moment}</source>
        <translation>{count} pausas en los últimos {days} días, la mayoría {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses in the last {days} days</source>
        <translation>{count} pausas en los últimos {days} días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <comment>the decimal mark in 0.5</comment>
        <translation>,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} points</source>
        <comment>a number other than 1: 2, 0.5, 1.5</comment>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>1 pause this week, {moment}</source>
        <translation>1 pausa esta semana, {moment}</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>interrupted before the first step</source>
        <translation>interrumpida antes del primer paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted at step {reached} of {total}</source>
        <translation>interrumpida en el paso {reached} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>1 pause in the last {days} days, {moment}</source>
        <translation>1 pausa en los últimos {days} días, {moment}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on days you paused, your check-in stayed about the same from before to after on average</source>
        <translation>los días con pausa, tu desgaste quedó en promedio más o menos igual de antes a después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your check-in stayed about the same from before to after</source>
        <translation>tu desgaste quedó más o menos igual de antes a después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on days you paused, your check-in eased by {points} on average</source>
        <translation>los días con pausa, tu desgaste bajó {points} en promedio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your check-in eased by {points}</source>
        <translation>tu desgaste bajó {points}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on days you paused, your check-in was {points} higher afterwards on average</source>
        <translation>los días con pausa, tu desgaste quedó {points} más alto después, en promedio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your check-in was {points} higher afterwards</source>
        <translation>tu desgaste quedó {points} más alto después</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{pauses}.</source>
        <comment>the history sentence: how many pauses, when, after what</comment>
        <translation>{pauses}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pauses}; {checkin}.</source>
        <comment>the history sentence: how many pauses, when, after what; how the check-in changed</comment>
        <translation>{pauses}; {checkin}.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/history_chart.py" line="+31"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/history_view.py" line="+63"/>
        <source>&amp;7 days</source>
        <translation>&amp;7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>9&amp;0 days</source>
        <translation>9&amp;0 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/history_chart.py" line="+49"/>
        <source>Chart of pauses per day</source>
        <translation>Gráfico de pausas por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} The same numbers are on the Numbers tab.</source>
        <translation>{summary} Las mismas cifras están en la pestaña Números.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>pauses</source>
        <comment>chart axis</comment>
        <translation>pausas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{weekday} {day}</source>
        <comment>chart date: Mon 03</comment>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month}</source>
        <comment>chart date: 03 Jan</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>check-in eased</source>
        <comment>chart axis: up is eased</comment>
        <translation>bajó el desgaste</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>check-in change, before → after (right scale)</source>
        <comment>chart legend</comment>
        <translation>cambio en el desgaste, antes → después (escala derecha)</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/history_tables.py" line="+79"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in change</source>
        <translation>Cambio en el desgaste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Desgaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/history_view.py" line="+26"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Show the last</source>
        <translation>Mostrar los últimos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pauses per day, by cue, with the check-in change</source>
        <translation>Pausas por día y por señal, con el cambio en el desgaste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every prompt and pause in this period, newest first</source>
        <translation>Cada aviso y cada pausa de este periodo, lo más reciente primero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all of your history as a CSV file (UTF-8, ISO 8601 times)</source>
        <translation>Guarda todo tu historial como archivo CSV (UTF-8, horas en ISO 8601)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Borrar todo el historial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded pause, check-in and journal entry from this computer</source>
        <translation>Quita de este equipo todas las pausas, respuestas sobre el desgaste y notas registradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The history cannot be read just now ({error}).</source>
        <translation>Ahora mismo no se puede leer el historial ({error}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not export to {target}: {error}</source>
        <translation>No se pudo exportar a {target}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported 1 entry to {target}.</source>
        <translation>Se exportó 1 entrada a {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} entries to {target}.</source>
        <translation>Se exportaron {count} entradas a {target}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not delete the history: {error}</source>
        <translation>No se pudo borrar el historial: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All history was deleted from this computer.</source>
        <translation>Se borró todo el historial de este equipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded pause, check-in and journal entry from this computer? This cannot be undone. Export first if you want a copy.</source>
        <translation>¿Borrar de este equipo todas las pausas, respuestas sobre el desgaste y notas registradas? No se puede deshacer. Si quieres una copia, puedes exportarla antes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete all history</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/history/recovery.py" line="+55"/>
        <source>the disk that holds {folder} is full ({problem})</source>
        <translation>el disco donde está {folder} está lleno ({problem})</translation>
    </message>
</context>
</TS>
