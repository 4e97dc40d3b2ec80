"""The Qt layer of Workload Desk: it shows and edits, the core decides."""
