-- A signed consent is evidence: the database refuses to change or remove it, whatever the application does.
create function consent_signature_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'consent_signature is immutable: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger consent_signature_no_update_delete
    before update or delete on consent_signature
    for each row execute function consent_signature_immutable();

create trigger consent_signature_no_truncate
    before truncate on consent_signature
    for each statement execute function consent_signature_immutable();
