-- Documents by event type.
CREATE INDEX event_type_document ON event (type, document_id);
