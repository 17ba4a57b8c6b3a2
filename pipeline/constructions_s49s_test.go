package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// TestS49SPhotoBase: a photo credit read in an oblique case, a person's
// "Фото Олени Коваль" or a still's owner "кадр із відео «Схем»", is
// named in its base form, as cited sources are.
func TestS49SPhotoBase(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ name, text, photo string }{
		{"a photographer in the genitive",
			"Відкрили сквер\n\nУ Житомирі відкрили новий сквер.\n\nФото Олени Коваль", "Олена Коваль"},
		{"a still of a programme in quotation marks",
			"Квартири судді\n\nРодина судді придбала три квартири.\n\nФото: кадр із відео «Схем»", "Схеми"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if !slices.Contains(x.Source.Photo, tt.photo) {
				t.Errorf("photo %q, want %q among them", x.Source.Photo, tt.photo)
			}
		})
	}
}

// TestS49SPublisherBase: an outlet the source finder does not know,
// publisher by a form in an oblique case, is named in its nominative by
// the morphology: a feminine adjective's, a noun's lemma.
func TestS49SPublisherBase(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ name, text, publisher string }{
		{"a feminine adjective in the dative",
			"Ремонт мосту\n\nМіст через річку закриють на місяць. Про це «Житомирській» повідомили в міській раді.", "Житомирська"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if x := p.Extract(tt.text, time.Time{}); x.Source.Publisher != tt.publisher {
				t.Errorf("publisher %q, want %q", x.Source.Publisher, tt.publisher)
			}
		})
	}
}
