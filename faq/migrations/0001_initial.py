import uuid

import django.db.models.deletion
import modelsearch.index
import wagtail.fields
from django.db import migrations, models

import core.mixins


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0003_plain_language_labels"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        # The tables exist already (created by home's migrations): only the state moves
        # here; the next migration renames the tables and moves the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="FaqCategory",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        (
                            "name",
                            models.CharField(
                                help_text="The category as visitors read it, e.g. 'Reporting'. It heads its questions on the FAQ page.",
                                max_length=120,
                            ),
                        ),
                        (
                            "anchor",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The link target on the FAQ page, e.g. 'reporting' for #reporting. Left empty, it is made from the name. It is the same in every language; shared links use it, so change it only when you must.",
                                max_length=80,
                            ),
                        ),
                        (
                            "sort_order",
                            models.IntegerField(
                                default=0, help_text="Categories are shown from the lowest number to the highest."
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
                        "db_table": "home_faqcategory",
                        "verbose_name": "FAQ category",
                        "verbose_name_plural": "FAQ categories",
                        "ordering": ["sort_order", "name"],
                        "abstract": False,
                    },
                    bases=(core.mixins.UniqueInLocaleMixin, models.Model),
                ),
                migrations.CreateModel(
                    name="FaqItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        (
                            "question",
                            models.CharField(
                                help_text="The question as visitors would ask it, e.g. 'Is my report anonymous?'.",
                                max_length=255,
                            ),
                        ),
                        (
                            "answer",
                            wagtail.fields.RichTextField(
                                help_text="One to three short paragraphs. Bold, italic, links and lists only."
                            ),
                        ),
                        (
                            "anchor",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The link target, e.g. 'is-my-report-anonymous' for #is-my-report-anonymous. Left empty, it is made from the question. It is the same in every language; shared links use it, so change it only when you must.",
                                max_length=80,
                            ),
                        ),
                        (
                            "sort_order",
                            models.IntegerField(
                                default=0,
                                help_text="Within its category, questions are shown from the lowest number to the highest.",
                            ),
                        ),
                        (
                            "category",
                            models.ForeignKey(
                                help_text="The group the question is listed under on the FAQ page.",
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="items",
                                to="faq.faqcategory",
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
                        "db_table": "home_faqitem",
                        "verbose_name": "FAQ item",
                        "verbose_name_plural": "FAQ items",
                        "ordering": ["sort_order", "question"],
                        "abstract": False,
                    },
                    bases=(core.mixins.UniqueInLocaleMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="FaqPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.page",
                            ),
                        ),
                        (
                            "introduction",
                            models.TextField(
                                blank=True,
                                help_text="A short paragraph under the title; also the default page summary.",
                                max_length=600,
                            ),
                        ),
                        (
                            "social_image",
                            models.ForeignKey(
                                blank=True,
                                help_text="Image shown when the page is shared on social media (1200 × 630 pixels works best).",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "home_faqpage",
                        "verbose_name": "FAQ page",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.AddConstraint(
                    model_name="faqcategory",
                    constraint=models.UniqueConstraint(
                        fields=("locale", "anchor"), name="unique_faq_category_anchor_per_locale"
                    ),
                ),
                migrations.AlterUniqueTogether(
                    name="faqcategory",
                    unique_together={("translation_key", "locale")},
                ),
                migrations.AddConstraint(
                    model_name="faqitem",
                    constraint=models.UniqueConstraint(
                        fields=("locale", "anchor"), name="unique_faq_item_anchor_per_locale"
                    ),
                ),
                migrations.AlterUniqueTogether(
                    name="faqitem",
                    unique_together={("translation_key", "locale")},
                ),
            ],
            database_operations=[],
        ),
    ]
