"""Times as the review widgets print them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redaksi.gui.review_style import format_when


def test_newsroom_times() -> None:
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC).astimezone()
    assert format_when(now - timedelta(seconds=20), now) == "baru saja"
    assert format_when(now - timedelta(minutes=12), now) == "12 menit lalu"
    earlier = now.replace(hour=9, minute=5)
    assert format_when(earlier, now) == "hari ini 09.05"
    assert format_when(earlier - timedelta(days=1), now) == "kemarin 09.05"
    assert format_when(earlier - timedelta(days=3), now).endswith("Nov 09.05")
