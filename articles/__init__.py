"""The tagged article feed. Page types arrive with the article feed issue."""
