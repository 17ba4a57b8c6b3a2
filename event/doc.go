// Package event reads PLOVER events (the ontology of the POLECAT event
// data set, successor of CAMEO) out of one document: who did what to whom,
// where and when, with the sentence that says so.
//
// Triggers are verb and noun lemmas (зустрітися, прибути з візитом,
// висловити подяку, запровадити санкції, …); light verbs take their
// meaning from the noun they govern (висловити + подяка = SUPPORT), and a
// few tell it done to their subject (Київ зазнав удару, компанія
// потрапила під санкції США).
// Arguments come from morphology and prepositions: the subject in the
// nominative is the actor, "з X" (instrumental), a dative or an accusative
// object is the recipient, "в/у X" in the locative is the place, "до X" is
// a visit's destination. Triggers inside direct quotes are speech, not
// facts, and give no events; neither do words inside a name.
//
// The subject may be a pronoun (the last subject before it), a role
// phrase, який (the name before the comma), a body acting for a country
// (уряд Канади) or forces named by a country adjective (російські
// війська); "сторони" are the parties of the last meeting, or, with none
// told, those of a dispute just told (for a contract) or the giver and
// the taker of the last exchange a few sentences back (for any other
// agreement: "Сторони також підписали меморандум"). A headline and its
// lead telling one event give one event.
//
// A subject or an object that is no name may be a body or a group named by
// a common noun (суд, прокуратура, прикордонники, мешканці Дякової
// слободи); it is kept as the phrase. An object's noun is given in the
// nominative with the adjectives that agree with it (рішення селищної
// ради: селищна рада), and one side named by its adjective or genitive
// (українська сторона, сторона захисту) acts. An army acts for the
// person who leads it (військо Хмельницького). ASSAULT also reads battles (розбити,
// напасти, облога, завдати поразки). The author's own doing (ми
// поговорили з …, запросив мене), what a verb of asking asks for
// (закликає допомогти), and what nobody did (ніхто не запрошував) are no
// events.
//
// Diplomatic and war news: a headline whose event the lead tells again
// gives the lead's event; a clause of де goes on with the main clause's
// subject, place and time (прибув до Одеси, де зустрівся з …), and
// a stay there for talks is a visit (перебувала в Ряшеві, де зустрілася
// з …); a verb in
// a clause of що with no subject of its own, or coordinated after such a
// clause, is the speaker's doing; an object may stand before its verb (це
// рішення скасував суд); protests (вийти на акцію протесту, страйк,
// заблокувати трасу), forces moved (перекинути війська), demands
// (звернутися до X з вимогою), participation (взяти участь у засіданні),
// aid announced or given as a sum (оголосив про пакет допомоги, виділить
// Україні 5 млрд доларів); "на адресу X", "з колегами з X" name the
// recipients; a body named as one name with its country (Уряд Канади)
// acts for the country.
//
// Courts and crises: a plan stated with має намір is a future event
// (Прокуратура має намір оскаржити ухвалу), and so is one voiced
// (висловив готовність підписати угоду, оголосила про готовність
// направити офіцерів), while what a permission allows (дав дозвіл
// провести обшук) is not done and an adverbial як міг (як міг допомагав)
// is no condition; an impersonal verb's pronoun
// with no person named before stands for the one the last measure was
// taken against (Суд обрав директору підприємства запобіжний захід. Його
// підозрюють у розтраті); captives let go (відпустили моряків, звільнили
// заручників) are released; a step, a resolution or sanctions blocked are
// rejected; credentials presented are a meeting; a date in the infinitive
// a request governs (закликав припинити вогонь з 20 грудня) is the asked
// act's, not the request's; того ж дня puts a party of a meeting or a
// signing told that day where it was.
//
// Arguments checked against real text: a subject from another clause
// that the verb (or the modal of its infinitive) does not agree with is
// not its doer (Чоловік був у її владі, могла би його убити); an order
// (зобов'язав X повернути Y) binds X, not Y nor an address; a fine or a
// recovery names each firm joined (на компанії «А» та «Б», з фірми); a
// release from liability names whom after the phrase (звільнив від
// кримінальної відповідальності інженера); signing acts of works done
// makes no agreement.
//
// A text that reads as a story rather than a report (over 300 words with
// hardly a figure, an organisation or a place in it: a novel, a fable, a
// memoir, a sermon) gives no events: what its people do to one another
// (Славік допоміг із валізами, Доля погодилася) is no event of the world.
//
// Its tests need tagged text, so they live with the pipeline:
// pipeline/constructions_test.go (sentences of our own), the gold sets in
// pipeline/testdata/gold and FuzzExtract.
package event
