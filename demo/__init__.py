"""Demo content for `manage.py load_demo_content`, written for this project.

Facts come from the association's public record; every sentence is our own wording.
"""
