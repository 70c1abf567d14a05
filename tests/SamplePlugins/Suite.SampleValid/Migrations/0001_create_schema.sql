CREATE TABLE samplevalid.greetings (
    id   int  PRIMARY KEY,
    text text NOT NULL
);
INSERT INTO samplevalid.greetings (id, text) VALUES (1, 'Hello from SampleValid''s migration');
