-- When a person's password last changed: sessions signed in before it are ended (identity/SignedInSessions).
alter table app_user add column password_changed_at timestamptz;
