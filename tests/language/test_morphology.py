from __future__ import annotations

import pytest

from redaksi.language.morphology import analyses, derive

ROOTS = {
    "klaim",
    "khalifah",
    "cuit",
    "upaya",
    "nuansa",
    "pengaruh",
    "sukses",
    "tulis",
    "kirim",
    "ambil",
    "pukul",
    "ajar",
    "rencana",
    "sebut",
    "lihat",
    "guna",
    "baik",
    "bom",
    "kerja",
}


def is_root(word: str) -> bool:
    return word in ROOTS


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("diklaim", "klaim"),
        ("kekhalifahan", "khalifah"),
        ("cuitannya", "cuit"),
        ("upayanya", "upaya"),
        ("bernuansa", "nuansa"),
        ("memengaruhi", "pengaruh"),
        ("menyukseskan", "sukses"),
        ("menulis", "tulis"),
        ("mengirimkan", "kirim"),
        ("mengambil", "ambil"),
        ("memukul", "pukul"),
        ("belajar", "ajar"),
        ("berencana", "rencana"),
        ("penggunaannya", "guna"),
        ("memperbaiki", "baik"),
        ("mengebom", "bom"),
        ("dikerjakanlah", "kerja"),
        ("kutulis", "tulis"),
    ],
)
def test_affixed_words_reach_their_root(word: str, root: str) -> None:
    analysis = derive(word, is_root)
    assert analysis is not None, word
    assert analysis.root == root


def test_invalid_combinations_are_rejected() -> None:
    assert derive("diklaiman", is_root) is None  # di- ... -an does not combine
    assert derive("keklaimi", is_root) is None  # ke- ... -i does not combine
    assert derive("klaim", is_root) is None  # nothing removed


def test_meN_allomorphy_lists_every_root() -> None:
    roots = {a.root for a in analyses("menyanyikan", lambda w: w in {"sanyi", "nyanyi"})}
    assert roots == {"sanyi", "nyanyi"}
