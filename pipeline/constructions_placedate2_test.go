package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The constructions of this file were found reading the event place and
// date errors of the studied news sets news17 and news19
// (testdata/gold/news17.jsonl, news19.jsonl); the sentences are our own.

func TestPlaceDate2Constructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a passive signing told next by its document gives the signing its place",
			"Україна і Польща у п'ятницю підписали угоду про спільне виробництво боєприпасів. Угоду було підписано у Ряшеві в присутності прем'єр-міністрів.",
			[]string{"AGREE Україна,Польща →  @Ряшів"}},
		{"a signing still planned, told two sentences on, gives the headline's signing its place",
			"Україна і Польща підпишуть угоду про виробництво боєприпасів\n\nУряд Польщі схвалив проєкт угоди з Україною про спільне виробництво боєприпасів. Відповідну угоду між міністерствами оборони двох країн планують підписати до кінця місяця у Ряшеві.",
			[]string{"AGREE Україна,Польща →  @Ряшів [future]", "SUPPORT Польща → Україна"}},
		{"a document told with another verb first is no signing told again",
			"Україна і Польща у п'ятницю підписали угоду про спільне виробництво боєприпасів. Угоду схвалили у Варшаві ще навесні, а підписали лише тепер.",
			[]string{"AGREE Україна,Польща → "}},
		{"the passive with no place leaves the signing without one",
			"Україна і Польща у п'ятницю підписали угоду про спільне виробництво боєприпасів. Угоду було підписано в присутності прем'єр-міністрів.",
			[]string{"AGREE Україна,Польща → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestServedInquiryConstructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a search in the frame of an investigation tells the investigation",
			"Детективи НАБУ провели обшуки в Укрзалізниці в межах розслідування щодо розкрадання коштів.",
			[]string{"COERCE Детективи НАБУ → ", "ACCUSE Детективи НАБУ → "}},
		{"so does one in the frame of a criminal proceeding",
			"Поліцейські провели обшуки у Костянтина Мельника в рамках кримінального провадження.",
			[]string{"COERCE Поліцейські → Костянтин Мельник", "ACCUSE Поліцейські → Костянтин Мельник"}},
		{"an arrest in the frame of a proceeding tells no inquiry of its own",
			"Поліцейські затримали Костянтина Мельника в рамках кримінального провадження.",
			[]string{"COERCE Поліцейські → Костянтин Мельник"}},
		{"a search within powers tells no inquiry",
			"Поліцейські провели обшуки у Костянтина Мельника в межах своїх повноважень.",
			[]string{"COERCE Поліцейські → Костянтин Мельник"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestCalledVoidConstructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a decision called null in quotation marks is rejected",
			"У МЗС Угорщини рішення Європейського суду назвали «юридично нікчемним».",
			[]string{"REJECT МЗС Угорщини → Європейський суд"}},
		{"so is a decision the tagger reads as a genitive; its owner is the one rejected",
			"У МЗС Росії рішення Ради Європи назвали «юридично нікчемним».",
			[]string{"REJECT МЗС Росії → Рада Європи"}},
		{"a verdict called illegitimate, the object after the verb",
			"Адвокат Олег Мельник назвав вирок суду нелегітимним.",
			[]string{"REJECT Олег Мельник → суд"}},
		{"a detention called illegitimate is no decision rejected",
			"Адвокат Олег Мельник назвав затримання клієнта нелегітимним.",
			nil},
		{"a decision called unlawful is criticised, not refused",
			"Адвокат Олег Мельник назвав рішення суду незаконним.",
			nil},
		{"a decision called sound is none",
			"Адвокат Олег Мельник назвав рішення суду виваженим.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestCameToHelpConstructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"crews that came to help work where the story is set, wherever they came",
			"У Полтаві через аварію без води залишилися 300 будинків\n\nУ неділю в Полтаві сталася аварія на водогоні. На допомогу полтавським комунальникам прибули ремонтні бригади з Кременчука.",
			[]string{"AID Кременчук → полтавські комунальники @Полтава"}},
		{"with no town the story is set in, the crews' help has no place",
			"На допомогу полтавським комунальникам прибули ремонтні бригади з Кременчука.",
			[]string{"AID Кременчук → полтавські комунальники"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestSignedBeforeConstructions(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a signing of the document told before in the passive takes its place and day",
			"Кредитну угоду, гарантовану урядом Канади, було підписано у вівторок в Оттаві. Міністр фінансів Олег Мельник, який підписав документ від імені уряду, подякував партнерам.",
			// (the signer's thanks after it take its day: the README's
			// "story's day" convention, thanks after a signing)
			[]string{"AGREE Олег Мельник →  @Оттава on 2024-03-05", "SUPPORT Олег Мельник → партнери on 2024-03-05"}},
		{"another signing told between owns the document",
			"Кредитну угоду, гарантовану урядом Канади, було підписано у вівторок в Оттаві. У середу Україна і Польща підписали угоду про виробництво боєприпасів. Міністр оборони Олег Мельник, який підписав документ від імені уряду, подякував партнерам.",
			[]string{"AGREE Україна,Польща →  on 2024-03-06", "AGREE Олег Мельник → ", "SUPPORT Олег Мельник → партнери"}},
		{"a signing of a document of its own keeps its own setting",
			"Кредитну угоду, гарантовану урядом Канади, було підписано у вівторок в Оттаві. Міністр фінансів Олег Мельник підписав меморандум з Польщею.",
			[]string{"AGREE Олег Мельник → Польща"}},
	}
	checkEventsAs(t, p, tests, time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), func(x *vistka.Extraction, ev vistka.Event) string {
		s := eventString(x, ev)
		if ev.Date != "" {
			s += " on " + ev.Date
		}
		return s
	})
}
