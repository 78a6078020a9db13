"""A local IP camera: http.server on 127.0.0.1 answering /snapshot.jpg with a real JPEG, /hang never answering,
/text with something that is not a picture."""

from __future__ import annotations

import http.server
import io
import threading

from PIL import Image, ImageDraw


def make_jpeg(text: str = "BOX") -> bytes:
    image = Image.new("RGB", (320, 240), (200, 170, 120))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 280, 200), outline=(90, 60, 20), width=6)
    draw.text((120, 110), text, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


class CameraServer:
    def __init__(self) -> None:
        self.jpeg = make_jpeg()
        self.requests: list[str] = []
        self._release = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(self.path)
                if self.path.startswith("/hang"):
                    server._release.wait(30)
                    return
                if self.path.startswith("/text"):
                    body, kind = b"<html>login</html>", "text/html"
                elif self.path.startswith("/snapshot"):
                    body, kind = server.jpeg, "image/jpeg"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str = "/snapshot.jpg") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> CameraServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
