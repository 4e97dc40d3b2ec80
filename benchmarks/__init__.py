"""Speed and memory of Workload Desk, measured; run with ``bash bootstrap.sh bench``."""
