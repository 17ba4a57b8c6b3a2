// Package http serves a vistka.Store: a JSON API under /api/ and a web UI
// (search, article, entity, entity list and event list pages) rendered
// with html/template, with its CSS and JavaScript embedded. Nothing is
// loaded from the network.
//
// Routes of the API:
//
//	GET  /healthz                  200 "ok"
//	POST /api/documents            {"text"|"html", "url", "title", "published"} → 201 {"id", "duplicate": false},
//	                               or 200 {"id", "duplicate": true} for a document already stored
//	GET  /api/documents/{id}       the stored document with its extraction
//	GET  /api/search?q=&entity=&type=&from=&to=&publisher=&order=&limit=&offset=
//	                               {"results": [{"id", "title", "published", "snippet", "highlights"}], "total"}
//	GET  /api/entities?q=&type=&limit=&offset=    {"results": [{"id", "type", "name", "documents", "mentions"}]}
//	GET  /api/entities/{id}        the entity with its documents, quotes, events and related entities
//	GET  /api/events?type=&entity=&from=&to=&limit=&offset=    {"results": [...]}
//
// from and to are YYYY-MM-DD (a whole day in UTC: to=2023-03-31 includes
// that day) or RFC 3339 (exact; to is exclusive). Errors are JSON
// {"error": "message"}; the codes of vistka.Error become statuses here
// and only here: EINVALID 400, ENOTFOUND 404, ETOOLARGE 413, anything else
// 500 with a generic message (the error goes to the log). A body over
// MaxBody is 413; a missing or wrong token on a write, when the server has
// one, is 401; a request beyond MaxInFlight is 503.
//
// A Server recovers panics into 500s, bounds each request's time and the
// number served at once, and shuts down gracefully: Serve stops accepting
// when its context ends and lets the requests in flight finish, so a write
// that was answered is committed and one that was not can be retried
// (POST is idempotent: a repeat is a duplicate). CheckAddr refuses to
// serve without a token on anything but loopback.
//
// The package is named http after its dependency, like sqlite and
// postgres; import net/http under another name beside it.
package http
