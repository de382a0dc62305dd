-- R-SUP-4: where a sanction trigger arose (the overdue obligation's area, the proposing authority's area),
-- so that the early-warning list can count per area. NULL for proposals made before this column existed.
ALTER TABLE insurer_sanction ADD COLUMN area_code VARCHAR(6) CHECK (area_code ~ '^[1-9][0-9]{5}$');
CREATE INDEX insurer_sanction_area_idx ON insurer_sanction (area_code, proposed_at);
CREATE INDEX insurer_measure_area_idx ON insurer_measure (area_code, taken_at);
