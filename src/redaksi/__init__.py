"""Redaksi: a desktop editorial workstation for Indonesian newsrooms."""

__version__ = "0.1.0"
