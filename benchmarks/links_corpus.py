"""A synthetic Indonesian news library and a labelled relevance set, for links work.

Stories are built from topic vocabularies, Indonesian person names, places and
organisations, so they look like a regional desk's archive: the same ministers, cities
and agencies recur across thousands of stories, which is what makes related-story
suggestions hard.  The labelled set adds ten news events; each has one draft (not in the
library), five published follow-ups that share its people, place and subject, and hard
distractors (same subject and place, other people; or one shared name, other subject).

Used by ``benchmarks/bench_links.py`` and by ``tests/links``; deterministic per seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from redaksi.story.model import Dateline, Paragraph, Story
from redaksi.story.status import Status

FIRST_NAMES = [
    "Agus",
    "Budi",
    "Dewi",
    "Siti",
    "Rina",
    "Andi",
    "Bambang",
    "Sri",
    "Yusuf",
    "Ahmad",
    "Putri",
    "Eko",
    "Hendra",
    "Wahyu",
    "Fitri",
    "Indah",
    "Joko",
    "Lestari",
    "Made",
    "Nyoman",
    "Ketut",
    "Rudi",
    "Slamet",
    "Taufik",
    "Yanti",
    "Zainal",
    "Dian",
    "Fajar",
    "Gita",
    "Hasan",
    "Irfan",
    "Kurnia",
    "Lukman",
    "Maria",
    "Nur",
    "Oki",
    "Ratna",
    "Surya",
    "Teguh",
    "Umar",
]
LAST_NAMES = [
    "Santoso",
    "Wibowo",
    "Hidayat",
    "Nasution",
    "Siregar",
    "Harahap",
    "Saputra",
    "Gunawan",
    "Kusuma",
    "Pratama",
    "Setiawan",
    "Lubis",
    "Simanjuntak",
    "Wijaya",
    "Halim",
    "Rahman",
    "Sulistyo",
    "Purnomo",
    "Hutapea",
    "Manurung",
    "Sembiring",
    "Tarigan",
    "Sinaga",
    "Pane",
    "Panjaitan",
    "Rangkuti",
    "Sitompul",
    "Tambunan",
    "Wahid",
    "Yulianto",
]
PLACES = [
    "Jakarta",
    "Bandung",
    "Semarang",
    "Surabaya",
    "Medan",
    "Makassar",
    "Padang",
    "Palembang",
    "Pontianak",
    "Samarinda",
    "Kupang",
    "Ambon",
    "Jayapura",
    "Manado",
    "Mataram",
    "Denpasar",
    "Banjarmasin",
    "Pekanbaru",
    "Jambi",
    "Bengkulu",
    "Lampung",
    "Serang",
    "Yogyakarta",
    "Solo",
    "Malang",
    "Bogor",
    "Depok",
    "Bekasi",
    "Tangerang",
    "Cirebon",
    "Tegal",
    "Purwokerto",
    "Kediri",
    "Jember",
    "Banyuwangi",
    "Palu",
    "Kendari",
    "Gorontalo",
    "Ternate",
    "Sorong",
]

TOPICS: dict[str, dict[str, list[str]]] = {
    "Bencana": {
        "orgs": ["BPBD", "Basarnas", "BNPB", "BMKG", "TNI", "Polri"],
        "nouns": [
            "banjir",
            "longsor",
            "pengungsi",
            "tanggul",
            "sungai",
            "hujan",
            "korban",
            "bantuan",
            "posko",
            "tenda",
            "logistik",
            "perahu",
            "lumpur",
            "rumah",
            "warga",
            "jembatan",
            "gempa",
            "angin",
            "puting",
        ],
        "verbs": [
            "mengungsi",
            "merendam",
            "menerjang",
            "menyalurkan",
            "mengevakuasi",
            "menelan",
            "memperbaiki",
            "meluap",
            "terendam",
            "dievakuasi",
            "menyelamatkan",
            "hanyut",
        ],
    },
    "Politik": {
        "orgs": ["KPU", "Bawaslu", "DPR", "DPRD", "MK", "Kemendagri"],
        "nouns": [
            "pemilu",
            "kampanye",
            "calon",
            "suara",
            "partai",
            "koalisi",
            "pemungutan",
            "rekapitulasi",
            "debat",
            "pemilih",
            "kandidat",
            "kursi",
            "legislatif",
            "sengketa",
            "dukungan",
        ],
        "verbs": [
            "mendaftarkan",
            "mengumumkan",
            "menetapkan",
            "memenangkan",
            "mengusung",
            "menggugat",
            "berkampanye",
            "dilantik",
            "memutuskan",
            "menghitung",
        ],
    },
    "Ekonomi": {
        "orgs": ["BI", "BPS", "OJK", "Kemenkeu", "Bulog", "Kemendag"],
        "nouns": [
            "inflasi",
            "harga",
            "beras",
            "cabai",
            "rupiah",
            "ekspor",
            "impor",
            "pasar",
            "pedagang",
            "subsidi",
            "pajak",
            "investasi",
            "pertumbuhan",
            "bunga",
            "stok",
            "minyak",
            "goreng",
        ],
        "verbs": [
            "menaikkan",
            "menurunkan",
            "melonjak",
            "merosot",
            "menstabilkan",
            "mengimpor",
            "menyalurkan",
            "mencatat",
            "memproyeksikan",
            "berinvestasi",
        ],
    },
    "Hukum": {
        "orgs": ["KPK", "Kejaksaan", "Polda", "Polres", "Pengadilan", "MA"],
        "nouns": [
            "korupsi",
            "tersangka",
            "penyidik",
            "saksi",
            "dakwaan",
            "vonis",
            "suap",
            "gratifikasi",
            "penyelidikan",
            "penahanan",
            "barang",
            "bukti",
            "sidang",
            "hakim",
            "jaksa",
            "pengacara",
        ],
        "verbs": [
            "menangkap",
            "menahan",
            "menetapkan",
            "memeriksa",
            "menuntut",
            "memvonis",
            "menggeledah",
            "menyita",
            "membantah",
            "mengajukan",
            "banding",
        ],
    },
    "Olahraga": {
        "orgs": ["PSSI", "KONI", "PBSI", "Kemenpora", "Timnas", "PON"],
        "nouns": [
            "pertandingan",
            "gol",
            "pelatih",
            "pemain",
            "stadion",
            "klub",
            "kompetisi",
            "medali",
            "turnamen",
            "final",
            "juara",
            "laga",
            "latihan",
            "suporter",
            "skuad",
        ],
        "verbs": [
            "mengalahkan",
            "menjuarai",
            "mencetak",
            "bertanding",
            "melatih",
            "memanggil",
            "meraih",
            "kalah",
            "menang",
            "menyingkirkan",
        ],
    },
    "Kesehatan": {
        "orgs": ["Kemenkes", "Dinkes", "BPJS", "IDI", "RSUD", "BPOM"],
        "nouns": [
            "vaksin",
            "pasien",
            "rumah",
            "sakit",
            "demam",
            "berdarah",
            "stunting",
            "imunisasi",
            "obat",
            "dokter",
            "perawat",
            "puskesmas",
            "wabah",
            "gizi",
            "balita",
            "kasus",
        ],
        "verbs": [
            "merawat",
            "menyuntikkan",
            "memeriksa",
            "menangani",
            "mencegah",
            "menular",
            "melonjak",
            "menurun",
            "mengimbau",
            "diimunisasi",
        ],
    },
    "Pendidikan": {
        "orgs": ["Kemendikbud", "Disdik", "PGRI", "LPMP", "Kemenag", "UI"],
        "nouns": [
            "sekolah",
            "guru",
            "siswa",
            "kurikulum",
            "ujian",
            "beasiswa",
            "kampus",
            "mahasiswa",
            "zonasi",
            "rapor",
            "sertifikasi",
            "honorer",
            "gedung",
            "kelas",
        ],
        "verbs": [
            "mengajar",
            "belajar",
            "menerima",
            "mendaftar",
            "lulus",
            "menerapkan",
            "merenovasi",
            "mengangkat",
            "menyalurkan",
            "menguji",
        ],
    },
    "Infrastruktur": {
        "orgs": ["PUPR", "Bappenas", "Jasa Marga", "PLN", "KAI", "Pelindo"],
        "nouns": [
            "pembangunan",
            "jalan",
            "tol",
            "jembatan",
            "bendungan",
            "proyek",
            "anggaran",
            "pelabuhan",
            "bandara",
            "rel",
            "listrik",
            "irigasi",
            "kontraktor",
            "lahan",
        ],
        "verbs": [
            "membangun",
            "meresmikan",
            "menyelesaikan",
            "mengerjakan",
            "membebaskan",
            "menganggarkan",
            "mengoperasikan",
            "merampungkan",
            "memperlebar",
        ],
    },
}
FILLER = (
    "Menurut dia, langkah itu perlu diambil secepatnya agar masyarakat tidak dirugikan.",
    "Pihaknya berjanji akan terus memantau perkembangan di lapangan.",
    "Hingga berita ini diturunkan, belum ada keterangan resmi dari pihak terkait.",
    "Warga berharap persoalan tersebut segera mendapat perhatian pemerintah daerah.",
    "Ia menambahkan, koordinasi dengan instansi terkait terus dilakukan setiap hari.",
    "Sejumlah tokoh masyarakat ikut hadir dalam pertemuan tersebut.",
)
STATUS_MIX = [Status.TERBIT] * 90 + [Status.DRAF] * 5 + [Status.ARSIP] * 3 + [Status.DISETUJUI] * 2
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _sentence(rng: random.Random, topic: dict[str, list[str]], subject: str) -> str:
    nouns, verbs = topic["nouns"], topic["verbs"]
    return (
        f"{subject} {rng.choice(verbs)} {rng.choice(nouns)} dan {rng.choice(nouns)} "
        f"setelah {rng.choice(nouns)} {rng.choice(verbs)} di kawasan itu."
    )


def make_story(
    rng: random.Random,
    topic_name: str,
    place: str,
    people: list[str],
    orgs: list[str],
    when: datetime,
    status: Status = Status.TERBIT,
    extra_terms: tuple[str, ...] = (),
) -> Story:
    """One story about ``topic_name`` in ``place`` quoting ``people``."""
    topic = TOPICS[topic_name]
    nouns, verbs = topic["nouns"], topic["verbs"]
    focus = [*extra_terms, *rng.sample(nouns, 2)]
    headline = f"{orgs[0]} {rng.choice(verbs).capitalize()} {focus[0].capitalize()} di {place}"
    lead = (
        f"{orgs[0]} {place} {rng.choice(verbs)} {focus[0]} {focus[1]} yang "
        f"{rng.choice(verbs)} {rng.choice(nouns)} warga, kata {people[0]}."
    )
    paragraphs = []
    for index in range(4):
        person = people[index % len(people)]
        speaker = person.split()[-1]
        text = " ".join(
            [
                _sentence(rng, topic, f"{person} dari {rng.choice(orgs)}"),
                f"Menurut {speaker}, {' '.join(focus[:2])} menjadi perhatian utama di {place}.",
                rng.choice(FILLER),
            ]
        )
        paragraphs.append(Paragraph(text))
    return Story(
        headline=headline,
        dateline=Dateline(place=place.upper(), outlet="Redaksi"),
        lead=lead,
        paragraphs=paragraphs,
        byline=_person(rng),
        category=topic_name,
        tags=[topic_name, place],
        status=status,
        created_at=when,
        updated_at=when,
        published_at=when if status in (Status.TERBIT, Status.ARSIP) else None,
        version=1,
        uuid=uuid.UUID(int=rng.getrandbits(128)).hex,
    )


def random_story(rng: random.Random) -> Story:
    """A story from the general archive (any topic, place and people, last three years)."""
    topic_name = rng.choice(list(TOPICS))
    orgs = rng.sample(TOPICS[topic_name]["orgs"], 2)
    when = NOW - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
    people = [_person(rng) for _ in range(rng.randint(1, 3))]
    return make_story(
        rng, topic_name, rng.choice(PLACES), people, orgs, when, rng.choice(STATUS_MIX)
    )


@dataclass
class LabelledEvent:
    """A news event: the draft being written and the library stories it should find."""

    draft: Story
    related: list[Story]
    distractors: list[Story]
    related_ids: list[int] = field(default_factory=list)


# Ten events with people and details not used anywhere else in the archive.
EVENTS = (
    ("Bencana", "Palu", ["Rahmat Situmorang", "Wulan Tanjung"], ("likuefaksi",)),
    ("Politik", "Kupang", ["Benediktus Mone", "Yohana Tefa"], ("pilkada",)),
    ("Ekonomi", "Medan", ["Darmawan Ginting", "Sarah Purba"], ("cabai", "inflasi")),
    ("Hukum", "Semarang", ["Teddy Kuncoro", "Anjani Maheswari"], ("gratifikasi",)),
    ("Olahraga", "Surabaya", ["Marselino Ferdian", "Shin Tae-yong"], ("final",)),
    ("Kesehatan", "Makassar", ["Nurhayati Daeng", "Syamsul Bahri"], ("stunting",)),
    ("Pendidikan", "Yogyakarta", ["Gregorius Wisnu", "Laras Pambayun"], ("zonasi",)),
    ("Infrastruktur", "Samarinda", ["Irwansyah Fadli", "Rosa Batubara"], ("bendungan",)),
    ("Bencana", "Ambon", ["Pieter Latuconsina", "Meity Pattikawa"], ("gempa",)),
    ("Hukum", "Pontianak", ["Hendrikus Lejap", "Susanti Oeng"], ("suap", "korupsi")),
)


def labelled_events(seed: int = 7) -> list[LabelledEvent]:
    """The labelled relevance set (ids are filled in when the stories are stored)."""
    rng = random.Random(seed)
    events = []
    for index, (topic_name, place, people, terms) in enumerate(EVENTS):
        orgs = TOPICS[topic_name]["orgs"][:2]
        draft = make_story(rng, topic_name, place, people, orgs, NOW, Status.DRAF, terms)
        del draft.paragraphs[2:]  # a draft being written: headline, lead, two paragraphs
        # Follow-ups: one of the event's people among others, one of its key terms.
        related = [
            make_story(
                rng,
                topic_name,
                place,
                [_person(rng), people[n % 2], _person(rng)],
                orgs,
                NOW - timedelta(days=3 + 9 * n + index),
                Status.TERBIT,
                terms[:1],
            )
            for n in range(5)
        ]
        # Same subject, place, agencies and every key term, more recent, other people.
        same_subject = [
            make_story(
                rng,
                topic_name,
                place,
                [_person(rng), _person(rng)],
                orgs,
                NOW - timedelta(days=1 + n),
                Status.TERBIT,
                terms,
            )
            for n in range(6)
        ]
        other_topic = rng.choice([t for t in TOPICS if t != topic_name])
        name_only = [
            make_story(
                rng,
                other_topic,
                rng.choice(PLACES),
                [people[0], _person(rng)],
                TOPICS[other_topic]["orgs"][:2],
                NOW - timedelta(days=2),
            )
            for _ in range(2)
        ]
        events.append(LabelledEvent(draft, related, same_subject + name_only))
    return events


def precision_at(suggested: list[int], relevant: list[int], k: int = 5) -> float:
    """Share of the top ``k`` suggestions that are labelled relevant."""
    top = suggested[:k]
    return sum(1 for story_id in top if story_id in set(relevant)) / k
