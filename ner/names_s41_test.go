package ner_test

import "testing"

// s41Names are sentences written for the test with women's names whose
// first name also reads as a man's in another case (Олександру,
// Валентина, Юлія, Анатолія) before a surname in a consonant, which
// declines for a man and not for a woman, and men's names of the same
// first names before their declined surnames. Each want is a PERS span
// as written and its base form, "text=base".
var s41Names = []nameCase{
	{"Суд виправдав Олександру Мельник.", []string{"Олександру Мельник=Олександра Мельник"}, false},
	{"Премію вручили Олександру Мельнику.", []string{"Олександру Мельнику=Олександр Мельник"}, false},
	{"Головою комісії стала Валентина Ковальчук.", []string{"Валентина Ковальчук=Валентина Ковальчук"}, false},
	{"Суддя допитав Валентина Ковальчука.", []string{"Валентина Ковальчука=Валентин Ковальчук"}, false},
	{"З 2016 року відділ очолює Юлія Чемич.", []string{"Юлія Чемич=Юлія Чемич"}, false},
	{"Школу очолює Анатолія Бондар.", []string{"Анатолія Бондар=Анатолія Бондар"}, false},
	{"Депутати заслухали Анатолія Бондаря.", []string{"Анатолія Бондаря=Анатолій Бондар"}, false},
	{"Нагороду отримала Євгенія Коваль.", []string{"Євгенія Коваль=Євгенія Коваль"}, false},
}

// TestS41NameBaseForms checks the base forms of the people's names of
// s41Names as the pipeline's entity tagger gives them.
func TestS41NameBaseForms(t *testing.T) {
	checkNameTable(t, s41Names)
}
