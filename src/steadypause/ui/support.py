"""Getting help: what this practice is not, the signs that need more than a pause, and
where to turn. Reachable from the tray and from every step of every routine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_HTML = """
<h2>Getting help</h2>
<p>Steady Pause is a way to practise attention and kindness during a busy day. It is
<b>not treatment</b>, and it cannot fix a workload, a staffing gap or an unsafe workplace.
It belongs beside rest, support from people and changes at work, never in place of them.</p>
<p><b>If you or someone else is in immediate danger</b>, call your local emergency number
now. In the U.S., the 988 Suicide &amp; Crisis Lifeline answers calls and texts to
<a href="tel:988">988</a>.</p>

<h3>When a pause is not enough</h3>
<p>Set the breathing aside and reach out for support if any of these are true for you:</p>
<ul>
<li>thoughts of harming yourself, or feeling you cannot keep yourself safe;</li>
<li>panic that feels out of control;</li>
<li>drinking or drug use that keeps increasing;</li>
<li>several days with almost no sleep;</li>
<li>memories of something traumatic that keep breaking in;</li>
<li>feeling too impaired to work, drive, prescribe, teach, supervise or care for someone
safely.</li>
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

<h3>Crisis lines</h3>
<ul>
<li><b>Immediate danger:</b> your local emergency number (for example 911 in the U.S. and
Canada, 112 in the EU, 999 in the UK).</li>
<li><b>United States:</b> the 988 Suicide &amp; Crisis Lifeline, by call or text to
<a href="tel:988">988</a>.</li>
</ul>
<p>Your own contacts (a therapist, your employee assistance programme) can be added here in a
later version.</p>
"""


class SupportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.setWindowTitle("Getting help · Steady Pause")
        self.setAccessibleName("Getting help")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        browser = QTextBrowser(self)
        browser.setObjectName("supportText")
        browser.setAccessibleName("Where to get help")
        browser.setOpenExternalLinks(True)
        browser.setHtml(HELP_HTML)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(480, 560)
