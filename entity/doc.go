// Package entity merges the named-entity spans of one document into
// entities: every mention of a person, place, organisation or other name,
// inflected or shortened, becomes one vistka.Entity with the fullest base
// form as its name. Job titles next to a name become that person's titles,
// and role phrases ("державний секретар США", "Лідер Казахстану") that
// clearly stand for a person already named resolve to that person.
//
// It runs after the entity tagger (package ner) and before quotes and
// events, which use the Result to resolve speakers, actors and places.
package entity
