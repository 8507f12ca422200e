"""docs/settings.md, generated from the declarations (``steadypause config reference``).

English whatever language the app speaks, like the other docs: every text here is
``i18n-exempt``. Each field's kind says what values it takes.
"""

from __future__ import annotations

from steadypause.core.settings.labels import GROUP_TITLES, GROUPS
from steadypause.core.settings.schema import FIELDS

_INTRODUCTION = [  # i18n-exempt: docs/settings.md is English, like the other docs
    "# Settings reference",
    "",
    "<!-- Generated from src/steadypause/core/settings/schema.py by "
    "`steadypause config reference > docs/settings.md`; do not edit by hand. -->",
    "",
    "Settings live in `~/.config/steadypause/settings.toml` (or "
    "`$XDG_CONFIG_HOME/steadypause/`). Change them in the app (**Settings…** in the tray "
    "menu or the status window), with `steadypause config set KEY VALUE`, or by editing "
    "the file while the app is closed. A `settings.toml` in the system-wide configuration "
    "directory (e.g. `/etc/xdg/steadypause/`) sets defaults for everyone on the computer; "
    "each person's own file overrides it key by key.",
    "",
]
_TABLE_HEAD = [  # i18n-exempt: docs (English)
    "| key | label in the dialog | kind | default | allowed | description |",
    "|---|---|---|---|---|---|",
]


def reference() -> str:
    """docs/settings.md: every setting, generated from its declaration."""
    lines = list(_INTRODUCTION)
    for group in GROUPS:
        fields = [f for f in FIELDS if f.group == group]
        if not fields:
            continue
        lines += [f"## {GROUP_TITLES[group]}", "", *_TABLE_HEAD]
        for f in fields:
            cells = [
                f"`{f.name}`",
                f.title,
                f.kind.name,
                f"`{f.kind.to_toml(f.default)}`",
                f.kind.describe(f),
                f.description,
            ]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)
