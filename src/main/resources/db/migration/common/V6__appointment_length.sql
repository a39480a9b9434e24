-- Overlap queries read only appointments that start at most 12 hours before the time they check
-- (a service is at most 8 hours, its buffer at most 4): the database holds every row to that bound.
alter table appointment add constraint appointment_longest
    check (occupied_until <= start_at + interval '12' hour);
