-- mention is no longer a table, whose rows each Put wrote and no query
-- read, but a view of the same rows read from the stored extractions,
-- which hold every mention, as in SQLite (its migration 0004): the
-- entity of each is the global one its document's entity maps to
-- (document_entity). jsonb_path_query in lax mode reads a missing or
-- null list as an empty one.
DROP TABLE mention;
CREATE VIEW mention (document_id, entity_id, start_offset, end_offset, text, lemma, kind) AS
SELECT d.id, de.entity_id, (m ->> 'start')::integer, (m ->> 'end')::integer, m ->> 'text', m ->> 'lemma',
	coalesce(m ->> 'kind', '')
FROM document d
	CROSS JOIN LATERAL jsonb_path_query(d.extraction, '$.entities[*]') e
	JOIN document_entity de ON de.document_id = d.id AND de.local_id = e ->> 'id'
	CROSS JOIN LATERAL jsonb_path_query(e, '$.mentions[*]') m
WHERE d.extraction IS NOT NULL;
