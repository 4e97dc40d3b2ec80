"""The bundle's entry point: the same ``main`` as the ``workload-desk`` command."""

import sys

from workload_desk.main import main

if __name__ == "__main__":
    sys.exit(main())
