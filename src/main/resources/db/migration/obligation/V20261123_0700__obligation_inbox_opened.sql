-- An inbox message when an obligation starts (e.g. a payment notice to the insurer's branch, R-CLM-2):
-- kind OPENED, no warning, at most one per obligation and recipient.
ALTER TABLE obligation_inbox_item DROP CONSTRAINT obligation_inbox_item_kind_check;
ALTER TABLE obligation_inbox_item ADD CONSTRAINT obligation_inbox_item_kind_check
  CHECK (kind IN ('REMINDER', 'YELLOW', 'ORANGE', 'RED', 'DEADLINE_MOVED', 'OPENED'));
ALTER TABLE obligation_inbox_item DROP CONSTRAINT obligation_inbox_warning_or_move;
ALTER TABLE obligation_inbox_item ADD CONSTRAINT obligation_inbox_warning_or_move
  CHECK ((warning_id IS NULL) = (kind IN ('DEADLINE_MOVED', 'OPENED')));
CREATE UNIQUE INDEX obligation_inbox_opened_once ON obligation_inbox_item (obligation_id, recipient_organisation)
  WHERE kind = 'OPENED';
