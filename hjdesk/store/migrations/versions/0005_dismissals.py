"""Dismissals: a person's word that a finding of the draft check is fine.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Written by hand to match hjdesk.store.models.DismissalRow. The draft is named
by content hash (no foreign key), the finding by its kind and words.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EMPTY = sa.text("''")


def upgrade() -> None:
    """Create the dismissal table."""
    op.create_table(
        "dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_hash", sa.String(length=64), nullable=False),
        sa.Column("finding_key", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), server_default=EMPTY, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dismissal")),
        sa.UniqueConstraint("report_hash", "finding_key", name=op.f("uq_dismissal_report_hash_finding_key")),
    )


def downgrade() -> None:
    """Drop the dismissal table. People's dismissals are lost: back up first."""
    op.drop_table("dismissal")
