"""The pause window's two check-ins (ui/checkin.py): where they sit, and where the focus goes.

"Before" sits above the first step and "after" below the last; each scrolls with its step.
When a step with a check-in comes on screen, an unanswered check-in takes the focus (and is
scrolled into sight below a long last step). A number chosen moves on: from "before" to the
step's first control, otherwise to Next/Done. Skipping goes to the step's first control.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from steadypause.ui.checkin import CheckIn

if TYPE_CHECKING:
    from steadypause.ui.pause_window import PauseWindow


class CheckInPlaces:
    """The window's check-in strips (both None when the check-in is off)."""

    def __init__(self, window: PauseWindow, enabled: bool) -> None:
        # Weak: the window holds this, and a strong reference back would keep the window's
        # Python side alive after Qt has deleted it (WA_DeleteOnClose).
        self._window_ref = weakref.ref(window)
        self.before = self._strip("before", window) if enabled else None
        self.after = self._strip("after", window) if enabled else None

    @property
    def _window(self) -> PauseWindow:
        window = self._window_ref()
        assert window is not None, "a check-in outlived its pause window"  # i18n-exempt: a bug
        return window

    def _strip(self, when: str, window: PauseWindow) -> CheckIn:
        strip = CheckIn(when, window)
        strip.skipped.connect(lambda: self._window.current_page().focus_first())
        strip.chosen.connect(lambda _value: self._move_on_from(strip))
        return strip

    def values(self, reached_end: bool) -> tuple[int | None, int | None]:
        """The 0–10 before and after (None where skipped, off or, after, not reached)."""
        before = self.before.value if self.before is not None else None
        after = self.after.value if self.after is not None and reached_end else None
        return before, after

    def _move_on_from(self, strip: CheckIn) -> None:
        window = self._window
        page = window.current_page()
        controls = [w for w in page.interactive() if w.isVisibleTo(window)]
        if strip is self.before and controls:
            page.focus_first()
        else:
            window.next_button.setFocus(Qt.FocusReason.TabFocusReason)

    def show_for(self, index: int, last: int) -> None:
        """Show the check-in the step ``index`` carries (if any), focused when unanswered."""
        for strip, here in ((self.before, index == 0), (self.after, index == last)):
            if strip is None:
                continue
            strip.setVisible(here and not strip.is_skipped)
            if here and not strip.answered:
                strip.scale.setFocus(Qt.FocusReason.TabFocusReason)
                # Below a long last step it may start out of sight: scroll to all of it
                # once the step is laid out.
                QTimer.singleShot(0, self._window, self._reveal)

    def _reveal(self) -> None:
        scroll = self._window.current_scroll()
        content = scroll.widget()
        shown = [s for s in (self.before, self.after) if s is not None and s.isVisible()]
        for strip in shown:
            if content is not None and content.isAncestorOf(strip):
                scroll.ensureWidgetVisible(strip, 0, 0)
