"""Review and correction: roles, workflow, history, comments and edit locks (no Qt here)."""
