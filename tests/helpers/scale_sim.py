"""A bench scale on the far end of a real pseudo-terminal pair (os.openpty), speaking MT-SICS or a continuous weight
string as the real ones do, for the scale tests. Set `grams`, `stable`, `overload`; `silent = True` stops it
answering (a scale switched off or unplugged mid-order)."""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
import tty


class ScaleSimulator:
    def __init__(self, protocol: str = "mt-sics", *, grams: int = 0, unit: str = "kg") -> None:
        self.protocol = protocol
        self.grams = grams
        self.unit = unit
        self.stable = True
        self.unstable_answers = 0  # MT-SICS: answer `S D` this many times, then settle
        self.overload = False
        self.silent = False
        self.tare_g = 0
        self.commands: list[str] = []
        self.version = 0  # bumped by `change`; `streamed` is the version the last streamed line was made from
        self.streamed = -1
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.port = os.ttyname(self.slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"scale-sim-{protocol}")

    def change(self, **state: object) -> None:
        """Set attributes; a streaming scale then has sent a line of the new state before this returns (so no line
        made from the old state can arrive after it)."""
        for key, value in state.items():
            setattr(self, key, value)
        self.version += 1
        if self.protocol == "continuous" and self._thread.is_alive():
            wanted = self.version
            waiter = threading.Event()
            deadline = time.monotonic() + 5
            while self.streamed < wanted and time.monotonic() < deadline:
                waiter.wait(0.01)

    def __enter__(self) -> ScaleSimulator:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _value(self) -> str:
        net = self.grams - self.tare_g
        if self.unit == "kg":
            return f"{'-' if net < 0 else ' '}{abs(net) / 1000:8.3f} kg"
        if self.unit == "lb":
            return f"{'-' if net < 0 else ' '}{abs(net) / 453.59237:8.2f} lb"
        return f"{'-' if net < 0 else ' '}{abs(net):8d} g"

    def _send(self, text: str) -> None:
        if not self.silent:
            os.write(self.master, text.encode("ascii") + b"\r\n")

    def _answer(self, command: str) -> None:
        self.commands.append(command)
        if self.silent:
            return
        if command in ("S", "SI"):
            if self.overload:
                self._send("S +")
            elif self.grams - self.tare_g < -50:
                self._send("S -")
            elif not self.stable or self.unstable_answers > 0:
                self.unstable_answers = max(0, self.unstable_answers - 1)
                self._send("S D " + self._value())
            else:
                self._send("S S " + self._value())
        elif command == "Z":
            self.grams, self.tare_g = 0, 0
            self._send("Z A")
        elif command == "T":
            self.tare_g = self.grams
            self._send("T S " + self._value())
        else:
            self._send("ES")

    def _run(self) -> None:
        buffer = b""
        next_stream = time.monotonic()
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if ready:
                try:
                    buffer += os.read(self.master, 256)
                except OSError:
                    return
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    command = line.decode("ascii", "replace").strip()
                    if self.protocol == "mt-sics" and command:
                        self._answer(command)
                    elif command:
                        self.commands.append(command)
                        if command == "Z":
                            self.grams, self.tare_g = 0, 0
                        elif command == "T":
                            self.tare_g = self.grams
            if self.protocol == "continuous" and time.monotonic() >= next_stream:
                next_stream = time.monotonic() + 0.1  # ten strings a second, as a CAS scale sends them
                version = self.version
                status = "OL" if self.overload else ("ST" if self.stable else "US")
                net = self.grams - self.tare_g
                kind = "NT" if self.tare_g else "GS"
                try:
                    self._send(f"{status},{kind},{'-' if net < 0 else '+'}{abs(net) / 1000:07.3f}kg")
                except OSError:
                    return
                self.streamed = version
