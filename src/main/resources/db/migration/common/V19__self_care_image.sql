-- A picture for a self-care item, uploaded by the clinic (issue 5, requirement 8: "optional image").
-- The bytes live in the database beside the item, so every node serves them and a backup holds them;
-- the item's image_path then points at /self-care/images/{item id}. Only PNG and JPEG are accepted
-- (checked by their first bytes and by decoding them), at most 2 MB.

create table self_care_image (
    item_id       bigint       primary key references self_care_item (id),
    content_type  varchar(20)  not null,
    content       bytea        not null,
    size_bytes    int          not null,
    width         int          not null,
    height        int          not null,
    uploaded_by   bigint       references app_user (id),
    uploaded_at   timestamp with time zone not null,
    constraint self_care_image_type check (content_type in ('image/png', 'image/jpeg')),
    constraint self_care_image_size check (size_bytes between 1 and 2097152)
);
