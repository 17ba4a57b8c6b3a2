-- Documents, global entities and everything extracted, with a full-text
-- index over the documents' lemmas.

CREATE TABLE document (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	url        TEXT UNIQUE,              -- NULL when unknown
	title      TEXT NOT NULL DEFAULT '',
	author     TEXT NOT NULL DEFAULT '',
	site       TEXT NOT NULL DEFAULT '',
	published  TIMESTAMPTZ,              -- NULL when unknown
	language   TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	hash       TEXT NOT NULL UNIQUE,     -- vistka.TextHash
	publisher  TEXT NOT NULL DEFAULT '', -- lower-cased source publisher, for filtering
	extraction JSONB,                    -- the vistka.Extraction
	lemmas     TEXT NOT NULL,            -- index terms, space-separated, in text order
	offsets    BYTEA NOT NULL            -- code-point range of each term (varints)
);

-- document_search is what searches filter and sort by, narrow so that
-- counting and sorting many matches reads few pages: the terms of each
-- document (to_tsvector('simple', lemmas) without positions) live in
-- TOAST, and only the GIN index is read to match them.
CREATE TABLE document_search (
	id        BIGINT PRIMARY KEY REFERENCES document (id),
	published TIMESTAMPTZ,
	publisher TEXT NOT NULL,
	tsv       TSVECTOR NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE document_search ALTER COLUMN tsv SET STORAGE EXTERNAL;
CREATE INDEX document_search_published ON document_search (published DESC NULLS LAST, id DESC);
CREATE INDEX document_search_publisher ON document_search (publisher, published DESC NULLS LAST, id DESC);
CREATE INDEX document_search_tsv ON document_search USING gin (tsv);

-- entity is one person, place, organisation, … across documents.
CREATE TABLE entity (
	id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,          -- as first seen
	norm      TEXT NOT NULL,          -- lower case, quotes and extra spaces removed
	surname   TEXT,                   -- PERS with a full name only
	given     TEXT,                   -- PERS: the other words of the name, space-separated
	documents INTEGER NOT NULL DEFAULT 0,
	mentions  INTEGER NOT NULL DEFAULT 0,
	UNIQUE (type, norm)
);
CREATE INDEX entity_surname ON entity (type, surname) WHERE surname IS NOT NULL;
CREATE INDEX entity_documents ON entity (documents DESC, mentions DESC, id);

-- entity_alias holds every name an entity went by, its own included.
CREATE TABLE entity_alias (
	entity_id BIGINT NOT NULL REFERENCES entity (id),
	norm      TEXT NOT NULL,
	alias     TEXT NOT NULL,
	PRIMARY KEY (entity_id, norm)
);
CREATE INDEX entity_alias_norm ON entity_alias (norm);

-- entity_word holds the words of an entity's names, for lookups by name.
CREATE TABLE entity_word (
	word      TEXT NOT NULL,
	entity_id BIGINT NOT NULL REFERENCES entity (id),
	PRIMARY KEY (word, entity_id)
);

-- document_entity maps a document's entities (E1, E2, …) to global ones.
CREATE TABLE document_entity (
	document_id BIGINT NOT NULL REFERENCES document (id),
	local_id    TEXT NOT NULL,
	entity_id   BIGINT NOT NULL REFERENCES entity (id),
	PRIMARY KEY (document_id, local_id)
);
CREATE INDEX document_entity_entity ON document_entity (entity_id, document_id);

CREATE TABLE mention (
	document_id  BIGINT NOT NULL REFERENCES document (id),
	entity_id    BIGINT NOT NULL REFERENCES entity (id),
	start_offset INTEGER NOT NULL,
	end_offset   INTEGER NOT NULL,
	text         TEXT NOT NULL,
	lemma        TEXT NOT NULL,
	kind         TEXT NOT NULL
);
CREATE INDEX mention_document ON mention (document_id);
CREATE INDEX mention_entity ON mention (entity_id);

CREATE TABLE title (
	entity_id   BIGINT NOT NULL REFERENCES entity (id),
	document_id BIGINT NOT NULL REFERENCES document (id),
	title       TEXT NOT NULL
);
CREATE INDEX title_entity ON title (entity_id);
CREATE INDEX title_document ON title (document_id);

CREATE TABLE quote (
	id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id  BIGINT NOT NULL REFERENCES document (id),
	entity_id    BIGINT REFERENCES entity (id), -- the speaker, when it is an entity
	speaker      TEXT NOT NULL,                 -- the speaker phrase otherwise
	direct       BOOLEAN NOT NULL,
	cue          TEXT NOT NULL,
	text         TEXT NOT NULL,
	start_offset INTEGER NOT NULL,
	end_offset   INTEGER NOT NULL
);
CREATE INDEX quote_document ON quote (document_id);
CREATE INDEX quote_entity ON quote (entity_id);

CREATE TABLE event (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id BIGINT NOT NULL REFERENCES document (id),
	type        TEXT NOT NULL,
	mode        TEXT NOT NULL,
	trigger     TEXT NOT NULL,
	date        TEXT NOT NULL,
	at          TIMESTAMPTZ,      -- date, or the document's publication time
	aux         TEXT[] NOT NULL,
	sentence    TEXT NOT NULL
);
CREATE INDEX event_document ON event (document_id);
CREATE INDEX event_type ON event (type, at);
CREATE INDEX event_at ON event (at DESC NULLS LAST, id DESC);

-- event_arg is an actor, a recipient or the place of an event: a global
-- entity, or a phrase when the extraction named no entity.
CREATE TABLE event_arg (
	event_id  BIGINT NOT NULL REFERENCES event (id),
	role      TEXT NOT NULL,     -- actor | recipient | place
	position  INTEGER NOT NULL,
	entity_id BIGINT REFERENCES entity (id),
	value     TEXT NOT NULL,
	PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_arg_entity ON event_arg (entity_id, event_id);

CREATE TABLE amount (
	document_id  BIGINT NOT NULL REFERENCES document (id),
	text         TEXT NOT NULL,
	start_offset INTEGER NOT NULL,
	end_offset   INTEGER NOT NULL,
	value        DOUBLE PRECISION,
	max          DOUBLE PRECISION,
	unit         TEXT NOT NULL,
	bound        TEXT NOT NULL
);
CREATE INDEX amount_document ON amount (document_id);

-- source is the publisher, the cited sources (via) and the photo and video
-- credits of a document.
CREATE TABLE source (
	document_id BIGINT NOT NULL REFERENCES document (id),
	role        TEXT NOT NULL,   -- publisher | via | photo | video
	position    INTEGER NOT NULL,
	value       TEXT NOT NULL,
	PRIMARY KEY (document_id, role, position)
);
CREATE INDEX source_value ON source (value);
