"""Indonesian language checks: tokens, spelling, style rules and the findings they produce."""
