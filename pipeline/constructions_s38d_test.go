package pipeline_test

import (
	"testing"
	"time"
)

// TestS38DFirstInYears checks that a meeting or a call held "the first
// in so many years" or "the second this week", with the count of years
// in words and an adjective between it and the noun, is the event the
// light verb and its noun make.
func TestS38DFirstInYears(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"кілька років and an adjective", "Зеленський провів першу за кілька років двосторонню зустріч із Макроном.",
			[]string{"CONSULT/meet Зеленський → Макрон"}},
		{"за останні п'ять років", "Зеленський провів першу за останні п'ять років зустріч з Макроном.",
			[]string{"CONSULT/meet Зеленський → Макрон"}},
		{"за останні два роки, plural", "Сибіга і Фіцо провели перші за останні два роки переговори.",
			[]string{"CONSULT/meet Сибіга,Фіцо → "}},
		{"другу за тиждень", "Зеленський провів другу за тиждень телефонну розмову з Макроном.",
			[]string{"CONSULT/phone Зеленський → Макрон"}},
	}, time.Time{})
}

// TestS38DJointConference checks that a нарада, which is talks only with
// others, is talks when it is joint (спільна, двостороння): the sides
// named as its subject hold it together. One's own нарада stays none.
func TestS38DJointConference(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"спільну нараду, two persons", "Шмигаль і Туск провели першу в історії спільну нараду.",
			[]string{"CONSULT/meet Шмигаль,Туск → "}},
		{"спільну нараду, two countries", "Уряди України та Польщі провели спільну нараду.",
			[]string{"CONSULT/meet Україна,Польща → "}},
		{"one's own", "Шмигаль провів нараду з питань підготовки до зими.",
			nil},
	}, time.Time{})
}

// TestS38DBalticWomanAfterFirstNameAlsoWord checks that a Lithuanian
// woman's surname that does not decline (-іте, -айте) after a first name
// that is a common word too (Рута, Віра) is one person with her first
// name, at the start of a sentence as after a title.
func TestS38DBalticWomanAfterFirstNameAlsoWord(t *testing.T) {
	checkNames(t, []namesCase{
		{"opening the sentence", "Рута Мейлутіте стала чемпіонкою.", []string{"PERS:Рута Мейлутіте"}, nil},
		{"another first name", "Віра Жемайтіте виграла фінал.", []string{"PERS:Віра Жемайтіте"}, nil},
		{"after a title", "Суддя Рута Мейлутіте заявила про відставку.", []string{"PERS:Рута Мейлутіте"}, nil},
	})
}

// TestS38DPlaceTaken checks that taking by force (захопити) a town named
// by itself, or a plant, a station or a port, after the verb or put
// first, is an assault, as occupying it is, and that capturing
// attention or an audience is none.
func TestS38DPlaceTaken(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a town", "Окупанти захопили Бахмут.",
			[]string{"ASSAULT Окупанти → Бахмут @Бахмут"}},
		{"a peninsula, a year after it", "Росія захопила Крим у 2014 році.",
			[]string{"ASSAULT Росія → Крим @Крим"}},
		{"a power plant", "Окупанти захопили Запорізьку АЕС.",
			[]string{"ASSAULT Окупанти → Запорізька АЕС"}},
		{"a power plant put first", "Запорізьку АЕС російські війська захопили навесні.",
			[]string{"ASSAULT російські війська → Запорізька АЕС"}},
		{"a dam", "Окупанти захопили Каховську ГЕС.",
			[]string{"ASSAULT Окупанти → Каховська ГЕС"}},
		{"attention", "Ця новина захопила увагу Європи.",
			nil},
		{"an audience", "Фільм захопив глядачів Києва.",
			nil},
	}, time.Time{})
}

// TestS38DDelegationMetByTitle checks that a delegation met (зустріти)
// by a person named by a title alone, no name, is a meeting with the
// title phrase as the side, the delegation put first or after the verb,
// as when the host is named; people met by a plural stay none here.
func TestS38DDelegationMetByTitle(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"put first, a bare title", "Делегацію зустрів міністр.",
			[]string{"CONSULT/meet міністр → делегація"}},
		{"put first, a title with its genitive", "Делегацію Польщі зустрів міністр оборони.",
			[]string{"CONSULT/meet міністр оборони → Польща"}},
		{"after the verb", "Мер зустрів делегацію Японії.",
			[]string{"CONSULT/meet Мер → Японія"}},
		{"a plural subject", "Делегацію зустріли студенти.",
			nil},
	}, time.Time{})
}

// TestS38DGoodsOwnerAndRecipient checks that goods given with their
// owner in the genitive after them and people in the dative past it
// (передав обладнання лікарні волонтерам) are given to the people, not
// the owner; and that the owner alone, whose form is the dative's too,
// stays the one given them.
func TestS38DGoodsOwnerAndRecipient(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the owner, then people", "Фонд передав обладнання лікарні волонтерам.",
			[]string{"AID Фонд → волонтери"}},
		{"another owner and people", "Фонд передав генератори школи військовим.",
			[]string{"AID Фонд → військові"}},
		{"people first, what for after", "Фонд передав волонтерам обладнання для лікарні.",
			[]string{"AID Фонд → волонтери"}},
		{"the owner alone", "Фонд передав обладнання лікарні.",
			[]string{"AID Фонд → лікарня"}},
	}, time.Time{})
}

// TestS38DUnlistedWomansFirstName checks that a woman's first name the
// lexicon does not list (Даря, read as the noun дар or the verb дарити)
// keeps her surname's feminine form in the nominative and the
// accusative, and that a man's listed first name in the genitive before
// the same surname stays his.
func TestS38DUnlistedWomansFirstName(t *testing.T) {
	checkNames(t, []namesCase{
		{"nominative after the verb", "Перемогу здобула Даря Касаткіна.", []string{"PERS:Даря Касаткіна"}, []string{"PERS:Дар Касаткін"}},
		{"accusative", "Суперниця обіграла Дарю Касаткіну.", []string{"PERS:Даря Касаткіна"}, nil},
		{"-ова, accusative", "Суперниця обіграла Дарю Соколову.", []string{"PERS:Даря Соколова"}, nil},
		{"a man's genitive", "Тренер Андрія Касаткіна заявив про відставку.", []string{"PERS:Андрій Касаткін"}, nil},
	})
}

// TestS38DPropertySeized checks that land, livestock or grain taken
// (забрати) from people named after у/в or in the genitive after it is a
// seizure, COERCE, as відібрати is, and that children fetched or grain
// brought in from a field are none.
func TestS38DPropertySeized(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"from people after в", "Активісти забрали землю в селян.",
			[]string{"COERCE Активісти → "}},
		{"whose after it", "Комітетчики забрали землю батька.",
			[]string{"COERCE Комітетчики → батько"}},
		{"from people first", "Окупанти забрали в мешканців зерно.",
			[]string{"COERCE Окупанти → "}},
		{"grain from a field", "Комбайнер забрав зерно з поля.",
			nil},
		{"children fetched", "Батьки забрали дітей зі школи.",
			nil},
	}, time.Time{})
}

// TestS38DDelegationFrom checks that a delegation met that is named by
// where it came from (делегацію з Польщі), put first, is that country's
// side, as a delegation with the country in the genitive is; a phrase
// of occasion after з leaves the delegation.
func TestS38DDelegationFrom(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"put first, a title", "Делегацію з Польщі зустрів мер.",
			[]string{"CONSULT/meet мер → Польща"}},
		{"put first, a name", "Делегацію з Польщі зустрів Петро Коваль.",
			[]string{"CONSULT/meet Петро Коваль → Польща"}},
		{"an occasion", "Мер зустрів делегацію з нагоди свята.",
			[]string{"CONSULT/meet Мер → делегація"}},
	}, time.Time{})
}
