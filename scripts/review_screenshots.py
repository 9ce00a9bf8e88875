"""Render the review widgets with a realistic desk into ``docs/`` (run offscreen).

QT_QPA_PLATFORM=offscreen PYTHONPATH=src python tools/review_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from redaksi.gui.comments_panel import CommentsPanel
from redaksi.gui.edit_lock_bar import EditLockBar
from redaksi.gui.history_panel import HistoryPanel
from redaksi.gui.review_queue import ReviewQueue
from redaksi.gui.review_session import ReviewSession
from redaksi.review.comments import Anchor
from redaksi.review.desk import Review, open_review
from redaksi.review.roles import Actor, Role
from redaksi.store.models import AuditRow, CommentRow, RevisionRow, utcnow
from redaksi.store.store import Store, open_store
from redaksi.store.users import ensure_user
from redaksi.story.model import Dateline, Paragraph, Story
from redaksi.story.status import Status

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _person(store: Store, username: str, name: str, role: Role) -> Actor:
    return Actor(ensure_user(store.sessions, username, name, role.value), username, name, role)


def build_desk(folder: Path) -> tuple[Store, Review, Story, dict[str, Actor]]:
    """A store with a story corrected by an editor, comments and a busy queue."""
    store = open_store(f"sqlite:///{folder / 'desk.sqlite3'}")
    review = open_review(store)
    rina = _person(store, "rina", "Rina Wulandari", Role.REPORTER)
    budi = _person(store, "budi", "Budi Santoso", Role.REPORTER)
    sari = _person(store, "sari", "Sari Hasibuan", Role.REPORTER)
    eka = _person(store, "eka", "Eka Pratiwi", Role.EDITOR)
    story = review.stories.create(
        rina,
        Story(
            headline="Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi",
            dateline=Dateline("BEKASI", "Redaksi"),
            lead="Banjir setinggi satu meter merendam ratusan rumah warga di Kecamatan "
            "Jatiasih, Bekasi, pada Senin (23/3) pagi.",
            paragraphs=[
                Paragraph("Hujan deras mengguyur sejak Minggu malam sehingga Kali Bekasi meluap."),
                Paragraph(
                    "“Air naik cepat sekali, kami cuma sempat bawa surat-surat,” kata Siti, "
                    "warga Jatiasih."
                ),
                Paragraph("BPBD Kota Bekasi menyiagakan perahu karet di tiga titik."),
            ],
            category="Metro",
        ),
        note="Draf pertama",
    )
    story.lead = story.lead.replace("ratusan", "sekitar 300")
    story = review.stories.save(rina, story, note="Tambah angka dari BPBD")
    review.workflow.transition(rina, story.id, Status.DIAJUKAN)
    story = review.workflow.transition(eka, story.id, Status.DISUNTING)
    story.headline = "Banjir Rendam 312 Rumah di Bekasi, Ratusan Warga Mengungsi"
    story.lead = (
        "Banjir setinggi satu meter merendam 312 rumah warga di Kecamatan Jatiasih, Kota "
        "Bekasi, Jawa Barat, Senin (23/3) pagi."
    )
    story.paragraphs[0] = Paragraph(
        "Hujan deras yang mengguyur sejak Minggu malam membuat Kali Bekasi meluap."
    )
    story.paragraphs[1] = Paragraph(
        "“Airnya naik cepat sekali, kami hanya sempat membawa surat-surat,” kata Siti (45), "
        "warga Jatiasih."
    )
    story = review.stories.save(eka, story, note="Sunting redaktur: angka, tempat, kutipan")

    lead = story.lead
    start = lead.index("312 rumah")
    first = review.comments.add(
        eka, story.id, "Angka ini dari BPBD atau dari kelurahan? Sebutkan sumbernya.",
        Anchor("lead", start, start + len("312 rumah"), "312 rumah"),
    )  # fmt: skip
    review.comments.reply(rina, first.id, "Dari Kepala BPBD Kota Bekasi, Senin pukul 10.00.")
    quote = story.paragraphs[1].text
    q = quote.index("Siti (45)")
    done = review.comments.add(
        eka, story.id, "Tolong cek ejaan nama dan usia narasumber.",
        Anchor("paragraph:1", q, q + len("Siti (45)"), "Siti (45)"),
    )  # fmt: skip
    review.comments.reply(rina, done.id, "Sudah dicek: Siti Aminah, 45 tahun.")
    review.comments.resolve(eka, done.id)
    review.comments.add(eka, story.id, "Foto utama perlu keterangan lokasi yang lebih rinci.")

    # a queue with some history
    notes = {"Ekonomi": "Sudah konfirmasi ke Kepala Pasar; foto menyusul dari pewarta foto."}
    for author, headline, category in (
        (budi, "DPRD Sahkan APBD Perubahan 2026 Senilai Rp6,8 Triliun", "Politik"),
        (sari, "Harga Cabai Rawit di Pasar Kramat Jati Tembus Rp90.000 per Kilogram", "Ekonomi"),
        (rina, "Timnas U-23 Tiba di Doha Jelang Laga Perdana Piala Asia", "Olahraga"),
    ):
        other = review.stories.create(author, Story(headline=headline, category=category))
        review.workflow.transition(author, other.id, Status.DIAJUKAN, note=notes.get(category, ""))
    returned = review.stories.create(
        rina, Story(headline="Warga Keluhkan Bau Sampah TPST Bantargebang", category="Metro")
    )
    review.workflow.transition(rina, returned.id, Status.DIAJUKAN)
    review.workflow.transition(
        eka, returned.id, Status.DIKEMBALIKAN,
        note="Tambahkan tanggapan Dinas Lingkungan Hidup DKI dan data volume sampah harian. "
        "Judul sebaiknya menyebut jumlah warga terdampak.",
    )  # fmt: skip
    returned2 = review.stories.create(
        rina, Story(headline="Jalur Puncak Ditutup Sementara Akibat Longsor", category="Metro")
    )
    review.workflow.transition(rina, returned2.id, Status.DIAJUKAN)
    review.workflow.transition(eka, returned2.id, Status.DISUNTING)
    review.workflow.transition(
        eka, returned2.id, Status.DIKEMBALIKAN,
        note="Konfirmasi jam penutupan ke Satlantas Polres Bogor.",
    )  # fmt: skip
    _spread_times(store)
    return store, review, story, {"rina": rina, "eka": eka}


def _spread_times(store: Store) -> None:
    """Demo data is made in a second; spread it over a morning so times read naturally."""
    now = utcnow()
    with store.sessions.begin() as session:
        for model in (RevisionRow, AuditRow, CommentRow):
            rows = session.scalars(select(model).order_by(model.id)).all()
            for index, row in enumerate(rows):
                row.created_at = now - timedelta(minutes=9 * (len(rows) - index) + 2)
                if isinstance(row, CommentRow) and row.resolved_at is not None:
                    row.resolved_at = now - timedelta(minutes=4)


def main() -> int:
    """Render every review widget into ``docs/``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setFont(QFont("Inter", 10))
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store, review, story, people = build_desk(Path(folder))
        rina, eka = people["rina"], people["eka"]

        history = HistoryPanel(ReviewSession(review, rina, "desk-rina"))
        history.resize(1180, 640)
        history.show_story(story)
        history.compare(3, 5)
        history.show()
        app.processEvents()
        history.grab().save(str(DOCS / "history-diff.png"))

        comments = CommentsPanel(ReviewSession(review, eka, "desk-eka"))
        comments.resize(420, 720)
        comments.show_story(story)
        comments.show_resolved.setChecked(True)
        first = story.paragraphs[0].text
        at = first.index("Kali Bekasi")
        comments.set_selection(Anchor("paragraph:0", at, at + 11, "Kali Bekasi"))
        comments.editor.setPlainText("Sebutkan titik luapan: Jatiasih atau Pondok Gede?")
        comments.show()
        app.processEvents()
        comments.grab().save(str(DOCS / "comments-panel.png"))

        queue = ReviewQueue(ReviewSession(review, eka, "desk-eka"))
        queue.resize(980, 420)
        queue.show()
        queue.refresh()
        queue.queue.clearSelection()
        queue.queue.topLevelItem(2).setSelected(True)
        app.processEvents()
        queue.grab().save(str(DOCS / "review-queue.png"))

        mine = ReviewQueue(ReviewSession(review, rina, "desk-rina"))
        mine.resize(980, 420)
        mine.show()
        mine.refresh()
        app.processEvents()
        mine.grab().save(str(DOCS / "review-returned.png"))
        admin = _person(store, "adi", "Adi Nugroho", Role.ADMIN)
        holder = EditLockBar(ReviewSession(review, eka, "desk-eka"))
        holder.open_story(story.id)
        bar = EditLockBar(ReviewSession(review, admin, "desk-adi"))
        bar.resize(820, bar.sizeHint().height())
        bar.open_story(story.id)
        app.processEvents()
        bar.grab().save(str(DOCS / "edit-lock-bar.png"))
        holder.close_story()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
