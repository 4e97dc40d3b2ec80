"""The core of Workload Desk: rules, data and documents. It never imports Qt."""
