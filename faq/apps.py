from django.apps import AppConfig


class FaqConfig(AppConfig):
    """Questions and answers: FAQ item and category snippets, the FAQ page, the block that
    shows chosen questions on any page, and their answers' link cache."""

    name = "faq"
