"""Hostile files in a library (issue 17): FIFOs and devices are refused, never read.

Each case runs in a subprocess with a timeout and an address-space cap, so a regression
fails the test instead of hanging the suite or eating the machine's memory. The bounds
are generous on purpose (a shared, slow machine must not fail them); the figures the
fixed code reaches are printed with ``-s`` and kept in the benchmark notes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DIALOGUE = "Rufus Firefly: Добрый день, коллеги.\n\nАда Квилл: Здравствуйте.\n" * 3

TIMEOUT_S = 60
MEMORY_CAP = 2 * 1024**3  # the child cannot grow past this (it is killed with MemoryError)
MEMORY_BOUND_MB = 512  # and must stay well below it

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_python(code: str, *args: str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run ``code`` in a fresh interpreter: (result, seconds, peak memory of it in MB)."""
    import resource

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    try:
        res = subprocess.run([sys.executable, "-c", code, *args], check=False,
                             capture_output=True, text=True, timeout=TIMEOUT_S, env=env, cwd=ROOT,
                             preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not return within {TIMEOUT_S} s (it blocks)")
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far; only a new maximum is
    # attributable to this one, otherwise it used at most the old maximum.
    peak_mb = max(peak, before) / 1024
    print(f"\n[{seconds:.2f} s, peak RSS <= {peak_mb:.0f} MB] {args}")
    return res, seconds, peak_mb


CLI = "import sys; from reader.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    return p


@posix_only
def test_parse_refuses_a_fifo_at_once(fifo: Path) -> None:
    res, _, _ = run_python(CLI, "parse", str(fifo))
    assert res.returncode == 2
    assert res.stderr.strip() == (f"transcript-reader: {fifo}: not a regular file "
                                  "(a named pipe (FIFO)); not read")


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_parse_refuses_a_symlink_to_a_device(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is absent")
    link = tmp_path / "endless.txt"
    link.symlink_to(device)
    res, _, peak_mb = run_python(CLI, "parse", str(link))
    assert res.returncode == 2
    assert res.stderr.strip() == (f"transcript-reader: {link}: not a regular file "
                                  "(a device); not read")
    assert peak_mb < MEMORY_BOUND_MB


@posix_only
def test_library_scan_lists_the_good_file_and_refuses_the_hostile_ones(
        tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a-good.txt").write_text(DIALOGUE, encoding="utf-8")
    os.mkfifo(lib / "b-pipe.txt")
    (lib / "c-zero.txt").symlink_to("/dev/zero")
    (lib / "d-random.html").symlink_to("/dev/urandom")
    code = (
        "import sys; from pathlib import Path\n"
        "from reader.core.library import list_files, scan\n"
        "for batch in scan(list_files([Path(sys.argv[1])]), None):\n"
        "    for r in batch: print(Path(r.path).name, '|', r.error or 'ok')\n")
    res, _, peak_mb = run_python(code, str(lib))
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines() == [
        "a-good.txt | ok",
        "b-pipe.txt | not a regular file (a named pipe (FIFO)); not read",
        "c-zero.txt | not a regular file (a device); not read",
        "d-random.html | not a regular file (a device); not read",
    ]
    assert peak_mb < MEMORY_BOUND_MB


@posix_only
def test_a_fifo_swapped_in_after_the_check_is_still_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kind is checked again on the opened file (no block on a FIFO that replaced
    a regular file between stat() and open())."""
    from reader.core import ParseError
    from reader.core import decode as dec

    f = tmp_path / "swap.txt"
    f.write_text(DIALOGUE, encoding="utf-8")
    real_stat = Path.stat

    def stat_then_swap(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        st = real_stat(self, follow_symlinks=follow_symlinks)
        if self == f:
            f.unlink()
            os.mkfifo(f)  # opened with O_NONBLOCK, so open() returns at once
        return st

    monkeypatch.setattr(Path, "stat", stat_then_swap)
    with pytest.raises(ParseError, match="named pipe"):
        dec.read_file(f)


def test_the_read_stops_at_the_limit_when_the_size_reads_zero(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files whose size reads 0 (/proc, /sys, a file still growing) are read only up to
    the limit, not to their end."""
    from reader.core import ParseError
    from reader.core import decode as dec

    f = tmp_path / "grows.txt"
    f.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    def size_zero(fd: int) -> os.stat_result:
        st = list(real_fstat(fd))
        st[6] = 0  # st_size
        return os.stat_result(st)

    monkeypatch.setattr(dec.os, "fstat", size_zero)
    reads: list[int] = []
    real_read = os.read

    def counted(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(dec.os, "read", counted)
    with pytest.raises(ParseError, match="too large") as err:
        dec.read_file(f, limit=1000)
    assert str(err.value).startswith(str(f))
    assert sum(reads) <= 1001
    assert dec.read_file(f, limit=5000) == b"x" * 5000
