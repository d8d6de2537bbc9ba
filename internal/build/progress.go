package build

import (
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
)

// Progress says on W what Check and Build are doing when a stage takes a
// while: one line once the stage has run After (0: 2 s; negative: at once),
// and one when it ends, with its duration. The words are the diag
// catalogue's (messages_progress.go), in Lang. A nil Progress says nothing.
type Progress struct {
	W     io.Writer
	Lang  string
	After time.Duration
}

// stage starts the stage named by code (a "buoc-…" phrase); done(true)
// ends it, done(false) (it failed: an error follows) ends it without a word.
// Only the first call counts.
func (p *Progress) stage(code string) (done func(ok bool)) {
	if p == nil || p.W == nil {
		return func(bool) {}
	}
	start := time.Now()
	var mu sync.Mutex
	said, ended := false, false
	say := func() {
		mu.Lock()
		defer mu.Unlock()
		if !said && !ended {
			said = true
			fmt.Fprintln(p.W, diag.Say(p.Lang, "tien-do-dang", diag.Args{"stage": diag.Say(p.Lang, code, nil)}))
		}
	}
	after := p.After
	if after == 0 {
		after = 2 * time.Second
	}
	var t *time.Timer
	if after < 0 {
		say()
	} else {
		t = time.AfterFunc(after, say)
	}
	return func(ok bool) {
		if t != nil {
			t.Stop()
		}
		mu.Lock()
		defer mu.Unlock()
		if ended {
			return
		}
		ended = true
		if !said || !ok {
			return
		}
		secs := time.Since(start).Seconds()
		s := number.VI(secs, 1)
		if p.Lang == "en" {
			s = strconv.FormatFloat(secs, 'f', 1, 64)
		}
		fmt.Fprintln(p.W, diag.Say(p.Lang, "tien-do-xong", diag.Args{"stage": diag.Say(p.Lang, code, nil), "seconds": s}))
	}
}
