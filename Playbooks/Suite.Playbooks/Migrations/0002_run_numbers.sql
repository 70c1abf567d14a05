-- The last run number handed out per playbook: runs are numbered PREFIX-00001, PREFIX-00002, ...
CREATE TABLE playbooks.run_numbers (
    playbook_id text   PRIMARY KEY,
    last_number bigint NOT NULL
);
