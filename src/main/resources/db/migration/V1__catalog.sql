-- Courses, modules and lessons as imported from the content folder.
-- Written in the SQL that H2 2.x and MySQL 8 / MariaDB 10.11 both accept.

CREATE TABLE id_sequence (
  seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
  seq_count BIGINT      NOT NULL
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('course', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('course_module', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('lesson', 0);

CREATE TABLE course (
  id                BIGINT        NOT NULL PRIMARY KEY,
  version           BIGINT        NOT NULL,
  slug              VARCHAR(100)  NOT NULL,
  title             VARCHAR(300)  NOT NULL,
  summary           VARCHAR(2000),
  authors           VARCHAR(2000),
  language          VARCHAR(35),
  tags              VARCHAR(2000),
  estimated_minutes INT           NOT NULL,
  content_note      LONGTEXT,
  support_title     VARCHAR(200),
  support_html      LONGTEXT,
  support_links     LONGTEXT,
  sequential        BOOLEAN       NOT NULL,
  quick_exit_url    VARCHAR(2000),
  checksum          VARCHAR(64)   NOT NULL,
  revision          BIGINT        NOT NULL,
  imported_at       TIMESTAMP(6)  NOT NULL,
  CONSTRAINT uk_course_slug UNIQUE (slug)
);

CREATE TABLE course_module (
  id        BIGINT        NOT NULL PRIMARY KEY,
  version   BIGINT        NOT NULL,
  course_id BIGINT        NOT NULL,
  position  INT           NOT NULL,
  slug      VARCHAR(100)  NOT NULL,
  title     VARCHAR(300)  NOT NULL,
  summary   VARCHAR(1000),
  CONSTRAINT uk_module_course_slug UNIQUE (course_id, slug),
  CONSTRAINT fk_module_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson (
  id         BIGINT        NOT NULL PRIMARY KEY,
  version    BIGINT        NOT NULL,
  course_id  BIGINT        NOT NULL,
  module_id  BIGINT        NOT NULL,
  position   INT           NOT NULL,
  slug       VARCHAR(100)  NOT NULL,
  title      VARCHAR(300)  NOT NULL,
  minutes    INT           NOT NULL,
  objectives LONGTEXT,
  preview    BOOLEAN       NOT NULL,
  required   BOOLEAN       NOT NULL,
  html       LONGTEXT      NOT NULL,
  CONSTRAINT uk_lesson_course_slug UNIQUE (course_id, slug),
  CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE INDEX ix_lesson_module ON lesson (module_id);
