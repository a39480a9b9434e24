-- A signed consent is evidence: the database refuses to change or remove it, whatever the application does.
create trigger consent_signature_no_update before update on consent_signature
    for each row call 'org.fascia.intake.ConsentSignatureImmutable';

create trigger consent_signature_no_delete before delete on consent_signature
    for each row call 'org.fascia.intake.ConsentSignatureImmutable';

-- H2 fires no trigger on TRUNCATE TABLE, but refuses to truncate a table that another table references:
-- this always-empty table exists only for that (PostgreSQL has a TRUNCATE trigger instead).
create table consent_signature_truncate_guard (
    signature_id bigint references consent_signature (id)
);
