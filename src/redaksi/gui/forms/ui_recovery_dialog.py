# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(760, 480)
        self.layout = QVBoxLayout(RecoveryDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(RecoveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.contentRow = QHBoxLayout()
        self.contentRow.setObjectName(u"contentRow")
        self.entryList = QListWidget(RecoveryDialog)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setMaximumSize(QSize(280, 16777215))

        self.contentRow.addWidget(self.entryList)

        self.preview = QTextBrowser(RecoveryDialog)
        self.preview.setObjectName(u"preview")

        self.contentRow.addWidget(self.preview)


        self.layout.addLayout(self.contentRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.discardButton = QPushButton(RecoveryDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonRow.addWidget(self.discardButton)

        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.laterButton = QPushButton(RecoveryDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonRow.addWidget(self.laterButton)

        self.recoverButton = QPushButton(RecoveryDialog)
        self.recoverButton.setObjectName(u"recoverButton")

        self.buttonRow.addWidget(self.recoverButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(RecoveryDialog)

        self.recoverButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Pulihkan tulisan yang belum tersimpan", None))
        self.messageLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Redaksi tidak ditutup dengan benar. Tulisan berikut belum tersimpan dan dapat dipulihkan.", None))
        self.discardButton.setText(QCoreApplication.translate("RecoveryDialog", u"Buang", None))
        self.laterButton.setText(QCoreApplication.translate("RecoveryDialog", u"Nanti saja", None))
        self.recoverButton.setText(QCoreApplication.translate("RecoveryDialog", u"Pulihkan", None))
    # retranslateUi

