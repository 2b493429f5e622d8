"""The embedded SQLite database holds an editor's autosaves beside visitors' requests.

Each thread opens its own connection to one database file with the project's SQLite
options, as runserver's threads do, and writes in transactions that read first and then
write (what a Wagtail publish or autosave does). Without write-ahead logging, a busy
timeout and IMMEDIATE transactions, such a transaction fails at once with "database is
locked" when another holds the write lock.
"""

import threading

from django.db import connections, transaction

from inhope_cms.settings.base import SQLITE_OPTIONS

ALIAS = "sqlite_concurrency"
THREADS = 4
WRITES_PER_THREAD = 15


def test_concurrent_writers_and_a_reader_never_see_database_is_locked(tmp_path, django_db_blocker):
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3"), "OPTIONS": SQLITE_OPTIONS}
    connections.settings[ALIAS] = connections.configure_settings({"default": database, ALIAS: database})[ALIAS]
    errors = []
    start = threading.Barrier(THREADS + 1)

    def in_own_connection(work):
        def run():
            try:
                start.wait()
                work()
            except Exception as error:  # collected and asserted below, with its message
                errors.append(repr(error))
            finally:
                connections[ALIAS].close()

        return run

    def write():
        for _ in range(WRITES_PER_THREAD):
            with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM autosave")
                (count,) = cursor.fetchone()
                cursor.execute("INSERT INTO autosave (position) VALUES (%s)", [count])

    def read():
        for _ in range(WRITES_PER_THREAD * 2):
            with connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM autosave")

    try:
        with django_db_blocker.unblock():
            with connections[ALIAS].cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                assert cursor.fetchone()[0] == "wal"
                cursor.execute("CREATE TABLE autosave (id INTEGER PRIMARY KEY, position INTEGER)")
            threads = [threading.Thread(target=in_own_connection(write)) for _ in range(THREADS - 1)]
            threads.append(threading.Thread(target=in_own_connection(read)))
            for thread in threads:
                thread.start()
            start.wait()
            for thread in threads:
                thread.join(timeout=120)
            assert errors == []
            with connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT COUNT(*), COUNT(DISTINCT position) FROM autosave")
                # Each write saw every write before it: no two transactions interleaved.
                assert cursor.fetchone() == ((THREADS - 1) * WRITES_PER_THREAD, (THREADS - 1) * WRITES_PER_THREAD)
    finally:
        with django_db_blocker.unblock():
            connections[ALIAS].close()
        del connections.settings[ALIAS]
