"""Infrastructure every feature stands on; it imports no feature.

db/ (engines, held connections, compiled and batched queries, outage handling), http (the app
class and its per-request fast paths), static (the PWA's files, gzip and 304s), logs (one line
per request, never a body), openapi, errors (ProblemError and AccessDenied), migrations,
backup, preflight (`companion check`), heap (the collector's settings for long-running
processes), and piccolo_conf (Piccolo's app registry).
"""
