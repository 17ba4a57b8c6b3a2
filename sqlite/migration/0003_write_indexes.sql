-- Indexes that every Put writes and no query reads: mentions, amounts and
-- sources are never looked up (a document's extraction is read back whole
-- from document_body), titles and quotes only by their entity
-- (title_entity, quote_entity), events by type or time. Without them a
-- document costs fewer B-tree inserts and fewer pages to write at each
-- commit.
DROP INDEX mention_document;
DROP INDEX mention_entity;
DROP INDEX title_document;
DROP INDEX quote_document;
DROP INDEX event_document;
DROP INDEX amount_document;
DROP INDEX source_value;
