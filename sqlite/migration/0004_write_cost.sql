-- Less to write for each document.
--
-- The full-text index reads its terms with the ascii tokenizer rather
-- than unicode61: the lemmas it indexes are index terms already (lower
-- case letters and digits, space-separated; see storeindex.Terms), and
-- the queries' terms are made the same way, so both tokenizers find the
-- same tokens in them, but unicode61 looks up the category and the case
-- of every letter, which was a tenth of the cost of a Put.
DROP TABLE document_fts;
CREATE VIRTUAL TABLE document_fts USING fts5 (
	lemmas,
	content = 'document_body',
	content_rowid = 'id',
	tokenize = 'ascii'
);
INSERT INTO document_fts (document_fts) VALUES ('rebuild');

-- mention is no longer a table, whose rows each Put wrote and no query
-- read, but a view of the same rows read from the stored extractions,
-- which hold every mention: the entity of each is the global one its
-- document's entity maps to (document_entity).
DROP TABLE mention;
CREATE VIEW mention (document_id, entity_id, start_offset, end_offset, text, lemma, kind) AS
SELECT b.id, de.entity_id, m.value ->> 'start', m.value ->> 'end', m.value ->> 'text', m.value ->> 'lemma',
	coalesce(m.value ->> 'kind', '')
FROM document_body b
	JOIN json_each(b.extraction, '$.entities') e
	JOIN document_entity de ON de.document_id = b.id AND de.local_id = e.value ->> 'id'
	JOIN json_each(e.value, '$.mentions') m
WHERE b.extraction IS NOT NULL;
