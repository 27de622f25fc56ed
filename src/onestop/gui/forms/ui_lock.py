# onestop-ui-sha256: 13539ad41b55d07d42de7d60e749dadbcb4784f55fd3063188449cea0e863d5b
# Generated from ui/lock.ui: never edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock.ui'
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


class Ui_LockView(object):
    def setupUi(self, LockView):
        if not LockView.objectName():
            LockView.setObjectName("LockView")
        LockView.resize(480, 420)
        self.outer = QVBoxLayout(LockView)
        self.outer.setObjectName("outer")
        self.topSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpace)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName("centreRow")
        self.leftSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpace)

        self.card = QFrame(LockView)
        self.card.setObjectName("card")
        self.card.setMinimumSize(QSize(360, 0))
        self.card.setMaximumSize(QSize(520, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName("cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.whoLabel = QLabel(self.card)
        self.whoLabel.setObjectName("whoLabel")
        self.whoLabel.setAlignment(Qt.AlignCenter)
        self.whoLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.whoLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName("fields")
        self.passwordLabel = QLabel(self.card)
        self.passwordLabel.setObjectName("passwordLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.card)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)
        self.passwordEdit.setMaxLength(1024)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.cardLayout.addLayout(self.fields)

        self.capsLockLabel = QLabel(self.card)
        self.capsLockLabel.setObjectName("capsLockLabel")

        self.cardLayout.addWidget(self.capsLockLabel)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName("buttons")
        self.switchUserButton = QPushButton(self.card)
        self.switchUserButton.setObjectName("switchUserButton")

        self.buttons.addWidget(self.switchUserButton)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName("unlockButton")

        self.buttons.addWidget(self.unlockButton)

        self.cardLayout.addLayout(self.buttons)

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
        self.passwordLabel.setBuddy(self.passwordEdit)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchUserButton)

        self.retranslateUi(LockView)

        self.unlockButton.setDefault(True)

        QMetaObject.connectSlotsByName(LockView)

    # setupUi

    def retranslateUi(self, LockView):
        self.titleLabel.setText(QCoreApplication.translate("LockView", "OneStop is locked", None))
        # if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("LockView", "Locked by", None))
        # endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LockView", "&Password", None))
        # if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(
            QCoreApplication.translate("LockView", "Password", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.capsLockLabel.setText(QCoreApplication.translate("LockView", "Caps Lock is on.", None))
        # if QT_CONFIG(accessibility)
        self.capsLockLabel.setAccessibleName(
            QCoreApplication.translate("LockView", "Caps Lock warning", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(
            QCoreApplication.translate("LockView", "Unlock message", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.switchUserButton.setText(QCoreApplication.translate("LockView", "S&witch user", None))
        # if QT_CONFIG(accessibility)
        self.switchUserButton.setAccessibleName(
            QCoreApplication.translate("LockView", "Switch user", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("LockView", "&Unlock", None))
        # if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("LockView", "Unlock", None))
        # endif // QT_CONFIG(accessibility)
        pass

    # retranslateUi
