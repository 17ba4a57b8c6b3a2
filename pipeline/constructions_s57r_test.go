package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// TestS57RRoles checks the role phrases, titles and pronouns session 57's
// census (TestCensusS57R) showed missed, on sentences of our own, in the
// census's want lines (resolveLine): an office of the Union or the state
// or a military rank standing for the one named with it, in any case; a
// role in the dative or accusative fronted before its verb; комбриг for
// the brigade's commander; a woman titled by the man's word
// (прем'єр-міністр) called прем'єрка; a title in another case before a
// comma is no title of the name after it; a title the tagger missed
// before a name, a dative read against a locative; a former title in the
// genitive read against an accusative; a dative head the span's base form
// left as written; a pronoun after
// someone the news brings in by age, unnamed; a pronoun for what a
// document says.
func TestS57RRoles(t *testing.T) {
	p := load(t)
	for _, tt := range []construction{
		{"an office of the Union, nominative", "Єврокомісарка з питань енергетики Ганна Кос приїхала до Рівного. Єврокомісарка оглянула нову котельню.",
			[]string{"R Єврокомісарка#2 -> Ганна Кос"}},
		{"a rank in the accusative after a verb", "Полковник Іван Гнатюк повернувся з полону. Журналісти розпитали полковника про умови утримання.",
			[]string{"R полковника -> Іван Гнатюк"}},
		{"a role in the dative fronted before its verb", "Міністр юстиції Ольга Бойко прибула до Рівного. Міністерці передали петицію від адвокатів.",
			[]string{"R Міністерці -> Ольга Бойко"}},
		{"a woman titled прем'єр-міністр is the прем'єрка", "Прем'єр-міністр Італії Джорджа Мелоні прибула до Львова. Прем'єрка поклала квіти до меморіалу.",
			[]string{"R Прем'єрка -> Джорджа Мелоні"}},
		{"a dative title before a comma is not the title of the name after it", "Прокурор Андрій Мельник виступив у суді. Заперечуючи прокуророві, адвокат захисту Петро Гнатюк назвав докази сфабрикованими.",
			[]string{"T Петро Гнатюк = адвокат захисту", "R прокуророві -> Андрій Мельник"}},
		{"a role in the accusative fronted before its verb", "Староста села Іван Мельник зібрав людей на сход. Старосту підтримали майже всі мешканці.",
			[]string{"R Старосту -> Іван Мельник"}},
		{"a role in the accusative fronted before a negated verb", "Консул України в Гданську Ігор Ткач приїхав до в'язниці. Консула не пустили до затриманих.",
			[]string{"R Консула -> Ігор Ткач"}},
		{"a role fronted in the accusative with its genitive before the verb", "Голова Вижницької громади Ганна Мельник звернулася до уряду. Голову громади підтримали сусідні громади.",
			[]string{"R Голову громади -> Ганна Мельник"}},
		{"a state's office by its short word", "Державний секретар США Марко Рубіо прибув до Варшави. Держсекретар провів переговори з прем'єром.",
			[]string{"R Держсекретар -> Марко Рубіо"}},
		{"комбриг is the brigade's commander", "Командир бригади полковник Олег Марчук підбив підсумки тижня. Комбрига привітали волонтери з Тернопільщини.",
			[]string{"R Комбрига -> Олег Марчук"}},
		{"a title the tagger missed, dative and locative", "Головна відповідальність лежить на міністрові освіти Оксенові Лісовому.",
			[]string{"T Оксен Лісовий = міністр освіти"}},
		{"a former title in the genitive keeps колишній", "Суд допитав колишнього губернатора Львівщини Петра Гнатюка.",
			[]string{"T Петро Гнатюк = колишній губернатор Львівщини"}},
		{"a dative title's head in its base form", "Петицію передали колишньому міністрові охорони здоров'я Андрію Ткачу.",
			[]string{"T Андрій Ткач = колишній міністр охорони здоров'я"}},
		{"a pronoun after an unnamed man brought in by age", "Начальник поліції Рівненщини Олег Марчук розповів про аварію. Поліцейські затримали 40-річного водія вантажівки. Він не мав посвідчення.",
			[]string{"R Він -> -"}},
		{"a pronoun for what a programme says", "Депутатка Ірина Бойко представила нову програму підтримки ветеранів. Вона стосується насамперед поранених.",
			[]string{"R Вона -> -"}},
		{"but a pronoun foreseeing a що-clause is the person", "Економіст Петро Гнатюк оприлюднив прогноз на рік. Він передбачає, що гривня подешевшає.",
			[]string{"R Він -> Петро Гнатюк"}},
		{"and a word for someone named, with no age, leaves the pronoun hers", "Поетеса Марія Ткач приїхала до Рівного. Місто зустріло поетесу оплесками. Вона прочитала нові вірші.",
			[]string{"R Вона -> Марія Ткач"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			var got []string
			for _, w := range tt.want {
				got = append(got, resolveLine(tt.text, x, w))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
