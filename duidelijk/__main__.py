"""``python -m duidelijk``: the same command line as ``duidelijk``."""

from duidelijk.cli import main

if __name__ == "__main__":
    main()
