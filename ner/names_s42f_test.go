package ner_test

import "testing"

// s42fNames are sentences written for the test with foreign names that
// do not decline, in -у or -ю like a Ukrainian dative, after a title in
// the genitive or the accusative they agree with, and Ukrainian or
// English names in the dative after a title in the dative, in a form the
// dative shares, or heading the title before the name. Each want is a
// PERS span as written and its base form, "text=base".
var s42fNames = []nameCase{
	{"Військові затримали президента Умару Сіссоку Ембало у його резиденції.", []string{"Умару Сіссоку Ембало=Умару Сіссоку Ембало"}, false},
	{"Журналісти розпитали міністра Амаду Тіджану Кулібалі про вибори.", []string{"Амаду Тіджану Кулібалі=Амаду Тіджану Кулібалі"}, false},
	{"Делегація зустріла посла Жуану Мануелу Лоренсу в аеропорту.", []string{"Жуану Мануелу Лоренсу=Жуану Мануелу Лоренсу"}, false},
	{"Особлива вдячність спецпосланцю президента США Джону Коулу за допомогу.", []string{"Джону Коулу=Джон Коул"}, false},
	{"Слідчі повідомили про підозру судді районного суду Олександру Гребенюку.", []string{"Олександру Гребенюку=Олександр Гребенюк"}, false},
	{"Нагороду вручили президенту Петру Порошенку.", []string{"Петру Порошенку=Петро Порошенко"}, false},
}

// TestS42FNameBaseForms checks the base forms of the people's names of
// s42fNames as the pipeline's entity tagger gives them.
func TestS42FNameBaseForms(t *testing.T) {
	checkNameTable(t, s42fNames)
}
