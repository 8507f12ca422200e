<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/steadypause/platform/desktop_entry.py" line="+76"/>
        <source>this installation of Steady Pause has no desktop files (steadypause/resources/desktop is missing from the package)</source>
        <translation>esta instalación de Steady Pause no tiene los archivos de escritorio (falta steadypause/resources/desktop en el paquete)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unexpected Exec line in the shipped entry: {line}</source>
        <translation>línea Exec inesperada en la entrada incluida: {line}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} is already there and was not written by Steady Pause (it has no {marker} line), so it was left as it is. Remove it yourself if you want this one instead.</source>
        <translation>{path} ya existe y no lo escribió Steady Pause (no tiene la línea {marker}), así que se dejó como estaba. Si prefieres esta, puedes quitarlo tú.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not write the desktop files: {reason}</source>
        <translation>no se pudieron escribir los archivos de escritorio: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} was not written by Steady Pause (it has no {marker} line), so it was left as it is.</source>
        <translation>{path} no lo escribió Steady Pause (no tiene la línea {marker}), así que se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not remove the desktop files: {reason}</source>
        <translation>no se pudieron quitar los archivos de escritorio: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} (not written by Steady Pause)</source>
        <translation>{path} (no lo escribió Steady Pause)</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/kinds.py" line="+147"/>
        <source>expected a whole number, found {text}</source>
        <translation>se esperaba un número entero y se encontró {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number such as 4 or 5.5, found {text}</source>
        <translation>se esperaba un número como 4 o 5.5 y se encontró {text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected true or false, found {text}</source>
        <translation>se esperaba true o false y se encontró {text}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/list_kinds.py" line="+41"/>
        <location line="+7"/>
        <source>expected a TOML array such as {example} ({problem})</source>
        <translation>se esperaba un array TOML como {example} ({problem})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/steadypause/core/settings/labels.py" line="+16"/>
        <source>Cues</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary cues &amp; phrases</source>
        <translation>Límites y frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support contacts</source>
        <translation>Contactos de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A steady pause (2–5 minutes)</source>
        <translation>Una pausa serena (2–5 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transition pause (45 seconds)</source>
        <translation>Una pausa de transición (45 segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the day (about 2 minutes)</source>
        <translation>Cerrar el día (unos 2 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand on heart (about a minute)</source>
        <translation>Mano en el corazón (alrededor de un minuto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you say yes (about a minute)</source>
        <translation>Antes de decir que sí (alrededor de un minuto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just breathe (about a minute)</source>
        <translation>Solo respira (alrededor de un minuto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the gentle reminder first</source>
        <translation>Mostrar primero el aviso amable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the routine directly</source>
        <translation>Abrir la práctica directamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (a notification on Wayland)</source>
        <translation>Automático (una notificación en Wayland)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small window near the tray</source>
        <translation>Una ventana pequeña junto a la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification</source>
        <translation>Una notificación del escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (only the emergency number)</source>
        <translation>Ninguna (solo el número de emergencias)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with “A steady pause”</source>
        <translation>Solo con «Una pausa serena»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With every routine</source>
        <translation>Con todas las prácticas</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/values.py" line="+62"/>
        <source>a phone number or link is needed</source>
        <translation>hace falta un teléfono o un enlace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a phone number, or a link starting with https://, http://, mailto: or tel:</source>
        <translation>usa un teléfono, o un enlace que empiece por https://, http://, mailto: o tel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a link cannot contain spaces or be longer than 500 characters</source>
        <translation>un enlace no puede tener espacios ni más de 500 caracteres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name must be 1 to {most} characters</source>
        <translation>el nombre debe tener de 1 a {most} caracteres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an entry cannot be empty</source>
        <translation>una entrada no puede estar vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry can be at most {most} characters ({given} given)</source>
        <translation>una entrada puede tener como máximo {most} caracteres (tiene {given})</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>an entry is one line</source>
        <translation>una entrada es una sola línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{character} cannot be in this text</source>
        <translation>{character} no puede estar en este texto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;{entry}&apos; is already in the list</source>
        <translation>&apos;{entry}&apos; ya está en la lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{hours} is not like &apos;08:00-18:00&apos; (or empty for a day off)</source>
        <translation>{hours} no tiene la forma &apos;08:00-18:00&apos; (o vacío para un día libre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{hours} ends before it starts</source>
        <translation>{hours} termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/kinds.py" line="-64"/>
        <source>expected a whole number, found {found}</source>
        <translation>se esperaba un número entero y hay {found}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number, found {found}</source>
        <translation>se esperaba un número y hay {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a finite number, found {value}</source>
        <translation>se esperaba un número finito y hay {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} está por debajo del mínimo, {minimum}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} está por encima del máximo, {maximum}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected true or false, found {found}</source>
        <translation>se esperaba true o false y hay {found}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected text in quotes, found {found}</source>
        <translation>se esperaba un texto entre comillas y hay {found}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es ninguno de estos: {choices}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{value} is not a routine&apos;s id (one word of letters, digits, - or _)</source>
        <translation>{value} no es el id de una práctica (una sola palabra de letras, cifras, - o _)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value} is not a time like &apos;17:30&apos;</source>
        <translation>{value} no es una hora como &apos;17:30&apos;</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/list_kinds.py" line="+14"/>
        <source>expected a list of texts, found {found}</source>
        <translation>se esperaba una lista de textos y hay {found}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{found} is not text</source>
        <translation>{found} no es texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the first {most} entries are used</source>
        <translation>solo se usan las primeras {most} entradas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problems}; the other entries are kept</source>
        <translation>{problems}; las demás entradas se conservan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list of minutes such as [15, 30, 60], found {found}</source>
        <translation>se esperaba una lista de minutos como [15, 30, 60] y hay {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one length is needed</source>
        <translation>hace falta al menos una duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {most} lengths</source>
        <translation>como máximo {most} duraciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{found} is not a whole number of minutes</source>
        <translation>{found} no es un número entero de minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{minutes} is not between {low} and {high} minutes</source>
        <translation>{minutes} no está entre {low} y {high} minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each length can appear only once</source>
        <translation>cada duración puede aparecer solo una vez</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected [[contacts]] tables, found {found}</source>
        <translation>se esperaban tablas [[contacts]] y hay {found}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contact {n} needs exactly a name and a link</source>
        <translation>el contacto {n} necesita exactamente un nombre y un enlace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact {n}: the name and the link must be text</source>
        <translation>contacto {n}: el nombre y el enlace deben ser texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact {n}: {problem}</source>
        <translation>contacto {n}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the first {most} contacts are used</source>
        <translation>solo se usan los primeros {most} contactos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problems}; the other contacts are kept</source>
        <translation>{problems}; los demás contactos se conservan</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/values.py" line="+14"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number {value}</source>
        <translation>el número {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text {value}</source>
        <translation>el texto {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/labels.py" line="+11"/>
        <source>Working hours on {day}, like &apos;08:00-18:00&apos;; empty for a day off.</source>
        <extracomment>One description for the seven working-hours settings; {day} is the day&apos;s name.</extracomment>
        <translation>{day}: horario de trabajo, como &apos;08:00-18:00&apos;; vacío si es un día libre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/schema.py" line="+35"/>
        <source>Minutes of work between work-timer reminders.</source>
        <translation>Minutos de trabajo entre los avisos del temporizador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work timer (minutes)</source>
        <translation>Temporizador de trabajo (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long &apos;In 10 minutes&apos; on the reminder waits.</source>
        <translation>Cuánto espera &apos;En 10 minutos&apos; en el aviso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;Later&apos; waits (minutes)</source>
        <translation>&apos;Más tarde&apos; espera (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long an unanswered reminder stays on screen before it quietly closes.</source>
        <translation>Cuánto tiempo se queda en pantalla un aviso sin respuesta antes de cerrarse discretamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder stays (seconds)</source>
        <translation>El aviso se queda (segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine the work timer opens.</source>
        <translation>La práctica que abre el temporizador de trabajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work timer opens</source>
        <translation>El temporizador abre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine &apos;Pause now&apos; opens.</source>
        <translation>La práctica que abre &apos;Pausa ahora&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;Pause now&apos; opens</source>
        <translation>&apos;Pausa ahora&apos; abre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hour from which the day starts: &apos;Snooze until tomorrow&apos; ends, the start-of-day cue may come.</source>
        <translation>Hora en que empieza el día: termina &apos;Posponer hasta mañana&apos; y puede llegar la señal de inicio del día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day starts at (hour)</source>
        <translation>El día empieza a las (hora)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind you after the set minutes of active work.</source>
        <translation>Te avisa tras los minutos fijados de trabajo activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work timer</source>
        <translation>Temporizador de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause when the computer wakes after sleeping at least a break&apos;s length.</source>
        <translation>Ofrece una pausa cuando el equipo despierta tras suspenderse al menos lo que dura un descanso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After waking from sleep</source>
        <translation>Al despertar de la suspensión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause when the screen unlocks after a lock longer than a short one.</source>
        <translation>Ofrece una pausa cuando se desbloquea la pantalla tras un bloqueo que no fue breve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After unlocking the screen</source>
        <translation>Al desbloquear la pantalla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause when you are back after at least a break&apos;s length away.</source>
        <translation>Ofrece una pausa cuando vuelves tras estar fuera al menos lo que dura un descanso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you come back</source>
        <translation>Cuando vuelves</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause at your first activity on a working day.</source>
        <translation>Ofrece una pausa con tu primera actividad de un día laborable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the start of the day</source>
        <translation>Al empezar el día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause when the working day ends.</source>
        <translation>Ofrece una pausa cuando termina la jornada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the day</source>
        <translation>Al terminar el día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer a pause when a call ends: another app used the microphone for a while, then let it go. Only whether it is in use is read, never the sound.</source>
        <translation>Ofrece una pausa cuando termina una llamada: otra aplicación usó el micrófono un rato y luego lo dejó. Solo se mira si está en uso, nunca el sonido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a call</source>
        <translation>Después de una llamada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes away (no input, or asleep) that count as a break: the work count starts again.</source>
        <translation>Minutos fuera (sin actividad, o en suspensión) que cuentan como descanso: la cuenta de trabajo vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A break is at least (minutes)</source>
        <translation>Un descanso dura al menos (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes locked after which unlocking offers a pause; shorter locks are ignored.</source>
        <translation>Minutos de bloqueo a partir de los cuales desbloquear ofrece una pausa; los bloqueos más cortos no cuentan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locks shorter than this are ignored (minutes)</source>
        <translation>No cuentan los bloqueos de menos de (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes the microphone must be in use for its end to count as a call.</source>
        <translation>Minutos que el micrófono debe estar en uso para que su final cuente como una llamada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls shorter than this are ignored (minutes)</source>
        <translation>No cuentan las llamadas de menos de (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to wait after a call ends before offering a pause, so that a dropped call that reconnects does not count as two.</source>
        <translation>Segundos de espera tras el final de una llamada antes de ofrecer una pausa, para que una llamada cortada que se reconecta no cuente como dos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After a call, wait (seconds)</source>
        <translation>Tras una llamada, esperar (segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most one reminder in this many minutes (&apos;Pause now&apos; excepted).</source>
        <translation>Como mucho un aviso en estos minutos (&apos;Pausa ahora&apos; aparte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most one reminder per (minutes)</source>
        <translation>Como mucho un aviso cada (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While you are busy (a call, a video, full screen, do not disturb) a reminder waits at most this long, then it is let go.</source>
        <translation>Mientras estás en algo (una llamada, un vídeo, pantalla completa, no molestar) un aviso espera como mucho este tiempo y luego se deja pasar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While busy, wait at most (minutes)</source>
        <translation>Mientras estás en algo, esperar como mucho (minutos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the end-of-day cue comes on working days.</source>
        <translation>Cuándo llega la señal de fin del día en los días laborables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day ends at</source>
        <translation>El día termina a las</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine opened after waking, unlocking, coming back, and at the start of the day.</source>
        <translation>La práctica que se abre al despertar, al desbloquear, al volver y al empezar el día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transitions open</source>
        <translation>Las transiciones abren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine the end-of-day cue and &apos;Close the day&apos; open.</source>
        <translation>La práctica que abren la señal de fin del día y &apos;Cerrar el día&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the day opens</source>
        <translation>El fin del día abre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine opened after a call.</source>
        <translation>La práctica que se abre después de una llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a call, open</source>
        <translation>Después de una llamada, abrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lengths offered under Snooze, in minutes (&apos;Until tomorrow&apos; is always there).</source>
        <translation>Las duraciones que ofrece Posponer, en minutos (&apos;Hasta mañana&apos; siempre está).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze lengths (minutes)</source>
        <translation>Duraciones para posponer (minutos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own kind phrases, offered first in step 3.</source>
        <translation>Tus propias frases amables, que se ofrecen primero en el paso 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind phrases</source>
        <translation>Frases amables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own ways of naming what is hard, offered in step 2.</source>
        <translation>Tus propias formas de nombrar lo difícil, que se ofrecen en el paso 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naming what is hard</source>
        <translation>Nombrar lo difícil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own limits and questions, e.g. &apos;No replies after 7 pm&apos;, offered first in A steady pause (step 4) and in Before you say yes (your reply).</source>
        <translation>Tus propios límites y preguntas, p. ej. &apos;No respondo después de las 19:00&apos;, ofrecidos primero en Una pausa serena (paso 4) y en Antes de decir que sí (tu respuesta).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundary cues</source>
        <translation>Recordatorios de límites</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Length of each in-breath in the breathing animation.</source>
        <translation>Duración de cada inhalación en la animación de respiración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in (seconds)</source>
        <translation>Inhala (segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Length of each out-breath in the breathing animation.</source>
        <translation>Duración de cada exhalación en la animación de respiración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe out (seconds)</source>
        <translation>Exhala (segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slow breaths in the breathing step.</source>
        <translation>Respiraciones lentas en el paso de respirar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slow breaths</source>
        <translation>Respiraciones lentas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the growing shape with a calm text count.</source>
        <translation>Cambia la forma que crece por una cuenta tranquila en texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep what you type during a pause on this computer (off: nothing typed is kept).</source>
        <translation>Guarda en este equipo lo que escribas durante una pausa (desactivado: no se guarda nada de lo que escribas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a journal</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 0–10 check-in before and after a pause: off, or with which routines.</source>
        <translation>La pregunta sobre el desgaste (0–10) antes y después de una pausa: desactivada, o con qué prácticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in</source>
        <translation>Desgaste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to, shown on the Getting help page: a name and a phone number or an http(s), mailto or tel link.</source>
        <translation>Personas a quienes acudir, en la página Pedir ayuda: un nombre y un teléfono o un enlace http(s), mailto o tel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your contacts</source>
        <translation>Tus contactos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose crisis lines Getting help shows first: the region of the desktop&apos;s language settings, one chosen here, or none (only your local emergency number).</source>
        <translation>De qué región son las líneas de crisis que Pedir ayuda muestra primero: la de la configuración de idioma del escritorio, una elegida aquí o ninguna (solo tu número local de emergencias).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis lines for</source>
        <translation>Líneas de crisis de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours: follow the desktop, or always light or dark.</source>
        <translation>Colores: como el escritorio, o siempre claros u oscuros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When a cue comes: show the gentle reminder first, or open the routine directly.</source>
        <translation>Cuando llega una señal: mostrar primero el aviso amable, o abrir la práctica directamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a cue comes</source>
        <translation>Cuando llega una señal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the gentle reminder appears: a small window near the tray, or a desktop notification with the same buttons. Automatic uses a notification on Wayland desktops (where a window could take the keyboard) and the window elsewhere.</source>
        <translation>Cómo aparece el aviso amable: una ventana pequeña junto a la bandeja, o una notificación del escritorio con los mismos botones. Automático usa una notificación en los escritorios Wayland (donde una ventana podría quitarte el teclado) y la ventana en los demás.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder as</source>
        <translation>Forma del aviso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the app: the desktop&apos;s, or one chosen here. Applies to windows opened after the change.</source>
        <translation>El idioma de la app: el del escritorio, o uno elegido aquí. Se aplica a las ventanas que se abran después del cambio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On Windows, the keys that open a pause from any program (empty: none). On Linux and macOS, bind &apos;steadypause pause&apos; in the desktop&apos;s keyboard settings instead.</source>
        <translation>En Windows, las teclas que abren una pausa desde cualquier programa (vacío: ninguna). En Linux y macOS, asigna &apos;steadypause pause&apos; en la configuración de teclado del escritorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause shortcut</source>
        <translation>Atajo de pausa</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/store.py" line="+129"/>
        <source>Could not read {path} ({reason}). Using default settings for now.</source>
        <translation>No se pudo leer {path} ({reason}). Por ahora se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your settings file could not be read ({reason}). It was kept as {path} and Steady Pause is using default settings.</source>
        <translation>No se pudo leer tu archivo de ajustes ({reason}). Se guardó como {path} y Steady Pause usa los ajustes predeterminados.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The system-wide settings in {path} could not be read ({reason}); they are ignored. Your own settings still apply.</source>
        <translation>No se pudieron leer los ajustes del sistema en {path} ({reason}); no se tienen en cuenta. Tus propios ajustes siguen valiendo.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not create {path} ({reason}); settings will not be remembered.</source>
        <translation>No se pudo crear {path} ({reason}); los ajustes no se recordarán.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{file} line {line}: schema_version must be a whole number; assuming {version}.</source>
        <translation>{file} línea {line}: schema_version debe ser un número entero; se usa {version}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} was written by a newer version of Steady Pause (schema {version}; this version knows {known}). It was left unchanged and this session uses default settings.</source>
        <translation>{file} lo escribió una versión más nueva de Steady Pause (esquema {version}; esta versión conoce el {known}). Se dejó sin cambios y esta sesión usa los ajustes predeterminados.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} line {line}: unknown setting &apos;{key}&apos; was ignored (kept in the file).</source>
        <translation>{file} línea {line}: el ajuste desconocido &apos;{key}&apos; no se tuvo en cuenta (sigue en el archivo).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} line {line}: &apos;{key}&apos;: {problem}.</source>
        <translation>{file} línea {line}: &apos;{key}&apos;: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} line {line}: &apos;{key}&apos;: {problem}; using the default {default}.</source>
        <translation>{file} línea {line}: &apos;{key}&apos;: {problem}; se usa el valor predeterminado, {default}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it is larger than {size}</source>
        <translation>ocupa más de {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/list_kinds.py" line="-129"/>
        <location filename="../../src/steadypause/core/settings/store.py" line="+2"/>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/platform/autostart.py" line="+284"/>
        <source>The registry cannot be reached ({reason}).</source>
        <translation>No se puede acceder al registro ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting at login is not supported on {system}.</source>
        <translation>Iniciar al entrar en la sesión no está disponible en {system}.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/setting_editors.py" line="+73"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Escribe un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Escribe un número de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter a time like 17:30.</source>
        <translation>Escribe una hora como 17:30.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working day</source>
        <translation>Día laborable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: working day</source>
        <translation>{day}: día laborable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: start</source>
        <translation>{day}: inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <comment>between a start and an end time</comment>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: end</source>
        <translation>{day}: fin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The day ends before it starts: choose an end after the start.</source>
        <translation>El día termina antes de empezar: elige un fin posterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/text_list_editor.py" line="+83"/>
        <source>{description} F2 edits the selected entry, Alt+Up and Alt+Down move it, Delete removes it.</source>
        <translation>{description} F2 edita la entrada elegida, Alt+Arriba y Alt+Abajo la mueven, Supr la quita.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected entry in {list}</source>
        <translation>Editar la entrada elegida en {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry from {list}</source>
        <translation>Quitar la entrada elegida de {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected entry up in {list}</source>
        <translation>Subir la entrada elegida en {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected entry down in {list}</source>
        <translation>Bajar la entrada elegida en {list}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Type a new entry, then press Enter</source>
        <translation>Escribe una entrada nueva y pulsa Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry for {list}</source>
        <translation>Entrada nueva para {list}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the typed entry to {list}</source>
        <translation>Añadir la entrada escrita a {list}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{action} ({list})</source>
        <comment>a button&apos;s name</comment>
        <translation>{action} ({list})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New entry: {problem}</source>
        <translation>Entrada nueva: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new entry is not added yet: press Enter or Add, or clear the box.</source>
        <translation>La entrada nueva aún no está añadida: pulsa Intro o Añadir, o vacía el cuadro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At most {most} entries: remove one before adding another.</source>
        <translation>Como máximo {most} entradas: quita una antes de añadir otra.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{problem} The entry was left as it was.</source>
        <translation>{problem} La entrada se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/contacts_editor.py" line="+33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number or link</source>
        <translation>Teléfono o enlace</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Contact {n}: {problem}.</source>
        <translation>Contacto {n}: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {most} contacts.</source>
        <translation>Como máximo {most} contactos.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/setting_editors.py" line="+33"/>
        <source>Enter whole numbers of minutes separated by commas, like 15, 30, 60.</source>
        <translation>Escribe números enteros de minutos separados por comas, como 15, 30, 60.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/settings_dialog.py" line="+66"/>
        <source>Set by your organisation</source>
        <translation>Lo fija tu organización</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the settings and close</source>
        <translation>Guardar los ajustes y cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the settings and keep this open</source>
        <translation>Guardar los ajustes y seguir aquí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put every setting back to its default (asks first; saved only with OK or Apply)</source>
        <translation>Volver a poner cada ajuste en su valor predeterminado (pregunta antes; solo se guarda con Aceptar o Aplicar)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Changes cannot be saved: {messages}</source>
        <translation>Los cambios no se pueden guardar: {messages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes cannot be saved: {path} cannot be written.</source>
        <translation>Los cambios no se pueden guardar: no se puede escribir en {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>This value comes from the system-wide settings of this computer ({path}). You can still change it for yourself.</source>
        <translation>Este valor viene de los ajustes del sistema de este equipo ({path}). Aun así, puedes cambiarlo para ti.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/autostart_switch.py" line="+32"/>
        <source>Start {app} when I log in</source>
        <translation>Iniciar {app} al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds or removes the entry your desktop uses to start programs at login. Shows what is set there now.</source>
        <translation>Añade o quita la entrada que usa tu escritorio para iniciar programas al entrar en la sesión. Muestra lo que hay configurado ahora.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/settings_dialog.py" line="+69"/>
        <source>Restore defaults?</source>
        <translation>¿Restaurar los valores predeterminados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every setting on every tab back to its default? Your own phrases, boundary cues and contacts are cleared too.

Nothing is saved until you press OK or Apply.</source>
        <translation>¿Volver a poner cada ajuste de todas las pestañas en su valor predeterminado? También se borran tus propias frases, recordatorios de límites y contactos.

No se guarda nada hasta que pulses Aceptar o Aplicar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save {path} ({reason}). Nothing was changed.</source>
        <translation>No se pudo guardar {path} ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/autostart_switch.py" line="+38"/>
        <source>Your settings were saved, but starting at login could not be changed ({reason}).</source>
        <translation>Tus ajustes se guardaron, pero no se pudo cambiar el inicio al entrar en la sesión ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/breathing_preview.py" line="+29"/>
        <source>Preview of the breathing animation</source>
        <translation>Vista previa de la animación de respiración</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/sound_schema.py" line="+21"/>
        <source>A soft tone when the breathing starts and when it ends.</source>
        <translation>Un tono suave cuando empieza la respiración y cuando termina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime</source>
        <translation>Campana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With the chime, a quiet rising tone for each in-breath and falling one out.</source>
        <translation>Con la campana, un tono suave que sube en cada inhalación y baja en cada exhalación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pace the breaths</source>
        <translation>Marcar el ritmo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How loud the chime is, in percent.</source>
        <translation>El volumen de la campana, en porcentaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chime volume (%)</source>
        <translation>Volumen de la campana (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speak each step and the breath cues with the computer&apos;s voice.</source>
        <translation>Lee en voz alta cada paso y las indicaciones de respiración con la voz del equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken guide</source>
        <translation>Guía hablada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The voice to speak with, from those the speech service has for the language (empty: the system&apos;s default voice).</source>
        <translation>La voz con la que hablar, entre las que tiene el servicio de voz para el idioma (vacío: la voz predeterminada del sistema).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How fast the voice speaks: 0 is its usual pace, below is slower.</source>
        <translation>La velocidad de la voz: 0 es su ritmo habitual; por debajo, más despacio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/settings_keys.py" line="+147"/>
        <source>Save your changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings were changed but not saved yet.</source>
        <translation>Cambiaste algunos ajustes y todavía no están guardados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/settings/set_aside.py" line="+32"/>
        <source>Your settings file could not be read, so it was kept as {path}. Your organisation&apos;s settings and the defaults are used instead.</source>
        <translation>No se pudo leer tu archivo de ajustes, así que se guardó como {path}. Se usan en su lugar los ajustes de tu organización y los predeterminados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings file could not be read, so it was kept as {path}. The default settings are used instead.</source>
        <translation>No se pudo leer tu archivo de ajustes, así que se guardó como {path}. Se usan en su lugar los ajustes predeterminados.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/settings_notice.py" line="+32"/>
        <source>About your settings file</source>
        <translation>Sobre tu archivo de ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/routine_editor.py" line="+27"/>
        <source>{id} (missing)</source>
        <translation>{id} (no se encuentra)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} ({duration})</source>
        <translation>{title} ({duration})</translation>
    </message>
</context>
</TS>
