-- Projects get type and works (R-PRJ-1), construction period, permit or contract date (R-PRJ-2) and
-- completion. Rows registered before this have NULL there; new registrations fill them all.
ALTER TABLE project
  ADD COLUMN project_type      TEXT CHECK (project_type IN ('HOUSING', 'MUNICIPAL', 'TRANSPORT', 'WATER', 'RAILWAY',
                                 'CIVIL_AVIATION', 'TELECOM', 'POWER', 'ENERGY', 'OTHER_INFRASTRUCTURE')),
  ADD COLUMN works             TEXT CHECK (works IN ('BUILDING', 'LINES_AND_PIPELINES', 'EQUIPMENT_INSTALLATION',
                                 'DECORATION', 'LANDSCAPING')),
  ADD COLUMN construction_kind TEXT CHECK (construction_kind IN ('NEW', 'EXTENSION', 'REBUILD')),
  ADD COLUMN period_start      DATE,
  ADD COLUMN period_end        DATE,
  ADD COLUMN permit_number     TEXT CHECK (length(permit_number) BETWEEN 1 AND 100),
  ADD COLUMN permit_date       DATE,
  ADD COLUMN contract_date     DATE,
  ADD COLUMN completed_on      DATE,
  ADD CONSTRAINT project_period_order CHECK (period_end >= period_start),
  ADD CONSTRAINT project_permit_dated CHECK (permit_number IS NULL OR permit_date IS NOT NULL),
  ADD CONSTRAINT project_clock_start CHECK (project_type IS NULL OR permit_date IS NOT NULL OR contract_date IS NOT NULL);
