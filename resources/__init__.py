"""Data files of Workload Desk: translations, icons, schemas. Installed inside the package."""
