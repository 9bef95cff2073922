@echo off
rem Start Transcript Reader on Windows from a fresh clone: prepares .venv on the first
rem run, then opens the window. Arguments pass through. (Untested on Windows by CI.)
setlocal
set HERE=%~dp0
if not exist "%HERE%.venv\Scripts\python.exe" (
  echo Setting up .venv ^(first run; takes a minute or two^)...
  py -3 -m venv "%HERE%.venv" || python -m venv "%HERE%.venv" || exit /b 2
  "%HERE%.venv\Scripts\python.exe" -m pip install -q -e "%HERE%." || exit /b 2
)
"%HERE%.venv\Scripts\python.exe" -m reader %*
