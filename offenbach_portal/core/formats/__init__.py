"""The portal's date and time formats per language (FORMAT_MODULE_PATH),
where Django's own do not fit a German city's portal:

- English in British style: "5 November 2024", 24-hour times ("17:00");
- Ukrainian and Russian: the day without a leading zero and without the
  abbreviated "р." / "г." ("5 листопада 2024", "5 ноября 2024"), 24-hour times.

Whatever a module here leaves out comes from Django's module for the language."""
