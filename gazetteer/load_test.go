package gazetteer

import "testing"

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		openIndex()
	}
}

// BenchmarkBuild measures the index gazetteer.go used to build at start,
// which index.bin now holds ready.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildRef()
	}
}

func BenchmarkCategoriesBuilt(b *testing.B) {
	r := buildRef()
	words := []string{"Токаєвим", "сказав", "Астані", "що", "Казахстан", "інвестиції"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		r.categories(words[i%len(words)])
	}
}
