"""Cameras for the photo of each package.

- An IP camera's HTTP snapshot URL (`camera = "http://10.0.0.20/snapshot.jpg"`): almost every warehouse camera has
  one (the vendor's path differs; the URL is a setting). Fetched with a timeout; the answer must be a JPEG.
- A USB camera (`camera = "usb:"` or `"usb:NAME"`) goes through QtMultimedia, so it lives in the GUI
  (`packstation/gui/camera.py`); it hands the JPEG bytes to the same `PhotoService.store`.

A camera that fails raises `CameraError` (a DomainError, code `camera_failed`, with the reason): the bench goes on
with "no photo" in words, unless the merchant requires a photo (`qc_rules.photo_required`).
"""

from __future__ import annotations

import urllib.error
import urllib.request

from packstation.domain.errors import DomainError

JPEG_MAGIC = b"\xff\xd8\xff"
MAX_BYTES = 20 * 1024 * 1024


class CameraError(DomainError):
    """No picture from the camera; `params["reason"]` says why in plain English."""


def no_photo(reason: str, source: str = "") -> CameraError:
    return CameraError("camera_failed", f"no photo: {reason}", reason=reason, source=source)


class HttpSnapshotCamera:
    """`snapshot()` -> JPEG bytes from an HTTP(S) snapshot URL, or CameraError."""

    def __init__(self, url: str, *, timeout: float = 3.0) -> None:
        self.url = url
        self.timeout = timeout
        self.source = url

    def snapshot(self) -> bytes:
        try:
            with urllib.request.urlopen(self.url, timeout=self.timeout) as answer:  # noqa: S310 - a configured URL
                data = answer.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            exc.close()  # the error holds the answer's connection: closed here, not left to the garbage collector
            raise no_photo(f"the camera answered HTTP {exc.code}", self.url) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                raise no_photo(f"the camera did not answer within {self.timeout:g} s", self.url) from None
            raise no_photo(f"the camera cannot be reached ({reason})", self.url) from None
        if len(data) > MAX_BYTES:
            raise no_photo("the camera's picture is too large", self.url)
        if not data.startswith(JPEG_MAGIC):
            raise no_photo("the camera's answer is not a JPEG picture", self.url)
        return data


def camera_for(setting: str, *, timeout: float = 3.0) -> HttpSnapshotCamera | None:
    """The non-GUI camera a setting names (an HTTP snapshot URL); None for "" and for USB cameras (GUI only)."""
    if setting.startswith(("http://", "https://")):
        return HttpSnapshotCamera(setting, timeout=timeout)
    return None
