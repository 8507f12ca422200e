"""--install-desktop-entry / --remove-desktop-entry, in the test's own XDG_DATA_HOME."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from steadypause import APP_ID
from steadypause.cli import exits
from steadypause.cli.entry import main as cli_main
from steadypause.core.routine_library import BUILT_IN_ORDER
from steadypause.platform import desktop_entry as di

SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


@pytest.fixture
def data_home(isolated_dirs: dict[str, Path]) -> Path:
    return isolated_dirs["XDG_DATA_HOME"]


def entry(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def exec_lines(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if line.startswith("Exec=")]


def test_install_writes_the_entry_with_absolute_exec_and_every_icon(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--install-desktop-entry"]) == exits.EXIT_OK
    path = entry(data_home)
    text = path.read_text()
    assert di.MARKER in text.splitlines()
    program = di.program_command()
    assert Path(program[0]).is_absolute()
    routines = list(BUILT_IN_ORDER)
    assert exec_lines(path) == [
        "Exec=" + " ".join(program),
        "Exec=" + " ".join([*program, "pause"]),
        *("Exec=" + " ".join([*program, "pause", rid]) for rid in routines),
    ]
    assert "Actions=pause-now;" + "".join(f"routine-{rid};" for rid in routines) in text
    for size in SIZES:
        assert (data_home / "icons/hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    out = capsys.readouterr().out
    assert f"wrote the launcher entry {path}" in out
    assert "wrote 10 icons" in out
    assert "--remove-desktop-entry" in out


def test_a_program_path_with_spaces_is_quoted_per_the_spec(data_home: Path) -> None:
    di.install(command=["/home/Sam Lee/my apps/bin/steadypause"])
    assert exec_lines(entry(data_home))[:3] == [
        'Exec="/home/Sam Lee/my apps/bin/steadypause"',
        'Exec="/home/Sam Lee/my apps/bin/steadypause" pause',
        'Exec="/home/Sam Lee/my apps/bin/steadypause" pause full',
    ]


def test_the_installed_entry_passes_desktop_file_validate(data_home: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt: desktop-file-utils)")
    di.install(command=["/opt/Steady Pause/steadypause"])
    done = subprocess.run(
        [tool, str(entry(data_home))], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_installing_again_updates_our_own_files(data_home: Path) -> None:
    di.install(command=["/old/steadypause"])
    di.install(command=["/new/steadypause"])
    assert exec_lines(entry(data_home))[0] == "Exec=/new/steadypause"
    assert entry(data_home).read_text().count(di.MARKER) == 1


def test_an_entry_that_is_not_ours_is_never_overwritten(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = entry(data_home)
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n")
    before = path.read_text()
    assert cli_main(["--install-desktop-entry"]) == exits.EXIT_FAILED
    assert path.read_text() == before
    assert not (data_home / "icons").exists()
    err = capsys.readouterr().err
    assert str(path) in err
    assert "was not written by Steady Pause" in err


def test_remove_leaves_an_entry_that_is_not_ours(data_home: Path) -> None:
    path = entry(data_home)
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n")
    assert cli_main(["--remove-desktop-entry"]) == exits.EXIT_FAILED
    assert path.exists()


def test_an_icon_someone_else_put_there_is_left_alone(data_home: Path) -> None:
    foreign = data_home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    foreign.parent.mkdir(parents=True)
    foreign.write_bytes(b"someone else's picture")
    report = di.install(command=["/x/steadypause"])
    assert foreign.read_bytes() == b"someone else's picture"
    assert any(str(foreign) in line for line in report.left_alone)


def test_remove_takes_away_exactly_what_install_wrote(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    neighbour = data_home / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n")
    assert cli_main(["--install-desktop-entry"]) == exits.EXIT_OK
    assert cli_main(["--remove-desktop-entry"]) == exits.EXIT_OK
    files = sorted(p.relative_to(data_home) for p in data_home.rglob("*") if p.is_file())
    assert files == [Path("applications/other.desktop")]
    assert "is no longer in your launcher" in capsys.readouterr().out


def test_remove_with_nothing_installed_says_so(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--remove-desktop-entry"]) == exits.EXIT_OK
    assert "no launcher entry to remove" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--install-desktop-entry", "pause"],
        ["--remove-desktop-entry", "--autostart"],
        ["--install-desktop-entry", "--remove-desktop-entry"],
    ],
)
def test_the_flags_go_on_their_own(argv: list[str], data_home: Path) -> None:
    assert cli_main(argv) == exits.EXIT_USAGE
    assert not entry(data_home).exists()


def test_a_relative_xdg_data_home_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert di.data_home() == tmp_path / "home" / ".local" / "share"


def test_the_shipped_entry_is_the_one_in_packaging_linux() -> None:
    source = di.shipped_files()
    repo_entry = Path(__file__).resolve().parents[2] / "packaging/linux" / f"{APP_ID}.desktop"
    assert (source / f"{APP_ID}.desktop").read_text() == repo_entry.read_text()


def test_the_report_names_the_entry_and_icons_as_paths(data_home: Path) -> None:
    report = di.install()
    assert report.entry == entry(data_home)
    assert len(report.icons) == 10
    assert all(p.is_file() for p in report.icons)
    removed = di.remove()
    assert removed.entry == entry(data_home)
    assert sorted(removed.icons) == sorted(report.icons)
    assert not any(p.exists() for p in removed.icons)
