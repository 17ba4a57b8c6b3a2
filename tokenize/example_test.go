package tokenize_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/vistka/vistka/tokenize"
)

func ExampleScanner() {
	var s tokenize.Scanner
	s.Init("Е. Блінкен обговорив формат С5+1 (т. зв. «центральноазійську п'ятірку»).")
	for tok, ok := s.Next(); ok; tok, ok = s.Next() {
		fmt.Printf("%d:%d %s %s\n", tok.RStart, tok.REnd, tok.Kind, tok.Text)
	}
	// Output:
	// 0:2 initial Е.
	// 3:10 word Блінкен
	// 11:20 word обговорив
	// 21:27 word формат
	// 28:32 code С5+1
	// 33:34 punct (
	// 34:40 abbr т. зв.
	// 41:42 quote «
	// 42:60 word центральноазійську
	// 61:69 word п'ятірку
	// 69:70 quote »
	// 70:71 punct )
	// 71:72 punct .
}

func ExampleSentences() {
	text := `"Ми цінуємо підтримку. Дякуємо", - сказав Токаєв. Обсяг інвестицій - 62 млрд дол.` + "\nФото: akorda.kz"
	for _, s := range tokenize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// "Ми цінуємо підтримку.
	// Дякуємо", - сказав Токаєв.
	// Обсяг інвестицій - 62 млрд дол.
	// Фото: akorda.kz
}

func ExampleReader() {
	r := tokenize.NewReader(strings.NewReader("Перший абзац. Друге речення!\nДругий абзац\n"))
	for {
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.RStart, s.REnd, len(s.Tokens))
	}
	// Output:
	// 0 13 3
	// 14 28 3
	// 29 41 2
}

func ExampleNormalize() {
	fmt.Println(tokenize.Normalize("зв’язки"), tokenize.Normalize("пʼять"))
	// Output: зв'язки п'ять
}
