module github.com/vistka/vistka

go 1.26
