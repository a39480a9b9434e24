-- A signed consent is evidence: the database refuses to change or remove it, whatever the application does.
create trigger consent_signature_no_update before update on consent_signature
    for each row call 'org.fascia.intake.ConsentSignatureImmutable';

create trigger consent_signature_no_delete before delete on consent_signature
    for each row call 'org.fascia.intake.ConsentSignatureImmutable';
