<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/steadypause/cli/status_text.py" line="+19"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/language.py" line="+18"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/app_commands.py" line="+37"/>
        <source>MINUTES must be a whole number from 1 to {most}, or &apos;tomorrow&apos; (got {text})</source>
        <translation>MINUTES es un número entero de 1 a {most}, o &apos;tomorrow&apos; (se recibió {text})</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/history_command.py" line="+28"/>
        <source>N must be a whole number from 1 to {most} (got {text})</source>
        <translation>N es un número entero de 1 a {most} (se recibió {text})</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/entry.py" line="+54"/>
        <source>{name}: a short compassion pause at the day&apos;s transitions. Without a command, start the tray app.</source>
        <translation>{name}: una pausa breve de compasión en las transiciones del día. Sin comando, abre la app en la bandeja del sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión y termina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>started by the desktop session at login (used by the autostart entry)</source>
        <translation>indica que lo inició la sesión del escritorio al entrar (lo usa la entrada de inicio automático)</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/desktop_commands.py" line="+24"/>
        <source>add Steady Pause to your launcher (for pip/pipx installs; writes under ~/.local/share/applications and ~/.local/share/icons)</source>
        <translation>añade Steady Pause a tu lanzador de aplicaciones (para instalaciones con pip/pipx; escribe en ~/.local/share/applications y ~/.local/share/icons)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove the launcher entry and icons that --install-desktop-entry wrote</source>
        <translation>quita la entrada del lanzador y los iconos que escribió --install-desktop-entry</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on GNOME, add a keyboard shortcut that opens a pause (default %(const)s); an existing shortcut is never changed</source>
        <translation>en GNOME, añade un atajo de teclado que abre una pausa (por defecto %(const)s); un atajo que ya existe nunca se cambia</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/app_commands.py" line="+11"/>
        <source>open a pause now (starts Steady Pause if it is not running); with a pause already open, that one comes forward (exit code 4 when it is another routine)</source>
        <translation>abre una pausa ahora (inicia Steady Pause si no está en marcha); si ya hay una pausa abierta, esa pasa al frente (código de salida 4 si es otra práctica)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the routine to open, by id or title (steadypause routines lists them); without it, the one &apos;Pause now&apos; opens</source>
        <translation>la práctica que se abre, por su id o su título (steadypause routines las muestra); sin ella, la que abre &apos;Pausa ahora&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hold reminders for a while</source>
        <translation>pospone los recordatorios un rato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 to {most} minutes, or &apos;tomorrow&apos;</source>
        <translation>de 1 a {most} minutos, o &apos;tomorrow&apos; (mañana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn snoozed reminders back on</source>
        <translation>vuelve a activar los recordatorios pospuestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the end-of-day pause; no more reminders today</source>
        <translation>abre la pausa del fin del día; no habrá más recordatorios hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close the running Steady Pause</source>
        <translation>cierra Steady Pause si está en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show what the running Steady Pause is doing</source>
        <translation>muestra qué está haciendo Steady Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/steadypause/cli/history_command.py" line="+25"/>
        <location filename="../../src/steadypause/cli/routines_command.py" line="+30"/>
        <source>print one JSON object</source>
        <translation>imprime un único objeto JSON</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/history_command.py" line="-15"/>
        <source>your pauses of the last days, read from the history file (works whether or not Steady Pause is running)</source>
        <translation>tus pausas de los últimos días, leídas del archivo de historial (funciona tanto si Steady Pause está en marcha como si no)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how many days back, today included (1–{most}; default 7)</source>
        <translation>cuántos días hacia atrás, hoy incluido (1–{most}; por defecto 7)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check the history file&apos;s integrity (exit code 1 if damaged)</source>
        <translation>comprueba la integridad del archivo de historial (código de salida 1 si está dañado)</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/entry.py" line="+43"/>
        <source>{program}: {option} goes on its own, without a command</source>
        <translation>{program}: {option} se usa sola, sin comando</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{program}: --autostart only applies when starting the app</source>
        <translation>{program}: --autostart solo sirve al iniciar la app</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not running.</source>
        <translation>{name} no está en marcha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not talk to {name}: {problem}</source>
        <translation>no se pudo hablar con {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/desktop_commands.py" line="+33"/>
        <source>launcher entries are for Linux desktops; on Windows and macOS use the packaged app instead</source>
        <translation>las entradas del lanzador son para escritorios Linux; en Windows y macOS puedes usar la app empaquetada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wrote the launcher entry {path}</source>
        <translation>entrada del lanzador escrita: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the launcher entry {path}</source>
        <translation>entrada del lanzador quitada: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote {count} icons under {folder}</source>
        <translation>{count} iconos escritos en {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed {count} icons under {folder}</source>
        <translation>{count} iconos quitados de {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left alone: {item}</source>
        <translation>sin tocar: {item}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is in your launcher now, with a &quot;{action}&quot; action (undo with: {command}).</source>
        <translation>{name} ya está en tu lanzador, con la acción &quot;{action}&quot; (para deshacerlo: {command}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is no longer in your launcher.</source>
        <translation>{name} ya no está en tu lanzador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was no launcher entry to remove.</source>
        <translation>No había ninguna entrada del lanzador que quitar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bind the command &apos;{command}&apos; in your desktop&apos;s keyboard settings instead (the README says where).</source>
        <translation>Puedes asignar el comando &apos;{command}&apos; en los ajustes de teclado de tu escritorio (el README explica dónde).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{problem}. {what_to_do}</source>
        <translation>{problem}. {what_to_do}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shortcut for a pause is already there: {binding} ({name}); it was left as it is.</source>
        <translation>Ya hay un atajo para una pausa: {binding} ({name}); se deja como está.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{binding} is already used by {other}; nothing was changed. Choose another, e.g. {command}.</source>
        <translation>{binding} ya lo usa {other}; no se cambió nada. Puedes elegir otro, p. ej. {command}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{binding} now opens a pause (GNOME custom shortcut {path}).</source>
        <translation>{binding} ahora abre una pausa (atajo personalizado de GNOME {path}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change or remove it in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.</source>
        <translation>Puedes cambiarlo o quitarlo en Configuración → Teclado → Atajos de teclado → Atajos personalizados.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/app_commands.py" line="+11"/>
        <source>{name} is already running.</source>
        <translation>{name} ya está en marcha.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening a pause.</source>
        <translation>Abriendo una pausa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{open}” is already open; it came forward.</source>
        <translation>«{open}» ya está abierta; ha pasado al frente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{open}” is already open, so it came forward instead of “{wanted}”. Finish or close it first, then open “{wanted}” again.</source>
        <translation>«{open}» ya está abierta, así que ha pasado al frente en lugar de «{wanted}». Termínala o ciérrala primero y luego vuelve a abrir «{wanted}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders snoozed.</source>
        <translation>Recordatorios pospuestos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders snoozed until {when}.</source>
        <translation>Recordatorios pospuestos hasta {when}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders are back on.</source>
        <translation>Los recordatorios vuelven a estar activos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing the day. No more reminders today.</source>
        <translation>Cerrando el día. No habrá más recordatorios hoy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is closing.</source>
        <translation>{name} se está cerrando.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/history_command.py" line="+64"/>
        <source>No history file yet ({path}).</source>
        <translation>Aún no hay archivo de historial ({path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: ok</source>
        <translation>{path}: correcto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: damaged</source>
        <translation>{path}: dañado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} moves a damaged file aside and starts a new one when it next starts.</source>
        <translation>{name} aparta un archivo dañado y empieza uno nuevo la próxima vez que se inicia.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cannot read {path}: {problem} (try: {command})</source>
        <translation>no se puede leer {path}: {problem} (prueba: {command})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>check-in {change}</source>
        <translation>desgaste {change}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/status_text.py" line="+7"/>
        <source>{name} {version} is running.</source>
        <translation>{name} {version} está en marcha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders snoozed until {when}</source>
        <translation>Recordatorios pospuestos hasta {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next pause: {when} ({delay})</source>
        <translation>Próxima pausa: {when} ({delay})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pause is scheduled.</source>
        <translation>No hay ninguna pausa programada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tray: no system tray found, using the fallback</source>
        <translation>Bandeja: no se encontró la bandeja del sistema; se usa la alternativa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>unknown</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Window: {window}</source>
        <translation>Ventana: {window}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last cue: {cue}</source>
        <translation>Última señal: {cue}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sound: not installed (scripts/install-and-start --with-sound adds it)</source>
        <translation>Sonido: no instalado (scripts/install-and-start --with-sound lo añade)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chime on</source>
        <translation>campana activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice on</source>
        <translation>voz activada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sound: off</source>
        <translation>Sonido: desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound: {on}. {problems}</source>
        <translation>Sonido: {on}. {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound: {on}</source>
        <translation>Sonido: {on}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{cue} at {when} ({detail})</source>
        <translation>{cue}, {when} ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cue} at {when}</source>
        <translation>{cue}, {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cue} ({detail})</source>
        <translation>{cue} ({detail})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tomorrow {time}</source>
        <translation>mañana {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {minutes} min</source>
        <translation>en {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {hours} h {minutes} min</source>
        <translation>en {hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {hours} h</source>
        <translation>en {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/config_command.py" line="+39"/>
        <source>user</source>
        <translation>tu archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show or change settings (works whether or not the app is running)</source>
        <translation>muestra o cambia los ajustes (funciona tanto si la app está en marcha como si no)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every setting with its value and where it comes from</source>
        <translation>cada ajuste con su valor y de dónde viene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one setting&apos;s value</source>
        <translation>el valor de un ajuste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change a setting in your settings.toml</source>
        <translation>cambia un ajuste en tu settings.toml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE is read according to the setting: a number, true or false, one of the choices, &apos;HH:MM&apos;, &apos;HH:MM-HH:MM&apos; (or &apos;&apos; for a day off), or a TOML array such as &apos;[&quot;one&quot;, &quot;two&quot;]&apos;. See docs/settings.md.</source>
        <translation>VALUE se lee según el ajuste: un número, true o false, una de las opciones, &apos;HH:MM&apos;, &apos;HH:MM-HH:MM&apos; (o &apos;&apos; para un día libre), o un array TOML como &apos;[&quot;one&quot;, &quot;two&quot;]&apos;. Más en docs/settings.md.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>print the settings reference (Markdown)</source>
        <translation>imprime la referencia de los ajustes (Markdown, en inglés)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{program}: {path} cannot be changed, so nothing was saved.</source>
        <translation>{program}: {path} no se puede cambiar, así que no se guardó nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{program}: could not save {path}: {problem}</source>
        <translation>{program}: no se pudo guardar {path}: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{program}: the values {name} could not use were left out of the file; the file as it was is kept as {path}.</source>
        <translation>{program}: los valores que {name} no pudo usar quedaron fuera del archivo; el archivo tal como estaba se guardó como {path}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: there is no setting &apos;{key}&apos;; did you mean {names}?</source>
        <translation>{program}: no existe el ajuste &apos;{key}&apos;; ¿quizá {names}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: there is no setting &apos;{key}&apos;; &apos;{command}&apos; shows them all</source>
        <translation>{program}: no existe el ajuste &apos;{key}&apos;; &apos;{command}&apos; los muestra todos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{program}: saved, but the running {name} did not take it up ({problem}); it will on its next start.</source>
        <translation>{program}: guardado, pero {name} (en marcha) no lo aplicó ({problem}); lo hará la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running {name} uses it now.</source>
        <translation>{name} ya lo está usando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value can be at most {most} characters ({given} given)</source>
        <translation>un valor puede tener como máximo {most} caracteres (tiene {given})</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/paths.py" line="+42"/>
        <source>{folder} belongs to another user</source>
        <translation>{folder} pertenece a otra cuenta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot use {folder}: {problem}</source>
        <translation>no se puede usar {folder}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/wire.py" line="+34"/>
        <source>the request is not valid UTF-8</source>
        <translation>la petición no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request is not valid JSON ({problem})</source>
        <translation>la petición no es JSON válido ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is nested too deeply</source>
        <translation>la petición tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request must be a JSON object</source>
        <translation>la petición no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request needs a &quot;cmd&quot; string</source>
        <translation>a la petición le falta el texto &quot;cmd&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;args&quot; must be a JSON object</source>
        <translation>&quot;args&quot; no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/server.py" line="+80"/>
        <source>internal error: {problem}</source>
        <translation>error interno: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal error: the command gave no result</source>
        <translation>error interno: el comando no dio ningún resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>internal error: the result cannot be sent ({problem})</source>
        <translation>error interno: no se puede enviar el resultado ({problem})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>internal error: the result is too long</source>
        <translation>error interno: el resultado es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/connection.py" line="+193"/>
        <source>message longer than {most} bytes</source>
        <translation>mensaje de más de {most} bytes</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/server.py" line="+77"/>
        <source>cannot listen on {path}: {problem}</source>
        <translation>no se puede escuchar en {path}: {problem}</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Steady Pause is busy with {count} other commands; try again</source>
        <translation>Steady Pause está atendiendo {count} órdenes más; vuelve a intentarlo</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/instance.py" line="+52"/>
        <source>cannot create {path} ({problem})</source>
        <translation>no se puede crear {path} ({problem})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot remove the stale {path}: {problem}</source>
        <translation>no se puede quitar {path}, que quedó de antes: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>process {pid} holds {path} but does not listen yet</source>
        <translation>el proceso {pid} tiene {path} pero aún no escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process {pid} holds {path} but {problem}</source>
        <translation>el proceso {pid} tiene {path} pero {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another process holds {path} but does not listen yet</source>
        <translation>otro proceso tiene {path} pero aún no escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another process holds {path} but {problem}</source>
        <translation>otro proceso tiene {path} pero {problem}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/client.py" line="+58"/>
        <source>the command cannot be encoded ({problem})</source>
        <translation>no se puede codificar el comando ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the command is too long</source>
        <translation>el comando es demasiado largo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing listens on {path}</source>
        <translation>nada escucha en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timed out connecting to {path}</source>
        <translation>se agotó el tiempo al conectar con {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to {path}: {problem}</source>
        <translation>no se puede conectar con {path}: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not send the command: {problem}</source>
        <translation>no se pudo enviar el comando: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the reply is too long</source>
        <translation>la respuesta es demasiado larga</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steady Pause closed the connection without answering</source>
        <translation>Steady Pause cerró la conexión sin responder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer from Steady Pause within {ms} ms</source>
        <translation>Steady Pause no respondió en {ms} ms</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>reading the answer failed: {problem}</source>
        <translation>no se pudo leer la respuesta: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ipc/wire.py" line="+10"/>
        <source>Steady Pause sent a reply that is not valid JSON</source>
        <translation>Steady Pause envió una respuesta que no es JSON válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady Pause sent a malformed reply</source>
        <translation>Steady Pause envió una respuesta mal formada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command failed</source>
        <translation>el comando no funcionó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steady Pause sent a malformed result</source>
        <translation>Steady Pause envió un resultado mal formado</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/routines_command.py" line="-7"/>
        <source>list every routine (built in, and your own files in {folder}); exit code 1 if one of your files was skipped</source>
        <translation>muestra todas las prácticas (las incluidas y tus propios archivos en {folder}); código de salida 1 si se omitió alguno de tus archivos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no routine called &apos;{name}&apos;. Choose one of: {choices}</source>
        <translation>no hay ninguna práctica llamada &apos;{name}&apos;. Elige una de estas: {choices}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>built in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own routines go in {folder} (one .toml file each).</source>
        <translation>Tus propias prácticas van en {folder} (un archivo .toml cada una).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped {problem}</source>
        <translation>omitido: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/cli/display_check.py" line="+51"/>
        <source>QT_QPA_PLATFORM asks for {platform}, but {variable} is not set</source>
        <translation>QT_QPA_PLATFORM pide {platform}, pero {variable} no está definida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>no está definida ni DISPLAY ni WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}: {name} needs a graphical session (X11 or Wayland) to show its windows.</source>
        <translation>{problem}: {name} necesita una sesión gráfica (X11 o Wayland) para mostrar sus ventanas.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/steadypause/cli/config_command.py" line="+9"/>
        <source>{problems}; the other entries are kept</source>
        <translation>{problems}; las demás entradas se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}; the other contacts are kept</source>
        <translation>{problems}; los demás contactos se conservan</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../src/steadypause/cli/desktop_commands.py" line="-56"/>
        <source>Pause now</source>
        <translation>Pausa ahora</translation>
    </message>
</context>
</TS>
