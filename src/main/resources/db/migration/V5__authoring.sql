-- Authoring: every course has a draft, a tree of files in exactly the content/ folder format,
-- which instructors edit in the browser (or which a sync from content/ or a zip import fills).
-- Learners never read the draft: publishing parses it, rewrites the course, lesson and module
-- rows and records a version holding the published files, all in one transaction.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('course_draft', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('draft_file', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('course_version', 0);

CREATE TABLE course_draft (
  id                BIGINT        NOT NULL PRIMARY KEY,
  version           BIGINT        NOT NULL,
  slug              VARCHAR(100)  NOT NULL,
  title             VARCHAR(300)  NOT NULL,
  instructors       VARCHAR(4000),
  origin            VARCHAR(10)   NOT NULL,
  folder_checksum   VARCHAR(64),
  edited_since_sync BOOLEAN       NOT NULL,
  unpublished       BOOLEAN       NOT NULL,
  edited_at         TIMESTAMP(6)  NOT NULL,
  edited_by         VARCHAR(254),
  CONSTRAINT uk_course_draft_slug UNIQUE (slug)
);

CREATE TABLE draft_file (
  id         BIGINT        NOT NULL PRIMARY KEY,
  version    BIGINT        NOT NULL,
  draft_id   BIGINT        NOT NULL,
  path       VARCHAR(400)  NOT NULL,
  content    LONGBLOB      NOT NULL,
  edited_at  TIMESTAMP(6)  NOT NULL,
  edited_by  VARCHAR(254),
  CONSTRAINT uk_draft_file_path UNIQUE (draft_id, path),
  CONSTRAINT fk_draft_file_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE
);

CREATE TABLE course_version (
  id           BIGINT        NOT NULL PRIMARY KEY,
  draft_id     BIGINT        NOT NULL,
  number       INT           NOT NULL,
  published_at TIMESTAMP(6)  NOT NULL,
  published_by VARCHAR(254),
  summary      LONGTEXT      NOT NULL,
  checksum     VARCHAR(64)   NOT NULL,
  archive      LONGBLOB      NOT NULL,
  CONSTRAINT uk_course_version_number UNIQUE (draft_id, number),
  CONSTRAINT fk_course_version_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE
);
