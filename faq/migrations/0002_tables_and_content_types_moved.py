from django.db import migrations

MODELS = ["faqcategory", "faqitem", "faqpage"]


def move_content_types(from_app, to_app):
    """Points the existing content types of the moved models at their new app, so that
    everything referring to them by content type (pages, revisions, wagtail-localize
    translation sources, the reference index, the search index, log entries, snippet
    permissions) keeps working. The rows are updated, never recreated: their ids are what
    those tables hold. On a new database there are none yet (Django creates them after
    migrating), and nothing is done."""

    def run(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.db_manager(schema_editor.connection.alias)
        for model in MODELS:
            if not content_types.filter(app_label=to_app, model=model).exists():
                content_types.filter(app_label=from_app, model=model).update(app_label=to_app)
        content_types.clear_cache()

    return run


class Migration(migrations.Migration):
    """The tables keep their rows and ids: they are renamed from home_* to faq_*."""

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("faq", "0001_initial"),
        ("home", "0004_faq_and_footer_moved_out"),
    ]

    operations = [
        migrations.AlterModelTable(name="faqcategory", table=None),
        migrations.AlterModelTable(name="faqitem", table=None),
        migrations.AlterModelTable(name="faqpage", table=None),
        migrations.RunPython(move_content_types("home", "faq"), move_content_types("faq", "home")),
    ]
