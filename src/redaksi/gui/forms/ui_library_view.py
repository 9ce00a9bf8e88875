# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_LibraryView(object):
    def setupUi(self, LibraryView):
        if not LibraryView.objectName():
            LibraryView.setObjectName(u"LibraryView")
        LibraryView.resize(420, 600)
        self.layout = QVBoxLayout(LibraryView)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 8, 8)
        self.titleLabel = QLabel(LibraryView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(LibraryView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(LibraryView)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.statusFilter)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(LibraryView)
        self.table.setObjectName(u"table")
        self.table.setFrameShape(QFrame.NoFrame)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.countLabel = QLabel(LibraryView)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)


        self.retranslateUi(LibraryView)

        QMetaObject.connectSlotsByName(LibraryView)
    # setupUi

    def retranslateUi(self, LibraryView):
        self.titleLabel.setText(QCoreApplication.translate("LibraryView", u"Pustaka berita", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LibraryView", u"Cari judul, teras, atau penulis\u2026", None))
        self.searchEdit.setAccessibleName(QCoreApplication.translate("LibraryView", u"Cari berita", None))
        self.statusFilter.setAccessibleName(QCoreApplication.translate("LibraryView", u"Saring menurut status", None))
        self.table.setAccessibleName(QCoreApplication.translate("LibraryView", u"Daftar berita", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

