// Package event reads PLOVER events (the ontology of the POLECAT event
// data set, successor of CAMEO) out of one document: who did what to whom,
// where and when, with the sentence that says so.
//
// Triggers are verb and noun lemmas (зустрітися, прибути з візитом,
// висловити подяку, запровадити санкції, …); light verbs take their
// meaning from the noun they govern (висловити + подяка = SUPPORT).
// Arguments come from morphology and prepositions: the subject in the
// nominative is the actor, "з X" (instrumental), a dative or an accusative
// object is the recipient, "в/у X" in the locative is the place, "до X" is
// a visit's destination. Triggers inside direct quotes are speech, not
// facts, and give no events.
package event
