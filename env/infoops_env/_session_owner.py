"""What the Gymnasium and PettingZoo wrappers share: closing their server session, then their connection."""
from __future__ import annotations


class SessionOwner:
    """Mixin for an environment holding ``self._session`` on ``self._connection``; ``close()`` is idempotent."""

    def close(self):
        if getattr(self, "_closed", False):
            return
        self._closed = True
        try:
            if hasattr(self, "_session"):
                self._session.close()
        finally:
            self._connection.close()
