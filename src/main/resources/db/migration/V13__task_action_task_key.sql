-- The task's id in its model (the task definition key, say Task_Triage) beside the name the model gave it: the
-- timelines name the task in the person's language by it (bundle key activity.<process key>.<task key>). Records
-- made before this column keep only the model's name, and are shown by it.
alter table task_action add column task_key varchar(255);
