-- Discreet mode (neutral titles, download names and PDF details): a course may make it the
-- default, and a learner may choose it for every course or for none. A certificate names its
-- course on the public verification page only when its learner lets it; certificates issued
-- before keep naming theirs.
ALTER TABLE course ADD COLUMN discreet BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN discreet_mode VARCHAR(10) DEFAULT 'COURSE' NOT NULL;
ALTER TABLE certificate ADD COLUMN show_course BOOLEAN DEFAULT TRUE NOT NULL;
