<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <location filename="../../src/steadypause/ui/about.py" line="+21" />
            <source>&lt;p&gt;Short, secular compassion pauses at the day's transitions, for people who look after
others all day.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pausas breves y laicas de compasión en las transiciones del día, para quienes cuidan
de otras personas todo el día.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;p&gt;An attention practice, not treatment: it sits beside rest, support and fair workloads,
never in place of them.&lt;/p&gt;
&lt;p&gt;Everything stays on this computer. No network, no tracking.&lt;br&gt;
Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Una práctica de atención, no un tratamiento: acompaña al descanso, al apoyo y a una carga
de trabajo justa, nunca los sustituye.&lt;/p&gt;
&lt;p&gt;Todo se queda en este equipo. Sin red, sin rastreo.&lt;br&gt;
Software libre bajo la GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The practice goes round a loop: notice, breathe, name the need, respond kindly, set a boundary, and notice again.</source>
            <translation>La práctica sigue un ciclo: notar, respirar, nombrar la necesidad, responder con amabilidad, poner un límite y volver a notar.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What Steady Pause is, and the practice loop</source>
            <translation>Qué es Steady Pause y el ciclo de la práctica</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{app} icon</source>
            <translation>Icono de {app}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the About box</source>
            <translation>Cerrar la ventana Acerca de</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the &amp;welcome again</source>
            <translation>Ver la &amp;bienvenida otra vez</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the welcome again</source>
            <translation>Ver la bienvenida otra vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first-run welcome and its three choices</source>
            <translation>La bienvenida del primer inicio y sus tres opciones</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../src/steadypause/app.py" line="+272" />
            <source>steadypause: cannot start: {error}</source>
            <translation>steadypause: no se puede iniciar: {error}</translation>
        </message>
        <message>
            <location line="-136" />
            <source>steadypause: could not open a pause: {error}</source>
            <translation>steadypause: no se pudo abrir una pausa: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opening a pause.</source>
            <translation>Abriendo una pausa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Steady Pause is already running.</source>
            <translation>Steady Pause ya está en marcha.</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/app_after_icon.py" line="+152" />
            <source>steadypause: the built-in routines or tips are broken: {error}</source>
            <translation>steadypause: las prácticas o los consejos incluidos están dañados: {error}</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/session/controller.py" line="+333" />
            <source>this Steady Pause was started without a settings file</source>
            <translation>este Steady Pause se inició sin archivo de ajustes</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/session/commands.py" line="+132" />
            <source>the routine must be given by its id</source>
            <translation>la práctica se indica por su id</translation>
        </message>
        <message>
            <location line="+5" />
            <source>there is no routine called '{name}'. Choose one of: {choices}</source>
            <translation>no hay ninguna práctica llamada '{name}'. Elige una de estas: {choices}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>snooze needs minutes from 1 to 1440, or 'tomorrow'</source>
            <translation>para posponer hacen falta de 1 a 1440 minutos, o 'tomorrow'</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Snoozed until {time}</source>
            <translation>Pospuesto hasta {time}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>settings cannot be changed in this session</source>
            <translation>los ajustes no se pueden cambiar en esta sesión</translation>
        </message>
        <message>
            <location line="-145" />
            <source>unknown command '{command}'</source>
            <translation>comando desconocido '{command}'</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <location filename="../../src/steadypause/session/pause_flow.py" line="+142" />
            <source>“{open}” is still open, so it came forward. When you finish or close it, “{wanted}” is there in Practices.</source>
            <translation>«{open}» sigue abierta, así que ha pasado al frente. Cuando la termines o la cierres, «{wanted}» te espera en Prácticas.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>The pause could not be opened, because of a fault in Steady Pause (the details are in its log). Reminders carry on as usual.</source>
            <translation>No se pudo abrir la pausa por un fallo de Steady Pause (los detalles están en su registro). Los recordatorios siguen como siempre.</translation>
        </message>
    </context>
    <context>
        <name>Prompt</name>
        <message>
            <location filename="../../src/steadypause/platform/notification_reminder.py" line="+54" />
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>En %n minuto</numerusform>
                <numerusform>En %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
    </context>
    <context>
        <name>Routines</name>
        <message>
            <location filename="../../src/steadypause/core/routine_library.py" line="+103" />
            <source>{file}: could not be read ({reason})</source>
            <translation>{file}: no se pudo leer ({reason})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file}: the id '{id}' belongs to a built-in routine, so this file was skipped; give it an id of its own</source>
            <translation>{file}: el id '{id}' es el de una práctica incluida, así que se ha omitido este archivo; ponle un id propio</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file}: the id '{id}' is already used by {other}, so this file was skipped</source>
            <translation>{file}: el id '{id}' ya lo usa {other}, así que se ha omitido este archivo</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{folder}: could not be read ({reason})</source>
            <translation>{folder}: no se pudo leer ({reason})</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{id} ({title})</source>
            <translation>{id} ({title})</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/steadypause/ui/sound_section.py" line="+41" />
            <source>Sound needs an optional part: install steadypause[sound] (scripts/install-and-start --with-sound).</source>
            <translation>El sonido necesita un complemento opcional: instala steadypause[sound] (scripts/install-and-start --with-sound).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Try it</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try the sound</source>
            <translation>Probar el sonido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Play the chime and say a line with the voice chosen here</source>
            <translation>Hace sonar la campana y dice una frase con la voz elegida aquí</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/voice_editor.py" line="+96" />
            <source>The system's default voice</source>
            <translation>La voz predeterminada del sistema</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} (not available here)</source>
            <translation>{name} (no disponible aquí)</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../src/steadypause/platform/sound/qt_chime.py" line="+30" />
            <source>This computer has no audio output right now.</source>
            <translation>Este equipo no tiene ahora ninguna salida de audio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The chime's sounds could not be made.</source>
            <translation>No se pudieron crear los sonidos de la campana.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The chime could not be played.</source>
            <translation>No se pudo reproducir la campana.</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/platform/sound/qt_speech.py" line="+32" />
            <source>No speech service answers ({detail}).</source>
            <translation>No responde ningún servicio de voz ({detail}).</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/session/sound_guide.py" line="+135" />
            <source>Breathe in… and out. This is how the guide sounds.</source>
            <translation>Inhala… y exhala. Así suena la guía.</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <location filename="../../src/steadypause/ui/status_window.py" line="+130" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This desktop has no system tray, so Steady Pause lives in this small window instead. If a tray appears later (on GNOME, for example, through the AppIndicator extension), the app moves there by itself.</source>
            <translation>Este escritorio no tiene bandeja del sistema, así que Steady Pause vive en esta pequeña ventana. Si más adelante aparece una bandeja (en GNOME, por ejemplo, con la extensión AppIndicator), la app se mueve allí sola.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Pause now</source>
            <translation>Pausa ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a pause now</source>
            <translation>Abrir una pausa ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open one of the routines now</source>
            <translation>Abre ahora una de las prácticas</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pause the reminders for a while</source>
            <translation>Detener los recordatorios un rato</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Close the day</source>
            <translation>Cerrar el día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The end-of-day pause now, and no more reminders today</source>
            <translation>La pausa de fin de jornada ahora, y ningún recordatorio más hoy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resume reminders</source>
            <translation>Reanudar recordatorios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End the snooze now</source>
            <translation>Dejar de posponer ahora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Getting help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where to turn when a pause is not enough</source>
            <translation>A quién acudir cuando una pausa no basta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your recent pauses</source>
            <translation>Tus pausas recientes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the reminders, your phrases and contacts</source>
            <translation>Cambiar los recordatorios, tus frases y tus contactos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The version, and what {app} is for</source>
            <translation>La versión, y para qué sirve {app}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close {app}</source>
            <translation>Cerrar {app}</translation>
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <location filename="../../src/steadypause/ui/support.py" line="+46" />
            <source>
&lt;h2&gt;Getting help&lt;/h2&gt;
&lt;p&gt;Steady Pause is a way to practise attention and kindness during a busy day. It is
&lt;b&gt;not treatment&lt;/b&gt;, and it cannot fix a workload, a staffing gap or an unsafe workplace.
It belongs beside rest, support from people and changes at work, never in place of them.&lt;/p&gt;

&lt;h3&gt;If anyone is in danger right now&lt;/h3&gt;
{lines}

&lt;h3&gt;Your own contacts&lt;/h3&gt;
{contacts}

&lt;h3&gt;When a pause is not enough&lt;/h3&gt;
&lt;p&gt;Set the breathing aside and reach out for support if any of these are true for you:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;thoughts of harming yourself, or feeling you cannot keep yourself safe;&lt;/li&gt;
&lt;li&gt;panic that feels out of control;&lt;/li&gt;
&lt;li&gt;drinking or drug use that keeps increasing;&lt;/li&gt;
&lt;li&gt;several days with almost no sleep;&lt;/li&gt;
&lt;li&gt;memories of something traumatic that keep breaking in;&lt;/li&gt;
&lt;li&gt;being so worn down or affected that driving, teaching, prescribing, supervising,
working or looking after someone is no longer safe.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Warning signs at work count too: threats, harassment, dangerous staffing, being pushed to
act against your conscience, or being asked to go beyond safe limits.&lt;/p&gt;

&lt;h3&gt;What to do, in this order&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;If safety is in doubt, stop the self-help for now.&lt;/li&gt;
&lt;li&gt;Tell someone what is going on: a supervisor, a colleague you trust, or family.&lt;/li&gt;
&lt;li&gt;Contact a therapist, a doctor, your employee assistance programme, a union
representative or occupational health.&lt;/li&gt;
&lt;li&gt;If anyone is in immediate danger, call your local emergency number or a crisis line.&lt;/li&gt;
&lt;li&gt;Come back to this practice as one support once care and safety are in place.&lt;/li&gt;
&lt;/ol&gt;
</source>
            <translation>
&lt;h2&gt;Pedir ayuda&lt;/h2&gt;
&lt;p&gt;Steady Pause es una forma de practicar la atención y la amabilidad en un día con mucho ajetreo.
&lt;b&gt;No es un tratamiento&lt;/b&gt;, y no puede arreglar una carga de trabajo, la falta de personal ni un
lugar de trabajo inseguro. Va junto al descanso, al apoyo de otras personas y a los cambios en el
trabajo, nunca en su lugar.&lt;/p&gt;

&lt;h3&gt;Si alguien corre peligro ahora mismo&lt;/h3&gt;
{lines}

&lt;h3&gt;Tus propios contactos&lt;/h3&gt;
{contacts}

&lt;h3&gt;Cuando una pausa no basta&lt;/h3&gt;
&lt;p&gt;Deja la respiración a un lado y busca apoyo si alguna de estas cosas te está pasando:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;pensamientos de hacerte daño, o sentir que no puedes mantenerte a salvo;&lt;/li&gt;
&lt;li&gt;un pánico que se siente fuera de control;&lt;/li&gt;
&lt;li&gt;beber o consumir drogas cada vez más;&lt;/li&gt;
&lt;li&gt;varios días casi sin dormir;&lt;/li&gt;
&lt;li&gt;recuerdos de algo traumático que irrumpen una y otra vez;&lt;/li&gt;
&lt;li&gt;un desgaste o un impacto tan grandes que conducir, dar clase, recetar, supervisar,
trabajar o cuidar de alguien ya no es seguro.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Las señales de alarma en el trabajo también cuentan: amenazas, acoso, una dotación de personal
peligrosa, presiones para actuar en contra de tu conciencia o que te pidan ir más allá de los
límites seguros.&lt;/p&gt;

&lt;h3&gt;Qué hacer, en este orden&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;Si hay dudas sobre la seguridad, deja la autoayuda por ahora.&lt;/li&gt;
&lt;li&gt;Cuéntale a alguien lo que está pasando: a quien te supervisa, a un compañero o compañera de
confianza, o a tu familia.&lt;/li&gt;
&lt;li&gt;Ponte en contacto con un o una terapeuta, tu médico, el programa de asistencia al empleado, la
representación sindical o el servicio de salud laboral.&lt;/li&gt;
&lt;li&gt;Si alguien corre un peligro inmediato, llama a tu número local de emergencias o a una línea de crisis.&lt;/li&gt;
&lt;li&gt;Vuelve a esta práctica, como un apoyo más, cuando ya cuentes con atención y seguridad.&lt;/li&gt;
&lt;/ol&gt;
</translation>
        </message>
        <message>
            <location line="+48" />
            <source>{numbers} or {number}</source>
            <translation>{numbers} o {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: {numbers}, day and night.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {numbers}, de día y de noche.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: {numbers}.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {numbers}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Call &lt;b&gt;your local emergency number&lt;/b&gt;: {number}.</source>
            <translation>Llama a &lt;b&gt;tu número local de emergencias&lt;/b&gt;: {number}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Call &lt;b&gt;your local emergency number&lt;/b&gt;.</source>
            <translation>Llama a &lt;b&gt;tu número local de emergencias&lt;/b&gt;.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can choose whose crisis lines are shown in &lt;b&gt;Settings → Support contacts&lt;/b&gt;.</source>
            <translation>Puedes elegir de qué región se muestran las líneas de crisis en &lt;b&gt;Ajustes → Contactos de apoyo&lt;/b&gt;.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Crisis lines for {region}.</source>
            <translation>Líneas de crisis de {region}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;p&gt;You have not added anyone yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todavía no has añadido a nadie.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>
&lt;p&gt;You can add the people you would turn to (a therapist, your doctor, your employee
assistance programme, a colleague you trust) in &lt;b&gt;Settings → Support contacts&lt;/b&gt;: a name,
and a phone number or a link. They are then listed here, ready to call or open.&lt;/p&gt;
</source>
            <translation>
&lt;p&gt;Puedes añadir a las personas a las que acudirías (un o una terapeuta, tu médico, el programa de
asistencia al empleado, un compañero o compañera de confianza) en &lt;b&gt;Ajustes → Contactos de apoyo&lt;/b&gt;:
un nombre y un número de teléfono o un enlace. Después aparecen aquí, listos para llamar o abrir.&lt;/p&gt;
</translation>
        </message>
        <message>
            <location line="+12" />
            <source>
&lt;h2&gt;Learn&lt;/h2&gt;
&lt;p&gt;Three kinds of strain overlap in caring work. Telling them apart helps you choose the
support that fits.&lt;/p&gt;

&lt;h3&gt;Compassion fatigue&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;What it is:&lt;/b&gt; being worn down by meeting other people's pain again and again.&lt;br&gt;
&lt;b&gt;How it can show:&lt;/b&gt; going numb, snapping more easily, dreading the next person, less
warmth than you used to have.&lt;br&gt;
&lt;b&gt;What this practice can do:&lt;/b&gt; help you steady yourself after hard contact and notice
your limits sooner.&lt;br&gt;
&lt;b&gt;What it cannot do:&lt;/b&gt; make the exposure smaller. That takes changes to the work and
support from people.&lt;/p&gt;

&lt;h3&gt;Burnout&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;What it is:&lt;/b&gt; strain from work that has gone on for a long time: exhaustion,
cynicism and a sense of getting less done. The World Health Organization treats it as a
work-related phenomenon, not an illness.&lt;br&gt;
&lt;b&gt;How it can show:&lt;/b&gt; tiredness that rest does not touch, pulling away from people,
losing confidence, resentment.&lt;br&gt;
&lt;b&gt;What this practice can do:&lt;/b&gt; offer kinder self-talk and short moments of recovery
inside the day.&lt;br&gt;
&lt;b&gt;What it cannot do:&lt;/b&gt; fix understaffing, impossible caseloads or how the work is
organised.&lt;/p&gt;

&lt;h3&gt;Vicarious trauma&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;What it is:&lt;/b&gt; hearing or witnessing other people's trauma changes how safe the world
feels to you, or what you believe about it.&lt;br&gt;
&lt;b&gt;How it can show:&lt;/b&gt; feeling unsafe, images that push into your mind, beliefs that have
shifted.&lt;br&gt;
&lt;b&gt;What this practice can do:&lt;/b&gt; be one small way to steady yourself after distressing
contact.&lt;br&gt;
&lt;b&gt;What it cannot do:&lt;/b&gt; be the only response. Supervision, peer support, therapy, a look
at your caseload and a plan for your safety matter more here.&lt;/p&gt;
</source>
            <translation>
&lt;h2&gt;Aprender&lt;/h2&gt;
&lt;p&gt;En el trabajo de cuidar se superponen tres tipos de desgaste. Distinguirlos te ayuda a elegir
el apoyo adecuado.&lt;/p&gt;

&lt;h3&gt;Fatiga por compasión&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Qué es:&lt;/b&gt; el desgaste de encontrarte una y otra vez con el dolor de otras personas.&lt;br&gt;
&lt;b&gt;Cómo puede notarse:&lt;/b&gt; dejar de sentir, reaccionar con brusquedad más a menudo, temer a la próxima persona,
menos calidez de la que tenías.&lt;br&gt;
&lt;b&gt;Qué puede hacer esta práctica:&lt;/b&gt; ayudarte a recuperar la calma después de un contacto difícil
y a notar antes tus límites.&lt;br&gt;
&lt;b&gt;Qué no puede hacer:&lt;/b&gt; reducir la exposición. Para eso hacen falta cambios en el trabajo y el
apoyo de otras personas.&lt;/p&gt;

&lt;h3&gt;Desgaste profesional (burnout)&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Qué es:&lt;/b&gt; la tensión de un trabajo que se ha alargado mucho tiempo: agotamiento,
cinismo y la sensación de lograr menos. La Organización Mundial de la Salud lo considera un
fenómeno ligado al trabajo, no una enfermedad.&lt;br&gt;
&lt;b&gt;Cómo puede notarse:&lt;/b&gt; un cansancio que el descanso no alivia, alejarte de la gente,
perder confianza, resentimiento.&lt;br&gt;
&lt;b&gt;Qué puede hacer esta práctica:&lt;/b&gt; ofrecer una forma más amable de hablarte y breves momentos
de recuperación dentro del día.&lt;br&gt;
&lt;b&gt;Qué no puede hacer:&lt;/b&gt; arreglar la falta de personal, unas cargas de casos imposibles ni la
forma en que se organiza el trabajo.&lt;/p&gt;

&lt;h3&gt;Trauma vicario&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Qué es:&lt;/b&gt; escuchar o presenciar el trauma de otras personas cambia lo seguro que te parece
el mundo, o lo que crees sobre él.&lt;br&gt;
&lt;b&gt;Cómo puede notarse:&lt;/b&gt; sentir que no hay seguridad, imágenes que se te meten en la mente,
creencias que han cambiado.&lt;br&gt;
&lt;b&gt;Qué puede hacer esta práctica:&lt;/b&gt; ser una pequeña forma de recuperar la calma después de un
contacto angustiante.&lt;br&gt;
&lt;b&gt;Qué no puede hacer:&lt;/b&gt; ser la única respuesta. Aquí importan más la supervisión, el apoyo entre
colegas, la atención psicológica, revisar tu carga de casos y un plan para tu seguridad.&lt;/p&gt;
</translation>
        </message>
        <message>
            <location line="+42" />
            <source>
&lt;h2&gt;Who it fits, and its limits&lt;/h2&gt;
&lt;p&gt;A pause like this works best while you still have some room to stop, reflect and
practise. When the real trouble is danger, a crisis, or more work than any one person could
carry, it falls short, and other help comes first.&lt;/p&gt;
&lt;table cellspacing="0" cellpadding="4" border="1" width="100%" style="border-collapse: collapse"&gt;
&lt;tr&gt;&lt;th align="left"&gt;Who&lt;/th&gt;&lt;th align="left"&gt;Where it can help&lt;/th&gt;
&lt;th align="left"&gt;Where it is not enough&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Healthcare workers&lt;/td&gt;&lt;td&gt;Meeting distress again and again without switching
off&lt;/td&gt;&lt;td&gt;An acute crisis in the middle of a shift&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Caregivers&lt;/td&gt;&lt;td&gt;Keeping kindness and limits together at home&lt;/td&gt;
&lt;td&gt;Severe distress that has not been treated&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Teachers&lt;/td&gt;&lt;td&gt;Resetting after a hard lesson&lt;/td&gt;
&lt;td&gt;A school or workplace that is not safe&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Social workers&lt;/td&gt;&lt;td&gt;Keeping a little distance from clients' pain&lt;/td&gt;
&lt;td&gt;Trauma exposure with no supervision&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Managers&lt;/td&gt;&lt;td&gt;Being firm and still respectful&lt;/td&gt;
&lt;td&gt;When what is needed is a change in workload&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Overwhelmed beginners&lt;/td&gt;&lt;td&gt;Starting small, two to five minutes&lt;/td&gt;
&lt;td&gt;Hoping for a quick cure&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;

&lt;h3&gt;Limitations&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;It does not fix too much work, short staffing, moral injury, unsafe conditions or a
dysfunctional organisation.&lt;/li&gt;
&lt;li&gt;The research is young: mostly small pilot studies that followed people for a short
time. Benefits vary and are usually modest.&lt;/li&gt;
&lt;li&gt;Kindness toward yourself can feel hard at first, especially when you feel numb, angry,
ashamed or drained. That is common; go gently, or leave it for another day.&lt;/li&gt;
&lt;li&gt;A short course can introduce the skills; they tend to last with continued
practice.&lt;/li&gt;
&lt;li&gt;In a crisis, in severe distress or in an unsafe situation, professional, emergency or
workplace safety support comes first.&lt;/li&gt;
&lt;li&gt;Caring words can be misused. When an organisation answers overwork with self-care tips,
it moves the responsibility for the workload onto the people carrying it. Workload is for
the organisation to fix, not for you to breathe through.&lt;/li&gt;
&lt;/ul&gt;
</source>
            <translation>
&lt;h2&gt;Para quién es y sus límites&lt;/h2&gt;
&lt;p&gt;Una pausa así funciona mejor mientras todavía tienes algo de margen para parar, reflexionar y
practicar. Cuando el verdadero problema es un peligro, una crisis o más trabajo del que cualquier
persona podría sostener, se queda corta, y otra ayuda va primero.&lt;/p&gt;
&lt;table cellspacing="0" cellpadding="4" border="1" width="100%" style="border-collapse: collapse"&gt;
&lt;tr&gt;&lt;th align="left"&gt;Quién&lt;/th&gt;&lt;th align="left"&gt;Dónde puede ayudar&lt;/th&gt;
&lt;th align="left"&gt;Dónde no basta&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Profesionales de la salud&lt;/td&gt;&lt;td&gt;Encontrarse con el sufrimiento una y otra vez sin
desconectarse&lt;/td&gt;&lt;td&gt;Una crisis aguda en mitad de un turno&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Personas cuidadoras&lt;/td&gt;&lt;td&gt;Mantener juntos la amabilidad y los límites en casa&lt;/td&gt;
&lt;td&gt;Un malestar intenso que no ha recibido tratamiento&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Docentes&lt;/td&gt;&lt;td&gt;Recomponerse después de una clase difícil&lt;/td&gt;
&lt;td&gt;Una escuela o un lugar de trabajo que no es seguro&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Profesionales del trabajo social&lt;/td&gt;&lt;td&gt;Tomar un poco de distancia del dolor de las
personas atendidas&lt;/td&gt;
&lt;td&gt;Exposición al trauma sin supervisión&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Responsables de equipo&lt;/td&gt;&lt;td&gt;Mantener la firmeza sin perder el respeto&lt;/td&gt;
&lt;td&gt;Cuando lo que hace falta es un cambio en la carga de trabajo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Principiantes con agobio&lt;/td&gt;&lt;td&gt;Empezar poco a poco, de dos a cinco minutos&lt;/td&gt;
&lt;td&gt;Esperar una cura rápida&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;

&lt;h3&gt;Limitaciones&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;No arregla el exceso de trabajo, la falta de personal, el daño moral, las condiciones
inseguras ni una organización disfuncional.&lt;/li&gt;
&lt;li&gt;La investigación es reciente: sobre todo estudios piloto pequeños que siguieron a las personas
poco tiempo. Los beneficios varían y suelen ser modestos.&lt;/li&gt;
&lt;li&gt;La amabilidad hacia ti puede costar al principio, sobre todo cuando sientes vacío, enojo,
vergüenza o agotamiento. Es algo común; ve con suavidad, o déjalo para otro día.&lt;/li&gt;
&lt;li&gt;Un curso breve puede presentar las habilidades; suelen durar si se sigue
practicando.&lt;/li&gt;
&lt;li&gt;En una crisis, ante un malestar intenso o en una situación insegura, va primero el apoyo
profesional, de emergencias o de seguridad en el trabajo.&lt;/li&gt;
&lt;li&gt;Las palabras de cuidado se pueden usar mal. Cuando una organización responde al exceso de
trabajo con consejos de autocuidado, traslada la responsabilidad de la carga de trabajo a quienes
la sostienen. Arreglar la carga de trabajo le toca a la organización, no a ti a fuerza de respirar.&lt;/li&gt;
&lt;/ul&gt;
</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&amp;Get help</source>
            <translation>&amp;Pedir ayuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting help now</source>
            <translation>Pedir ayuda ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What this practice is not, crisis lines, your own contacts, the signs that need more than a pause, and what to do in order</source>
            <translation>Lo que esta práctica no es, líneas de crisis, tus propios contactos, las señales que piden más que una pausa y qué hacer, en orden</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Learn</source>
            <translation>&amp;Aprender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compassion fatigue, burnout and vicarious trauma: what each is, and what this practice can and cannot do for it</source>
            <translation>Fatiga por compasión, desgaste profesional y trauma vicario: qué es cada uno y qué puede y no puede hacer esta práctica</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Fit and limits</source>
            <translation>Para quién y &amp;límites</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who it fits, and its limits</source>
            <translation>Para quién es y sus límites</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who this practice fits, when it is not enough, and its limitations</source>
            <translation>Para quién es esta práctica, cuándo no basta y sus limitaciones</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Getting help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where to turn when this is more than a pause can hold</source>
            <translation>A quién acudir cuando esto es más de lo que una pausa puede sostener</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+32" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Get help, Learn, and Fit and limits. Ctrl+Tab moves to the next section.</source>
            <translation>Pedir ayuda, Aprender, y Para quién y límites. Ctrl+Tab pasa a la sección siguiente.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose a section with the arrow keys</source>
            <translation>Elige una sección con las teclas de flecha</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close Getting help</source>
            <translation>Cerrar Pedir ayuda</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../src/steadypause/ui/status_window.py" line="-46" />
            <location filename="../../src/steadypause/ui/tray.py" line="+83" />
            <location line="+80" />
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../src/steadypause/ui/tray.py" line="-119" />
            <location line="+121" />
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/tray.py" line="-139" />
            <source>{hours} {minutes}</source>
            <comment>a snooze length: 1 hour 30 minutes</comment>
            <translation>{hours} {minutes}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <location line="+4" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-3" />
            <location line="+5" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Until tomorrow</source>
            <translation>Hasta mañana</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{title} ({length})</source>
            <comment>a routine in the Practices menu</comment>
            <translation>{title} ({length})</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Pause now</source>
            <translation>Pausa ahora</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close the day</source>
            <translation>Cerrar el día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume reminders</source>
            <translation>Reanudar recordatorios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting help…</source>
            <translation>Pedir ayuda…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../src/steadypause/session/windows.py" line="+210" />
            <source>Start at login could not be changed ({reason}).</source>
            <translation>No se pudo cambiar el inicio al entrar en la sesión ({reason}).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your choices could not be saved: the settings file is not one this version can write.</source>
            <translation>No se pudieron guardar tus opciones: esta versión no puede escribir ese archivo de ajustes.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your choices could not be saved ({reason}).</source>
            <translation>No se pudieron guardar tus opciones ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/welcome.py" line="+52" />
            <source>&lt;p&gt;Now and then in your working day, {app} offers a short pause: a few slow breaths, a kind word for yourself, one caring limit. It waits for a gap in your typing, and skipping it is always fine.&lt;/p&gt;&lt;p&gt;It is a practice of attention, not treatment. It sits beside rest, the people you trust and fair workloads, never in place of them. When something feels like more than a pause can hold, &lt;b&gt;Getting help&lt;/b&gt; is at the foot of every pause and in the tray menu.&lt;/p&gt;</source>
            <translation>&lt;p&gt;De vez en cuando, durante tu jornada, {app} te ofrece una pausa breve: unas respiraciones lentas, una palabra amable para ti, un límite cuidadoso. Espera a que dejes de escribir, y saltarla siempre está bien.&lt;/p&gt;&lt;p&gt;Es una práctica de atención, no es un tratamiento. Acompaña al descanso, a las personas de confianza y a una carga de trabajo justa, nunca las sustituye. Cuando algo pese más de lo que una pausa puede sostener, &lt;b&gt;Pedir ayuda&lt;/b&gt; está al pie de cada pausa y en el menú de la bandeja.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>After %n minute(s) of work</source>
            <translation>
                <numerusform>Tras %n minuto de trabajo</numerusform>
                <numerusform>Tras %n minutos de trabajo</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>No check-in</source>
            <translation>Sin pregunta sobre el desgaste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only with “A steady pause”</source>
            <extracomment>The routine's own title, in quotes (a translator writes it as the routine's translation has it, in the language's quotation marks).</extracomment>
            <translation>Solo con «Una pausa serena»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With every routine</source>
            <translation>Con todas las prácticas</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Welcome to {app}</source>
            <translation>Te damos la bienvenida a {app}</translation>
        </message>
        <message>
            <location line="-4" />
            <source>What the app does, and three choices to begin with</source>
            <translation>Qué hace la aplicación, y tres opciones para empezar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>How often to remind you</source>
            <translation>Cada cuánto recordártelo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Check-in</source>
            <translation>Pregunta sobre el desgaste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A 0 to 10 check-in on how you feel, before and after a pause; you can always skip it.</source>
            <translation>Una pregunta de 0 a 10 sobre cuánto desgaste sientes, antes y después de una pausa; siempre puedes saltarla.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Remind me</source>
            <translation>&amp;Recordármelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check-in</source>
            <translation>&amp;Desgaste</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All of this can be changed in Settings, and About shows this welcome again.</source>
            <translation>Todo esto se puede cambiar en Ajustes, y esta bienvenida sigue a mano en Acerca de.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Keep these choices</source>
            <translation>&amp;Guardar estas opciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep these choices</source>
            <translation>Guardar estas opciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Not now</source>
            <translation>A&amp;hora no</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the welcome and change nothing</source>
            <translation>Cerrar la bienvenida sin cambiar nada</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Start {app} when I log in</source>
            <translation>&amp;Iniciar {app} al entrar en la sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start {app} when I log in</source>
            <translation>Iniciar {app} al entrar en la sesión</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Without it, the app is gone after a restart until you open it.</source>
            <translation>Sin esto, tras reiniciar la aplicación no está hasta que la abras.</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <location filename="../../src/steadypause/ui/window_title.py" line="+20" />
            <source>{name} — {app}</source>
            <translation>{name} — {app}</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <location filename="../../src/steadypause/core/closed_day.py" line="+54" />
            <source>No reminders until tomorrow</source>
            <translation>Sin recordatorios hasta mañana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No reminders until tomorrow, {time}</source>
            <translation>Sin recordatorios hasta mañana, {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No reminders until {weekday}, {time}</source>
            <translation>Sin recordatorios hasta el {weekday}, {time}</translation>
        </message>
    </context>
</TS>
