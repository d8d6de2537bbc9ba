// Package hugorun runs Hugo, embedded as a library, on a site folder.
package hugorun

import (
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/gohugoio/hugo/commands"
)

// Options is one Hugo build.
type Options struct {
	Source      string // the site folder (hugo.toml, layouts, content, data…)
	Destination string // where the pages are written; must be empty
	BaseURL     string // e.g. "/" or "https://portal.example/so-ket/"
	CacheDir    string // Hugo's cache; a folder of the build's own
	// CacheMemory, when not 0, is the heap (bytes allocated) above which
	// Hugo shrinks its in-memory caches (HUGO_MEMORYLIMIT, which Hugo
	// reads in gigabytes; by default a quarter of the machine's memory,
	// which a build of this site never reaches); a HUGO_MEMORYLIMIT of the
	// environment wins.
	CacheMemory uint64
}

// memoryLimitEnv is where Hugo reads the memory its caches may take
// (Options.CacheMemory).
const memoryLimitEnv = "HUGO_MEMORYLIMIT"

// mu serialises builds: Hugo's command layer uses process-wide state
// (standard log output, GOMAXPROCS, os.Stdout).
var mu sync.Mutex

// Build runs `hugo build` with opts and restores what Hugo changes in the
// process. Hugo's own messages are written to w.
func Build(opts Options, w io.Writer) (err error) {
	mu.Lock()
	defer mu.Unlock()
	procs := runtime.GOMAXPROCS(0)
	logOut, logFlags := log.Writer(), log.Flags()
	stdout, stderr := os.Stdout, os.Stderr
	defer watchHeap(stderr)()
	if _, set := os.LookupEnv(memoryLimitEnv); !set && opts.CacheMemory > 0 {
		os.Setenv(memoryLimitEnv, strconv.FormatFloat(float64(opts.CacheMemory)/(1<<30), 'f', -1, 64))
		defer os.Unsetenv(memoryLimitEnv)
	}
	// Hugo prints its errors (a template's errorf, with the file and line)
	// to os.Stderr and returns only "logged N error(s)": they are captured
	// and returned with the error, so that the caller can say them in its
	// own words and places.
	var logged strings.Builder
	if r, pw, perr := os.Pipe(); perr == nil {
		os.Stderr = pw
		done := make(chan struct{})
		go func() { io.Copy(&logged, r); close(done) }()
		defer func() {
			pw.Close()
			<-done
			r.Close()
			if err != nil && strings.TrimSpace(logged.String()) != "" {
				err = fmt.Errorf("%w\n%s", err, strings.TrimSpace(logged.String()))
			}
		}()
	}
	defer func() {
		runtime.GOMAXPROCS(procs)
		log.SetOutput(logOut)
		log.SetFlags(logFlags)
		os.Stdout, os.Stderr = stdout, stderr
		if r := recover(); r != nil {
			err = fmt.Errorf("hugo: %v", r)
		}
	}()
	args := []string{
		"build",
		"--source", opts.Source,
		"--destination", opts.Destination,
		"--baseURL", opts.BaseURL,
		"--cacheDir", opts.CacheDir,
		"--noBuildLock",
		"--logLevel", "warn",
		"--panicOnWarning",
	}
	if w != nil {
		// Hugo prints its summary to os.Stdout; route it to w.
		r, pw, perr := os.Pipe()
		if perr == nil {
			os.Stdout = pw
			done := make(chan struct{})
			go func() { io.Copy(w, r); close(done) }()
			defer func() { pw.Close(); <-done; r.Close() }()
		}
	}
	return commands.Execute(args)
}
