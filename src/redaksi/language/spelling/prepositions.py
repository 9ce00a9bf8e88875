"""``di`` and ``ke`` as prepositions are written apart from the place word that follows.

``dibawah``, ``dimana`` and ``didunia`` look like passive verbs (di- + root) to a morphology
analyser, so they are recognised before affix analysis: the words after which di/ke can
only be a preposition (places, directions, question words) are listed here.
"""

from __future__ import annotations

# Words that name a place, direction or position: di/ke before them is a preposition.
PLACE_WORDS = frozenset(
    [
        "mana",
        "sini",
        "sana",
        "situ",
        "atas",
        "bawah",
        "dalam",
        "luar",
        "depan",
        "belakang",
        "samping",
        "sebelah",
        "antara",
        "tengah",
        "sekitar",
        "seberang",
        "sepanjang",
        "seluruh",
        "sekeliling",
        "pinggir",
        "tepi",
        "ujung",
        "hadapan",
        "sisi",
        "bagian",
        "dunia",
        "rumah",
        "kota",
        "desa",
        "kampung",
        "kantor",
        "sekolah",
        "kampus",
        "pasar",
        "jalan",
        "jalanan",
        "lapangan",
        "laut",
        "darat",
        "udara",
        "hutan",
        "gunung",
        "pantai",
        "sungai",
        "pulau",
        "negara",
        "negeri",
        "daerah",
        "wilayah",
        "kawasan",
        "pusat",
        "kalangan",
        "tempat",
        "bidang",
        "masa",
        "akhir",
        "awal",
        "atasnya",
        "bawahnya",
        "dalamnya",
        "luarnya",
        "depannya",
        "belakangnya",
        "sampingnya",
        "sebelahnya",
        "antaranya",
        "tengahnya",
        "sekitarnya",
        "manapun",
        "mana-mana",
        "utara",
        "selatan",
        "timur",
        "barat",
        "tanah",
        "air",
        "muka",
        "benua",
        "provinsi",
        "kabupaten",
        "kecamatan",
        "kelurahan",
        "ibukota",
        "halaman",
        "lantai",
        "ruang",
        "ruangan",
        "kamar",
        "gedung",
        "masjid",
        "gereja",
        "rumahnya",
        "kotanya",
    ]
)
# ``ke`` only before these (``keluar``, ``kedalaman`` and ``kemari`` are real words).
KE_PLACE_WORDS = frozenset(
    [
        "mana",
        "sini",
        "sana",
        "situ",
        "atas",
        "bawah",
        "depan",
        "belakang",
        "samping",
        "tengah",
        "rumah",
        "kota",
        "kantor",
        "sekolah",
        "pasar",
    ]
)


def split_preposition(word: str) -> tuple[str, str] | None:
    """``("di", "bawah")`` for a wrongly joined ``dibawah``; None for anything else."""
    lower = word.lower()
    for prep, places in (("di", PLACE_WORDS), ("ke", KE_PLACE_WORDS)):
        if lower.startswith(prep) and lower[len(prep) :] in places:
            return word[: len(prep)], word[len(prep) :]
    return None
