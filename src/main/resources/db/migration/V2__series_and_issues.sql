-- A briefing series (江苏精神文明建设简报): its title block, numbering and default 版记.
create table briefing_series (
    id                 bigserial primary key,
    code               varchar(40)  not null unique,
    title              varchar(100) not null,
    issuing_office     varchar(100) not null,
    marking            varchar(60),
    serial_prefix      varchar(20)  not null,
    columns            jsonb        not null default '[]'::jsonb,
    default_print_count integer     not null default 100 check (default_print_count > 0),
    -- The last serial number given out (苏简字 N 号); never reused, no gaps. Set to carry on paper numbering.
    last_serial        integer      not null default 0 check (last_serial >= 0),
    active             boolean      not null default true
);

-- Issue numbers per series and year (第 N 期), handed out at sign-off.
create table issue_number_counter (
    series_id   bigint  not null references briefing_series(id),
    year        integer not null,
    last_number integer not null,
    primary key (series_id, year)
);

-- The default recipients of a series: lines 报 (REPORT), 送 (SEND), 发 (DISTRIBUTE), each a list of names.
create table series_recipient (
    id         bigserial primary key,
    series_id  bigint       not null references briefing_series(id),
    line       varchar(12)  not null,
    position   integer      not null,
    label      varchar(100) not null,
    unit_id    bigint       references unit(id)
);

create table issue (
    id                  bigserial primary key,
    series_id           bigint       not null references briefing_series(id),
    status              varchar(30)  not null,
    marking             varchar(60),
    editor_note         varchar(2000),
    print_count         integer      not null check (print_count > 0),
    year                integer,
    number_in_year      integer,
    serial_number       integer,
    signed_off_at       timestamptz,
    signed_off_by       bigint       references app_user(id),
    process_instance_id varchar(64),
    created_by          bigint       not null references app_user(id),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    unique (series_id, year, number_in_year),
    unique (series_id, serial_number)
);

alter table article add constraint article_issue_fk foreign key (issue_id) references issue(id);

-- The articles of an issue, in order, each under a column (栏目).
create table issue_article (
    issue_id    bigint      not null references issue(id),
    article_id  bigint      not null references article(id),
    position    integer     not null,
    column_name varchar(40) not null,
    primary key (issue_id, article_id)
);
create unique index issue_article_once_idx on issue_article (article_id);

create table issue_recipient (
    id        bigserial primary key,
    issue_id  bigint       not null references issue(id),
    line      varchar(12)  not null,
    position  integer      not null,
    label     varchar(100) not null,
    unit_id   bigint       references unit(id)
);
create index issue_recipient_issue_idx on issue_recipient (issue_id, line, position);

-- Every opinion given on an issue, in order: proofreading, review, sign-off.
create table issue_opinion (
    id        bigserial primary key,
    issue_id  bigint        not null references issue(id),
    step      varchar(20)   not null,
    decision  varchar(20)   not null,
    opinion   varchar(2000),
    actor_id  bigint        not null references app_user(id),
    at        timestamptz   not null default now()
);
create index issue_opinion_issue_idx on issue_opinion (issue_id, at);
