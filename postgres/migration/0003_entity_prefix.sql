-- Entities by the start of a word of their names: range scans in the
-- order of bytes, whatever the database's collation.
CREATE INDEX entity_word_prefix ON entity_word (word COLLATE "C", entity_id);
