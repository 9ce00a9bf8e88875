"""Session-wide real WordPress for the publishing tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.publish.wordpress_site import (
    REQUIRE_ENV,
    WordPressSite,
    missing_requirements,
    start_wordpress,
)


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressSite]:
    """A freshly installed WordPress on loopback (skips with the reason when impossible)."""
    reason = missing_requirements()
    if reason:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"WordPress tests are required here ({REQUIRE_ENV}) but: {reason}")
        pytest.skip(f"WordPress tests need a local WordPress: {reason}")
    site = start_wordpress(tmp_path_factory.mktemp("wordpress"))
    try:
        yield site
    finally:
        site.stop()
