"""Helpers for migrations that move models from one app to another."""


def move_content_types(models, from_app, to_app):
    """A RunPython function that points the existing content types of the moved `models`
    at their new app, so that everything referring to them by content type (pages,
    revisions, wagtail-localize translation sources, the reference index, the search index,
    log entries, snippet permissions) keeps working. The rows are updated, never recreated:
    their ids are what those tables hold. On a new database there are none yet (Django
    creates them after migrating), and nothing is done."""

    def run(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.db_manager(schema_editor.connection.alias)
        for model in models:
            if not content_types.filter(app_label=to_app, model=model).exists():
                content_types.filter(app_label=from_app, model=model).update(app_label=to_app)
        content_types.clear_cache()

    return run
