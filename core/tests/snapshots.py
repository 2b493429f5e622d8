"""Whole-database snapshots for the tests: a state that is slow to build (the migrated
database, the demo site) is built once, saved to files, and put back in well under a
second, by any test process of the run.

- SQLite: SQLite's online backup API copies the whole database, schema and all, to a file
  and back (how Django's own parallel test runner clones in-memory test databases).
- PostgreSQL: every Django table is copied out with binary `COPY`, and put back by
  emptying the tables and copying the files in (foreign keys are deferred to the end of
  the transaction, and the sequences are moved past the ids copied in).

Uploaded files the state refers to (the demo's images) are saved beside the tables and
copied back into MEDIA_ROOT, which is a different temporary folder in each test process.
"""

import fcntl
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction


@contextmanager
def file_lock(path):
    """An exclusive lock shared by the test processes of a run (pytest-xdist workers)."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class DatabaseSnapshot:
    """The default database's content (and MEDIA_ROOT's files) saved under `directory`."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.media = self.directory / "media"

    def exists(self):
        return (self.directory / "complete").exists()

    def save(self):
        if self.directory.exists():
            shutil.rmtree(self.directory)
        self.directory.mkdir(parents=True)
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self._save_sqlite()
        else:
            self._save_postgresql()
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.exists():
            shutil.copytree(media_root, self.media)
        (self.directory / "complete").touch()

    def restore(self):
        """Puts the saved state back; must run outside any transaction."""
        assert self.exists(), f"no snapshot saved in {self.directory}"
        assert not connection.in_atomic_block, "a snapshot cannot be restored inside a transaction"
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self._restore_sqlite()
        else:
            self._restore_postgresql()
        if self.media.exists():
            shutil.copytree(self.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
        # Ids in the process's caches (content types, site root paths, renditions) may now
        # point at other rows.
        ContentType.objects.clear_cache()
        cache.clear()

    # SQLite: the backup API, page by page, in both directions.

    @property
    def _sqlite_file(self):
        return self.directory / "database.sqlite3"

    def _save_sqlite(self):
        target = sqlite3.connect(self._sqlite_file)
        try:
            connection.connection.backup(target)
        finally:
            target.close()

    def _restore_sqlite(self):
        source = sqlite3.connect(self._sqlite_file)
        try:
            source.backup(connection.connection)
        finally:
            source.close()

    # PostgreSQL: binary COPY of every Django table.

    @staticmethod
    def _tables():
        return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))

    def _save_postgresql(self):
        with connection.cursor() as cursor:
            for table in self._tables():
                copy_out = cursor.cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT BINARY)')
                with open(self.directory / f"{table}.copy", "wb") as out, copy_out as copy:
                    for chunk in copy:
                        out.write(chunk)

    def _restore_postgresql(self):
        tables = self._tables()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            # DELETE rather than TRUNCATE: the tables are small, and TRUNCATE gives each of
            # them new files on disk, which costs seconds over a hundred tables.
            for table in tables:
                cursor.execute(f'DELETE FROM "{table}"')
            for table in tables:
                data = (self.directory / f"{table}.copy").read_bytes()
                with cursor.cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
