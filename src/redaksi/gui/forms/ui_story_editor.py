# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from redaksi.gui.body_editor import BodyEditor
from redaksi.gui.wrapping_line_edit import WrappingLineEdit

class Ui_StoryEditor(object):
    def setupUi(self, StoryEditor):
        if not StoryEditor.objectName():
            StoryEditor.setObjectName(u"StoryEditor")
        StoryEditor.resize(900, 700)
        self.outerLayout = QHBoxLayout(StoryEditor)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.leftSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QWidget(StoryEditor)
        self.column.setObjectName(u"column")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.column.sizePolicy().hasHeightForWidth())
        self.column.setSizePolicy(sizePolicy)
        self.column.setMaximumSize(QSize(880, 16777215))
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setSpacing(6)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(24, 16, 24, 8)
        self.infoRow = QHBoxLayout()
        self.infoRow.setObjectName(u"infoRow")
        self.statusBadge = QLabel(self.column)
        self.statusBadge.setObjectName(u"statusBadge")

        self.infoRow.addWidget(self.statusBadge)

        self.infoLabel = QLabel(self.column)
        self.infoLabel.setObjectName(u"infoLabel")

        self.infoRow.addWidget(self.infoLabel)

        self.infoSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.infoRow.addItem(self.infoSpacer)


        self.columnLayout.addLayout(self.infoRow)

        self.headlineEdit = WrappingLineEdit(self.column)
        self.headlineEdit.setObjectName(u"headlineEdit")

        self.columnLayout.addWidget(self.headlineEdit)

        self.subheadlineEdit = WrappingLineEdit(self.column)
        self.subheadlineEdit.setObjectName(u"subheadlineEdit")

        self.columnLayout.addWidget(self.subheadlineEdit)

        self.metaRow = QHBoxLayout()
        self.metaRow.setSpacing(8)
        self.metaRow.setObjectName(u"metaRow")
        self.datelinePlaceEdit = QLineEdit(self.column)
        self.datelinePlaceEdit.setObjectName(u"datelinePlaceEdit")

        self.metaRow.addWidget(self.datelinePlaceEdit)

        self.datelineOutletEdit = QLineEdit(self.column)
        self.datelineOutletEdit.setObjectName(u"datelineOutletEdit")

        self.metaRow.addWidget(self.datelineOutletEdit)

        self.bylineEdit = QLineEdit(self.column)
        self.bylineEdit.setObjectName(u"bylineEdit")

        self.metaRow.addWidget(self.bylineEdit)


        self.columnLayout.addLayout(self.metaRow)

        self.leadEdit = WrappingLineEdit(self.column)
        self.leadEdit.setObjectName(u"leadEdit")

        self.columnLayout.addWidget(self.leadEdit)

        self.bodyEdit = BodyEditor(self.column)
        self.bodyEdit.setObjectName(u"bodyEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.bodyEdit.sizePolicy().hasHeightForWidth())
        self.bodyEdit.setSizePolicy(sizePolicy1)

        self.columnLayout.addWidget(self.bodyEdit)

        self.taxonomyRow = QHBoxLayout()
        self.taxonomyRow.setSpacing(8)
        self.taxonomyRow.setObjectName(u"taxonomyRow")
        self.categoryCombo = QComboBox(self.column)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setMinimumSize(QSize(180, 0))

        self.taxonomyRow.addWidget(self.categoryCombo)

        self.tagsEdit = QLineEdit(self.column)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.taxonomyRow.addWidget(self.tagsEdit)


        self.columnLayout.addLayout(self.taxonomyRow)


        self.outerLayout.addWidget(self.column)

        self.rightSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)

        self.outerLayout.setStretch(1, 1)

        self.retranslateUi(StoryEditor)

        QMetaObject.connectSlotsByName(StoryEditor)
    # setupUi

    def retranslateUi(self, StoryEditor):
        self.statusBadge.setText(QCoreApplication.translate("StoryEditor", u"Draf", None))
        self.infoLabel.setText("")
        self.headlineEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Judul berita", None))
        self.headlineEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Judul", None))
        self.subheadlineEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Subjudul (tidak wajib)", None))
        self.subheadlineEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Subjudul", None))
        self.datelinePlaceEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Tempat (dateline)", None))
        self.datelinePlaceEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Tempat dateline", None))
        self.datelineOutletEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Media", None))
        self.datelineOutletEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Media dateline", None))
        self.bylineEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Penulis (byline)", None))
        self.bylineEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Penulis", None))
        self.leadEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Teras berita: siapa, apa, kapan, di mana, mengapa, bagaimana", None))
        self.leadEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Teras berita", None))
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Isi berita", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Tulis isi berita di sini\u2026", None))
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Rubrik", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("StoryEditor", u"Tag, pisahkan dengan koma", None))
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("StoryEditor", u"Tag", None))
        pass
    # retranslateUi

