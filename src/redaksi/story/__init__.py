"""The news story: its model, and turning raw drafts into it."""
