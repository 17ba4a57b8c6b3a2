package scan

// SpaceLen exports spaceLen to the tests.
var SpaceLen = spaceLen
