<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Breathing</name>
        <message>
            <location filename="../../src/steadypause/ui/breathing_words.py" line="+23" />
            <source>One</source>
            <extracomment>These count breaths ("Three slow breaths, done."): in Spanish "respiración" is feminine, so 1 reads "Una".</extracomment>
            <translation>Una</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two</source>
            <translation>Dos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Three</source>
            <translation>Tres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Four</source>
            <translation>Cuatro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Five</source>
            <translation>Cinco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Six</source>
            <translation>Seis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seven</source>
            <translation>Siete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eight</source>
            <translation>Ocho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nine</source>
            <translation>Nueve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ten</source>
            <translation>Diez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eleven</source>
            <translation>Once</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twelve</source>
            <translation>Doce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thirteen</source>
            <translation>Trece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fourteen</source>
            <translation>Catorce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fifteen</source>
            <translation>Quince</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sixteen</source>
            <translation>Dieciséis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seventeen</source>
            <translation>Diecisiete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eighteen</source>
            <translation>Dieciocho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nineteen</source>
            <translation>Diecinueve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Twenty</source>
            <translation>Veinte</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Breathe in, breath {breath} of {breaths}</source>
            <translation>Inhala, respiración {breath} de {breaths}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A still circle that changes shade between breathing in and breathing out, with the current breath and the seconds left written below it.</source>
            <translation>Un círculo quieto que cambia de tono entre inhalar y exhalar, con la respiración en curso y los segundos que quedan escritos debajo.</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/breathing_guide.py" line="+30" />
            <source>Breathing guide</source>
            <translation>Guía de respiración</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/breathing.py" line="+106" />
            <source>Breathing animation</source>
            <translation>Animación de respiración</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/breathing_words.py" line="+6" />
            <source>A soft circle that grows while you breathe in and shrinks while you breathe out, with the current breath written below it.</source>
            <translation>Un círculo suave que crece mientras inhalas y se encoge mientras exhalas, con la respiración en curso escrita debajo.</translation>
        </message>
        <message numerus="yes">
            <location line="-70" />
            <source>{number} slow breath(s), done. Stay here as long as you like.</source>
            <translation>
                <numerusform>{number} respiración lenta, ya está. Quédate aquí el tiempo que quieras.</numerusform>
                <numerusform>{number} respiraciones lentas, ya está. Quédate aquí el tiempo que quieras.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Breathe in · breath {breath} of {breaths}</source>
            <translation>Inhala · respiración {breath} de {breaths}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Breathe out · breath {breath} of {breaths}</source>
            <translation>Exhala · respiración {breath} de {breaths}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>Queda %n segundo</numerusform>
                <numerusform>Quedan %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+13" />
            <source>Ready when you are.</source>
            <translation>Empieza cuando quieras.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Breathe out</source>
            <translation>Exhala</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <location filename="../../src/steadypause/ui/checkin.py" line="+48" />
            <source>Before you begin: how depleted do you feel right now?</source>
            <translation>Antes de empezar: ¿cuánto desgaste sientes ahora mismo?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>And now: how depleted do you feel?</source>
            <translation>Y ahora: ¿cuánto desgaste sientes?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>0 not at all</source>
            <translation>0 nada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>10 completely</source>
            <translation>10 muchísimo</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Not set. Type a digit, or Home for 0 and End for 10.</source>
            <translation>Sin elegir. Escribe un número, o Inicio para 0 y Fin para 10.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{value} of {high}. Arrow keys change it, Delete clears it.</source>
            <translation>{value} de {high}. Las flechas lo cambian; Supr lo borra.</translation>
        </message>
        <message>
            <location line="+119" />
            <source>{question} 0 to 10, optional</source>
            <translation>{question} De 0 a 10, opcional</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skip the check-in</source>
            <translation>Saltar la pregunta sobre el desgaste</translation>
        </message>
    </context>
    <context>
        <name>PauseWindow</name>
        <message>
            <location filename="../../src/steadypause/ui/pause_options.py" line="+22" />
            <location line="+16" />
            <source>Journaling is off: nothing you type is kept once this window closes.</source>
            <translation>Las notas están desactivadas: nada de lo que escribas se guarda al cerrar esta ventana.</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+10" />
            <source>Journaling is on: what you type is kept on this computer only.</source>
            <translation>Las notas están activadas: lo que escribas se guarda solo en este equipo.</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/pause_window.py" line="+176" />
            <source>&amp;Getting help</source>
            <translation>&amp;Pedir ayuda</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Getting help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where to turn when this is more than a pause can hold</source>
            <translation>A quién acudir cuando esto es más de lo que una pausa puede sostener</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the previous step</source>
            <translation>Ir al paso anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+98" />
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <location line="-15" />
            <source>{routine} · step {step} of {steps}</source>
            <translation>{routine} · paso {step} de {steps}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Step {step} of {steps}</source>
            <translation>Paso {step} de {steps}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Done</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish this pause and close the window</source>
            <translation>Terminar esta pausa y cerrar la ventana</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the next step</source>
            <translation>Ir al paso siguiente</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Step {step} of {steps}: {title}</source>
            <translation>Paso {step} de {steps}: {title}</translation>
        </message>
        <message>
            <location filename="../../src/steadypause/ui/pause_step_page.py" line="+78" />
            <source>In your own words</source>
            <translation>Con tus propias palabras</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Another small practice: {tip}</source>
            <translation>Otra práctica breve: {tip}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another small practice</source>
            <translation>Otra práctica breve</translation>
        </message>
        <message>
            <location line="+28" />
            <source>I notice</source>
            <translation>Noto</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{label}: tick it if it is there now. Any, all or none is fine.</source>
            <translation>{label}: márcalo si lo notas ahora. Puedes marcar alguno, todos o ninguno.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>One of your own, from your settings; {number} of {count}. Arrow keys move between them.</source>
            <translation>Una de las tuyas, de tus ajustes; {number} de {count}. Las flechas pasan de una a otra.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A suggestion; {number} of {count}. Arrow keys move between them.</source>
            <translation>Una sugerencia; {number} de {count}. Las flechas pasan de una a otra.</translation>
        </message>
    </context>
    <context>
        <name>PracticeLoop</name>
        <message>
            <location filename="../../src/steadypause/ui/practice_loop.py" line="+47" />
            <source>Five points on a loop, in order: {points}, and round again to noticing.</source>
            <translation>Cinco puntos en un ciclo, en orden: {points}, y de vuelta a notar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This step works on: {points}.</source>
            <translation>Este paso se centra en: {points}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This pause worked on: {points}.</source>
            <translation>Esta pausa se centró en: {points}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The practice loop</source>
            <translation>El ciclo de la práctica</translation>
        </message>
    </context>
    <context>
        <name>Prompt</name>
        <message>
            <location filename="../../src/steadypause/ui/prompt.py" line="+66" />
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the pause now</source>
            <translation>Abrir la pausa ahora</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>En %n minuto</numerusform>
                <numerusform>En %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Ask again in %n minute(s)</source>
            <translation>
                <numerusform>Volver a preguntar en %n minuto</numerusform>
                <numerusform>Volver a preguntar en %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip this pause; the timer starts again</source>
            <translation>Saltar esta pausa; el temporizador vuelve a empezar</translation>
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <location filename="../../src/steadypause/core/routine.py" line="+45" />
            <source>Notice</source>
            <translation>Notar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Breathe</source>
            <translation>Respirar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the need</source>
            <translation>Ver qué necesitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Respond kindly</source>
            <translation>Tratarte con cariño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set a boundary</source>
            <translation>Poner un límite</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <location filename="../../src/steadypause/core/wording.py" line="+17" />
            <source>Mon</source>
            <extracomment>Short weekday names, as in "Next pause on Fri at 08:00" and History's dates.</extracomment>
            <translation>lun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <location line="+30" />
            <source>tomorrow {time}</source>
            <translation>mañana {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{weekday} {time}</source>
            <translation>{weekday} {time}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>tomorrow at {time}</source>
            <translation>mañana a las {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on {weekday} at {time}</source>
            <translation>el {weekday} a las {time}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Good afternoon</source>
            <translation>Buenas tardes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello</source>
            <translation>Hola</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>an hour</source>
            <translation>una hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} hours</source>
            <translation>{hours} horas</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>an hour and %n minute(s)</source>
            <translation>
                <numerusform>una hora y %n minuto</numerusform>
                <numerusform>una hora y %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{hours} hours and %n minute(s)</source>
            <translation>
                <numerusform>{hours} horas y %n minuto</numerusform>
                <numerusform>{hours} horas y %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>A reminder is waiting for your answer</source>
            <translation>Un aviso espera tu respuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A pause is open now</source>
            <translation>Hay una pausa abierta ahora</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reminders snoozed until tomorrow {time}</source>
            <translation>Recordatorios pospuestos hasta mañana a las {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminders snoozed until {weekday} {time}</source>
            <translation>Recordatorios pospuestos hasta el {weekday} a las {time}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Reminders snoozed until {time}</source>
            <translation>Recordatorios pospuestos hasta las {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No pause scheduled</source>
            <translation>No hay ninguna pausa programada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Next pause tomorrow at {time}</source>
            <translation>Próxima pausa mañana a las {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next pause on {weekday} at {time}</source>
            <translation>Próxima pausa el {weekday} a las {time}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Next pause at {time}</source>
            <translation>Próxima pausa a las {time}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Ready for that pause now?</source>
            <translation>¿Te viene bien ahora esa pausa?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You asked to be reminded. A few minutes to notice how you are doing.</source>
            <translation>Pediste un recordatorio. Unos minutos para notar cómo estás.</translation>
        </message>
    </context>
</TS>
