import uuid

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0003_plain_language_labels"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        # The tables exist already (created by home's migrations): only the state moves
        # here; the next migration renames the tables and moves the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="FooterContent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        (
                            "organisation_name",
                            models.CharField(
                                help_text="Shown as the footer heading, e.g. the association's full name.",
                                max_length=120,
                            ),
                        ),
                        (
                            "tagline",
                            models.CharField(
                                blank=True, help_text="One short sentence under the name.", max_length=240
                            ),
                        ),
                        ("address", models.TextField(blank=True, help_text="Postal address, one line per row.")),
                        (
                            "contact_email",
                            models.EmailField(
                                blank=True, help_text="Public contact address, shown as a mail link.", max_length=254
                            ),
                        ),
                        (
                            "social_links",
                            wagtail.fields.StreamField(
                                [("social_link", 2)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.blocks.ChoiceBlock",
                                        [],
                                        {
                                            "choices": [
                                                ("linkedin", "LinkedIn"),
                                                ("x", "X"),
                                                ("facebook", "Facebook"),
                                                ("instagram", "Instagram"),
                                                ("youtube", "YouTube"),
                                                ("mastodon", "Mastodon"),
                                                ("bluesky", "Bluesky"),
                                            ],
                                            "help_text": "The social network.",
                                        },
                                    ),
                                    1: (
                                        "wagtail.blocks.URLBlock",
                                        (),
                                        {"help_text": "The full address of the profile.", "label": "Profile address"},
                                    ),
                                    2: ("wagtail.blocks.StructBlock", [[("network", 0), ("url", 1)]], {}),
                                },
                                help_text="Profiles on social networks.",
                            ),
                        ),
                        (
                            "legal_links",
                            wagtail.fields.StreamField(
                                [("link", 3)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "The visible link text, e.g. 'Report content'.",
                                            "max_length": 80,
                                        },
                                    ),
                                    1: (
                                        "wagtail.blocks.PageChooserBlock",
                                        (),
                                        {
                                            "help_text": "A page on this site. Choose this or a web address.",
                                            "required": False,
                                        },
                                    ),
                                    2: (
                                        "wagtail.blocks.URLBlock",
                                        (),
                                        {
                                            "help_text": "A web address elsewhere. Choose this or a page.",
                                            "label": "Web address",
                                            "required": False,
                                        },
                                    ),
                                    3: ("wagtail.blocks.StructBlock", [[("label", 0), ("page", 1), ("url", 2)]], {}),
                                },
                                help_text="Privacy, cookie and legal pages.",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "home_footercontent",
                        "verbose_name": "footer",
                        "verbose_name_plural": "footers",
                        "abstract": False,
                        "unique_together": {("translation_key", "locale")},
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
