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

// s42fNominatives are sentences written for the test with a woman's
// foreign name, a first name that does not decline before a surname in
// -а the tagger reads as a man's genitive, in the nominative after a
// title, and a man's name in the genitive whose surname does decline.
var s42fNominatives = []nameCase{
	{"Як розповіла керівниця представництва фонду в Україні Юко Ямада, Токіо виділив кошти.", []string{"Юко Ямада=Юко Ямада"}, false},
	{"Як повідомила директорка офісу компанії в Європі Наоко Мацуда, Осака виділила гроші.", []string{"Наоко Мацуда=Наоко Мацуда"}, false},
	{"Виступ Хуго Чавеса транслювали всі канали.", []string{"Хуго Чавеса=Хуго Чавес"}, false},
}

// TestS42FNominativeNames checks the base forms of the names of
// s42fNominatives as the pipeline's entity tagger gives them.
func TestS42FNominativeNames(t *testing.T) {
	checkNameTable(t, s42fNominatives)
}
