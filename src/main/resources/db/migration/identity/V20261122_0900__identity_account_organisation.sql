-- Every account belongs to a registered organisation.
ALTER TABLE account
    ADD CONSTRAINT account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id);
