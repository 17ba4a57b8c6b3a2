package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// tenth studied set (testdata/gold/studied10.jsonl); the sentences are our
// own.

func TestStudied10Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plant speaks as a whole, as an enterprise does",
			"Завод пояснив, що купує деталі в Китаї. Казенний завод пояснює це тим, що інших постачальників немає.",
			[]string{"Завод/пояснити/indirect: купує деталі в Китаї", "Казенний завод/пояснювати/indirect: інших постачальників немає"}},
		{"an outlet's Latin acronym right before the cue speaks; one elsewhere does not",
			"Також ZIK повідомив, що фірма залучала військових. Компанія купила 20 авто марки BMW, повідомив директор.",
			[]string{"ZIK/повідомити/indirect: фірма залучала військових", "директор/повідомити/indirect: Компанія купила 20 авто марки BMW"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestStudied10Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a department, a board and a regional office act",
			"Досудове розслідування проводить слідчий відділ прокуратури Львова. Тепер адмінколегія АМКУ винесла рішення, визнавши ТОВ «Альфа» порушником. Західний офіс Держаудитслужби підтвердив порушення в закупівлі.",
			[]string{"ACCUSE слідчий відділ прокуратури Львова → ", "ACCUSE адмінколегія АМКУ → ТОВ «Альфа»", "ACCUSE Західний офіс Держаудитслужби → "}},
		{"violations confirmed are found; support confirmed is support",
			"Держаудитслужба підтвердила факти порушень у закупівлі. Міністр підтвердив підтримку України.",
			[]string{"ACCUSE Держаудитслужба → ", "SUPPORT Міністр → Україна"}},
		{"a body's name in quote marks after a verb of giving is the one given to, though read as a genitive",
			"Національний банк виділив «Ощадбанку» 3 млрд грн. Уряд виділив «Укрзалізниці» 2 млрд грн.",
			[]string{"AID Національний банк → Ощадбанк", "AID Уряд → Укрзалізниця"}},
		{"an arrest in the imperfective, with a plural subject after a plural verb joined to a singular clause",
			"Раніше будинком володіла Ганна Петренко, а у 2012 році його арештовували держвиконавці. Держвиконавці арештовували майно Петра Коваля.",
			[]string{"COERCE держвиконавці → ", "COERCE Держвиконавці → Петро Коваль"}},
		{"taking from someone coerces; choosing takes from no one",
			"ФДМУ відібрав у нього завод через невиконання зобов'язань. Антимонопольний комітет відібрав у компанії «Альфа» ліцензію. Журі відібрало 20 учасників у фінал.",
			[]string{"COERCE ФДМУ → ", "COERCE Антимонопольний комітет → "}},
		{"a verb inside brackets has its subject there; a body's acronym right before a singular verb is its subject, not a genitive",
			"Петро Коваль у 2008 році став власником заводу (після першого продажу ФДМУ відібрав у нього завод).",
			[]string{"COERCE ФДМУ → "}},
		{"one's declaration of income and property is no agreement",
			"Суддя Петро Коваль користується квартирою в Києві. Про це свідчить електронна декларація судді. Лідери ЄС ухвалили декларацію про підтримку України.",
			[]string{"AGREE ЄС → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestStudied10Aux(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the writer's нагадаємо set off by a comma makes nothing future; a future verb before the event does",
			"Нагадаємо, перевірка ДФІ виявила порушення на підприємстві. У травні ДФІ проведе перевірку на заводі.",
			[]string{"ACCUSE ДФІ → ", "ACCUSE ДФІ →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
