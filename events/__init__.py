"""Summits (annual events). Page types arrive with the summits issue."""
