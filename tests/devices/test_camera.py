"""The IP camera's HTTP snapshot: a JPEG, a camera that hangs, a page that is no picture, and no camera."""

from __future__ import annotations

import pytest

from packstation.devices.camera import CameraError, HttpSnapshotCamera, camera_for
from tests.helpers.camera_server import CameraServer
from tests.helpers.zebra import closed_port


def test_snapshot_is_the_cameras_jpeg() -> None:
    with CameraServer() as server:
        assert HttpSnapshotCamera(server.url()).snapshot() == server.jpeg


def test_hanging_camera_is_no_photo_in_words() -> None:
    with CameraServer() as server, pytest.raises(CameraError) as caught:
        HttpSnapshotCamera(server.url("/hang"), timeout=0.5).snapshot()
    assert caught.value.code == "camera_failed" and "did not answer" in caught.value.params["reason"]


def test_not_a_picture_and_missing_page() -> None:
    with CameraServer() as server:
        with pytest.raises(CameraError) as caught:
            HttpSnapshotCamera(server.url("/text")).snapshot()
        assert "not a JPEG" in caught.value.params["reason"]
        with pytest.raises(CameraError) as caught:
            HttpSnapshotCamera(server.url("/nothing")).snapshot()
        assert "HTTP 404" in caught.value.params["reason"]


def test_no_camera_listening() -> None:
    with pytest.raises(CameraError) as caught:
        HttpSnapshotCamera(f"http://127.0.0.1:{closed_port()}/snapshot.jpg").snapshot()
    assert "cannot be reached" in caught.value.params["reason"]
    assert camera_for("") is None and camera_for("usb:") is None
