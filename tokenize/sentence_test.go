package tokenize_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/tokenize"
)

// checkSentence checks a sentence against text: its offsets frame its
// tokens exactly, and the tokens are valid.
func checkSentence(t *testing.T, text string, s vistka.Sentence) {
	t.Helper()
	if len(s.Tokens) == 0 {
		t.Fatalf("empty sentence at %d", s.Start)
	}
	checkTokens(t, text, s.Tokens)
	first, last := s.Tokens[0], s.Tokens[len(s.Tokens)-1]
	if s.Start != first.Start || s.End != last.End || s.RStart != first.RStart || s.REnd != last.REnd {
		t.Fatalf("sentence %d:%d (%d:%d) does not frame its tokens %d:%d (%d:%d)",
			s.Start, s.End, s.RStart, s.REnd, first.Start, last.End, first.RStart, last.REnd)
	}
}

func sentenceTexts(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	prev := 0
	for _, s := range tokenize.Sentences(text) {
		checkSentence(t, text, s)
		if s.Start < prev {
			t.Fatalf("sentence at %d overlaps the one before, ending at %d", s.Start, prev)
		}
		prev = s.End
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Блінкен прибув до Астани. Він зустрівся з Токаєвим! Чи буде угода?",
			[]string{"Блінкен прибув до Астани.", "Він зустрівся з Токаєвим!", "Чи буде угода?"}},
		{"quote with attribution",
			`"Ми цінуємо вашу підтримку суверенітету", - сказав Токаєв. Далі було інше.`,
			[]string{`"Ми цінуємо вашу підтримку суверенітету", - сказав Токаєв.`, "Далі було інше."}},
		{"quote of several sentences",
			`"Ваш візит важливий. Ми вдячні за підтримку", - сказав Токаєв.`,
			[]string{`"Ваш візит важливий.`, `Ми вдячні за підтримку", - сказав Токаєв.`}},
		{"a letter's name before a pronoun", "Міністр відповів у соцмережі X. Він написав, що план готовий. Автор Т. Шевченко.",
			[]string{"Міністр відповів у соцмережі X.", "Він написав, що план готовий.", "Автор Т. Шевченко."}},
		{"guillemets and dash", "«Ми готові до діалогу!» — наголосив він. Потім пішов.",
			[]string{"«Ми готові до діалогу!» — наголосив він.", "Потім пішов."}},
		{"guillemets and comma dash", "«Ми готові до діалогу», — наголосив він.",
			[]string{"«Ми готові до діалогу», — наголосив він."}},
		{"closing quote after stop", "Він сказав: «Ми готові.» Потім пішов.",
			[]string{"Він сказав: «Ми готові.»", "Потім пішов."}},
		{"a dot inside a short name in guillemets", "Редакція «НГ. Львів» з'ясувала це. Шоу «Голос. Діти» повернулося.",
			[]string{"Редакція «НГ. Львів» з'ясувала це.", "Шоу «Голос. Діти» повернулося."}},
		{"straight quote after stop", `Він сказав: "Ми готові." Потім пішов.`,
			[]string{`Він сказав: "Ми готові."`, "Потім пішов."}},
		{"question in quotes then lower case", "Він запитав: «Чому?» і пішов.",
			[]string{"Він запитав: «Чому?» і пішов."}},
		{"dialogue dash upper case", "— Ви підете? — Так, піду.",
			[]string{"— Ви підете?", "— Так, піду."}},
		{"initials after a surname end a sentence before a capital",
			"Звіт затвердила директорка Петрова О. М. Висновок надійшов пізніше. Підписав Мельничук С. В. Документ чинний.",
			[]string{"Звіт затвердила директорка Петрова О. М.", "Висновок надійшов пізніше.", "Підписав Мельничук С. В.", "Документ чинний."}},
		{"initials before a surname or after a title end nothing",
			"Лист підписав ректор Т. Г. Шевченко. Премію Фонду Т. Г. Шевченка вручили. Голова комісії Бондаренко О. М. Ковальчук П. С. прийшли.",
			[]string{"Лист підписав ректор Т. Г. Шевченко.", "Премію Фонду Т. Г. Шевченка вручили.", "Голова комісії Бондаренко О. М. Ковальчук П. С. прийшли."}},
		{"abbreviations inside", "Пам'ятник на вул. Хрещатик відкрили у м. Київ ім. Т. Шевченка.",
			[]string{"Пам'ятник на вул. Хрещатик відкрили у м. Київ ім. Т. Шевченка."}},
		{"so-called", "Це т. зв. Ради оборони. Так.",
			[]string{"Це т. зв. Ради оборони.", "Так."}},
		{"thousand then lower case", "Зібрали 5 тис. грн на допомогу.",
			[]string{"Зібрали 5 тис. грн на допомогу."}},
		{"final abbreviation", "Обсяг сягнув 62 млрд дол. Це рекорд. Зібрали 5 тис. Наступного дня ще.",
			[]string{"Обсяг сягнув 62 млрд дол.", "Це рекорд.", "Зібрали 5 тис.", "Наступного дня ще."}},
		{"year", "Це сталося у 2022 р. Україна вистояла.",
			[]string{"Це сталося у 2022 р.", "Україна вистояла."}},
		{"etc", "Продають хліб, молоко і т. д. Ціни зросли.",
			[]string{"Продають хліб, молоко і т. д.", "Ціни зросли."}},
		{"initials", "Держсекретар Е. Блінкен прибув. J. R. R. Tolkien теж.",
			[]string{"Держсекретар Е. Блінкен прибув.", "J. R. R. Tolkien теж."}},
		{"date", "Зустріч відбулася 28.02.2023 в Астані. Далі буде.",
			[]string{"Зустріч відбулася 28.02.2023 в Астані.", "Далі буде."}},
		{"enumerator", "1. Вийти зі складу засновників.",
			[]string{"1. Вийти зі складу засновників."}},
		{"ellipsis lower case", "Ми чекали… і дочекалися. Ура!",
			[]string{"Ми чекали… і дочекалися.", "Ура!"}},
		{"ellipsis upper case", "Поглиблювати партнерство... Ми вдячні вам.",
			[]string{"Поглиблювати партнерство...", "Ми вдячні вам."}},
		{"headline line", "Блінкен прибув до Астани\nДержавний секретар США прибув у вівторок.",
			[]string{"Блінкен прибув до Астани", "Державний секретар США прибув у вівторок."}},
		{"crlf", "Перше речення\r\nДруге речення.\r\n",
			[]string{"Перше речення", "Друге речення."}},
		{"line break in quote", "«Перше\nдруге»", []string{"«Перше", "друге»"}},
		{"domain at end", "Про це повідомляє Укрінформ із посиланням на Zakon.kz.\nФото: akorda.kz",
			[]string{"Про це повідомляє Укрінформ із посиланням на Zakon.kz.", "Фото: akorda.kz"}},
		{"domain in capitals", "Як повідомляло ZN.UA, кошти надійшли. Читайте на сайті ZN.UA.",
			[]string{"Як повідомляло ZN.UA, кошти надійшли.", "Читайте на сайті ZN.UA."}},
		{"glued", "Він приїхав до Києва.Це було вчора.",
			[]string{"Він приїхав до Києва.", "Це було вчора."}},
		{"bracket after stop", "Так сказано в законі (ст. 5.) Далі інше.",
			[]string{"Так сказано в законі (ст. 5.)", "Далі інше."}},
		{"number after stop", "Перемогли 3:1. 15 березня гра.",
			[]string{"Перемогли 3:1.", "15 березня гра."}},
		{"russian", "Он приехал в г. Москва. Там было холодно! Т. е. очень.",
			[]string{"Он приехал в г. Москва.", "Там было холодно!", "Т. е. очень."}},
		{"english", "Mr. Smith went to Washington. He met Dr. Jones, e.g. at noon. It's late!",
			[]string{"Mr. Smith went to Washington.", "He met Dr. Jones, e.g. at noon.", "It's late!"}},
		{"english quotes", `"I'm here." She left.`, []string{`"I'm here."`, "She left."}},
		{"pre-tokenised", "Лист від проф . В . Іванова , ім . Т . Шевченка . Далі .",
			[]string{"Лист від проф . В . Іванова , ім . Т . Шевченка .", "Далі ."}},
		{"empty", "", nil},
		{"blank lines", "\n\n  \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(t, tt.text)
			if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentencesCoverTokens checks that the sentences hold every token once,
// in order.
func TestSentencesCoverTokens(t *testing.T) {
	text := "Перше. «Друге?» — спитав він.\nТретє без крапки\n\nЧетверте… п'яте!"
	toks := tokenize.Tokens(text)
	var got []vistka.Token
	for _, s := range tokenize.Sentences(text) {
		got = append(got, s.Tokens...)
	}
	if render(got) != render(toks) {
		t.Errorf("sentence tokens\n %s\ndiffer from\n %s", render(got), render(toks))
	}
}
