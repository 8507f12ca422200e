"""A person's own routine for the tests that need one (routines/*.toml, docs/routines.md)."""

from __future__ import annotations

WALK = """\
id = "walk"
title = "A short walk"
summary = "Stand up, look far away."
duration = "2 minutes"

[[steps]]
id = "end"
kind = "finish"
title = "Back you go"
body = "Thank you."
"""
