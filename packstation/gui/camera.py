"""The photo of each package, taken when the order reaches its label step (everything is in the box, the box is
still open), without ever holding the bench.

- An HTTP snapshot camera is fetched by the service in a worker (`StationService.take_photo`).
- A USB camera goes through QtMultimedia (`QMediaDevices.videoInputs()`, `QCamera`, `QImageCapture`): Qt's camera
  objects live on the GUI thread and answer by signal, so nothing waits; the JPEG is stored in a worker.
- No camera, or a camera that fails or does not answer within a few seconds: "No photo: <why>" in the photo line
  (never a stop); the service journals it. Only a merchant that requires a photo stops the close.

Signals: `PhotoTaker.finished(bool, str)`: taken or not, and the words shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from packstation.gui import workers
from packstation.gui.messages import error_text, tr
from packstation.gui.slots import slot

USB_TIMEOUT_MS = 6000


class UsbSnapshot(QObject):
    """One picture from a USB camera: `done(bytes)` or `failed(str)` (plain English reason), exactly once."""

    done = Signal(bytes)
    failed = Signal(str)

    def __init__(self, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._finished = False
        self._camera: Any = None
        self._capture: Any = None
        self._session: Any = None

    def start(self) -> None:
        try:
            from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        except ImportError:
            self._fail("QtMultimedia is not available")
            return
        inputs = list(QMediaDevices.videoInputs())
        if self.name:
            inputs = [d for d in inputs if self.name.lower() in d.description().lower()]
        if not inputs:
            self._fail(f"no USB camera {self.name!r} found" if self.name else "no USB camera found")
            return
        self._camera = QCamera(inputs[0])
        self._session = QMediaCaptureSession()
        self._capture = QImageCapture()
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._capture.setFileFormat(QImageCapture.FileFormat.JPEG)
        self._capture.imageCaptured.connect(slot(self._captured))
        self._capture.errorOccurred.connect(slot(lambda _id, _err, text: self._fail(text or "capture failed")))
        self._camera.errorOccurred.connect(slot(lambda _err, text: self._fail(text or "camera error")))
        self._capture.readyForCaptureChanged.connect(slot(self._ready))
        QTimer.singleShot(USB_TIMEOUT_MS, slot(lambda: self._fail("the camera gave no picture in time")))
        self._camera.start()
        if self._capture.isReadyForCapture():
            self._ready(True)

    def _ready(self, ready: bool) -> None:
        if ready and not self._finished and self._capture is not None:
            self._capture.capture()

    def _captured(self, _request: int, image: Any) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 85)
        buffer.close()
        self._finish()
        self.done.emit(bytes(data.data()))

    def _fail(self, reason: str) -> None:
        if self._finished:
            return
        self._finish()
        self.failed.emit(reason)

    def _finish(self) -> None:
        self._finished = True
        if self._camera is not None:
            self._camera.stop()


class PhotoTaker(QObject):
    """Takes (at most once per order in hand) the photo of the package and says how it went in `label`."""

    finished = Signal(bool, str)

    def __init__(self, station: Any, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.label = label
        self.taken_for: set[int] = set()
        self.busy = False
        self._usb: UsbSnapshot | None = None

    def maybe_take(self, session_id: int) -> None:
        if session_id in self.taken_for or self.busy or not getattr(self.station, "camera_kind", ""):
            return  # a bench without a camera takes no photo (the evidence record says "no photo")
        self.take(session_id)

    def take(self, session_id: int) -> None:
        self.taken_for.add(session_id)
        self.busy = True
        self.label.setText(tr("Taking the photo of the package ..."))
        self.label.setStyleSheet("color: #555555;")
        self.label.show()
        if getattr(self.station, "camera_kind", "") == "usb":
            name = self.station.settings.camera.removeprefix("usb:")
            self._usb = UsbSnapshot(name, self)
            self._usb.done.connect(slot(lambda jpeg: self._store(session_id, jpeg, f"usb:{name}")))
            self._usb.failed.connect(slot(lambda reason: self._usb_failed(session_id, reason, f"usb:{name}")))
            self._usb.start()
            return
        self._run(lambda: self.station.take_photo(session_id))

    def _run(self, fn: Callable[[], Any]) -> None:
        workers.run_in_background(
            fn, on_done=slot(self._taken), on_error=slot(self._failed), lane=f"camera:{id(self)}", owner=self
        )

    def _store(self, session_id: int, jpeg: bytes, source: str) -> None:
        self._run(lambda: self.station.store_photo(session_id, jpeg, source))

    def _usb_failed(self, session_id: int, reason: str, source: str) -> None:
        from packstation.devices.camera import no_photo

        def record() -> None:
            self.station.no_photo(session_id, reason, source)
            raise no_photo(reason, source)

        self._run(record)

    def _taken(self, _views: Any) -> None:
        self.busy = False
        self.label.setText(tr("Photo of the package taken"))
        self.label.setStyleSheet("color: #1b5e20;")
        self.finished.emit(True, self.label.text())

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        reason = getattr(exc, "params", {}).get("reason")
        self.label.setText(tr("No photo: {reason}", reason=reason) if reason else error_text(exc))
        self.label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.finished.emit(False, self.label.text())
