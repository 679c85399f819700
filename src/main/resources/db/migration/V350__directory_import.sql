-- A CSV upload waiting for its author's confirmation: nothing is imported before that.
CREATE TABLE directory_import
(
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    user_id    BIGINT                   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    filename   VARCHAR(255),
    content    BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_import_user_idx ON directory_import (user_id);
