"""The Qt user interface: widgets, models and styling. The only Qt code besides app.py
and settings.py."""
