"""Distinct verdict sounds (accepted / attention / stop) through QtMultimedia.

A bench without a sound card, without libpulse or with QtMultimedia missing still works: the sounds go silent and
`available` says so; nothing raises. `played` records what was asked for, so tests can check the right sound.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from packstation.domain.vocabulary import Severity
from packstation.resources import resource_path

log = logging.getLogger(__name__)

FILES = {Severity.OK: "accepted.wav", Severity.ATTENTION: "attention.wav", Severity.STOP: "stop.wav"}


class Sounds(QObject):
    """One QSoundEffect per severity, loaded once."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played: list[Severity] = []
        self._effects: dict[Severity, object] = {}
        if enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # no QtMultimedia or its system libraries
            log.info("verdict sounds off: %s", exc)
            return
        for severity, name in FILES.items():
            try:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", name))))
                effect.setVolume(0.9)
                self._effects[severity] = effect
            except Exception as exc:  # noqa: BLE001 - any audio back-end failure means "silent"
                log.info("verdict sound %s off: %s", name, exc)

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, severity: Severity | str) -> None:
        severity = Severity(severity)
        self.played.append(severity)
        effect = self._effects.get(severity)
        if effect is None:
            return
        try:
            effect.play()  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            log.info("verdict sound failed: %s", exc)
