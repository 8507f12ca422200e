"""What the tests and the benchmarks both need to run the real app and its surroundings.

One module per job: ``waiting`` (deadline polling), ``environment`` (the caller's
environment without its desktop session), ``displays`` (a private Xvfb on a free display
number, the tray host's command line), ``buses`` (a private session bus, asking it who
owns a name), ``app_home`` (private HOME and XDG directories for an app process),
``app_socket`` (one request over the running app's command socket, and waiting until it
answers) and ``history_records`` (made-up history for the windows that show it).

How it is imported, as ``support`` (``from support.waiting import wait_for``):

- tests: ``tests/`` is on ``sys.path`` while pytest runs, because ``tests/conftest.py`` is
  the root conftest and the tests are not packages (pytest's default ``prepend`` import
  mode puts its folder first);
- bench scripts, run as ``python bench/x.py`` from the repository's root: they put
  ``tests/`` on the path themselves before importing it::

      sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
      from support.waiting import wait_for  # noqa: E402

It imports neither pytest nor Qt: a bench script needs only the standard library for the
test beds (``history_records`` also needs the Qt-free ``steadypause.core``). A wait that
times out raises (``TimeoutError`` unless the caller names its own error), which fails a
test as ``pytest.fail`` did.
"""
