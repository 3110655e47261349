-- The audit trail: every decision and administrative act, and every login attempt, with who, when, what and from
-- where. Append-only: rows are never changed or removed, not even by the application's own database user.
create table audit_event (
    id          bigserial     primary key,
    at          timestamptz   not null default clock_timestamp(),
    actor       varchar(100),                -- username; for a failed login the name that was tried; null: the system
    action      varchar(40)   not null,      -- AuditAction
    object_type varchar(40),
    object_id   varchar(64),
    detail      varchar(500),                -- short; never a password
    client_ip   varchar(64),
    user_agent  varchar(300)
);
create index audit_event_at_idx on audit_event (at);
create index audit_event_actor_idx on audit_event (lower(actor), at);
create index audit_event_action_idx on audit_event (action, at);
create index audit_event_object_idx on audit_event (object_type, object_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Privileges as a second lock: nobody is granted more than reading and appending. (The table's owner and a
-- superuser keep theirs by definition; the trigger above stops them too, unless they drop it deliberately.)
revoke update, delete, truncate on audit_event from public;
revoke update, delete, truncate on audit_event from current_user;
