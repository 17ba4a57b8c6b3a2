package cluster

import "encoding/binary"

// Embedded returns the embedded file.
func Embedded() []byte { return embedded }

// Word returns word i of the list.
func (c *Clusters) Word(i int) string { return string(c.word(i)) }

// Class returns the class of word i at level l.
func (c *Clusters) Class(i, l int) uint16 {
	return binary.LittleEndian.Uint16(c.ids[(i*len(c.sizes)+l)*2:])
}
