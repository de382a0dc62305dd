-- One row per payout payment (R-STAT-1), so that a redelivered WorkerPaid changes nothing and workers paid are
-- counted once over any period and group. The worker is the payout module's roster line (payout_worker.id),
-- an opaque number: no name, ID number, phone or card is stored here.
CREATE TABLE stat_payment
(
  payment_id BIGINT PRIMARY KEY,
  policy_id  BIGINT         NOT NULL,
  worker_id  BIGINT         NOT NULL,
  month      DATE           NOT NULL CHECK (extract(day FROM month) = 1),
  area_code  VARCHAR(6)     NOT NULL,
  insurer_id BIGINT         NOT NULL,
  line       TEXT           NOT NULL,
  amount     NUMERIC(18, 2) NOT NULL CHECK (amount > 0)
);
CREATE INDEX stat_payment_by_area_idx ON stat_payment (area_code varchar_pattern_ops, month);
