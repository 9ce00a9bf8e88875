"""The "Uji koneksi" question: can this desk publish to the site with this password.

One authenticated request for the user's own profile answers all three questions an editor
has before the first publish: is the site up, is the password right, and may this WordPress
user publish posts and upload photos.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from redaksi.publish.wordpress import PublishError, WordPressClient, WordPressSettings

#: A connection test should answer quickly; publishing keeps the longer default.
CHECK_TIMEOUT = 10.0


@dataclass(frozen=True)
class ConnectionReport:
    """What the test found, with the sentence the desk shows."""

    ok: bool
    message: str


def check_connection(settings: WordPressSettings, password: str) -> ConnectionReport:
    """Ask WordPress who the user is and what they may do; never raises for site problems."""
    if not password:
        return ConnectionReport(False, "Kata sandi aplikasi belum diisi.")
    client = WordPressClient(replace(settings, timeout=CHECK_TIMEOUT), password)
    try:
        me = client.request("GET", "/users/me", params={"context": "edit"})
    except PublishError as error:
        return ConnectionReport(False, str(error))
    finally:
        client.close()
    if not isinstance(me, dict):
        return ConnectionReport(False, f"Jawaban {settings.site_url} bukan API WordPress.")
    name = me.get("name") or settings.user
    capabilities = me.get("capabilities") or {}
    missing = [
        label
        for capability, label in (
            ("publish_posts", "menerbitkan tulisan"),
            ("upload_files", "mengunggah foto"),
        )
        if not capabilities.get(capability)
    ]
    if missing:
        return ConnectionReport(
            False,
            f"Tersambung sebagai {name}, tetapi pengguna ini tidak berhak "
            f"{' dan '.join(missing)}. Minta admin situs memberi peran Editor atau Author.",
        )
    return ConnectionReport(True, f"Tersambung sebagai {name}; boleh menerbitkan dan unggah foto.")
