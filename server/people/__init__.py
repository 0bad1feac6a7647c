"""People: the clinic's directory, inviting staff and clients with one-time codes, changing,
deactivating and reactivating accounts, password resets, and activation (choosing a password
with a code). Composes accounts, care, programs and notifications; it has no tables."""
