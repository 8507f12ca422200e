"""Getting help: what this practice is not, the signs that need more than a pause, where to
turn (crisis lines and the person's own contacts), and a short Learn section.

The crisis lines shown first are the region's (core/crisis_lines.py: the support_region
setting, or the desktop locale's territory), then always the local emergency number, then the
person's own contacts.

Reachable from the tray and from every step of every routine. Three tabs, all reachable by
keyboard (Ctrl+Tab, or Alt with the underlined letter); links open with the desktop's own
handler (a phone app for tel: links, the browser for web links).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.crisis_lines import (
    FOLLOW_LOCALE,
    CrisisLine,
    Region,
    region_of,
    tel_link,
    territory_of,
)
from steadypause.core.i18n import translate
from steadypause.core.settings import FIELDS_BY_NAME, Contact
from steadypause.ui.accessible_scroll import keep_accessible_children_steady
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title


def help_html() -> str:
    """The Get help section; ``{lines}`` stands for the crisis lines of the region and the
    emergency number, ``{contacts}`` for the person's own contacts."""
    return translate(
        "Support",
        """
<h2>Getting help</h2>
<p>Steady Pause is a way to practise attention and kindness during a busy day. It is
<b>not treatment</b>, and it cannot fix a workload, a staffing gap or an unsafe workplace.
It belongs beside rest, support from people and changes at work, never in place of them.</p>

<h3>If anyone is in danger right now</h3>
{lines}

<h3>Your own contacts</h3>
{contacts}

<h3>When a pause is not enough</h3>
<p>Set the breathing aside and reach out for support if any of these are true for you:</p>
<ul>
<li>thoughts of harming yourself, or feeling you cannot keep yourself safe;</li>
<li>panic that feels out of control;</li>
<li>drinking or drug use that keeps increasing;</li>
<li>several days with almost no sleep;</li>
<li>memories of something traumatic that keep breaking in;</li>
<li>being so worn down or affected that driving, teaching, prescribing, supervising,
working or looking after someone is no longer safe.</li>
</ul>
<p>Warning signs at work count too: threats, harassment, dangerous staffing, being pushed to
act against your conscience, or being asked to go beyond safe limits.</p>

<h3>What to do, in this order</h3>
<ol>
<li>If safety is in doubt, stop the self-help for now.</li>
<li>Tell someone what is going on: a supervisor, a colleague you trust, or family.</li>
<li>Contact a therapist, a doctor, your employee assistance programme, a union
representative or occupational health.</li>
<li>If anyone is in immediate danger, call your local emergency number or a crisis line.</li>
<li>Come back to this practice as one support once care and safety are in place.</li>
</ol>
""",
    )


def line_html(line: CrisisLine) -> str:
    """One crisis line: its name as the service says it, its numbers as links that dial."""
    links = [
        f'<a href="{tel_link(n)}">{escape(n)}</a>' for n in line.numbers
    ]  # i18n-exempt: markup
    numbers = links[0]
    for link in links[1:]:
        numbers = translate("Support", "{numbers} or {number}").format(numbers=numbers, number=link)
    if line.hours == "24/7":
        text = translate("Support", "<b>{name}</b>: {numbers}, day and night.")
    else:
        text = translate("Support", "<b>{name}</b>: {numbers}.")
    return text.format(name=escape(line.name), numbers=numbers)


def lines_html(region: Region | None) -> str:
    """The region's crisis lines first, then always the local emergency number (with its
    number where the table has a checked one), then which region this is and where to
    choose another."""
    items = [line_html(line) for line in region.lines] if region else []
    if region and region.emergency:
        number = region.emergency.number
        link = f'<a href="{tel_link(number)}">{escape(number)}</a>'  # i18n-exempt: markup
        items.append(
            translate("Support", "Call <b>your local emergency number</b>: {number}.").format(
                number=link
            )
        )
    else:
        items.append(translate("Support", "Call <b>your local emergency number</b>."))
    where = translate(
        "Support",
        "You can choose whose crisis lines are shown in <b>Settings → Support contacts</b>.",
    )
    if region:
        region_name = FIELDS_BY_NAME["support_region"].choice_text(region.code)
        where = (
            translate("Support", "Crisis lines for {region}.").format(region=escape(region_name))
            + " "
            + where
        )
    listed = "".join(f"<li>{item}</li>" for item in items)  # i18n-exempt: markup
    return f"<ul>{listed}</ul><p>{where}</p>"  # i18n-exempt: markup


def system_territory() -> str:
    """The territory of the desktop's locale (``GB`` for en_GB), "" when it names none."""
    return territory_of(QLocale.system().name())


def no_contacts_html() -> str:
    return translate("Support", "<p>You have not added anyone yet.</p>")


def add_contacts_html() -> str:
    """How to add the people to turn to."""
    return translate(
        "Support",
        """
<p>You can add the people you would turn to (a therapist, your doctor, your employee
assistance programme, a colleague you trust) in <b>Settings → Support contacts</b>: a name,
and a phone number or a link. They are then listed here, ready to call or open.</p>
""",
    )


def learn_html() -> str:
    """The Learn section."""
    return translate(
        "Support",
        """
<h2>Learn</h2>
<p>Three kinds of strain overlap in caring work. Telling them apart helps you choose the
support that fits.</p>

<h3>Compassion fatigue</h3>
<p><b>What it is:</b> being worn down by meeting other people's pain again and again.<br>
<b>How it can show:</b> going numb, snapping more easily, dreading the next person, less
warmth than you used to have.<br>
<b>What this practice can do:</b> help you steady yourself after hard contact and notice
your limits sooner.<br>
<b>What it cannot do:</b> make the exposure smaller. That takes changes to the work and
support from people.</p>

<h3>Burnout</h3>
<p><b>What it is:</b> strain from work that has gone on for a long time: exhaustion,
cynicism and a sense of getting less done. The World Health Organization treats it as a
work-related phenomenon, not an illness.<br>
<b>How it can show:</b> tiredness that rest does not touch, pulling away from people,
losing confidence, resentment.<br>
<b>What this practice can do:</b> offer kinder self-talk and short moments of recovery
inside the day.<br>
<b>What it cannot do:</b> fix understaffing, impossible caseloads or how the work is
organised.</p>

<h3>Vicarious trauma</h3>
<p><b>What it is:</b> hearing or witnessing other people's trauma changes how safe the world
feels to you, or what you believe about it.<br>
<b>How it can show:</b> feeling unsafe, images that push into your mind, beliefs that have
shifted.<br>
<b>What this practice can do:</b> be one small way to steady yourself after distressing
contact.<br>
<b>What it cannot do:</b> be the only response. Supervision, peer support, therapy, a look
at your caseload and a plan for your safety matter more here.</p>
""",
    )


def fit_html() -> str:
    """The Fit and limits section."""
    return translate(
        "Support",
        """
<h2>Who it fits, and its limits</h2>
<p>A pause like this works best while you still have some room to stop, reflect and
practise. When the real trouble is danger, a crisis, or more work than any one person could
carry, it falls short, and other help comes first.</p>
<table cellspacing="0" cellpadding="4" border="1" width="100%" style="border-collapse: collapse">
<tr><th align="left">Who</th><th align="left">Where it can help</th>
<th align="left">Where it is not enough</th></tr>
<tr><td>Healthcare workers</td><td>Meeting distress again and again without switching
off</td><td>An acute crisis in the middle of a shift</td></tr>
<tr><td>Caregivers</td><td>Keeping kindness and limits together at home</td>
<td>Severe distress that has not been treated</td></tr>
<tr><td>Teachers</td><td>Resetting after a hard lesson</td>
<td>A school or workplace that is not safe</td></tr>
<tr><td>Social workers</td><td>Keeping a little distance from clients' pain</td>
<td>Trauma exposure with no supervision</td></tr>
<tr><td>Managers</td><td>Being firm and still respectful</td>
<td>When what is needed is a change in workload</td></tr>
<tr><td>Overwhelmed beginners</td><td>Starting small, two to five minutes</td>
<td>Hoping for a quick cure</td></tr>
</table>

<h3>Limitations</h3>
<ul>
<li>It does not fix too much work, short staffing, moral injury, unsafe conditions or a
dysfunctional organisation.</li>
<li>The research is young: mostly small pilot studies that followed people for a short
time. Benefits vary and are usually modest.</li>
<li>Kindness toward yourself can feel hard at first, especially when you feel numb, angry,
ashamed or drained. That is common; go gently, or leave it for another day.</li>
<li>A short course can introduce the skills; they tend to last with continued
practice.</li>
<li>In a crisis, in severe distress or in an unsafe situation, professional, emergency or
workplace safety support comes first.</li>
<li>Caring words can be misused. When an organisation answers overwork with self-care tips,
it moves the responsibility for the workload onto the people carrying it. Workload is for
the organisation to fix, not for you to breathe through.</li>
</ul>
""",
    )


def contacts_html(contacts: tuple[Contact, ...]) -> str:
    """The person's own contacts as links, then how to add (more of) them."""
    if not contacts:
        return no_contacts_html() + add_contacts_html()
    items = "".join(
        f'<li><a href="{escape(c.url, quote=True)}">{escape(c.name)}</a>'  # i18n-exempt: markup
        f" · {escape(c.link)}</li>"
        for c in contacts
    )
    return f"<ul>{items}</ul>{add_contacts_html()}"


def tabs() -> tuple[tuple[str, str, str, str], ...]:
    """(object name, tab label, accessible name, accessible description) of each section."""
    return (
        (
            "helpTab",
            translate("Support", "&Get help"),
            translate("Support", "Getting help now"),
            translate(
                "Support",
                "What this practice is not, crisis lines, your own contacts, the "
                "signs that need more than a pause, and what to do in order",
            ),
        ),
        (
            "learnTab",
            translate("Support", "&Learn"),
            translate("Support", "Learn"),
            translate(
                "Support",
                "Compassion fatigue, burnout and vicarious trauma: what each is, "
                "and what this practice can and cannot do for it",
            ),
        ),
        (
            "fitTab",
            translate("Support", "&Fit and limits"),
            translate("Support", "Who it fits, and its limits"),
            translate(
                "Support", "Who this practice fits, when it is not enough, and its limitations"
            ),
        ),
    )


class SupportDialog(QDialog):
    PREFERRED_SIZE = (500, 600)

    def __init__(
        self,
        contacts: tuple[Contact, ...] = (),
        parent: QWidget | None = None,
        *,
        region_setting: str = FOLLOW_LOCALE,
        territory: str | None = None,
    ) -> None:
        """``region_setting`` is the support_region setting; ``territory`` the desktop
        locale's (None: asked of QLocale)."""
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.setWindowTitle(window_title(translate("Support", "Getting help")))
        # No accessible name of its own: a dialog's is its title, which a reader announces.
        self.setAccessibleDescription(
            translate("Support", "Where to turn when this is more than a pause can hold")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("supportTabs")
        self.tabs.setAccessibleName(translate("Support", "Sections"))
        self.tabs.setAccessibleDescription(
            translate(
                "Support",
                "Get help, Learn, and Fit and limits. Ctrl+Tab moves to the next section.",
            )
        )
        self.browsers: list[QTextBrowser] = []
        # The region whose crisis lines are shown; None for the emergency number alone.
        self.region = region_of(
            region_setting, system_territory() if territory is None else territory
        )
        pages = (
            help_html()
            .replace("{lines}", lines_html(self.region))
            .replace("{contacts}", contacts_html(contacts)),
            learn_html(),
            fit_html(),
        )
        for (name, label, accessible, description), html in zip(tabs(), pages, strict=True):
            browser = QTextBrowser(self.tabs)
            browser.setObjectName(name)
            browser.setAccessibleName(accessible)
            browser.setAccessibleDescription(description)
            browser.setOpenExternalLinks(True)  # tel:, https:, mailto: via the desktop
            # The text is read from the browser itself; its viewport, an empty child, would
            # be a nameless "filler" a screen reader can land on: it is named like the page.
            browser.viewport().setAccessibleName(accessible)
            keep_accessible_children_steady(browser)  # a Qt bug under screen readers
            browser.setHtml(html)
            self.browsers.append(browser)
            self.tabs.addTab(browser, label)
        self.tabs.tabBar().setAccessibleName(translate("Support", "Sections"))
        self.tabs.tabBar().setAccessibleDescription(
            translate("Support", "Choose a section with the arrow keys")
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(translate("Support", "Close"))
        self.close_button.setAccessibleDescription(translate("Support", "Close Getting help"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(*self.PREFERRED_SIZE)

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)
