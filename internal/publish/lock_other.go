//go:build !unix

package publish

// Lock is a no-op where flock is not available: run one build at a time.
func Lock(out string) (unlock func(), err error) { return func() {}, nil }
