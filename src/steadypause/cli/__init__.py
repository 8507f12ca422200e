"""The ``steadypause`` command line: start the app, or send a command to the running one.

``entry`` parses the arguments and runs one command; the commands live beside it by what
they reach: ``app_commands`` the running app (over the command channel), ``history_command``
the history file, ``desktop_commands`` the desktop (launcher entry, GNOME shortcut), and
``config_command`` the settings file. ``status_text`` words the running app's
status, ``language`` chooses the language those words are in, ``exits`` holds the exit
codes.

Nothing heavy is imported here or at the top of these modules: ``steadypause status``
must start fast, and a bare ``steadypause`` loads the GUI stack only when it starts it.
"""
