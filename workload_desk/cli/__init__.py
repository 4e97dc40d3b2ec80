"""The command line: the same core as the window, no Qt."""
