-- Reading comfort: a learner's colours (auto, light or dark) and text size (standard, large or
-- largest), kept so they follow the learner to another browser. Null until the learner chooses.
ALTER TABLE account ADD COLUMN display_theme VARCHAR(10);
ALTER TABLE account ADD COLUMN display_text_size VARCHAR(10);
