# onestop-ui-sha256: eab63b00cc791cb3f708029c03e3c19bc8481bacaefc8c757230e56a9290ca9b
# Generated from ui/change_password.ui: never edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    QSize,
    QTime,
    QUrl,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QConicalGradient,
    QCursor,
    QFont,
    QFontDatabase,
    QGradient,
    QIcon,
    QImage,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPalette,
    QPixmap,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName("ChangePasswordDialog")
        ChangePasswordDialog.resize(440, 260)
        self.outer = QVBoxLayout(ChangePasswordDialog)
        self.outer.setObjectName("outer")
        self.introLabel = QLabel(ChangePasswordDialog)
        self.introLabel.setObjectName("introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName("fields")
        self.currentLabel = QLabel(ChangePasswordDialog)
        self.currentLabel.setObjectName("currentLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(ChangePasswordDialog)
        self.currentEdit.setObjectName("currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName("newLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePasswordDialog)
        self.newEdit.setObjectName("newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName("repeatLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePasswordDialog)
        self.repeatEdit.setObjectName("repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.outer.addLayout(self.fields)

        self.messageLabel = QLabel(ChangePasswordDialog)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel | QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

        # if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)

    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(
            QCoreApplication.translate("ChangePasswordDialog", "Choose a new password", None)
        )
        self.introLabel.setText(
            QCoreApplication.translate(
                "ChangePasswordDialog",
                "At least 12 characters. A few unrelated words make a strong password that is easy to remember.",
                None,
            )
        )
        self.currentLabel.setText(
            QCoreApplication.translate("ChangePasswordDialog", "&Current password", None)
        )
        # if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(
            QCoreApplication.translate("ChangePasswordDialog", "Current password", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.newLabel.setText(
            QCoreApplication.translate("ChangePasswordDialog", "&New password", None)
        )
        # if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(
            QCoreApplication.translate("ChangePasswordDialog", "New password", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(
            QCoreApplication.translate("ChangePasswordDialog", "&Repeat it", None)
        )
        # if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(
            QCoreApplication.translate("ChangePasswordDialog", "Repeat the new password", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(
            QCoreApplication.translate("ChangePasswordDialog", "Password message", None)
        )


# endif // QT_CONFIG(accessibility)
# retranslateUi
