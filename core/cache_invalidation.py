"""Cache invalidation that holds when the change is made inside a transaction."""

from django.db import transaction


def now_and_on_commit(forget):
    """Runs `forget` (which drops or outdates cached data) now, and again once the current
    transaction commits.

    Other requests cannot see a change until its transaction commits: one served in between
    rebuilds the cache from the old data, after the first `forget`, and would keep serving it
    until the entry expires. The second run drops that stale copy. Outside a transaction
    (autocommit) both runs happen at once; if the transaction rolls back, the second run
    never happens, and the first one only cost a rebuild."""
    forget()
    transaction.on_commit(forget)
