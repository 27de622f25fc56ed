# onestop-ui-sha256: 834cd57580be016448c0c904867cb9cf6e90b2f5d5bed6fe1d96f328d14392e3
# Generated from ui/sign_in.ui: never edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_SignInView(object):
    def setupUi(self, SignInView):
        if not SignInView.objectName():
            SignInView.setObjectName("SignInView")
        SignInView.resize(480, 420)
        self.outer = QVBoxLayout(SignInView)
        self.outer.setObjectName("outer")
        self.topSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpace)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName("centreRow")
        self.leftSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpace)

        self.card = QFrame(SignInView)
        self.card.setObjectName("card")
        self.card.setMinimumSize(QSize(360, 0))
        self.card.setMaximumSize(QSize(520, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName("cardLayout")
        self.centreLabel = QLabel(self.card)
        self.centreLabel.setObjectName("centreLabel")
        self.centreLabel.setAlignment(Qt.AlignCenter)

        self.cardLayout.addWidget(self.centreLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName("fields")
        self.usernameLabel = QLabel(self.card)
        self.usernameLabel.setObjectName("usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.card)
        self.usernameEdit.setObjectName("usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.card)
        self.passwordLabel.setObjectName("passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.card)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)
        self.passwordEdit.setMaxLength(1024)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.cardLayout.addLayout(self.fields)

        self.capsLockLabel = QLabel(self.card)
        self.capsLockLabel.setObjectName("capsLockLabel")

        self.cardLayout.addWidget(self.capsLockLabel)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName("signInButton")

        self.cardLayout.addWidget(self.signInButton)

        self.centreRow.addWidget(self.card)

        self.rightSpace = QSpacerItem(
            0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        )

        self.centreRow.addItem(self.rightSpace)

        self.outer.addLayout(self.centreRow)

        self.bottomSpace = QSpacerItem(
            0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )

        self.outer.addItem(self.bottomSpace)

        # if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)

        self.retranslateUi(SignInView)

        self.signInButton.setDefault(True)

        QMetaObject.connectSlotsByName(SignInView)

    # setupUi

    def retranslateUi(self, SignInView):
        SignInView.setWindowTitle(QCoreApplication.translate("SignInView", "Sign in", None))
        self.centreLabel.setText(QCoreApplication.translate("SignInView", "OneStop", None))
        # if QT_CONFIG(accessibility)
        self.centreLabel.setAccessibleName(QCoreApplication.translate("SignInView", "Centre", None))
        # endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(
            QCoreApplication.translate("SignInView", "Sign in to OneStop", None)
        )
        self.usernameLabel.setText(QCoreApplication.translate("SignInView", "&User name", None))
        # if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(
            QCoreApplication.translate("SignInView", "User name", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignInView", "&Password", None))
        # if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(
            QCoreApplication.translate("SignInView", "Password", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.capsLockLabel.setText(
            QCoreApplication.translate("SignInView", "Caps Lock is on.", None)
        )
        # if QT_CONFIG(accessibility)
        self.capsLockLabel.setAccessibleName(
            QCoreApplication.translate("SignInView", "Caps Lock warning", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(
            QCoreApplication.translate("SignInView", "Sign-in message", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignInView", "&Sign in", None))
        # if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(
            QCoreApplication.translate("SignInView", "Sign in", None)
        )


# endif // QT_CONFIG(accessibility)
# retranslateUi
