# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(980, 600)
        self.layout = QVBoxLayout(ConflictDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.versionsRow = QHBoxLayout()
        self.versionsRow.setObjectName(u"versionsRow")
        self.theirsBox = QGroupBox(ConflictDialog)
        self.theirsBox.setObjectName(u"theirsBox")
        self.theirsLayout = QVBoxLayout(self.theirsBox)
        self.theirsLayout.setObjectName(u"theirsLayout")
        self.theirsView = QTextBrowser(self.theirsBox)
        self.theirsView.setObjectName(u"theirsView")

        self.theirsLayout.addWidget(self.theirsView)


        self.versionsRow.addWidget(self.theirsBox)

        self.mineBox = QGroupBox(ConflictDialog)
        self.mineBox.setObjectName(u"mineBox")
        self.mineLayout = QVBoxLayout(self.mineBox)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineView = QTextBrowser(self.mineBox)
        self.mineView.setObjectName(u"mineView")

        self.mineLayout.addWidget(self.mineView)


        self.versionsRow.addWidget(self.mineBox)


        self.layout.addLayout(self.versionsRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.takeTheirsButton = QPushButton(ConflictDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.buttonRow.addWidget(self.takeTheirsButton)

        self.keepCopyButton = QPushButton(ConflictDialog)
        self.keepCopyButton.setObjectName(u"keepCopyButton")

        self.buttonRow.addWidget(self.keepCopyButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(ConflictDialog)

        self.keepCopyButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Berita sudah diubah orang lain", None))
        self.messageLabel.setText("")
        self.theirsBox.setTitle(QCoreApplication.translate("ConflictDialog", u"Versi tersimpan (milik rekan)", None))
        self.mineBox.setTitle(QCoreApplication.translate("ConflictDialog", u"Versi Anda (belum tersimpan)", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"Kembali menyunting", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"Buang versi saya, muat versi tersimpan", None))
        self.keepCopyButton.setText(QCoreApplication.translate("ConflictDialog", u"Simpan versi saya sebagai salinan", None))
    # retranslateUi

