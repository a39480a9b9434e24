-- Instrument definitions a clinic imports (outcomes module, issue 6 requirement 1). RMDQ, ODI v2.1a and STarT Back
-- ship with their scoring only (OUTCOMES.md, licensing): a clinic that may use the wording loads the FHIR
-- Questionnaire-shaped definition file with the item text, checked against the items the scoring expects. One row
-- per instrument code; a new import replaces the previous one (audited).

create table instrument_definition (
    code         varchar(20)     not null primary key,
    title        varchar(200)    not null,
    version      varchar(50)     not null default '',
    definition   varchar(200000) not null,
    imported_by  bigint          not null references app_user (id),
    imported_at  timestamp with time zone not null,
    constraint instrument_definition_code check (code in ('NPRS', 'PEG', 'PSFS', 'RMDQ', 'ODI', 'STARTBACK'))
);
