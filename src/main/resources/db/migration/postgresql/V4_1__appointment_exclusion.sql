-- PostgreSQL's own guarantee: no two active appointments overlap for one therapist or one room.
create extension if not exists btree_gist with schema public;

alter table appointment add constraint appointment_therapist_no_overlap
    exclude using gist (therapist_id with =, tstzrange(start_at, occupied_until, '[)') with &&)
    where (status in ('BOOKED', 'COMPLETED', 'NO_SHOW'));

alter table appointment add constraint appointment_room_no_overlap
    exclude using gist (room_id with =, tstzrange(start_at, occupied_until, '[)') with &&)
    where (status in ('BOOKED', 'COMPLETED', 'NO_SHOW'));
