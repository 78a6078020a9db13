"""Translation for the demo window: `self.tr("English source", **params)` in the app's one context.

Qt's own `QObject.tr` files a string under the Python class's name, but the app's catalogue (`gui.i18n_catalog`)
keeps every string in the single context `Packstation`; this mixin makes `self.tr` look there and fill `{params}`.
"""

from __future__ import annotations

from typing import Any

from packstation.gui.messages import tr


class Translated:
    """Mixin for the demo's widgets (put it before the Qt base class)."""

    def tr(
        self,
        text: str,
        disambiguation: str | None = None,
        n: int = -1,  # type: ignore[override]
        /,
        **params: Any,
    ) -> str:
        return tr(text, disambiguation, n, **params)
