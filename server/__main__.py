"""`python -m server` is the `companion` command."""

from server.cli import main

main()
