"""Every picture the README (and the docs beside it) shows is a file in the repository."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# ![alt](path) and <img src="path">; links to the web are not ours to check here.
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]*\bsrc=\"([^\"]+)\"")


def _local_images(markdown: Path) -> list[str]:
    found = []
    for match in IMAGE.finditer(markdown.read_text(encoding="utf-8")):
        target = match.group(1) or match.group(2)
        if not target.startswith(("http://", "https://", "data:")):
            found.append(target)
    return found


def test_the_readme_shows_screenshots() -> None:
    assert any("docs/screenshots/" in p for p in _local_images(REPO / "README.md"))


def test_every_image_in_the_readme_and_docs_is_a_file() -> None:
    pages = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    missing = [
        f"{page.relative_to(REPO)}: {target}"
        for page in pages
        for target in _local_images(page)
        if not (page.parent / target.split("#", 1)[0]).is_file()
    ]
    assert missing == []
