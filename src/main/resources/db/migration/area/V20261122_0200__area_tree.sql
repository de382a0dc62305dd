-- R-GEO-1: the region -> prefecture -> county tree (GB/T 2260). Filled at start from the area files
-- named in suretyhub.areas.files; never deleted from, since records refer to it.
CREATE TABLE area
(
  code        VARCHAR(6) PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{5}$'),
  parent_code VARCHAR(6) REFERENCES area (code),
  name_zh     TEXT       NOT NULL,
  name_en     TEXT       NOT NULL,
  level       TEXT       NOT NULL CHECK (level IN ('REGION', 'PREFECTURE', 'GROUP', 'COUNTY'))
);
CREATE INDEX area_by_parent_idx ON area (parent_code);
