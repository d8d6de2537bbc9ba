package diag

// Fill is fill, for the external tests of this package.
var Fill = fill
