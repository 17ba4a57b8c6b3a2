-- Documents by event type, for the event-type filter of searches.
CREATE INDEX event_type_document ON event (type, document_id);
