package pipeline_test

import (
	"testing"
	"time"
)

// TestS46FDocumentsDay: a date after від that dates a document the act
// is done to ("скасував рішення міськради від 3 березня 2019 року") or
// a day in a participle phrase after the act ("визнав недійсним договір,
// укладений у 2016 році") is the document's, not the ruling's; the date
// of the document the act is done by, in the instrumental ("Рішенням від
// 12 січня суд зобов'язав …"), and that of a ruling the sentence cites
// ("…, про що свідчить постанова суду від 4 лютого") are the act's.
func TestS46FDocumentsDay(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	checkDatedEvents(t, p, []construction{
		{"a council's decision cancelled",
			"Окружний адмінсуд скасував рішення Броварської міської ради від 3 березня 2019 року про продаж ділянки.",
			[]string{"REJECT Окружний адмінсуд → Броварська міська рада"}},
		{"a contract voided, its year in a participle phrase",
			"Господарський суд визнав недійсним договір оренди, укладений у 2016 році між міськрадою і ТОВ «Вектор».",
			[]string{"REJECT Господарський суд → ТОВ «Вектор»"}},
		{"the ruling the act is done by",
			"Рішенням від 12 лютого Окружний адмінсуд зобов'язав Броварську міську раду повторно розглянути заяву.",
			[]string{"COERCE Окружний адмінсуд → Броварська міська рада on 2026-02-12"}},
		{"the ruling the sentence cites",
			"Господарський суд стягнув з ТОВ «Вектор» 2 млн грн, про що свідчить постанова Господарського суду від 4 лютого.",
			[]string{"COERCE Господарський суд → ТОВ «Вектор» on 2026-02-04"}},
	}, published)
}

// TestS46FInvestigationsDoer: an investigation put first, its light verb
// after it and the doer after the verb ("Розслідування здійснює слідчий
// відділ …", "Досудове розслідування ведуть слідчі поліції"), is done by
// that doer, not to it, whatever case the tagger reads on the doer.
func TestS46FInvestigationsDoer(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a department named, a title between",
			"Розслідування у справі за статтею «шахрайство» здійснює Слідчий відділ поліції Одеси.",
			[]string{"ACCUSE Слідчий відділ поліції Одеси → "}},
		{"investigators of a body",
			"Досудове розслідування ведуть слідчі Національного антикорупційного бюро під керівництвом прокуратури.",
			[]string{"ACCUSE Національне антикорупційне бюро → "}},
	}, time.Time{})
}

// TestS46FGroundsToAct: what one had no grounds to do ("суд не мав
// підстав зобов'язати раду …") is no act, as what one had no right to
// do; a lease concluded without a body's decision does not make the body
// a party.
func TestS46FGroundsToAct(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"no grounds to oblige",
			"Суд зазначив, що не мав правових підстав зобов'язати Броварську міську раду продати ділянку.",
			nil},
		{"a lease without a decision, and no grounds",
			"Суд встановив, що договір оренди було укладено без відповідного рішення Броварської РДА, а суд не мав підстав зобов'язати РДА передати ділянку в оренду.",
			nil},
	}, time.Time{})
}

// TestS46FPlanOfAnotherClause: a plan told in one clause ("планує
// звести", "планувала залучити") does not make what is done in another
// clause after a comma, in the past or the present, a future event.
func TestS46FPlanOfAnotherClause(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a protest against a plan",
			"ТОВ «Вектор» планує звести торговий центр у парку, проти чого протестують мешканці району.",
			[]string{"PROTEST мешканці району → "}},
		{"a ban while a plan went on",
			"Фірма планувала залучити до охорони інших підрядників, тоді як замовник заборонив фірмі «Вектор» залучати третіх осіб.",
			[]string{"COERCE замовник → Вектор"}},
		{"the plan's own act stays future",
			"ТОВ «Вектор» планує підписати договір з Броварською міською радою.",
			[]string{"AGREE ТОВ «Вектор» → Броварська міська рада [future]"}},
	}, time.Time{})
}

// TestS46FUnderTitle: a person named after a title in the locative under
// при ("ще при директорі Сергієві Мусєєву"), whose -ові and -у the tagger
// may read as a dative, tells a time, not a party of the act.
func TestS46FUnderTitle(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a minister's time",
			"Компанія співпрацювала з міністерством ще при міністрові Петрові Коваленку.",
			[]string{"COOPERATE Компанія → міністерство"}},
		{"a director thanked stays a recipient",
			"Мер подякував директору Сергієві Мусєєву за допомогу.",
			[]string{"SUPPORT Мер → Сергій Мусєєв"}},
	}, time.Time{})
}

// TestS46FNextClause: a clause joined by ", а" with its own subject and
// verb, past a phrase of time ("…, а АМКУ у червні розпочав розгляд"),
// gives the trigger before it neither a recipient nor a day.
func TestS46FNextClause(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	checkDatedEvents(t, p, []construction{
		{"an audit confirmed, a case opened later",
			"Держаудитслужба підтвердила порушення в закупівлі, а Антимонопольний комітет у червні розпочав розгляд справи щодо ТОВ «Вектор».",
			[]string{"ACCUSE Держаудитслужба → "}},
	}, published)
}
