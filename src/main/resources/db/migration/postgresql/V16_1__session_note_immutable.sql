-- A signed note and every amendment are part of the clinical record: PostgreSQL refuses to change or
-- remove them, whatever the application does (drafts stay editable).
create function session_note_signed_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'a signed session_note is immutable: % refused', tg_op using errcode = '42501';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger session_note_signed_no_update_delete
    before update or delete on session_note
    for each row execute function session_note_signed_immutable();

create function session_note_amendment_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'session_note_amendment is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger session_note_amendment_no_update_delete
    before update or delete on session_note_amendment
    for each row execute function session_note_amendment_immutable();

create trigger session_note_amendment_no_truncate
    before truncate on session_note_amendment
    for each statement execute function session_note_amendment_immutable();
