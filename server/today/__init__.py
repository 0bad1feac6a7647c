"""Today: the client's home screen and the counselor's caseload, composed from the features
below it, with the per-process cache that serves a repeat Today in one query (B1)."""
