"""Keep each contact's follow-up summary on the contact itself (latest met, outreach, sent, reply, interaction, and
messages still unanswered), so `contacts due` reads one table. Back-fills the summary from the interactions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OUTREACH = "('sent', 'gave', 'replied', 'received', 'intro', 'asked')"
INBOUND = "('replied', 'received')"


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("last_met", sa.Date))
        batch.add_column(sa.Column("last_outreach", sa.Date))
        batch.add_column(sa.Column("last_sent", sa.Date))
        batch.add_column(sa.Column("last_inbound", sa.Date))
        batch.add_column(sa.Column("last_interaction", sa.Date))
        batch.add_column(sa.Column("sent_since_inbound", sa.Integer, nullable=False, server_default="0"))

    def latest(where: str) -> str:
        return f"(SELECT MAX(i.date) FROM interactions i WHERE i.contact_id = contacts.id {where})"

    met = latest("AND i.kind = 'met'")
    outreach = latest("AND i.kind IN " + OUTREACH)
    sent = latest("AND i.kind = 'sent'")
    inbound = latest("AND i.kind IN " + INBOUND)
    anything = latest("")
    op.execute(
        f"UPDATE contacts SET last_met = {met}, last_outreach = {outreach}, last_sent = {sent}, "
        f"last_inbound = {inbound}, last_interaction = {anything}"
    )
    op.execute(
        "UPDATE contacts SET sent_since_inbound = (SELECT COUNT(*) FROM interactions i "
        "WHERE i.contact_id = contacts.id AND i.kind = 'sent' "
        "AND (contacts.last_inbound IS NULL OR i.date > contacts.last_inbound))"
    )


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for name in ("sent_since_inbound", "last_interaction", "last_inbound", "last_sent", "last_outreach",
                     "last_met"):
            batch.drop_column(name)
