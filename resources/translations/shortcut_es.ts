<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Shortcut</name>
    <message>
        <location filename="../../src/steadypause/platform/windows_hotkey.py" line="+127"/>
        <source>The pause shortcut {keys} cannot be used: {problem}. You can choose other keys in Settings.</source>
        <translation>El atajo de pausa {keys} no se puede usar: {problem}. Puedes elegir otras teclas en Ajustes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{keys} is already used by another program, so {app} left it alone. You can choose other keys for a pause in Settings.</source>
        <translation>{keys} ya lo usa otro programa, así que {app} no lo tocó. Puedes elegir otras teclas para la pausa en Ajustes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pause shortcut {keys} could not be set up (Windows error {code}). You can choose other keys in Settings.</source>
        <translation>No se pudo configurar el atajo de pausa {keys} (error de Windows {code}). Puedes elegir otras teclas en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/platform/gnome_shortcut.py" line="+94"/>
        <source>{binding} is not a key combination; write it like {example} (modifiers in angle brackets, then the key)</source>
        <translation>{binding} no es una combinación de teclas; escríbela como {example} (los modificadores entre ángulos y después la tecla)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown modifier {modifier} in {binding}; use &lt;Control&gt;, &lt;Shift&gt;, &lt;Alt&gt; or &lt;Super&gt;</source>
        <translation>modificador desconocido {modifier} en {binding}; usa &lt;Control&gt;, &lt;Shift&gt;, &lt;Alt&gt; o &lt;Super&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{binding} has no modifier, so typing that key would open a pause; add &lt;Super&gt;, &lt;Control&gt;, &lt;Alt&gt; or &lt;Shift&gt;</source>
        <translation>{binding} no tiene modificador, así que al escribir esa tecla se abriría una pausa; añade &lt;Super&gt;, &lt;Control&gt;, &lt;Alt&gt; o &lt;Shift&gt;</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>your custom shortcut {name} ({command})</source>
        <translation>tu atajo personalizado {name} ({command})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GNOME&apos;s own shortcut {where}</source>
        <translation>el atajo propio de GNOME {where}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{app}: pause now</source>
        <translation>{app}: pausa ahora</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gsettings is not installed, so GNOME&apos;s shortcuts cannot be set from here</source>
        <translation>gsettings no está instalado, así que los atajos de GNOME no se pueden configurar desde aquí</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gsettings {command} failed: {error}</source>
        <translation>gsettings {command} falló: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GNOME&apos;s keyboard settings ({schema}) are not installed here; this works on GNOME only</source>
        <translation>La configuración de teclado de GNOME ({schema}) no está instalada aquí; esto solo funciona en GNOME</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A shortcut for a pause is already there: {keys} (“{name}”). It was left as it is.</source>
        <translation>Ya hay un atajo para una pausa: {keys} (“{name}”). Se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{keys} is already used by your custom shortcut “{name}”, so nothing was changed. You can bind the command “{command}” to other keys in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.</source>
        <translation>{keys} ya lo usa tu atajo personalizado “{name}”, así que no se cambió nada. Puedes asignar el comando “{command}” a otras teclas en Configuración → Teclado → Atajos de teclado → Atajos personalizados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{keys} is already used by one of GNOME&apos;s own shortcuts ({where}), so nothing was changed. You can bind the command “{command}” to other keys in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.</source>
        <translation>{keys} ya lo usa uno de los atajos propios de GNOME ({where}), así que no se cambió nada. Puedes asignar el comando “{command}” a otras teclas en Configuración → Teclado → Atajos de teclado → Atajos personalizados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: {keys} now opens a pause. You can change or remove it in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.</source>
        <translation>Listo: {keys} ahora abre una pausa. Puedes cambiarlo o quitarlo en Configuración → Teclado → Atajos de teclado → Atajos personalizados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It could not be set up from here: {error}. You can bind the command “{command}” in your desktop&apos;s keyboard settings instead.</source>
        <translation>No se pudo configurar desde aquí: {error}. Puedes asignar el comando “{command}” en la configuración de teclado de tu escritorio.</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/core/keys.py" line="+73"/>
        <source>“{keys}” is not a key combination; write it like Ctrl+Alt+Shift+P</source>
        <translation>“{keys}” no es una combinación de teclas; escríbela como Ctrl+Alt+Shift+P</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{part}” is not a modifier; use Ctrl, Alt, Shift or Win</source>
        <translation>“{part}” no es un modificador; usa Ctrl, Alt, Shift o Win</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{key}” cannot be used here; use a letter, a digit, F1 to F24, or Space, Insert, Delete, Home, End, Page Up, Page Down, the arrows or Pause</source>
        <translation>“{key}” no se puede usar aquí; usa una letra, un número, de F1 a F24, o la barra espaciadora, Insert, Supr, Inicio, Fin, Re Pág, Av Pág, las flechas o Pausa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{keys}” needs Ctrl, Alt or Win as well, or typing it would open a pause</source>
        <translation>“{keys}” necesita también Ctrl, Alt o Win; si no, al escribir se abriría una pausa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected keys in quotes such as &quot;Ctrl+Alt+Shift+P&quot;, or &quot;&quot; for none</source>
        <translation>se esperaban teclas entre comillas como &quot;Ctrl+Alt+Shift+P&quot;, o &quot;&quot; para ninguna</translation>
    </message>
    <message>
        <location filename="../../src/steadypause/ui/shortcut_section.py" line="+72"/>
        <source>Keyboard shortcut for a pause</source>
        <translation>Atajo de teclado para una pausa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set up {keys}</source>
        <translation>Configurar {keys}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds {keys} to GNOME&apos;s custom shortcuts to open a pause; a shortcut you already have is never changed</source>
        <translation>Añade {keys} a los atajos personalizados de GNOME para abrir una pausa; nunca cambia un atajo que ya tengas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pause shortcut above opens a pause from any program. If another program already uses those keys, {app} leaves them alone and tells you, so that you can choose others.</source>
        <translation>El atajo de pausa de arriba abre una pausa desde cualquier programa. Si otro programa ya usa esas teclas, {app} no las toca y te avisa, para que puedas elegir otras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the Shortcuts app, create a shortcut with the action Run Shell Script running
{command}
then give it a keyboard shortcut in its details.</source>
        <translation>En la app Atajos, crea un atajo con la acción Ejecutar script de shell que ejecute
{command}
y luego dale un atajo de teclado en sus detalles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} can add {keys} to GNOME&apos;s custom shortcuts, to open a pause from anywhere. A shortcut you already have is never changed.</source>
        <translation>{app} puede añadir {keys} a los atajos personalizados de GNOME, para abrir una pausa desde cualquier lugar. Nunca cambia un atajo que ya tengas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In System Settings → Shortcuts → Custom Shortcuts (in Plasma 6: Add New → Command or URL), add the command
{command}
then choose the keys that open a pause.</source>
        <translation>En Preferencias del sistema → Accesos rápidos → Accesos rápidos personalizados (en Plasma 6: Añadir nuevo → Orden o URL), añade el comando
{command}
y elige las teclas que abren una pausa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your desktop&apos;s keyboard settings, bind keys of your choice to the command
{command}</source>
        <translation>En la configuración de teclado de tu escritorio, asigna las teclas que prefieras al comando
{command}</translation>
    </message>
</context>
</TS>
