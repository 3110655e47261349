-- Units and people: one directory for Spring Security, Camunda and our views.
create table unit (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(100) not null,
    kind        varchar(20)  not null,              -- OFFICE (provincial office) or MEMBER (submitting unit)
    requires_leader_approval boolean not null default false,
    active      boolean      not null default true
);

create table app_user (
    id            bigserial primary key,
    username      varchar(60)  not null unique,
    display_name  varchar(60)  not null,
    password_hash varchar(200) not null,
    unit_id       bigint       not null references unit(id),
    email         varchar(200),
    phone         varchar(30),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table user_role (
    user_id bigint      not null references app_user(id),
    role    varchar(30) not null,
    primary key (user_id, role)
);

-- Articles: the current state; every save is also a row in article_version.
create table article (
    id             bigserial primary key,
    unit_id        bigint       not null references unit(id),
    created_by     bigint       not null references app_user(id),
    title          varchar(100) not null,
    suggested_column varchar(40),
    authors        varchar(200),
    contact_phone  varchar(30),
    body           jsonb        not null,
    status         varchar(30)  not null,
    process_instance_id varchar(64),
    issue_id       bigint,
    submitted_at   timestamptz,
    accepted_at    timestamptz,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        integer      not null default 0    -- optimistic lock of the editable fields
);
create index article_unit_status_idx on article (unit_id, status, updated_at desc);
create index article_status_idx on article (status, accepted_at);

create table article_version (
    id          bigserial primary key,
    article_id  bigint       not null references article(id),
    version_no  integer      not null,
    title       varchar(100) not null,
    body        jsonb        not null,
    edited_by   bigint       not null references app_user(id),
    edited_at   timestamptz  not null default now(),
    reason      varchar(30)  not null,               -- DRAFT, SUBMISSION, EDITOR_EDIT, REVISION
    unique (article_id, version_no)
);

create table article_attachment (
    id           bigserial primary key,
    article_id   bigint       not null references article(id),
    file_name    varchar(200) not null,
    media_type   varchar(40)  not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    uploaded_by  bigint       not null references app_user(id),
    uploaded_at  timestamptz  not null default now()
);
create index article_attachment_article_idx on article_attachment (article_id);

-- What happened to an article, in order: the timeline its submitter and the editors see.
create table article_event (
    id          bigserial primary key,
    article_id  bigint       not null references article(id),
    at          timestamptz  not null default now(),
    actor_id    bigint       references app_user(id),   -- null for the system (timers)
    kind        varchar(30)  not null,
    comment     varchar(2000)
);
create index article_event_article_idx on article_event (article_id, at);
