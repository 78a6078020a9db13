"""A real X display for tests: Xvfb started with -displayfd, keys typed by xdotool, layouts set by setxkbmap.

Use it to drive the real `packstation` window the way a bench does: a keyboard-wedge scanner is an X keyboard, so
`xdotool type` (Shift pressed and released around every capital, as a scanner does) is the closest thing to one.

    with XDisplay(size="1366x768x24") as x:
        proc = subprocess.Popen(["packstation", ...], env=x.env(QT_QPA_PLATFORM="xcb"))
        x.wait_for_window("Packstation")
        x.type("BADGE-P004\\n", delay_ms=8)
        x.setxkbmap("no")
        x.screenshot(path)                      # PNG of the whole screen

Or as a pytest fixture: `from helpers.xdisplay import xdisplay` in a test module (or conftest) and ask for
`xdisplay`. When Xvfb or xdotool is missing the fixture skips with the reason, unless `PACKSTATION_REQUIRE_X=1` or
`PACKSTATION_REQUIRE_PG=1` (CI) is set: then it fails, so CI never silently skips the real-key tests.

Needs the Debian packages `xvfb`, `xdotool` and `x11-xkb-utils` (setxkbmap). Screenshots use ImageMagick's `import`
or `xwd` when present and otherwise grab the root window with PySide6 on the xcb platform (no extra package).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REQUIRED_TOOLS = ("Xvfb", "xdotool", "setxkbmap")


def missing_tools() -> list[str]:
    """The X tools this helper needs that are not on PATH."""
    return [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]


def _us_keycodes() -> dict[str, tuple[int, bool]]:
    """Character -> (evdev keycode, Shift) on a US keyboard (the X server's default evdev keycodes)."""
    rows = (
        (10, "1234567890-=", "!@#$%^&*()_+"),
        (24, "qwertyuiop[]", "QWERTYUIOP{}"),
        (38, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
        (52, "zxcvbnm,./", "ZXCVBNM<>?"),
    )
    table: dict[str, tuple[int, bool]] = {
        "\\": (51, False),
        "|": (51, True),
        " ": (65, False),
        "\n": (36, False),
        "\t": (23, False),
    }
    for first, plain, shifted in rows:
        for i, (low, high) in enumerate(zip(plain, shifted, strict=True)):
            table[low] = (first + i, False)
            table[high] = (first + i, True)
    return table


US_KEYCODES = _us_keycodes()
SHIFT_KEYCODE = 50  # Shift_L


class XDisplayError(RuntimeError):
    pass


class XDisplay:
    """One private Xvfb server. Pick no display number: Xvfb chooses a free one and reports it via -displayfd."""

    def __init__(self, size: str = "1366x768x24", *, start_timeout_s: float = 30.0) -> None:
        self.size = size
        self.start_timeout_s = start_timeout_s
        self.display: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    # -- lifetime --------------------------------------------------------------------------------------------------
    def start(self) -> XDisplay:
        if self._proc is not None:
            return self
        missing = missing_tools()
        if "Xvfb" in missing:
            raise XDisplayError("Xvfb is not installed (Debian package xvfb)")
        read_fd, write_fd = os.pipe()
        try:
            self._proc = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    self.size,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                    "+extension",
                    "XTEST",
                ],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        finally:
            os.close(write_fd)
        number = b""
        deadline = time.monotonic() + self.start_timeout_s
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            # Xvfb writes "<number>\n" once it accepts connections; EOF means it died.
            while not number.endswith(b"\n"):
                if time.monotonic() > deadline:
                    self.stop()
                    raise XDisplayError("Xvfb did not report a display number in time")
                chunk = pipe.read(16)
                if not chunk:
                    err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
                    self.stop()
                    raise XDisplayError(f"Xvfb exited before it was ready: {err.strip()[-500:]}")
                number += chunk
        self.display = f":{number.decode().strip()}"
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()

    def __enter__(self) -> XDisplay:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- environment -----------------------------------------------------------------------------------------------
    def env(self, base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
        """An environment for a subprocess on this display (no Wayland, no offscreen platform left over)."""
        assert self.display is not None, "start() first"
        env = dict(os.environ if base is None else base)
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("QT_QPA_PLATFORM", None)
        env["DISPLAY"] = self.display
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run an X client (xdotool, setxkbmap, ...) on this display."""
        return subprocess.run(list(args), env=self.env(), capture_output=True, text=True, timeout=timeout, check=check)

    # -- keys ------------------------------------------------------------------------------------------------------
    def type(self, text: str, *, delay_ms: int = 8, window: str | None = None) -> None:
        """Type `text` as a keyboard-wedge scanner does: one key every `delay_ms`, Shift around capitals.

        "\\n" in `text` is pressed as the Return key and "\\t" as Tab, as a scanner ends a code (xdotool's own "\\n" is
        the Linefeed key, which no scanner sends). One xdotool process types it all, so the keys keep their pace.
        With `window` (an X window id) the keys go to that window.
        """
        target = f" --window {window}" if window else ""
        lines: list[str] = []
        chunk = ""
        for char in text:
            if char in "\n\t":
                if chunk:
                    lines.append(f"type{target} --delay {delay_ms} -- {chunk}")
                    chunk = ""
                lines.append(f"key{target} --delay {delay_ms} {'Return' if char == chr(10) else 'Tab'}")
            else:
                chunk += char
        if chunk:
            lines.append(f"type{target} --delay {delay_ms} -- {chunk}")
        if any(" " in line.split(" -- ", 1)[-1] for line in lines if line.startswith("type")):
            # xdotool's script splits words on spaces: type such text with a command of its own
            args = ["xdotool", "type", "--delay", str(delay_ms)] + (["--window", window] if window else [])
            self.run(*args, "--", text)
            return
        subprocess.run(
            ["xdotool", "-"],
            input="\n".join(lines) + "\n",
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )

    def key(self, *keys: str, delay_ms: int = 8) -> None:
        """Press keys by X keysym name: `key("Return")`, `key("shift+Tab")`, `key("ctrl+bracketright")`."""
        self.run("xdotool", "key", "--delay", str(delay_ms), *keys)

    def key_events(self, *events: tuple[str, str], delay_ms: int = 8) -> None:
        """Raw presses and releases in order: `key_events(("down", "shift"), ("down", "a"), ("up", "a"), ...)`.

        Lets a test send exactly what a given scanner sends (e.g. Caps Lock toggled, keypad digits `KP_1`).
        """
        args: list[str] = []
        for kind, name in events:
            args += [f"key{kind}", "--delay", str(delay_ms), name]
        if args:
            self.run("xdotool", *args)

    def type_as_us_scanner(self, text: str, *, delay_ms: int = 8) -> None:
        """Send the *key positions* a scanner set to a US keyboard sends for `text` (evdev keycodes, Shift for
        capitals), whatever the display's layout: on a Norwegian layout `-` then arrives as `+`. "\\n" is Return."""
        args: list[str] = []
        for char in text:
            code, shifted = US_KEYCODES[char]
            if shifted:
                args += ["keydown", "--delay", str(delay_ms), str(SHIFT_KEYCODE)]
            args += ["key", "--delay", str(delay_ms), str(code)]
            if shifted:
                args += ["keyup", "--delay", str(delay_ms), str(SHIFT_KEYCODE)]
        if args:
            self.run("xdotool", *args)

    def setxkbmap(self, layout: str, variant: str | None = None) -> None:
        """Set the display's keyboard layout (e.g. "us", "no", "pl", "fi", "de")."""
        args = ["setxkbmap", layout]
        if variant:
            args += ["-variant", variant]
        self.run(*args)

    def layout(self) -> str:
        """The current layout as setxkbmap reports it."""
        out = self.run("setxkbmap", "-query").stdout
        return next((line.split()[1] for line in out.splitlines() if line.startswith("layout:")), "")

    # -- windows ---------------------------------------------------------------------------------------------------
    def find_windows(self, name: str) -> list[str]:
        """Ids of visible windows whose title contains `name` (regex, as xdotool search takes it)."""
        result = self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False)
        return result.stdout.split()

    def wait_for_window(self, name: str, *, timeout_s: float = 60.0, proc: subprocess.Popen | None = None) -> str:
        """Wait (polling xdotool, not sleeping blindly) until a window titled `name` is visible; return its id."""
        deadline = time.monotonic() + timeout_s
        while True:
            found = self.find_windows(name)
            if found:
                return found[-1]
            if proc is not None and proc.poll() is not None:
                raise XDisplayError(f"the program exited with {proc.returncode} before a window '{name}' showed")
            if time.monotonic() > deadline:
                raise XDisplayError(f"no window '{name}' within {timeout_s:.0f} s")
            time.sleep(0.1)

    def activate(self, window: str) -> None:
        """Give a window the keyboard focus (Xvfb has no window manager, so set the focus directly)."""
        self.run("xdotool", "windowfocus", "--sync", window, check=False)

    def focused_window(self) -> str:
        return self.run("xdotool", "getwindowfocus", check=False).stdout.strip()

    # -- pictures --------------------------------------------------------------------------------------------------
    def screenshot(self, path: Path | str) -> Path:
        """Save the whole screen as PNG."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if shutil.which("import"):
            self.run("import", "-window", "root", str(path))
        elif shutil.which("xwd") and shutil.which("convert"):
            xwd = subprocess.run(["xwd", "-root", "-silent"], env=self.env(), capture_output=True, check=True)
            subprocess.run(["convert", "xwd:-", str(path)], input=xwd.stdout, check=True)
        else:
            code = (
                "import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
                "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1], 'PNG')\nsys.exit(0 if ok else 1)\n"
            )
            subprocess.run(
                [sys.executable, "-c", code, str(path)],
                env=self.env(QT_QPA_PLATFORM="xcb"),
                capture_output=True,
                check=True,
                timeout=60,
            )
        return path


def _required() -> bool:
    return bool(os.environ.get("PACKSTATION_REQUIRE_X") or os.environ.get("PACKSTATION_REQUIRE_PG"))


def require_x_tools() -> None:
    """Skip (or, in CI, fail) the calling test when Xvfb, xdotool or setxkbmap is missing."""
    import pytest

    missing = missing_tools()
    if missing:
        message = f"missing X tools: {', '.join(missing)} (Debian: xvfb xdotool x11-xkb-utils)"
        if _required():
            pytest.fail(f"real-key tests are required in CI: {message}")
        pytest.skip(message)


try:
    import pytest as _pytest
except ImportError:  # pragma: no cover - the helper also works outside pytest
    _pytest = None

if _pytest is not None:

    @_pytest.fixture
    def xdisplay() -> Iterator[XDisplay]:
        """A fresh Xvfb at 1366x768x24 for one test, stopped afterwards."""
        require_x_tools()
        with XDisplay("1366x768x24") as display:
            yield display
