# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QToolButton,
    QWidget)

class Ui_FindReplaceBar(object):
    def setupUi(self, FindReplaceBar):
        if not FindReplaceBar.objectName():
            FindReplaceBar.setObjectName(u"FindReplaceBar")
        FindReplaceBar.resize(860, 40)
        self.layout = QHBoxLayout(FindReplaceBar)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 4, 24, 4)
        self.findEdit = QLineEdit(FindReplaceBar)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setMinimumSize(QSize(170, 0))
        self.findEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.findEdit)

        self.replaceEdit = QLineEdit(FindReplaceBar)
        self.replaceEdit.setObjectName(u"replaceEdit")
        self.replaceEdit.setMinimumSize(QSize(150, 0))

        self.layout.addWidget(self.replaceEdit)

        self.caseCheck = QCheckBox(FindReplaceBar)
        self.caseCheck.setObjectName(u"caseCheck")

        self.layout.addWidget(self.caseCheck)

        self.previousButton = QToolButton(FindReplaceBar)
        self.previousButton.setObjectName(u"previousButton")

        self.layout.addWidget(self.previousButton)

        self.nextButton = QToolButton(FindReplaceBar)
        self.nextButton.setObjectName(u"nextButton")

        self.layout.addWidget(self.nextButton)

        self.replaceButton = QPushButton(FindReplaceBar)
        self.replaceButton.setObjectName(u"replaceButton")

        self.layout.addWidget(self.replaceButton)

        self.replaceAllButton = QPushButton(FindReplaceBar)
        self.replaceAllButton.setObjectName(u"replaceAllButton")

        self.layout.addWidget(self.replaceAllButton)

        self.resultLabel = QLabel(FindReplaceBar)
        self.resultLabel.setObjectName(u"resultLabel")

        self.layout.addWidget(self.resultLabel)

        self.closeButton = QToolButton(FindReplaceBar)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoRaise(True)

        self.layout.addWidget(self.closeButton)


        self.retranslateUi(FindReplaceBar)

        QMetaObject.connectSlotsByName(FindReplaceBar)
    # setupUi

    def retranslateUi(self, FindReplaceBar):
        self.findEdit.setPlaceholderText(QCoreApplication.translate("FindReplaceBar", u"Cari", None))
        self.findEdit.setAccessibleName(QCoreApplication.translate("FindReplaceBar", u"Teks yang dicari", None))
        self.replaceEdit.setPlaceholderText(QCoreApplication.translate("FindReplaceBar", u"Ganti dengan", None))
        self.replaceEdit.setAccessibleName(QCoreApplication.translate("FindReplaceBar", u"Teks pengganti", None))
        self.caseCheck.setText(QCoreApplication.translate("FindReplaceBar", u"Aa", None))
        self.caseCheck.setToolTip(QCoreApplication.translate("FindReplaceBar", u"Bedakan huruf besar dan kecil", None))
        self.previousButton.setText(QCoreApplication.translate("FindReplaceBar", u"\u25b2", None))
        self.previousButton.setToolTip(QCoreApplication.translate("FindReplaceBar", u"Sebelumnya", None))
        self.previousButton.setAccessibleName(QCoreApplication.translate("FindReplaceBar", u"Sebelumnya", None))
        self.nextButton.setText(QCoreApplication.translate("FindReplaceBar", u"\u25bc", None))
        self.nextButton.setToolTip(QCoreApplication.translate("FindReplaceBar", u"Berikutnya (Enter)", None))
        self.nextButton.setAccessibleName(QCoreApplication.translate("FindReplaceBar", u"Berikutnya", None))
        self.replaceButton.setText(QCoreApplication.translate("FindReplaceBar", u"Ganti", None))
        self.replaceAllButton.setText(QCoreApplication.translate("FindReplaceBar", u"Ganti semua", None))
        self.resultLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("FindReplaceBar", u"\u2715", None))
        self.closeButton.setToolTip(QCoreApplication.translate("FindReplaceBar", u"Tutup (Esc)", None))
        pass
    # retranslateUi

