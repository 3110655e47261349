-- Approval actions of every human task (转办, 委派, 委托) are recorded beside the administrators' acts in task_action;
-- the new kinds: TRANSFERRED, DELEGATED, RESOLVED (the delegate's opinion), DEPUTIZED (given to a deputy).
comment on column task_action.kind is
    'REASSIGNED, DUE_DATE_SET, REMINDED, HANDED_OVER, RETURNED_TO_GROUP, TRANSFERRED, DELEGATED, RESOLVED, DEPUTIZED';
-- for a task given to a deputy, whom the deputy acts for (代 Y 办理)
alter table task_action add column on_behalf_of varchar(60);
create index task_action_task_kind_idx on task_action (task_id, kind);

-- 抄送 / 传阅: an article or issue sent to people for reading, with an optional note. Never part of a process.
create table reading_copy (
    id           bigserial primary key,
    subject_kind varchar(20)  not null,   -- ARTICLE, ISSUE
    subject_id   bigint       not null,
    note         varchar(500),
    sender_id    bigint       not null references app_user(id),
    sent_at      timestamptz  not null default now()
);
create index reading_copy_subject_idx on reading_copy (subject_kind, subject_id);
create index reading_copy_sender_idx on reading_copy (sender_id, sent_at);

create table reading_copy_recipient (
    copy_id      bigint       not null references reading_copy(id),
    recipient_id bigint       not null references app_user(id),
    read_at      timestamptz,
    primary key (copy_id, recipient_id)
);
create index reading_copy_recipient_idx on reading_copy_recipient (recipient_id, read_at);

-- 常用语: each person's own phrases for opinions, besides the common ones every person is offered.
create table opinion_phrase (
    id       bigserial primary key,
    user_id  bigint       not null references app_user(id),
    text     varchar(200) not null,
    added_at timestamptz  not null default now(),
    unique (user_id, text)
);

-- 委托: while a person is away, the tasks that would be theirs go to their deputy. The period is [starts_at, ends_at);
-- a delegation ended early gets an earlier ends_at, so whether it is active is only a matter of time.
create table away_delegation (
    id         bigserial primary key,
    user_id    bigint      not null references app_user(id),
    deputy_id  bigint      not null references app_user(id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    created_at timestamptz not null default now(),
    check (ends_at > starts_at),
    check (deputy_id <> user_id)
);
create index away_delegation_user_idx on away_delegation (user_id, ends_at);
