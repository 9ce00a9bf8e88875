# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WordPressSettingsDialog(object):
    def setupUi(self, WordPressSettingsDialog):
        if not WordPressSettingsDialog.objectName():
            WordPressSettingsDialog.setObjectName(u"WordPressSettingsDialog")
        WordPressSettingsDialog.resize(620, 470)
        self.layout = QVBoxLayout(WordPressSettingsDialog)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(WordPressSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.siteGroup = QGroupBox(WordPressSettingsDialog)
        self.siteGroup.setObjectName(u"siteGroup")
        self.siteForm = QFormLayout(self.siteGroup)
        self.siteForm.setObjectName(u"siteForm")
        self.siteForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.siteUrlLabel = QLabel(self.siteGroup)
        self.siteUrlLabel.setObjectName(u"siteUrlLabel")

        self.siteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteUrlLabel)

        self.siteUrlEdit = QLineEdit(self.siteGroup)
        self.siteUrlEdit.setObjectName(u"siteUrlEdit")

        self.siteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteUrlEdit)

        self.userLabel = QLabel(self.siteGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.siteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.siteGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.siteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.categoryLabel = QLabel(self.siteGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.siteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryEdit = QLineEdit(self.siteGroup)
        self.categoryEdit.setObjectName(u"categoryEdit")

        self.siteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryEdit)

        self.statusLabel = QLabel(self.siteGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.siteForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.siteGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.siteForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.adminNote = QLabel(self.siteGroup)
        self.adminNote.setObjectName(u"adminNote")
        self.adminNote.setWordWrap(True)

        self.siteForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.adminNote)


        self.layout.addWidget(self.siteGroup)

        self.passwordGroup = QGroupBox(WordPressSettingsDialog)
        self.passwordGroup.setObjectName(u"passwordGroup")
        self.passwordLayout = QVBoxLayout(self.passwordGroup)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordState = QLabel(self.passwordGroup)
        self.passwordState.setObjectName(u"passwordState")
        self.passwordState.setWordWrap(True)

        self.passwordLayout.addWidget(self.passwordState)

        self.keyringWarning = QLabel(self.passwordGroup)
        self.keyringWarning.setObjectName(u"keyringWarning")
        self.keyringWarning.setWordWrap(True)

        self.passwordLayout.addWidget(self.keyringWarning)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(self.passwordGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.clearPasswordButton = QPushButton(self.passwordGroup)
        self.clearPasswordButton.setObjectName(u"clearPasswordButton")

        self.passwordRow.addWidget(self.clearPasswordButton)


        self.passwordLayout.addLayout(self.passwordRow)

        self.passwordHelp = QLabel(self.passwordGroup)
        self.passwordHelp.setObjectName(u"passwordHelp")
        self.passwordHelp.setWordWrap(True)

        self.passwordLayout.addWidget(self.passwordHelp)


        self.layout.addWidget(self.passwordGroup)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(WordPressSettingsDialog)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testResult = QLabel(WordPressSettingsDialog)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.testResult.sizePolicy().hasHeightForWidth())
        self.testResult.setSizePolicy(sizePolicy)

        self.testRow.addWidget(self.testResult)


        self.layout.addLayout(self.testRow)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(WordPressSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(WordPressSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

        self.siteUrlLabel.setBuddy(self.siteUrlEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.categoryLabel.setBuddy(self.categoryEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        QWidget.setTabOrder(self.siteUrlEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.categoryEdit)
        QWidget.setTabOrder(self.categoryEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.clearPasswordButton)
        QWidget.setTabOrder(self.clearPasswordButton, self.testButton)

        self.retranslateUi(WordPressSettingsDialog)

        QMetaObject.connectSlotsByName(WordPressSettingsDialog)
    # setupUi

    def retranslateUi(self, WordPressSettingsDialog):
        WordPressSettingsDialog.setWindowTitle(QCoreApplication.translate("WordPressSettingsDialog", u"Situs WordPress", None))
        self.introLabel.setText(QCoreApplication.translate("WordPressSettingsDialog", u"Berita yang sudah disetujui dikirim ke situs ini melalui REST API WordPress, lengkap dengan foto, kategori, dan tag.", None))
        self.siteGroup.setTitle(QCoreApplication.translate("WordPressSettingsDialog", u"Situs (berlaku untuk semua meja redaksi)", None))
        self.siteUrlLabel.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Alamat situs", None))
        self.siteUrlEdit.setPlaceholderText(QCoreApplication.translate("WordPressSettingsDialog", u"https://situs.example", None))
        self.userLabel.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Pengguna WordPress", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("WordPressSettingsDialog", u"nama login di WordPress", None))
        self.categoryLabel.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Kategori bawaan", None))
        self.categoryEdit.setPlaceholderText(QCoreApplication.translate("WordPressSettingsDialog", u"dipakai bila berita tidak berkategori", None))
        self.statusLabel.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Status bawaan", None))
        self.adminNote.setText(QCoreApplication.translate("WordPressSettingsDialog", u"Hanya administrator yang dapat mengubah bagian ini.", None))
        self.passwordGroup.setTitle(QCoreApplication.translate("WordPressSettingsDialog", u"Kata sandi aplikasi (hanya di komputer ini)", None))
        self.keyringWarning.setText(QCoreApplication.translate("WordPressSettingsDialog", u"Keyring sistem tidak tersedia di komputer ini: kata sandi hanya diingat sampai Redaksi ditutup.", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("WordPressSettingsDialog", u"isi untuk menyimpan atau mengganti kata sandi", None))
        self.clearPasswordButton.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Hapus yang tersimpan", None))
        self.passwordHelp.setText(QCoreApplication.translate("WordPressSettingsDialog", u"Buat kata sandi aplikasi di WordPress: Pengguna \u203a Profil \u203a Kata Sandi Aplikasi. Kata sandi disimpan di keyring sistem operasi, tidak pernah di basis data redaksi.", None))
        self.testButton.setText(QCoreApplication.translate("WordPressSettingsDialog", u"&Uji koneksi", None))
    # retranslateUi

