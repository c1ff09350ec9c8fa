"""``python -m sextorsion_kit``: the command line (see :mod:`sextorsion_kit.build.cli`)."""

from .build.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
