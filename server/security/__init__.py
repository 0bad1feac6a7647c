"""The security toolkit: knows HTTP and cryptography, no tables."""
