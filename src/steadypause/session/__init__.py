"""The running app's behaviour: from the scheduler's decisions to the windows on screen.

- :mod:`.controller` — the prompt/pause state machine (offer, answer, pause, snooze, close
  the day) and the settings applied while running;
- :mod:`.deadline` — the one single-shot timer aimed at the scheduler's next deadline;
- :mod:`.shell` — the tray or the status window (one interface), wired once;
- :mod:`.windows` — help, history, about and settings, each open at most once;
- :mod:`.recorder` — prompts and pauses as history records;
- :mod:`.reminder_choice` — the form reminders take, and a notification's activation token;
- :mod:`.commands` — the command channel's table (test-only commands behind a switch);
- :mod:`.cue_wiring` — the platform's reports passed on to the scheduler;
- :mod:`.scheduler_config`, :mod:`.routines` — what the settings say to the scheduler,
  and which routine a cue opens.
"""
