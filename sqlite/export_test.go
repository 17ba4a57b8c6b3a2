package sqlite

// RecallLookups is how many queries the write connection of s has made
// to look up the entities that documents may name.
func RecallLookups(s *Store) int { return s.known.lookups }
