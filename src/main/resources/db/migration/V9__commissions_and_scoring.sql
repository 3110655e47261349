-- Commissions (约稿): the office asks units for articles on a topic by a deadline; each target unit answers with
-- articles, declines with a reason, or misses the deadline.
create table commission (
    id                  bigserial primary key,
    topic               varchar(200)  not null,
    requirements        varchar(4000) not null,
    deadline            timestamptz   not null,
    all_units           boolean       not null,
    process_instance_id varchar(64),
    created_by          bigint        not null references app_user(id),
    created_at          timestamptz   not null default now(),
    closed_at           timestamptz
);
create index commission_deadline_idx on commission (deadline);

create table commission_unit (
    commission_id    bigint        not null references commission(id),
    unit_id          bigint        not null references unit(id),
    status           varchar(12)   not null default 'OPEN',   -- OPEN, ANSWERED, DECLINED, MISSED
    answered_at      timestamptz,
    answered_by      bigint        references app_user(id),
    decline_reason   varchar(1000),
    reminders        integer       not null default 0,
    last_reminded_at timestamptz,
    primary key (commission_id, unit_id)
);
create index commission_unit_unit_idx on commission_unit (unit_id, status);

-- The article a unit wrote or chose in answer to a commission.
alter table article add column commission_id bigint references commission(id);
create index article_commission_idx on article (commission_id) where commission_id is not null;

-- A leader's instruction (领导批示) on an adopted article, recorded by an editor.
create table leader_instruction (
    id            bigserial primary key,
    article_id    bigint        not null references article(id),
    instructed_by varchar(100)  not null,
    instructed_on date          not null,
    text          varchar(2000) not null,
    recorded_by   bigint        not null references app_user(id),
    recorded_at   timestamptz   not null default now()
);
create index leader_instruction_article_idx on leader_instruction (article_id);
create index leader_instruction_date_idx on leader_instruction (instructed_on);

-- Points per series and year: rewards are zero or more, penalties zero or less.
create table scoring_rule (
    series_id            bigint  not null references briefing_series(id),
    year                 integer not null,
    submission           integer not null check (submission >= 0),
    adoption             integer not null check (adoption >= 0),
    lead_article         integer not null check (lead_article >= 0),
    instruction          integer not null check (instruction >= 0),
    commission_answered  integer not null check (commission_answered >= 0),
    commission_missed    integer not null check (commission_missed <= 0),
    quota_missed         integer not null check (quota_missed <= 0),
    monthly_quota        integer not null check (monthly_quota >= 0),
    updated_by           bigint  not null references app_user(id),
    updated_at           timestamptz not null default now(),
    primary key (series_id, year)
);
