"""The examiner of a forensic examination, chosen from staff, her opinion, and the documents
issued from a record.

A medico-legal report's declaration named whoever exported it. The examination now names
the member of staff who examined her (``examined_by``, a staff account) and keeps her
opinion on the findings; a staff account keeps the qualifications and registration number
the declaration prints. ``document_issues`` numbers each report and gives it a new version
when the records it is made from changed since the last export. Columns are added in place
(ALTER TABLE ... ADD COLUMN); the court bundle's cover gains the judge and the parties of a
legal matter; a photograph names the incident it documents, so that a report on one incident
takes only its photographs.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("forensic_exams", sa.Column("examined_by", sa.String(32), nullable=True))
    op.add_column(
        "forensic_exams", sa.Column("opinion", sa.Text(), nullable=False, server_default="")
    )
    for name, size in (("qualifications", 200), ("registration_number", 64)):
        op.add_column("staff", sa.Column(name, sa.String(size), nullable=False, server_default=""))
    for name in ("judge", "applicant", "respondent"):
        op.add_column(
            "legal_matters",
            sa.Column(name, sa.String(200), nullable=False, server_default=""),
        )
    op.execute("ALTER TABLE attachments ADD COLUMN incident_id INTEGER REFERENCES incidents (id)")
    op.create_table(
        "document_issues",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("document", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("issued_by", sa.String(32), nullable=False),
    )
    op.create_index("ix_document_issues_case_id", "document_issues", ["case_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
