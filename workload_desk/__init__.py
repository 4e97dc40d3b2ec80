"""Workload Desk: a youth protection worker's own caseload and hours, kept local."""

__version__ = "0.1.0"
APP_NAME = "WorkloadDesk"
