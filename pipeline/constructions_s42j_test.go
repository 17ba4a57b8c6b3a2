package pipeline_test

import (
	"testing"
	"time"
)

// TestS42JSharedView checks that погодитися with з and a demonstrative
// or a word of an opinion (із цим, з цією думкою) shares a view and makes
// no agreement, while agreeing with another's arguments still endorses
// them and agreeing on terms is left alone.
func TestS42JSharedView(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"agreed with this",
			"Люди одноголосно погодилися із цим.",
			nil},
		{"agreed with this opinion",
			"Депутати погодилися з цією думкою.",
			nil},
		{"agreed with the prosecutor's arguments",
			"Депутати погодилися з доводами прокурора.",
			[]string{"SUPPORT Депутати → прокурор"}},
	}, time.Time{})
}

// TestS42JChildhoodTrip checks that a coming or a visit set in one's
// childhood (ще малим, в дитинстві) or told of a journey by a gerund
// (Подорожуючи з батьком) is a life's story, no visit, while a guest's
// visit stays one.
func TestS42JChildhoodTrip(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"as a child he was in the region",
			"Ще малим побував Шевченко і на Кіровоградщині.",
			nil},
		{"as a child, set off by commas",
			"Свого часу, ще малим, побував Кобзар і на Кіровоградщині.",
			nil},
		{"in his childhood he visited Kyiv",
			"У дитинстві Тарас Шевченко відвідав Київ.",
			nil},
		{"travelling with his father",
			"Подорожуючи з батьком-чумаком, Тарас Шевченко завітав до Єлисаветграду.",
			nil},
		{"a president's visit to a region",
			"Президент Франції побував на Кіровоградщині.",
			[]string{"CONSULT/visit Президент Франції →  @Кіровоградщина"}},
		{"a president came to a city",
			"Президент Польщі завітав до Житомира.",
			[]string{"CONSULT/visit Президент Польщі → Житомир @Житомир"}},
	}, time.Time{})
}

// TestS42JOwnerOfAct checks that a name right after an act's noun in the
// accusative (пропозицію ГО «Світанок», вимоги ТД «Альфа») is whose act
// was rejected or upheld, never the one who did it, with the subject
// after the verb, before the object or none; a declinable name in the
// nominative after the object (це рішення Варшава відкинула) is still
// the subject.
func TestS42JOwnerOfAct(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a proposal rejected, no subject",
			"Пропозицію ГО «Світанок» внести це питання до порядку денного відхилили.",
			[]string{"REJECT  → ГО «Світанок»"}},
		{"a proposal rejected by the deputies",
			"Пропозицію ГО «Світанок» внести це питання до порядку денного відхилили депутати.",
			[]string{"REJECT депутати → ГО «Світанок»"}},
		{"a decision rejected by a capital before the verb",
			"Це рішення Варшава відкинула.",
			[]string{"REJECT Варшава → "}},
		{"a court satisfies a firm's claims",
			"Суд визнав вимоги ТД «Альфа» законними і позов задовольнив.",
			[]string{"SUPPORT Суд → ТД «Альфа»"}},
		{"a council rejects a body's proposal",
			"Міська рада відхилила пропозицію громадської організації «Світанок».",
			[]string{"REJECT Міська рада → Світанок"}},
	}, time.Time{})
}

// TestS42JTouristsCame checks that tourists or a tour's participants who
// visit places make a leisure trip, no visit, while a delegation's visit
// stays one.
func TestS42JTouristsCame(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a tour's participants could visit villages",
			"Учасники туру мали змогу відвідати села Черкащини.",
			nil},
		{"tourists visited a fortress",
			"Туристи відвідали Кам'янець-Подільську фортецю.",
			nil},
		{"a delegation visited a town",
			"Делегація Польщі відвідала Кам'янець-Подільський.",
			[]string{"CONSULT/visit Польща → Кам'янець-Подільський @Кам'янець-Подільський"}},
	}, time.Time{})
}
