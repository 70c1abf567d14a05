-- Each start-up change to a module's Marten schema objects: what was created or upgraded, and when.
CREATE TABLE platform.document_schemas (
    module     text   NOT NULL,
    schema     text   NOT NULL,
    changes    text   NOT NULL,
    applied_at bigint NOT NULL
);
CREATE INDEX document_schemas_module ON platform.document_schemas (module, applied_at);
