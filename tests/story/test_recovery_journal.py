import json
import os
import subprocess
import sys

from redaksi.story.model import Paragraph, Story
from redaksi.story.recovery import RecoveryJournal, read_entry, same_text


def _story() -> Story:
    return Story(headline="Rob di Semarang", lead="Teras.", paragraphs=[Paragraph("Isi 😀.")])


def test_write_and_read_back(tmp_path):
    journal = RecoveryJournal(tmp_path)
    story = _story()
    path = journal.write(story)
    entry = read_entry(path)
    assert entry is not None
    assert entry.story.paragraphs == story.paragraphs
    assert entry.story.uuid == story.uuid
    # No temporary files are left behind.
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_own_and_live_journals_are_not_orphans(tmp_path):
    journal = RecoveryJournal(tmp_path)
    journal.write(_story())
    assert journal.orphans() == []
    other_live = RecoveryJournal(tmp_path, pid=os.getppid())
    other_live.write(_story())
    assert RecoveryJournal(tmp_path, pid=os.getpid()).orphans() == []


def test_journal_of_a_dead_process_is_offered(tmp_path):
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(child.stdout)
    RecoveryJournal(tmp_path, pid=dead_pid).write(_story())
    orphans = RecoveryJournal(tmp_path).orphans()
    assert [o.story.headline for o in orphans] == ["Rob di Semarang"]
    RecoveryJournal(tmp_path).discard_entry(orphans[0])
    assert RecoveryJournal(tmp_path).orphans() == []


def test_corrupt_journal_is_skipped(tmp_path):
    (tmp_path / "x.journal.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "y.journal.json").write_text(json.dumps({"story": {}}), encoding="utf-8")
    assert RecoveryJournal(tmp_path).orphans() == []


def test_same_text_ignores_version_but_not_words():
    a, b = _story(), _story()
    b.version = 7
    assert same_text(a, b)
    b.paragraphs = [Paragraph("Isi lain.")]
    assert not same_text(a, b)
