# Sourced by ./transcript-reader and ./run-tests: make sure .venv exists and holds this
# project (with the extra named in $1, if any) as pyproject.toml describes it now.
# A second run with nothing changed does nothing. Exits 2 with a plain message when the
# machine lacks what a virtual environment needs.

ensure_venv() {
  local extra="${1:-}" root py stamp want have spec log
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  py="${PYTHON:-python3}"
  if ! command -v "$py" >/dev/null 2>&1; then
    echo "transcript-reader: $py not found. Install Python 3.11 or newer" \
         "(Debian/Ubuntu: sudo apt-get install python3; Fedora: sudo dnf install python3;" \
         "Arch: sudo pacman -S python), or set PYTHON=/path/to/python3." >&2
    exit 2
  fi
  if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "transcript-reader: $("$py" --version 2>&1) is too old; Python 3.11 or newer" \
         "is needed (set PYTHON=/path/to/python3.11 to choose another)." >&2
    exit 2
  fi
  if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    local ver
    ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    echo "transcript-reader: this Python cannot create virtual environments (the venv or" \
         "ensurepip module is missing)." >&2
    echo "  Debian/Ubuntu: sudo apt-get install python${ver}-venv   (or python3-venv)" >&2
    echo "  Fedora: sudo dnf install python3   Arch: sudo pacman -S python" >&2
    exit 2
  fi
  want="$( { cat "$root/pyproject.toml"; "$py" --version 2>&1; echo "extra=$extra"; } \
           | "$py" -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
  stamp="$root/.venv/.installed${extra:+-$extra}"
  have="$(cat "$stamp" 2>/dev/null || true)"
  # The launcher is also content with an environment the tests prepared (a superset).
  if [ -z "$extra" ] && [ "$have" != "$want" ] && [ -f "$root/.venv/.installed-dev" ]; then
    local dev
    dev="$( { cat "$root/pyproject.toml"; "$py" --version 2>&1; echo "extra=dev"; } \
            | "$py" -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
    [ "$(cat "$root/.venv/.installed-dev")" = "$dev" ] && return 0
  fi
  if [ "$have" = "$want" ] && [ -x "$root/.venv/bin/python" ]; then
    return 0
  fi
  if [ ! -x "$root/.venv/bin/python" ]; then
    echo "Setting up .venv (first run; takes a minute or two)..." >&2
    rm -rf "$root/.venv"
    "$py" -m venv "$root/.venv" || { echo "transcript-reader: could not create .venv" >&2; exit 2; }
  else
    echo "pyproject.toml changed: updating .venv..." >&2
  fi
  spec="$root"
  [ -n "$extra" ] && spec="$root[$extra]"
  log="$root/.venv/install.log"
  "$root/.venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >"$log" 2>&1 || true
  # pip's own lines, thinned to one per package, as progress.
  set +e
  "$root/.venv/bin/python" -m pip install --disable-pip-version-check -e "$spec" 2>&1 \
    | tee -a "$log" | grep --line-buffered -E '^(Collecting|Successfully installed)' \
    | sed -u -e 's/^Collecting /  getting /' -e 's/^Successfully installed .*/  installed./' >&2
  local status="${PIPESTATUS[0]}"
  set -e
  if [ "$status" != 0 ]; then
    echo "transcript-reader: installing into .venv failed; the last lines of $log:" >&2
    tail -n 15 "$log" >&2
    exit 2
  fi
  rm -f "$root"/.venv/.installed*
  echo "$want" >"$stamp"
}
