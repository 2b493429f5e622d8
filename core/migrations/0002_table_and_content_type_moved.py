from django.db import migrations

from core.migration_support import move_content_types

MODELS = ["footercontent"]


class Migration(migrations.Migration):
    """The tables keep their rows and ids: they are renamed from home_footercontent to core_footercontent."""

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("home", "0004_faq_and_footer_moved_out"),
    ]

    operations = [
        migrations.AlterModelTable(name="footercontent", table=None),
        migrations.RunPython(move_content_types(MODELS, "home", "core"), move_content_types(MODELS, "core", "home")),
    ]
