package html_test

import (
	"testing"

	"github.com/vistka/vistka/html"
)

func TestText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"paragraphs", "<p>Перший абзац.</p>\n\n<p>Другий   абзац.</p>", "Перший абзац.\nДругий абзац."},
		{"br", "Рядок один<br>Рядок два<br/><br/>Рядок три", "Рядок один\nРядок два\nРядок три"},
		{"inline", "<p>Прем’єр-<b>міністр</b> <a href='/x'>Денис Шмигаль</a> заявив</p>", "Прем’єр-міністр Денис Шмигаль заявив"},
		{"list", "<ul><li>перше;</li><li>друге.</li></ul>", "перше;\nдруге."},
		{"script and style", "<p>Текст</p><script>alert(1)</script><style>p{}</style><p>ще</p>", "Текст\nще"},
		{"nbsp and soft hyphen", "900&nbsp;ван&shy;тажівок\u200b", "900 вантажівок"},
		{"entities", "&laquo;Укрзалізниця&raquo; &mdash; перевізник", "«Укрзалізниця» — перевізник"},
		{"table cells", "<table><tr><td>Київ</td><td>+3°</td></tr><tr><td>Львів</td><td>+1°</td></tr></table>", "Київ +3°\nЛьвів +1°"},
		{"plain text", "Просто текст без розмітки", "Просто текст без розмітки"},
		{"empty", "", ""},
		{"only markup", "<div><p> </p></div>", ""},
		{"pre", "<pre>рядок 1\nрядок 2</pre>", "рядок 1\nрядок 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := html.Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
