package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// sixth press set (testdata/gold/press6.jsonl); the sentences are our own.

func TestPress6Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a plural cue opening its sentence with a що-clause goes on with the people of the sentence before; кажуть alone is anyone",
			"Обурені пенсіонери вчора прийшли до мерії. Нарікають, що опалення досі не ввімкнули. Кажуть, що тут колись був палац.",
			[]string{"пенсіонери/нарікати/indirect: опалення досі не ввімкнули"}},
		{"past a sentence opening with a plural verb of no subject, the people two sentences back",
			"Мешканці гуртожитку добре знають, хто винен. Адже не раз ходили до коменданта. Розповідали, що там палять сміття.",
			[]string{"Мешканці/розповідати/indirect: там палять сміття"}},
		{"кажуть X set off by commas inside a sentence tells what follows; with more than its speaker it is no aside",
			"Дорогу полатали, і відтоді, кажуть водії, ям на ній не було. Казав він це комусь чи ні, ніхто не знає.",
			[]string{"водії/казати/indirect: ям на ній не було"}},
		{"a clause with no verb whose adjective after its noun is its predicate, a sum after a dash, is what the cue after it reports",
			"Проте оренда землі в громаді найнижча в районі – 800 гривень, зауважив голова громади Петро Коваль.",
			[]string{"Петро Коваль/зауважити/indirect: Проте оренда землі в громаді найнижча в районі – 800 гривень"}},
		{"a speaker named by a plural common noun in another case is given in the nominative plural",
			"За словами людей, вода в ставку почорніла. На думку лікарів, епідемія мине до весни.",
			[]string{"люди/за словами/indirect: вода в ставку почорніла", "лікарі/на думку/indirect: епідемія мине до весни"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestPress6Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"people turning to those in charge appeal to them; turning to the police reports a crime, to a nation it is a speech",
			"Обурені пенсіонери у понеділок звернулися до міської влади. Селяни зібрали підписи і звернулися до районного мера. Президент звернувся до українців. Потерпіла звернулася до поліції.",
			[]string{"REQUEST Обурені пенсіонери → міська влада", "REQUEST Селяни → районний мер", "ACCUSE Потерпіла → "}},
		{"a finite verb in the conditional tells what one would do: no event",
			"Мер охоче зустрівся б із батьками. Мер зустрівся з батьками у вівторок.",
			[]string{"CONSULT/meet Мер → батьки"}},
		{"complaints about someone's work name whom they are against, with no subject too; a complaint about noise, against no one, is no accusation (session 41)",
			"Мешканці будинку неодноразово зверталися до поліції зі скаргами на діяльність кафе. Адже неодноразово зверталися до мерії зі скаргами на роботу перевізника. Сусіди скаржаться на шум.",
			[]string{"ACCUSE Мешканці будинку → кафе", "ACCUSE  → перевізник"}},
		{"pay a sponsor gives people named in the dative is aid, an employer's wages are not; a thing given as a gift is aid, to the recipient of the verb before it with the same subject",
			"Благодійний фонд «Надія» вирішив виплатити вчителям їхню місячну зарплату. Завод виплатив працівникам зарплату за березень. Губернатор подякував медикам за роботу та подарував квадрокоптер.",
			[]string{"AID Благодійний фонд «Надія» → вчителі", "SUPPORT Губернатор → медики", "AID Губернатор → медики"}},
		{"criticism aimed at someone (на адресу X) accuses them, and the person they are named in; criticism alone is none",
			"Найбільше критики на сесії пролунало на адресу Острозької міської ради в особі секретаря Петра Коваля. Критика уряду тривала весь день.",
			[]string{"ACCUSE  → Острозька міська рада,Петро Коваль"}},
		{"proposing that the addressees hand in information asks it of them; offering to hand over equipment does not",
			"Губернатор запропонував керівникам громад надати звіти про ремонт доріг. Мер запропонувала передати обладнання лікарні.",
			[]string{"REQUEST Губернатор → керівники громад"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestPress6Source(t *testing.T) {
	p := load(t)
	x := p.Extract("У селі перевірили воду в колодязях. Про це йдеться у повідомленні на сайті обласного управління Держпродспоживслужби.", time.Time{})
	if want := []string{"сайт обласного управління Держпродспоживслужби"}; !slices.Equal(x.Source.Via, want) {
		t.Errorf("via %q, want %q", x.Source.Via, want)
	}
}

func TestPress6Amounts(t *testing.T) {
	p := load(t)
	x := p.Extract("Ремонт моста обійдеться у 4 мільйони 120 тисяч гривень, а ще 310 тисяч 650 гривень піде на проєкт.", time.Time{})
	var got []float64
	for _, a := range x.Amounts {
		if a.Value != nil {
			got = append(got, *a.Value)
		}
	}
	if want := []float64{4120000, 310650}; !slices.Equal(got, want) {
		t.Errorf("amounts %v, want %v", got, want)
	}
}
