"""Job tokens: the only handle a page ever gets on a background job.

A token is a capability: whoever holds it may follow or cancel its job, and nothing
else names a job on the wire. The store never sees the token itself, only a one-way
digest of it (the job id), so reading the store gives no way to act on a job, and no
process id, Celery task id or cache key ever leaves the server.
"""
import hashlib
import re
import secrets

# 24 random bytes = 192 bits, URL-safe base64 without padding: 32 characters.
_TOKEN_BYTES = 24
_TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{32}")


def new_token() -> str:
    """A fresh random token for a new job."""
    return secrets.token_urlsafe(_TOKEN_BYTES)


def is_well_formed(token: str) -> bool:
    """Whether ``token`` has the shape of a token we could have issued."""
    return bool(_TOKEN_PATTERN.fullmatch(token))


def job_id(token: str) -> str:
    """The store's name for the job behind ``token`` (a digest, not reversible)."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()[:40]
