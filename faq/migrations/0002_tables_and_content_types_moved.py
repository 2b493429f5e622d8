from django.db import migrations

from core.migration_support import move_content_types

MODELS = ["faqcategory", "faqitem", "faqpage"]


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
        migrations.RunPython(move_content_types(MODELS, "home", "faq"), move_content_types(MODELS, "faq", "home")),
    ]
