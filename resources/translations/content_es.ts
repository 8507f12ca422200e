<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Routine</name>
    <message>
        <source>Before you say yes</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Antes de decir que sí</translation>
    </message>
    <message>
        <source>Something has just been asked of you. Before you answer, take one breath and ask yourself honestly:</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Acaban de pedirte algo. Antes de responder, respira una vez y pregúntate con sinceridad:</translation>
    </message>
    <message>
        <source>How much of this is truly mine to do?</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>¿Cuánto de esto me toca a mí de verdad?</translation>
    </message>
    <message>
        <source>Before you say yes. Something has just been asked of you. Before you answer, take one breath and ask yourself honestly: how much of this is truly mine to do?</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Antes de decir que sí. Acaban de pedirte algo. Antes de responder, respira una vez y pregúntate con sinceridad: ¿cuánto de esto me toca a mí de verdad?</translation>
    </message>
    <message>
        <source>Your reply</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Whatever you decide, it can be kind and clear at once.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Decidas lo que decidas, tu respuesta puede ser amable y clara a la vez.</translation>
    </message>
    <message>
        <source>Or a reply of your own</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>O una respuesta tuya</translation>
    </message>
    <message>
        <source>Yes, and I have room for it.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Sí, y tengo margen para hacerlo.</translation>
    </message>
    <message>
        <source>Yes to one part of it.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Sí, pero solo a una parte.</translation>
    </message>
    <message>
        <source>Not now; I can offer a later time.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Ahora no; puedo proponer otro momento.</translation>
    </message>
    <message>
        <source>This belongs with someone else.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Esto le corresponde a otra persona.</translation>
    </message>
    <message>
        <source>I need to ask for help first.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Antes necesito pedir ayuda.</translation>
    </message>
    <message>
        <source>Back to it</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>De vuelta a lo que hacías</translation>
    </message>
    <message>
        <source>A limit set with care is part of looking after people: it keeps you able to help tomorrow.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Un límite puesto con cariño forma parte de cuidar a las personas: te permite seguir ayudando mañana.</translation>
    </message>
    <message>
        <source>One question before taking something on, and a clear, kind reply.</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>Una pregunta antes de aceptar algo más, y una respuesta clara y amable.</translation>
    </message>
    <message>
        <source>about a minute</source>
        <extracomment>routines/boundary.toml</extracomment>
        <translation>alrededor de un minuto</translation>
    </message>
    <message>
        <source>Just breathe</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Solo respira</translation>
    </message>
    <message>
        <source>Nothing to answer and nothing to get right. Just six slow breaths with the guide below.</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Nada que responder ni nada que hacer bien. Solo seis respiraciones lentas con la guía de abajo.</translation>
    </message>
    <message>
        <source>Let the out-breath be a little longer than the in-breath. If your mind wanders, the next breath is a fine place to come back.</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Deja que la exhalación dure un poco más que la inhalación. Si la mente se va, la siguiente respiración es un buen lugar para volver.</translation>
    </message>
    <message>
        <source>That was a minute for you</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Ha sido un minuto para ti</translation>
    </message>
    <message>
        <source>Whatever comes next, you can meet it with a few slow breaths already taken.</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Venga lo que venga, puedes recibirlo con unas cuantas respiraciones lentas ya hechas.</translation>
    </message>
    <message>
        <source>A minute of slow breathing, with nothing to answer.</source>
        <extracomment>routines/breathe.toml</extracomment>
        <translation>Un minuto de respiración lenta, sin nada que responder.</translation>
    </message>
    <message>
        <source>Notice your body</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Nota cómo está tu cuerpo</translation>
    </message>
    <message>
        <source>What is your body telling you? Tick whatever is there; nothing needs fixing.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>¿Qué te dice tu cuerpo? Marca lo que notes; no hace falta arreglar nada.</translation>
    </message>
    <message>
        <source>Rest on one point of contact, your feet on the floor or your hands on the desk, and let the slow breaths come and go. Calm is welcome but not required.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Apoya la atención en un punto de contacto, los pies en el suelo o las manos en la mesa, y deja que la respiración lenta vaya y venga. Si llega la calma, bien; si no, también.</translation>
    </message>
    <message>
        <source>Right now I notice</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Ahora mismo noto</translation>
    </message>
    <message>
        <source>Notice your body, and what it is telling you. Nothing needs fixing.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Nota cómo está tu cuerpo y qué te dice. No hace falta arreglar nada.</translation>
    </message>
    <message>
        <source>Tight shoulders</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Hombros tensos</translation>
    </message>
    <message>
        <source>A clenched jaw</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Mandíbula apretada</translation>
    </message>
    <message>
        <source>Rushing</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Prisa</translation>
    </message>
    <message>
        <source>A flat voice</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Voz apagada</translation>
    </message>
    <message>
        <source>Numbness</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Desconexión</translation>
    </message>
    <message>
        <source>Irritability</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Irritación</translation>
    </message>
    <message>
        <source>Name what is hard</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Nombra lo difícil</translation>
    </message>
    <message>
        <source>Say it in one plain sentence. Nothing needs solving yet.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Dilo en una frase sencilla. Todavía no hace falta resolver nada.</translation>
    </message>
    <message>
        <source>Or put it your own way</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>O dilo a tu manera</translation>
    </message>
    <message>
        <source>This is difficult right now.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Esto está siendo difícil.</translation>
    </message>
    <message>
        <source>I am holding a lot at once.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Cargo con muchas cosas a la vez.</translation>
    </message>
    <message>
        <source>That took more out of me than it showed.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Eso me costó más de lo que se notó.</translation>
    </message>
    <message>
        <source>There is more here than one person can do.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Esto es más de lo que una sola persona puede hacer.</translation>
    </message>
    <message>
        <source>Offer yourself a kind word</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Dedícate una frase amable</translation>
    </message>
    <message>
        <source>Pick a sentence you can honestly believe today. It does not have to feel warm.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Elige una frase que hoy puedas creerte de verdad. No hace falta que suene cálida.</translation>
    </message>
    <message>
        <source>Or a phrase of your own</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>O una frase tuya</translation>
    </message>
    <message>
        <source>One step at a time is enough.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Basta con ir paso a paso.</translation>
    </message>
    <message>
        <source>This is hard, and I can stay steady.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Esto es duro, y puedo mantenerme firme.</translation>
    </message>
    <message>
        <source>I am doing what I can with what I have.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Hago lo que puedo con lo que tengo.</translation>
    </message>
    <message>
        <source>Looking after others includes looking after me.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Cuidar de los demás también es cuidar de mí.</translation>
    </message>
    <message>
        <source>Set one caring limit</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Pon un límite con cariño</translation>
    </message>
    <message>
        <source>A limit is part of caring, not the opposite of it: it keeps you able to care tomorrow. Choose one small limit for the next stretch of your day.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Un límite es parte de cuidar, no lo contrario: te permite seguir cuidando mañana. Elige un límite pequeño para el próximo tramo del día.</translation>
    </message>
    <message>
        <source>Or a limit of your own</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>O un límite tuyo</translation>
    </message>
    <message>
        <source>A reply that is not urgent can wait.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Una respuesta que no es urgente puede esperar.</translation>
    </message>
    <message>
        <source>I will ask someone to help with this.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Voy a pedirle a alguien que me ayude con esto.</translation>
    </message>
    <message>
        <source>Which part of this is truly mine to carry?</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>¿Qué parte de esto me toca cargar de verdad?</translation>
    </message>
    <message>
        <source>I will close the laptop at a set time today.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Hoy cerraré el portátil a una hora fija.</translation>
    </message>
    <message>
        <source>Back to your day</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>De vuelta a tu día</translation>
    </message>
    <message>
        <source>Choose the next caring thing to do: writing up a note, asking for backup, a glass of water, or starting the next task a little more slowly.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Elige tu próximo gesto de cuidado: escribir una nota, pedir apoyo, tomar un vaso de agua o empezar la siguiente tarea un poco más despacio.</translation>
    </message>
    <message>
        <source>My next step</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Mi próximo paso</translation>
    </message>
    <message>
        <source>Worth coming back to after a tense call, a hard conversation or a demanding task.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Puedes volver a esta pausa después de una llamada tensa, una conversación difícil o una tarea exigente.</translation>
    </message>
    <message>
        <source>Back to your day. Choose the next caring thing to do, however small: a glass of water, asking for backup, or starting the next task a little more slowly.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>De vuelta a tu día. Elige tu próximo gesto de cuidado, por pequeño que sea: un vaso de agua, pedir apoyo o empezar la siguiente tarea un poco más despacio.</translation>
    </message>
    <message>
        <source>A steady pause</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Una pausa serena</translation>
    </message>
    <message>
        <source>Notice, name it, a kind word, one limit, then back to your day.</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>Notar, nombrar lo difícil, una frase amable, un límite y de vuelta a tu día.</translation>
    </message>
    <message>
        <source>2 to 5 minutes</source>
        <extracomment>routines/full.toml</extracomment>
        <translation>de 2 a 5 minutos</translation>
    </message>
    <message>
        <source>A hand on your chest</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Una mano en el pecho</translation>
    </message>
    <message>
        <source>If it feels right to you, rest one hand on your chest. If not, let your hands settle wherever they are at ease.</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Si te resulta cómodo, apoya una mano en el pecho. Si no, deja que las manos descansen donde estén a gusto.</translation>
    </message>
    <message>
        <source>Feel the warmth of your hand and the slight rise and fall under it. Five breaths, nothing to achieve.</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Siente el calor de tu mano y el leve subir y bajar del pecho. Cinco respiraciones, nada que lograr.</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Llévatelo contigo</translation>
    </message>
    <message>
        <source>That small warmth is there to come back to, at any point in the day, for as long as one breath.</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Ese pequeño calor sigue ahí para volver a él en cualquier momento del día, aunque sea el tiempo de una respiración.</translation>
    </message>
    <message>
        <source>Hand on heart</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Mano en el corazón</translation>
    </message>
    <message>
        <source>Five slow breaths with a hand resting on your chest.</source>
        <extracomment>routines/heart.toml</extracomment>
        <translation>Cinco respiraciones lentas con una mano sobre el pecho.</translation>
    </message>
    <message>
        <source>One thing you did</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algo que hiciste</translation>
    </message>
    <message>
        <source>A day of looking after others holds more than any list shows. Name one thing you did today, however small it looks from here.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Un día cuidando de otras personas tiene más de lo que cabe en una lista. Nombra algo que hiciste hoy, por pequeño que parezca desde aquí.</translation>
    </message>
    <message>
        <source>Something I did today</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algo que hice hoy</translation>
    </message>
    <message>
        <source>One thing still open</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algo que sigue pendiente</translation>
    </message>
    <message>
        <source>Some things carry over; that is how caring work goes. Name one here: putting it into words can loosen its hold for tonight. If it needs remembering, add it to your own notes or tomorrow&apos;s list before you go.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algunas cosas quedan pendientes; así es el trabajo de cuidar. Nombra una aquí: ponerla en palabras puede aflojar su peso por esta noche. Si hay que recordarla, anótala en tus propias notas o en la lista de mañana antes de irte.</translation>
    </message>
    <message>
        <source>Still open, for another day</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Pendiente, para otro día</translation>
    </message>
    <message>
        <source>One thing you can put down</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algo que puedes soltar</translation>
    </message>
    <message>
        <source>What are you allowed to set down until tomorrow, or hand to someone else?</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>¿Qué puedes permitirte dejar hasta mañana o pasarle a otra persona?</translation>
    </message>
    <message>
        <source>Or something of your own</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>O algo tuyo</translation>
    </message>
    <message>
        <source>Messages that can wait until morning.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Mensajes que pueden esperar hasta mañana.</translation>
    </message>
    <message>
        <source>Going over today&apos;s conversations again.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Darle vueltas a las conversaciones de hoy.</translation>
    </message>
    <message>
        <source>A task that belongs to someone else.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Una tarea que le toca a otra persona.</translation>
    </message>
    <message>
        <source>Being the one who holds everything.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Ser quien lo sostiene todo.</translation>
    </message>
    <message>
        <source>The day is closed</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>El día queda cerrado</translation>
    </message>
    <message>
        <source>Let one long breath out. What is still open will keep until tomorrow, and you can meet it rested.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Exhala una vez, largo y despacio. Lo que sigue pendiente puede esperar a mañana, y podrás retomarlo después de descansar.</translation>
    </message>
    <message>
        <source>If today left something heavier than a pause can hold, Getting help lists people to turn to.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Si hoy te dejó algo más pesado de lo que cabe en una pausa, en Pedir ayuda encontrarás a quién acudir.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Cerrar el día</translation>
    </message>
    <message>
        <source>One thing done, one still open, one you can put down.</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>Algo hecho, algo pendiente y algo que puedes soltar.</translation>
    </message>
    <message>
        <source>about 2 minutes</source>
        <extracomment>routines/release.toml</extracomment>
        <translation>unos 2 minutos</translation>
    </message>
    <message>
        <source>Arrive before the next thing</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Llega del todo antes de seguir</translation>
    </message>
    <message>
        <source>Between what just happened and what comes next, give yourself three breaths.</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Entre lo que acaba de pasar y lo que viene, regálate tres respiraciones.</translation>
    </message>
    <message>
        <source>Feel your feet on the floor, or your back against the chair. Let the breath be slow, without forcing it.</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Siente los pies en el suelo, o la espalda contra la silla. Deja que la respiración sea lenta, sin forzarla.</translation>
    </message>
    <message>
        <source>On you go</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Take a little of this steadiness into whatever comes next.</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Llévate un poco de esta serenidad a lo que venga.</translation>
    </message>
    <message>
        <source>Any doorway, call or closed laptop can be a cue for a few breaths like these. Skipping one is fine; the next transition is another chance.</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Cualquier puerta, llamada o portátil cerrado puede ser la señal para unas respiraciones así. Si te saltas una, no pasa nada; la próxima transición es otra oportunidad.</translation>
    </message>
    <message>
        <source>A transition pause</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Una pausa de transición</translation>
    </message>
    <message>
        <source>Three slow breaths between one thing and the next.</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>Tres respiraciones lentas entre una cosa y la siguiente.</translation>
    </message>
    <message>
        <source>about 45 seconds</source>
        <extracomment>routines/transition.toml</extracomment>
        <translation>unos 45 segundos</translation>
    </message>
</context>
<context>
    <name>Tip</name>
    <message>
        <source>Before the next room or the next screen, let three slow breaths go by.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Antes de entrar en otra sala o abrir otra pantalla, deja pasar tres respiraciones lentas.</translation>
    </message>
    <message>
        <source>Keep one kind sentence you believe, and reach for it when the day tightens.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Guarda una frase amable que te creas y acude a ella cuando el día apriete.</translation>
    </message>
    <message>
        <source>A hand resting on your chest for five slow breaths, only if that feels right to you.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Una mano sobre el pecho durante cinco respiraciones lentas, solo si te resulta cómodo.</translation>
    </message>
    <message>
        <source>When something is asked of you, breathe once and ask how much of it is really yours.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Cuando te pidan algo, respira una vez y pregúntate cuánto de eso te toca de verdad.</translation>
    </message>
    <message>
        <source>At the end of the day: one thing done, one still open, one you can set down.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Al final del día: algo hecho, algo pendiente y algo que puedes soltar.</translation>
    </message>
    <message>
        <source>Tie a pause to something you already do: washing your hands, shutting the laptop, getting into the car.</source>
        <extracomment>tips.toml</extracomment>
        <translation>Asocia una pausa a algo que ya haces: lavarte las manos, cerrar el portátil, subir al coche.</translation>
    </message>
</context>
</TS>
