//go:build !unix

package publish

import "os"

// flock is a no-op where flock is not available: run one build at a time.
func flock(f *os.File) error { return nil }

func funlock(f *os.File) {}
