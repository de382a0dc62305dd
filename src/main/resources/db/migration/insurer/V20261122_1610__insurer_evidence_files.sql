-- Evidence files of supervision measures (R-SUP-1) and sanctions (R-SUP-3): stored like filing documents
-- (insurer_document, kind EVIDENCE: checked by content, SHA-256, append-only) and linked here, never changed.
CREATE TABLE insurer_evidence
(
  document_id BIGINT PRIMARY KEY REFERENCES insurer_document (id),
  measure_id  BIGINT REFERENCES insurer_measure (id),
  sanction_id BIGINT REFERENCES insurer_sanction (id),
  CONSTRAINT insurer_evidence_one_target CHECK (num_nonnulls(measure_id, sanction_id) = 1)
);
CREATE INDEX insurer_evidence_measure_idx ON insurer_evidence (measure_id);
CREATE INDEX insurer_evidence_sanction_idx ON insurer_evidence (sanction_id);
CREATE TRIGGER insurer_evidence_no_change BEFORE UPDATE OR DELETE ON insurer_evidence
  FOR EACH ROW EXECUTE FUNCTION insurer_document_append_only();
