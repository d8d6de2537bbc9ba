//go:build unix

package publish

import (
	"errors"
	"os"
	"syscall"
)

// flock takes an exclusive lock on f without waiting. The kernel drops it
// when the process ends, however it ends, so a killed build never blocks the
// next. It returns errBusy if another process holds it.
func flock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errBusy
	}
	return err
}

func funlock(f *os.File) { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
