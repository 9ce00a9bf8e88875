"""Checks that never make typing wait, after novelWriter's design.

Edits bump the revision of the touched blocks.  A single-shot timer (the check delay) then
snapshots the dirty blocks as plain strings and hands them, in chunks, to a ``QRunnable`` on
a one-thread pool.  The worker only calls ``Checker.check`` on strings and filters by an
immutable ignore snapshot; no Qt document is touched off the GUI thread.  Results come back
through a queued signal and are dropped when the block's revision moved on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextDocument

from redaksi.editing.ignores import FindingIgnores
from redaksi.gui.block_state import BlockState, BlockStates
from redaksi.gui.body_document import iter_blocks
from redaksi.language.checker import Checker
from redaksi.language.findings import Finding

CHUNK_BLOCKS = 16


@dataclass(frozen=True)
class BlockJob:
    """A snapshot of one block to check."""

    key: int
    revision: int
    text: str


@dataclass(frozen=True)
class BlockResult:
    """Findings for one block snapshot."""

    key: int
    revision: int
    findings: tuple[Finding, ...]
    raw: tuple[Finding, ...]


class _Relay(QObject):
    """Lives on the GUI thread; workers emit through it (queued across threads)."""

    finished = Signal(int, object)  # epoch, list[BlockResult]
    failed = Signal(str)


class _CheckTask(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        epoch: int,
        checker: Checker,
        scope: str,
        ignores: FindingIgnores,
        jobs: Sequence[BlockJob],
    ) -> None:
        super().__init__()
        self._relay = relay
        self._epoch = epoch
        self._checker = checker
        self._scope = scope
        self._ignores = ignores
        self._jobs = list(jobs)

    def run(self) -> None:
        results = []
        failure = ""
        for job in self._jobs:
            try:
                raw = self._checker.check(job.text, self._scope)
            except Exception as error:  # a broken rule must not take the editor down
                # The block counts as checked (no findings) until its text changes again,
                # so a source that always fails is not retried in a loop.
                failure = failure or f"{type(error).__name__}: {error}"
                raw = []
            kept = self._ignores.filter(raw, job.text)
            results.append(BlockResult(job.key, job.revision, tuple(kept), tuple(raw)))
        if failure:
            self._relay.failed.emit(failure)
        self._relay.finished.emit(self._epoch, results)


class CheckRunner(QObject):
    """Keeps one document's findings current in the background."""

    findingsChanged = Signal()
    checkFailed = Signal(str)

    def __init__(
        self,
        document: QTextDocument,
        checker: Checker,
        scope: str,
        pool: QThreadPool,
        delay_ms: int = 300,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.checker = checker
        self.scope = scope
        self._pool = pool
        self._relay = _Relay(self)
        self._relay.finished.connect(self._accept)
        self._relay.failed.connect(self.checkFailed)
        self._epoch = 0
        self.states = BlockStates()
        self.ignores = FindingIgnores()
        self.enabled = True
        self.pending_tasks = 0
        self.dropped_results = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.dispatch)
        document.contentsChange.connect(self._on_change)

    # -- edits ---------------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        block = self._document.findBlock(position)
        last = self._document.findBlock(position + max(added, 0))
        while block.isValid():
            self.states.of(block).revision += 1
            if block == last:
                break
            block = block.next()
        if self.enabled:
            self._timer.start()

    def recheck_all(self) -> None:
        """Check every block again (new story, new checker, dictionary changed)."""
        self._epoch += 1
        for block in iter_blocks(self._document):
            self.states.of(block).revision += 1
        if self.enabled:
            QTimer.singleShot(0, self.dispatch)

    def set_delay(self, delay_ms: int) -> None:
        """Change the quiet time before a check starts."""
        self._timer.setInterval(delay_ms)

    # -- dispatch ------------------------------------------------------------------------
    def dispatch(self) -> None:
        """Send every dirty block to the worker pool, in chunks."""
        if not self.enabled:
            return
        jobs: list[BlockJob] = []
        blocks = list(iter_blocks(self._document))
        self.states.prune(blocks)
        for block in blocks:
            state = self.states.of(block)
            if not state.dirty or state.in_flight:
                continue  # in-flight blocks are sent again when their stale answer returns
            text = block.text()
            if not text.strip():
                state.findings, state.raw_findings = [], []
                state.checked_revision = state.revision
                continue
            state.in_flight = True
            jobs.append(BlockJob(state.key, state.revision, text))
        for start in range(0, len(jobs), CHUNK_BLOCKS):
            task = _CheckTask(
                self._relay,
                self._epoch,
                self.checker,
                self.scope,
                self.ignores,
                jobs[start : start + CHUNK_BLOCKS],
            )
            self.pending_tasks += 1
            self._pool.start(task)

    def _accept(self, epoch: int, results: list[BlockResult]) -> None:
        self.pending_tasks = max(0, self.pending_tasks - 1)
        changed = False
        resend = False
        for result in results:
            state = self.states.by_key(result.key)
            if state is None:
                continue
            state.in_flight = False
            if epoch != self._epoch or state.revision != result.revision:
                # The reporter kept typing: this answer is about old text.
                self.dropped_results += 1
                resend = True
                continue
            state.findings = list(result.findings)
            state.raw_findings = list(result.raw)
            state.checked_revision = result.revision
            changed = True
        if resend and self.enabled:
            self._timer.start()
        if changed:
            self.findingsChanged.emit()

    @property
    def idle(self) -> bool:
        """True when no check is scheduled or running."""
        return not self._timer.isActive() and self.pending_tasks == 0

    # -- ignores -------------------------------------------------------------------------
    def set_ignores(self, ignores: FindingIgnores) -> None:
        """Apply a new ignore snapshot at once to shown findings and to future checks."""
        self.ignores = ignores
        for block in iter_blocks(self._document):
            state = self.states.get(block)
            if state is not None:
                state.findings = ignores.filter(state.raw_findings, block.text())
        self.findingsChanged.emit()

    def state(self, block: QTextBlock) -> BlockState | None:
        """Check state of ``block`` (None before its first check)."""
        return self.states.get(block)

    # -- reading -------------------------------------------------------------------------
    def block_findings(self) -> list[tuple[QTextBlock, list[Finding]]]:
        """Blocks that currently carry findings, in document order."""
        found = []
        for block in iter_blocks(self._document):
            state = self.states.get(block)
            if state is not None and state.findings:
                found.append((block, state.findings))
        return found

    def count(self, predicate: Callable[[Finding], bool] | None = None) -> int:
        """Number of current findings (optionally only those matching ``predicate``)."""
        return sum(
            1
            for _, findings in self.block_findings()
            for f in findings
            if predicate is None or predicate(f)
        )
