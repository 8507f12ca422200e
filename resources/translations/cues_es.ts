<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <location filename="../../src/steadypause/core/cues.py" line="+99"/>
        <source>Work timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the work-timer reminder</source>
        <translation>con el aviso del temporizador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Laptop opened</source>
        <translation>Tapa abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after opening the laptop</source>
        <translation>al abrir la tapa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlocked</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after unlocking</source>
        <translation>al desbloquear la pantalla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back from away</source>
        <translation>De vuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after time away</source>
        <translation>al volver de un rato fuera</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start of day</source>
        <translation>Inicio del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the start of the day</source>
        <translation>al empezar el día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the end of the day</source>
        <translation>al terminar el día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After a call</source>
        <translation>Después de una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a call</source>
        <translation>después de una llamada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You asked</source>
        <translation>La pediste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when you asked for one</source>
        <translation>cuando la pediste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>after {cue}</source>
        <comment>a cue this version has no words for</comment>
        <translation>tras {cue}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location line="-157"/>
        <source>Time for a short pause?</source>
        <translation>¿Te vendría bien una pausa breve?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been at it for {duration}. A few minutes to notice how you are doing.</source>
        <translation>Llevas {duration} con esto. Unos minutos para notar cómo estás.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The computer was asleep for {duration}. Three slow breaths before you pick things up again?</source>
        <translation>El equipo estuvo en reposo durante {duration}. ¿Tres respiraciones lentas antes de retomar las cosas?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The computer was asleep. Three slow breaths before you pick things up again?</source>
        <translation>El equipo estuvo en reposo. ¿Tres respiraciones lentas antes de retomar las cosas?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The screen was locked for {duration}. A moment to arrive before the next thing?</source>
        <translation>La pantalla estuvo bloqueada durante {duration}. ¿Un momento para aterrizar antes de lo siguiente?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen was locked. A moment to arrive before the next thing?</source>
        <translation>La pantalla estuvo bloqueada. ¿Un momento para aterrizar antes de lo siguiente?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have been away for {duration}. A moment to arrive before the next thing?</source>
        <translation>Has estado fuera durante {duration}. ¿Un momento para aterrizar antes de lo siguiente?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have been away. A moment to arrive before the next thing?</source>
        <translation>Has estado fuera. ¿Un momento para aterrizar antes de lo siguiente?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A short pause before the day begins: notice how you are arriving.</source>
        <translation>Una pausa breve antes de empezar el día: nota cómo llegas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready to close the day?</source>
        <translation>¿Cerramos el día?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short pause to put the day down: what went well, what can wait.</source>
        <translation>Una pausa breve para soltar el día: lo que salió bien, lo que puede esperar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your call has ended</source>
        <translation>Terminó la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the next thing, a minute to let that conversation settle and notice how you are.</source>
        <translation>Antes de lo siguiente, un minuto para que esa conversación se asiente y notes cómo estás.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A short pause?</source>
        <translation>¿Una pausa breve?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment to notice how you are doing.</source>
        <translation>Un momento para notar cómo estás.</translation>
    </message>
</context>
</TS>
