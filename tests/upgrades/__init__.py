"""Upgrade tests: databases built by previous releases must upgrade to head with every row kept."""
