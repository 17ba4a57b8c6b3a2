// Package brat reads and writes brat standoff annotation, the format of the
// NER-UK corpus: a document is ID.txt with its text and ID.ann with one
// annotation a line.
//
// Text-bound annotations are read in both layouts that occur:
//
//	T1<TAB>PERS 0 7<TAB>Устимко      standard brat
//	T1<TAB>PERS<TAB>0<TAB>7<TAB>Устимко  NER-UK 2.0
//
// Offsets are Unicode code points into the text. A surface that spans a
// newline continues on the next line; such continuation lines are joined
// back. Relations, events, attributes, notes and comments are skipped.
// Writing always uses the standard layout.
package brat
