-- What administrators did to open tasks (转办, due dates, 催办, hand-over at deactivation): who, when and why.
-- Shown in the timeline of the article or issue the task belongs to.
create table task_action (
    id                  bigserial primary key,
    task_id             varchar(64)   not null,
    task_name           varchar(200),
    process_instance_id varchar(64)   not null,
    kind                varchar(20)   not null,   -- REASSIGNED, DUE_DATE_SET, REMINDED, HANDED_OVER, RETURNED_TO_GROUP
    from_assignee       varchar(60),
    to_assignee         varchar(60),
    due_at              timestamptz,
    reason              varchar(500)  not null,
    actor_id            bigint        not null references app_user(id),
    at                  timestamptz   not null default now()
);
create index task_action_process_idx on task_action (process_instance_id, at);
create index task_action_task_idx on task_action (task_id);
