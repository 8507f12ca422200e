"""The wire format: one line of UTF-8 JSON per request and per reply.

Requests are ``{"cmd": ..., "args": {...}}``; replies ``{"ok": true, "result": {...}}`` or
``{"ok": false, "error": "..."}`` (the package's docstring). Both sides encode here, the
server parses requests here and the client parses replies here.
"""

from __future__ import annotations

import json
from typing import Any

from steadypause.core.i18n import translate
from steadypause.ipc.errors import CommandError, IpcError

# Longest accepted line (request or reply) in bytes, not counting the newline.
MAX_MESSAGE = 65536


def encode(message: dict[str, Any]) -> bytes:
    """One protocol line; raises TypeError/ValueError for what JSON cannot hold."""
    return json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"


def error_reply(message: str) -> dict[str, Any]:
    return {"ok": False, "error": message}


def parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Return ``(cmd, args)`` from one request line or raise CommandError."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(translate("Cli", "the request is not valid UTF-8")) from None
    try:
        request = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(
            translate("Cli", "the request is not valid JSON ({problem})").format(problem=exc.msg)
        ) from None
    except RecursionError:
        raise CommandError(translate("Cli", "the request is nested too deeply")) from None
    if not isinstance(request, dict):
        raise CommandError(translate("Cli", "the request must be a JSON object"))
    cmd = request.get("cmd")
    if not isinstance(cmd, str) or not cmd:
        raise CommandError(translate("Cli", 'the request needs a "cmd" string'))
    args = request.get("args")
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise CommandError(translate("Cli", '"args" must be a JSON object'))
    return cmd, args


def result_from(line: bytes) -> dict[str, Any]:
    """The result in one reply line; raises CommandError (refused) or IpcError."""
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpcError(
            translate("Cli", "Steady Pause sent a reply that is not valid JSON")
        ) from None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise IpcError(translate("Cli", "Steady Pause sent a malformed reply"))
    if not reply["ok"]:
        error = reply.get("error")
        raise CommandError(
            error if isinstance(error, str) and error else translate("Cli", "command failed")
        )
    result = reply.get("result")
    if result is None:
        return {}
    if not isinstance(result, dict):
        raise IpcError(translate("Cli", "Steady Pause sent a malformed result"))
    return result
