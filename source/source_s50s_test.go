package source_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/source"
)

// TestS50SHouseLines: an outlet's own lines at the end of a text name it
// in more shapes than the ones met before: a channel in the line that
// asks readers to subscribe, a newsletter's closing line with the outlet
// after its quoted title, a digest's opening line, an author's line whose
// outlet is a section's dotted brand or stands after a slash.
func TestS50SHouseLines(t *testing.T) {
	checkFind(t, []findCase{
		{"subscribe to the outlet's channel",
			"Обстріл Херсона\n\nУранці росіяни обстріляли Херсон, поранено двох людей, повідомили в обласній військовій адміністрації.\n\nПідписуйтеся на канал VINNYTSIA.INFO в Telegram, щоб не пропустити головне.",
			"VINNYTSIA.INFO", []string{"обласна військова адміністрація"}, nil, nil},
		{"a newsletter's title, then its outlet",
			"Вечірній огляд: ціни на пальне і погода\n\nДобрий вечір! Ось що сталося за день.\n\nПальне на заправках подорожчало на дві гривні за літр.\n\nЦе був «Вечірній огляд» ЛІГА.net. До завтра!",
			"ЛІГА.net", []string{}, nil, nil},
		{"a newsletter's title alone names no outlet",
			"Вечірній огляд: ціни на пальне і погода\n\nДобрий вечір! Ось що сталося за день.\n\nПальне на заправках подорожчало на дві гривні за літр.\n\nЦе був «Вечірній огляд». До завтра!",
			"", []string{}, nil, nil},
		{"a digest's opening line",
			"Головне за день: ціни і погода\n\nЩо сталося 5 травня — у дайджесті Новинарні.\n\nПальне на заправках подорожчало на дві гривні за літр.",
			"Новинарня", []string{}, nil, nil},
		{"a digest's line with a site",
			"Головне за день: ціни і погода\n\nЩо сталося 5 травня — у дайджесті Vezha.ua.\n\nПальне на заправках подорожчало на дві гривні за літр.",
			"Vezha.ua", []string{}, nil, nil},
		{"an author's line with a section's dotted brand",
			"Нова модель смартфона\n\nВиробник показав новий смартфон із камерою на 200 мегапікселів.\n\nАвтор: Олена Савчук, Вісник.Гаджети",
			"Вісник.Гаджети", []string{}, nil, nil},
		{"an author's line with a slash",
			"Нова модель смартфона\n\nВиробник показав новий смартфон із камерою на 200 мегапікселів.\n\nТекст: Олена Савчук / Новинарня",
			"Новинарня", []string{}, nil, nil},
		{"an author's line with a city after the slash names none",
			"Нова модель смартфона\n\nВиробник показав новий смартфон із камерою на 200 мегапікселів.\n\nТекст: Олена Савчук / Київ",
			"", []string{}, nil, nil},
	})
}

// TestS50SPhotoOf: a credit line that says what the photo shows before
// its colon ("Фото обкладинки: X") credits X, as "Фото: X" does.
func TestS50SPhotoOf(t *testing.T) {
	checkFind(t, []findCase{
		{"the cover photo",
			"Нова модель смартфона\n\nВиробник показав новий смартфон із камерою на 200 мегапікселів.\n\nФото обкладинки: Getty Images",
			"", []string{}, []string{"Getty Images"}, nil},
		{"the cover photo of a ministry",
			"Гранти ветеранам\n\nУряд розширить програму грантів для ветеранів.\n\nФото обкладинки: Мінекономіки",
			"", []string{}, []string{"Мінекономіки"}, nil},
	})
}

// TestS50SCommentTo: an outlet we do not know, one Cyrillic word in the
// dative after "в коментарі" with the verb of telling after it, was told
// the comment: the publisher (as written here; the pipeline brings it to
// the nominative by the morphology), and the one who commented is cited.
func TestS50SCommentTo(t *testing.T) {
	checkFind(t, []findCase{
		{"an outlet's one word, the speaker after the verb",
			"Ціни на хліб зростуть\n\nХліб восени подорожчає на 10%. Про це в коментарі Вектору розповів аналітик аграрного ринку Петро Гнатюк.",
			"Вектору", []string{"Петро Гнатюк"}, nil, nil},
		{"an adjective before the commentator's role",
			"Ціни на хліб зростуть\n\nХліб восени подорожчає на 10%. Про це в коментарі Вектору заявив незалежний економіст Петро Гнатюк.",
			"Вектору", []string{"Петро Гнатюк"}, nil, nil},
		{"an acronym is a body's comment, no outlet",
			"Ціни на хліб зростуть\n\nХліб восени подорожчає на 10%. У коментарі АМКУ розповіли, що перевірять ціни.",
			"", []string{}, nil, nil},
	})
}

// TestS50SRadioOf: a known outlet's radio ("Радіо НВ") is that outlet: an
// interview on it names the publisher and cites the one interviewed.
func TestS50SRadioOf(t *testing.T) {
	checkFind(t, []findCase{
		{"an interview on an outlet's radio",
			"Бюджет на оборону\n\nМіністр оборони Петро Гнатюк в інтерв'ю Радіо НВ розповів, що на оборону підуть 3 трлн гривень.",
			"НВ", []string{"Петро Гнатюк"}, nil, nil},
	})
}

// TestS50SStreamSpeaker: a person who told the lead on a stream or a
// podcast, in a "Про це" line closed by the outlet that retells it, is
// cited; the outlet in quotation marks closes the line as one unquoted
// does.
func TestS50SStreamSpeaker(t *testing.T) {
	checkFind(t, []findCase{
		{"a stream, then a quoted outlet retelling",
			"Прогноз на осінь\n\nРосіяни готують наступ на півночі. Про це журналіст Петро Гнатюк сказав у стрімі на YouTube-каналі «Гнатюк Live», пише «Главком».",
			"Главком", []string{"Петро Гнатюк"}, nil, nil},
	})
}

// TestS50SOpenerAdjective: "Про це вона розповіла в інтерв'ю для
// проєкту …" cites the one who opens the sentence before, her role after
// an adjective and a unit's number.
func TestS50SOpenerAdjective(t *testing.T) {
	checkFind(t, []findCase{
		{"a role after its adjective, a numbered unit",
			"Медикиня розповіла про евакуацію\n\nБойова медикиня 24-ї бригади Олена Гнатюк за пів року евакуювала двісті поранених. Про це вона розповіла в інтерв'ю для проєкту «Голоси фронту», передає Укрінформ.",
			"Укрінформ", []string{"Олена Гнатюк"}, nil, nil},
	})
}

// TestS50SInvestigation: an investigative outlet's finding named by
// another outlet is cited: "Як з'ясували журналісти X, …" opening the
// lead of a text whose own outlet names itself, and "з посиланням на
// розслідування «X»" or "на дослідження X" (the maker of the study).
func TestS50SInvestigation(t *testing.T) {
	checkFind(t, []findCase{
		{"journalists of a known outlet found it, another outlet publishes",
			"Перевірка декларації судді\n\nЯк з'ясували журналісти Слідство.Інфо, суддя Петро Гнатюк не задекларував два автомобілі.\n\n«Українська правда» звернулася до судді по коментар.",
			"Українська правда", []string{"Слідство.Інфо"}, nil, nil},
		{"journalists of a known outlet found it, no other outlet",
			"Перевірка декларації судді\n\nЯк з'ясували журналісти Слідство.Інфо, суддя Петро Гнатюк не задекларував два автомобілі.",
			"Слідство.Інфо", []string{}, nil, nil},
		{"with reference to an investigation",
			"Забудова в парку\n\nЗабудовник отримав дозвіл на будівництво в парку, пише Суспільне з посиланням на розслідування «Бігус.Інфо».",
			"Суспільне", []string{"Bihus.Info"}, nil, nil},
		{"with reference to a study of a body",
			"Українці менше читають новини\n\nЧастка тих, хто щодня читає новини, зменшилася до 58%. Про це пише Главком з посиланням на дослідження Центру Разумкова.",
			"Главком", []string{"Центру Разумкова"}, nil, nil},
	})
}

// TestS50SLatinOutletPhotographer: an outlet of three Latin words and its
// photographer after a slash are one credit, as one of two words is.
func TestS50SLatinOutletPhotographer(t *testing.T) {
	checkFind(t, []findCase{
		{"three Latin words, then the photographer",
			"Нова бригада\n\nПід Харковом діє нова бригада.\n\nФото: The New Voice / Anna Kovalenko",
			"", []string{}, []string{"The New Voice / Anna Kovalenko"}, nil},
	})
}

// TestS50SInterviewer: the outlet a cited speaker gave an interview to
// ("в інтерв'ю англомовному виданню X") goes with the speaker, not as a
// second source; with no speaker named it is cited.
func TestS50SInterviewer(t *testing.T) {
	checkFind(t, []findCase{
		{"the speaker named before, the outlet he spoke to",
			"Розвідка про наступ\n\nЗаступник начальника розвідки Петро Гнатюк вважає, що наступу влітку не буде.\n\nПро це він розповів в інтерв'ю англомовному виданню Kyiv Herald, передає УНН.",
			"УНН", []string{"Петро Гнатюк"}, nil, nil},
		{"no speaker named: the outlet cited",
			"Розвідка про наступ\n\nНаступу влітку не буде.\n\nПро це він розповів в інтерв'ю англомовному виданню Kyiv Herald, передає УНН.",
			"УНН", []string{"Kyiv Herald"}, nil, nil},
	})
}

// TestS50SForeignRecalled: a foreign outlet's earlier report recalled
// ("Як писала X, …") is cited, as its present "Як пише X" is; a
// Ukrainian outlet recalled so is still the text's own.
func TestS50SForeignRecalled(t *testing.T) {
	checkFind(t, []findCase{
		{"a known foreign outlet, past",
			"Санкції проти флоту\n\nСША і ЄС готують санкції проти танкерів. Про це пише Главком з посиланням на Reuters.\n\nЯк писала Financial Times, частина країн ЄС вимагала жорсткіших обмежень.",
			"Главком", []string{"Reuters", "Financial Times"}, nil, nil},
		{"a Latin outlet we do not know, past",
			"Санкції проти флоту\n\nСША і ЄС готують санкції проти танкерів. Про це пише Главком з посиланням на Reuters.\n\nЯк писав Baltic Times, частина країн ЄС вимагала жорсткіших обмежень.",
			"Главком", []string{"Reuters", "Baltic Times"}, nil, nil},
	})
}

// TestS50SClosingInformation: "За інформацією X." on a line of its own
// closing the text (but for credits) is read as "Джерело: X": X cited.
func TestS50SClosingInformation(t *testing.T) {
	checkFind(t, []findCase{
		{"a closing line, a credit after it",
			"На сході знищено три танки\n\nЗа добу українські військові знищили три танки і дві гармати.\n\nЗагинув один мирний житель.\n\nЗа інформацією Командування об'єднаних сил.\n\nФото: ЗСУ",
			"", []string{"Командування об'єднаних сил"}, []string{"ЗСУ"}, nil},
		{"opening a statement past the lead: a quote",
			"На сході знищено три танки\n\nЗа добу українські військові знищили три танки і дві гармати.\n\nЗа інформацією Командування об'єднаних сил, загинув один мирний житель.",
			"", []string{}, nil, nil},
	})
}

// TestS50SClaimedAt: "…, заявив X на брифінгу …" closing reported content
// cites X, as "…, повідомив X після засідання." does.
func TestS50SClaimedAt(t *testing.T) {
	checkFind(t, []findCase{
		{"a briefing after the speaker, an outlet retelling",
			"Литва не закриє кордон\n\nЛитва не закриватиме кордон з Польщею, заявив прем'єр-міністр Литви Петро Гнатюк на брифінгу у Вільнюсі, передає «Європейська правда».",
			"Європейська правда", []string{"Петро Гнатюк"}, nil, nil},
		{"a press conference closing the text",
			"Литва не закриє кордон\n\nЛитва не закриватиме кордон з Польщею.\n\nНаступного року кордон посилять, заявила міністерка внутрішніх справ Олена Гнатюк на пресконференції.",
			"", []string{"Олена Гнатюк"}, nil, nil},
	})
}

// TestS50SOwnSources: the outlet's own unnamed sources ("з посиланням на
// власні джерела на ринку") are cited as written, where they are with
// them when a noun after "на" closes the clause.
func TestS50SOwnSources(t *testing.T) {
	checkFind(t, []findCase{
		{"own sources in a market",
			"Мережа купує магазини\n\nМережа «Сільпо» купує 40 магазинів конкурента, пише Mind з посиланням на власні джерела на ринку.",
			"Mind", []string{"власні джерела на ринку"}, nil, nil},
		{"own sources alone",
			"Мережа купує магазини\n\nМережа «Сільпо» купує 40 магазинів конкурента, пише Mind з посиланням на власні джерела.",
			"Mind", []string{"власні джерела"}, nil, nil},
	})
}

// TestS50SResident: a resident named with where she lives opens the
// sentence a pronoun's source line stands for.
func TestS50SResident(t *testing.T) {
	checkFind(t, []findCase{
		{"a resident, then her account on the radio",
			"Евакуація з Вовчанська\n\nМешканка Вовчанська Ганна Петрук, яка пів року жила в підвалі, виїхала з міста пішки. Про це вона розповіла в розмові з Радіо Свобода.",
			"Радіо Свобода", []string{"Ганна Петрук"}, nil, nil},
	})
}

// TestS50SSurnameSpan: a surname alone before the verb of a "Про це"
// line names the person when the entity tagger found it a person's.
func TestS50SSurnameSpan(t *testing.T) {
	text := "Обмін полоненими\n\nУкраїна готує обмін полоненими. Про це Гнатюк сказав у вечірньому зверненні."
	at := strings.Index(text, "Гнатюк")
	start := utf8.RuneCountInString(text[:at])
	span := vistka.Span{Start: start, End: start + utf8.RuneCountInString("Гнатюк"), Type: "PERS", Text: "Гнатюк", Lemma: "Гнатюк"}
	if got := (source.Finder{Names: []vistka.Span{span}}).Find(text); !slices.Equal(got.Via, []string{"Гнатюк"}) {
		t.Errorf("with a PERS span: via %q, want [Гнатюк]", got.Via)
	}
	if got := source.Find(text); len(got.Via) != 0 {
		t.Errorf("with no span: via %q, want none", got.Via)
	}
}

// TestS50SQuotedFragment: a quoted fragment inside content does not make
// "…, повідомив X" a direct quote's attribution: X closes the statement
// and is cited; after a whole direct quote X is only its speaker.
func TestS50SQuotedFragment(t *testing.T) {
	checkFind(t, []findCase{
		{"a fragment set off by commas",
			"Міністр про ЄС\n\nУкраїна чекає рішення ЄС до вересня.\n\nМіністр провів зустрічі з колегами, «щоб рух не зупинився», повідомив міністр Петро Гнатюк.",
			"", []string{"Петро Гнатюк"}, nil, nil},
		{"a whole direct quote",
			"Міністр про ЄС\n\nУкраїна чекає рішення ЄС до вересня.\n\n«Рух не зупиниться», повідомив Петро Гнатюк.",
			"", []string{}, nil, nil},
	})
}

// TestS50SDocumentLead: a document's author or a data service opening
// the lead ("Згідно з постановою X", "Як випливає з даних X") is cited.
func TestS50SDocumentLead(t *testing.T) {
	checkFind(t, []findCase{
		{"a ruling of a body",
			"Тарифи на воду\n\nЗгідно з постановою Національної комісії з регулювання енергетики, тарифи на воду зростуть з 1 липня, пише ZN.UA.",
			"ZN.UA", []string{"Національної комісії з регулювання енергетики"}, nil, nil},
		{"a data service",
			"Закупівля трансформаторів\n\nЯк випливає з даних Opendatabot, компанія уклала договір на 1,2 млрд гривень.",
			"", []string{"Opendatabot"}, nil, nil},
	})
}

// TestS50SOwnSourcesMidClause: the outlet's own sources in a clause that
// goes on past them ("Газета з посиланням на власні джерела …
// повідомила") name no one.
func TestS50SOwnSourcesMidClause(t *testing.T) {
	checkFind(t, []findCase{
		{"the clause goes on",
			"Відставка мера\n\nГазета з посиланням на власні джерела у міській раді повідомила про відставку мера.",
			"", []string{}, nil, nil},
	})
}
