package pipeline_test

import (
	"testing"
	"time"
)

// Actors and recipients named by a plural common noun are given in the
// nominative plural with the adjectives that agree with them; a counted
// phrase is the number with the noun in the nominative (the case the
// number asks for); a protest named by a noun has the people in the
// genitive after it as its actor. The sentences are our own.

func TestPluralArgs(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plural recipient in the accusative is given in the nominative plural",
			"Поліція затримала протестувальників біля будівлі суду.",
			[]string{"COERCE Поліція → протестувальники"}},
		{"a plural recipient keeps its adjectives, in the nominative plural",
			"Поліція затримала місцевих активістів у Львові.",
			[]string{"COERCE Поліція → місцеві активісти @Львів"}},
		{"a plural recipient in the dative keeps its adjective and the genitive after it",
			"Мер подякував київським волонтерам за допомогу. Депутат закликав мешканців області зберігати спокій.",
			[]string{"SUPPORT Мер → київські волонтери", "REQUEST Депутат → мешканці області"}},
		{"a plural body keeps its adjective in the nominative plural",
			"Суд зобов'язав приватні компанії повернути землю. Обласна рада виплатила родинам постраждалих по 50 тис. грн.",
			[]string{"COERCE Суд → приватні компанії", "AID Обласна рада → родини постраждалих"}},
		{"the protesters in the genitive after a protest noun, in the nominative plural",
			"У Луцьку відбувся страйк шахтарів. Протести місцевих фермерів пройшли також у Рівному.",
			[]string{"PROTEST шахтарі →  @Луцьк", "PROTEST місцеві фермери →  @Рівне"}},
		{"a protest action that took place has the people after протесту as its actor",
			"У Житомирі пройшла акція протесту фермерів. Акція протесту підприємців відбулася біля міськради в Полтаві.",
			[]string{"PROTEST фермери →  @Житомир", "PROTEST підприємці →  @Полтава"}},
		{"the protesters keep the genitives that complete them",
			"У Києві відбулася акція протесту працівників шахти.",
			[]string{"PROTEST працівники шахти →  @Київ"}},
		{"an action that is no protest stays out",
			"У Житомирі пройшла благодійна акція волонтерів. У Луцьку пройшла акція пам'яті загиблих.",
			nil},
		{"a counted recipient of an arrest noun is the number with the noun in the nominative",
			"Прокуратура повідомила про затримання 43 осіб у Харкові.",
			[]string{"COERCE Прокуратура → 43 особи @Харків"}},
		{"a number ending in another digit counts a genitive plural in the nominative too",
			"Поліція повідомила про затримання 46 осіб.",
			[]string{"COERCE Поліція → 46 осіб"}},
		{"captives released are counted as the text says",
			"Україна звільнила 12 полонених.",
			[]string{"RETREAT/release Україна → 12 полонених"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}

// мати with a noun of talks for its object is a light verb of meeting;
// мати before an infinitive is a modal, and the talks further on are the
// infinitive's.
func TestHadTalks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a talk one had with someone is a meeting",
			"Прем'єр-міністр мав розмову з послом Франції.",
			[]string{"CONSULT/meet Прем'єр-міністр → Франція"}},
		{"a telephone talk one had is a call",
			"Ковальчук мав телефонну розмову з Новаком.",
			[]string{"CONSULT/phone Ковальчук → Новак"}},
		{"the modal мати before an infinitive does not make the talks after it its own",
			"Ковальчук має прибути на зустріч з Новаком.",
			[]string{"CONSULT/visit Ковальчук → Новак"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}
