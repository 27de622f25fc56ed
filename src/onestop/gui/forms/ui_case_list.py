# onestop-ui-sha256: f59e0f7775fd8732a5bc2285310c2cf75beae83fcea1c7256dcf59ce010bc013
# Generated from ui/case_list.ui: never edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
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
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Ui_CaseListView(object):
    def setupUi(self, CaseListView):
        if not CaseListView.objectName():
            CaseListView.setObjectName("CaseListView")
        CaseListView.resize(800, 500)
        self.outer = QVBoxLayout(CaseListView)
        self.outer.setObjectName("outer")
        self.filters = QHBoxLayout()
        self.filters.setObjectName("filters")
        self.searchLabel = QLabel(CaseListView)
        self.searchLabel.setObjectName("searchLabel")

        self.filters.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CaseListView)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(200)

        self.filters.addWidget(self.searchEdit)

        self.mineCheck = QCheckBox(CaseListView)
        self.mineCheck.setObjectName("mineCheck")

        self.filters.addWidget(self.mineCheck)

        self.shelterCheck = QCheckBox(CaseListView)
        self.shelterCheck.setObjectName("shelterCheck")

        self.filters.addWidget(self.shelterCheck)

        self.statusCombo = QComboBox(CaseListView)
        self.statusCombo.setObjectName("statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.newCaseButton = QPushButton(CaseListView)
        self.newCaseButton.setObjectName("newCaseButton")

        self.filters.addWidget(self.newCaseButton)

        self.outer.addLayout(self.filters)

        self.table = QTableView(CaseListView)
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.outer.addWidget(self.table)

        self.countLabel = QLabel(CaseListView)
        self.countLabel.setObjectName("countLabel")

        self.outer.addWidget(self.countLabel)

        # if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.mineCheck)
        QWidget.setTabOrder(self.mineCheck, self.shelterCheck)
        QWidget.setTabOrder(self.shelterCheck, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.newCaseButton)
        QWidget.setTabOrder(self.newCaseButton, self.table)

        self.retranslateUi(CaseListView)

        QMetaObject.connectSlotsByName(CaseListView)

    # setupUi

    def retranslateUi(self, CaseListView):
        self.searchLabel.setText(QCoreApplication.translate("CaseListView", "&Find", None))
        # if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(
            QCoreApplication.translate("CaseListView", "Find a case", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate(
                "CaseListView", "Name, alias, reference, phone, date of birth\u2026", None
            )
        )
        self.mineCheck.setText(QCoreApplication.translate("CaseListView", "&Mine", None))
        # if QT_CONFIG(accessibility)
        self.mineCheck.setAccessibleName(
            QCoreApplication.translate("CaseListView", "Only my cases", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.shelterCheck.setText(QCoreApplication.translate("CaseListView", "In s&helter", None))
        # if QT_CONFIG(accessibility)
        self.shelterCheck.setAccessibleName(
            QCoreApplication.translate("CaseListView", "Only cases in shelter", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(
            QCoreApplication.translate("CaseListView", "Case status", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.newCaseButton.setText(
            QCoreApplication.translate("CaseListView", "&New intake\u2026", None)
        )
        # if QT_CONFIG(accessibility)
        self.newCaseButton.setAccessibleName(
            QCoreApplication.translate("CaseListView", "New intake", None)
        )
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseListView", "Cases", None))
        # endif // QT_CONFIG(accessibility)
        # if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(
            QCoreApplication.translate("CaseListView", "Number of cases shown", None)
        )
        # endif // QT_CONFIG(accessibility)
        pass

    # retranslateUi
