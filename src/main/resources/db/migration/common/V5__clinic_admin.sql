-- Clinic set-up: a new therapist's account is invited by email. The invitation is a password link
-- like a reset link, valid longer and worded as a welcome; the purpose tells the two apart.

alter table password_reset_token add column purpose varchar(16) default 'RESET' not null;
alter table password_reset_token add constraint password_reset_token_purpose
    check (purpose in ('RESET', 'INVITATION'));
