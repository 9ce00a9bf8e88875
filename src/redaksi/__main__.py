"""Allow ``python -m redaksi``."""

from redaksi.cli import main

raise SystemExit(main())
