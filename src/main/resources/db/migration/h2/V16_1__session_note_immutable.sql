-- A signed note and every amendment are part of the clinical record: H2 refuses to change or remove
-- them, whatever the application does (drafts stay editable).
create trigger session_note_signed_no_update before update on session_note
    for each row call 'org.fascia.charting.SignedNoteImmutable';

create trigger session_note_signed_no_delete before delete on session_note
    for each row call 'org.fascia.charting.SignedNoteImmutable';

create trigger session_note_amendment_no_update before update on session_note_amendment
    for each row call 'org.fascia.charting.SignedNoteImmutable';

create trigger session_note_amendment_no_delete before delete on session_note_amendment
    for each row call 'org.fascia.charting.SignedNoteImmutable';
