"""``python -m workload_desk``: the same as ``workload-desk``."""

import sys

from .main import main

sys.exit(main())
