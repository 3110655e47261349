-- The rendered documents of a signed-off issue: the PDF as printed and the .docx for offices that edit in Word.
create table issue_document (
    issue_id     bigint       not null references issue(id),
    kind         varchar(10)  not null,              -- PDF or DOCX
    content      bytea        not null,
    size_bytes   integer      not null,
    rendered_at  timestamptz  not null default now(),
    primary key (issue_id, kind)
);

alter table issue add column published_at timestamptz;
alter table issue add column archived_at timestamptz;

-- One row per receiving unit of a published issue: when it was told, opened the issue, acknowledged (签收), and
-- how often it was reminded (催办). The first acknowledgement stays; a second changes nothing.
create table issue_receipt (
    issue_id          bigint       not null references issue(id),
    unit_id           bigint       not null references unit(id),
    notified_at       timestamptz  not null default now(),
    opened_at         timestamptz,
    opened_by         bigint       references app_user(id),
    acknowledged_at   timestamptz,
    acknowledged_by   bigint       references app_user(id),
    reminders         integer      not null default 0,
    last_reminded_at  timestamptz,
    primary key (issue_id, unit_id)
);
create index issue_receipt_unit_idx on issue_receipt (unit_id, acknowledged_at);

-- The archive searches titles and text of published issues; Chinese has no word boundaries, so it matches
-- substrings (position / ILIKE) on these columns.
create index issue_published_idx on issue (series_id, year, number_in_year) where published_at is not null;
