package hugorun

import (
	"fmt"
	"io"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// ProfileEnv names the environment variable that, for development, makes a
// build write a heap profile of the embedded Hugo run: set to a file name
// (CHITIEU_HEAPPROFILE=/tmp/heap.pprof), the profile is written there each
// time the live heap (as the last collection found it), sampled every
// 500 ms, grows 5 % past its high, so the file
// left at the end is the heap near its peak (go tool pprof -sample_index
// inuse_space). The peak and when it came are printed on stderr at the end.
const ProfileEnv = "CHITIEU_HEAPPROFILE"

// watchHeap starts the watch ProfileEnv asks for and returns the function
// that stops it and says the peak on w; without ProfileEnv, it does nothing.
func watchHeap(w io.Writer) (stop func()) {
	path := os.Getenv(ProfileEnv)
	if path == "" {
		return func() {}
	}
	start := time.Now()
	quit, done := make(chan struct{}), make(chan struct{})
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	var at time.Duration
	go func() {
		defer close(done)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak+peak/20 {
				peak, at = v, time.Since(start)
				// The profile is as of the last collection, like the
				// sample: no collection is forced (at gigabytes, each takes
				// seconds and would change what is measured).
				if f, err := os.Create(path); err == nil {
					pprof.Lookup("heap").WriteTo(f, 0)
					f.Close()
				}
			}
		}
	}()
	return func() {
		close(quit)
		<-done
		fmt.Fprintf(w, "chitieu: heap peak %d MiB at %.1f s of Hugo's run, profile in %s\n", peak>>20, at.Seconds(), path)
	}
}
