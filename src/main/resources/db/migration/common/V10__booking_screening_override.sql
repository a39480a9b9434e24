-- Booking gate: when the owner books a treatment despite the client's screening, the reason and who
-- gave it stay on the appointment (the audit log holds the event as well).
alter table appointment add column screening_override varchar(500);
alter table appointment add column screening_override_by bigint references app_user (id);
