"""Index interactions by kind, contact and date, for the follow-up queries of `contacts due`.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interactions_kind_contact_date", "interactions", ["kind", "contact_id", "date"])


def downgrade() -> None:
    op.drop_index("ix_interactions_kind_contact_date", table_name="interactions")
