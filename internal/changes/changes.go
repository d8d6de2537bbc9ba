// Package changes says what a publication changed: it compares the open
// data of a build (sitedata.Index) with the open data of the publication it
// replaces, and keeps the history of publications that travels inside the
// published site (/data/cap-nhat.json).
//
// It holds codes and numbers only: the words of /cap-nhat/ and of its Atom
// feed are in the Hugo templates and i18n/vi.toml.
package changes

import (
	"strconv"
	"strings"

	"github.com/tayson/chitieu/internal/sitedata"
)

// History is /data/cap-nhat.json: every publication, newest first, and for
// each published indicator the date of the publication that last changed it.
type History struct {
	Entries []Entry           `json:"entries"`
	Updated map[string]string `json:"updated"`
}

// Entry is one publication that changed something.
type Entry struct {
	Seq               int            `json:"seq"`  // 1 for the first publication of the history, then 2, 3…
	Date              string         `json:"date"` // YYYY-MM-DD
	First             *Counts        `json:"first,omitempty"`
	NewIndicators     []IndicatorRef `json:"newIndicators,omitempty"`
	RemovedIndicators []IndicatorRef `json:"removedIndicators,omitempty"`
	NewPeriods        []PeriodRef    `json:"newPeriods,omitempty"`
	Corrected         []Correction   `json:"corrected,omitempty"`
	Added             []Figure       `json:"added,omitempty"`
	Removed           []Figure       `json:"removed,omitempty"`
	StatusChanges     []StatusChange `json:"statusChanges,omitempty"`
}

// Counts is what a first publication holds.
type Counts struct {
	Indicators int `json:"indicators"`
	Figures    int `json:"figures"`
	Targets    int `json:"targets"`
}

// IndicatorRef is an indicator that came or went, with its number of figures.
type IndicatorRef struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Figures int    `json:"figures"`
}

// PeriodRef is a period an indicator has figures for for the first time.
type PeriodRef struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Period string `json:"period"`
}

// Figure is one figure added or removed. Decimals are those the value is
// written with, for the templates' number format.
type Figure struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Unit     string  `json:"unit"`
	Period   string  `json:"period"`
	Series   string  `json:"series"`
	Value    float64 `json:"value"`
	Decimals int     `json:"decimals"`
}

// Correction is a figure whose value changed for the same indicator,
// period and series.
type Correction struct {
	ID          string  `json:"id"`
	Title       string  `json:"title"`
	Unit        string  `json:"unit"`
	Period      string  `json:"period"`
	Series      string  `json:"series"`
	Old         float64 `json:"old"`
	OldDecimals int     `json:"oldDecimals"`
	New         float64 `json:"new"`
	NewDecimals int     `json:"newDecimals"`
}

// StatusChange is a target whose status in a period changed.
type StatusChange struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Target string `json:"target"` // the report's wording of the target (its label when it has none)
	Period string `json:"period"`
	Old    string `json:"old"` // dat | vuot | chua-dat | chua-den-han
	New    string `json:"new"`
}

// Empty reports whether e records no change.
func (e Entry) Empty() bool {
	return e.First == nil && len(e.NewIndicators) == 0 && len(e.RemovedIndicators) == 0 && len(e.NewPeriods) == 0 &&
		len(e.Corrected) == 0 && len(e.Added) == 0 && len(e.Removed) == 0 && len(e.StatusChanges) == 0
}

// Compare returns what cur changed against prev (no Seq, no Date).
// Indicators are matched by id, figures by their period label as the open
// data publishes it (canonical) and their series; targets by wording, label
// and measure. Lists follow cur's order, and prev's for what was removed.
func Compare(prev, cur sitedata.Index) Entry {
	var e Entry
	before := map[string]*sitedata.OpenData{}
	for i := range prev.Indicators {
		before[prev.Indicators[i].ID] = &prev.Indicators[i]
	}
	now := map[string]bool{}
	for i := range cur.Indicators {
		c := &cur.Indicators[i]
		now[c.ID] = true
		p, ok := before[c.ID]
		if !ok {
			e.NewIndicators = append(e.NewIndicators, IndicatorRef{ID: c.ID, Title: c.Title, Figures: len(c.Observations)})
			continue
		}
		compareIndicator(&e, p, c)
	}
	for _, p := range prev.Indicators {
		if !now[p.ID] {
			e.RemovedIndicators = append(e.RemovedIndicators, IndicatorRef{ID: p.ID, Title: p.Title, Figures: len(p.Observations)})
		}
	}
	return e
}

func obsKey(o sitedata.Observation) string { return o.Period + "\x00" + o.Series }

func targetKey(t sitedata.OpenTarget) string {
	return t.Wording + "\x00" + t.Label + "\x00" + t.Measure
}

func compareIndicator(e *Entry, p, c *sitedata.OpenData) {
	old := map[string]sitedata.Observation{}
	periods := map[string]bool{}
	for _, o := range p.Observations {
		old[obsKey(o)] = o
		periods[o.Period] = true
	}
	seen := map[string]bool{}
	newPeriod := map[string]bool{}
	for _, o := range c.Observations {
		k := obsKey(o)
		seen[k] = true
		if !periods[o.Period] && !newPeriod[o.Period] {
			newPeriod[o.Period] = true
			e.NewPeriods = append(e.NewPeriods, PeriodRef{ID: c.ID, Title: c.Title, Period: o.Period})
		}
		was, ok := old[k]
		switch {
		case !ok:
			e.Added = append(e.Added, Figure{ID: c.ID, Title: c.Title, Unit: c.Unit, Period: o.Period, Series: o.Series, Value: o.Value, Decimals: Decimals(o.Value)})
		case was.Value != o.Value:
			e.Corrected = append(e.Corrected, Correction{ID: c.ID, Title: c.Title, Unit: c.Unit, Period: o.Period, Series: o.Series,
				Old: was.Value, OldDecimals: Decimals(was.Value), New: o.Value, NewDecimals: Decimals(o.Value)})
		}
	}
	for _, o := range p.Observations {
		if !seen[obsKey(o)] {
			e.Removed = append(e.Removed, Figure{ID: c.ID, Title: c.Title, Unit: p.Unit, Period: o.Period, Series: o.Series, Value: o.Value, Decimals: Decimals(o.Value)})
		}
	}
	status := map[string]string{}
	for _, t := range p.Targets {
		for _, r := range t.Results {
			status[targetKey(t)+"\x00"+r.Period] = r.Status
		}
	}
	for _, t := range c.Targets {
		for _, r := range t.Results {
			was, ok := status[targetKey(t)+"\x00"+r.Period]
			if ok && was != r.Status {
				name := t.Wording
				if name == "" {
					name = t.Label
				}
				e.StatusChanges = append(e.StatusChanges, StatusChange{ID: c.ID, Title: c.Title, Target: name, Period: r.Period, Old: was, New: r.Status})
			}
		}
	}
}

// Decimals is the number of decimals v is written with (at most 6).
func Decimals(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 0
	}
	return min(len(s)-i-1, 6)
}

// First returns the entry of a first publication: what it holds.
func First(cur sitedata.Index) Entry {
	c := Counts{Indicators: len(cur.Indicators)}
	for _, od := range cur.Indicators {
		c.Figures += len(od.Observations)
		c.Targets += len(od.Targets)
	}
	return Entry{First: &c}
}

// Next returns the history after publishing cur on date (YYYY-MM-DD): h
// with one more entry, newest first, if cur changes anything against prev
// (nil: there is no previous open data, which is a first publication when h
// is empty too). A publication that changes nothing adds no entry, so the
// same inputs give the same history. Updated is computed again for cur.
func Next(h History, prev *sitedata.Index, cur sitedata.Index, date string) History {
	var e Entry
	switch {
	case prev != nil:
		e = Compare(*prev, cur)
	case len(h.Entries) == 0:
		e = First(cur)
	}
	out := History{Entries: append([]Entry{}, h.Entries...)}
	if !e.Empty() {
		seq := 1
		for _, old := range h.Entries {
			seq = max(seq, old.Seq+1)
		}
		e.Seq, e.Date = seq, date
		out.Entries = append([]Entry{e}, out.Entries...)
	}
	out.Updated = Updated(out.Entries, cur)
	return out
}

// Updated maps each indicator of cur to the date of the newest entry that
// changed it (new, figures added, corrected or removed, a new period, a
// status change), or else to the date of the oldest entry.
func Updated(entries []Entry, cur sitedata.Index) map[string]string {
	out := map[string]string{}
	if len(entries) == 0 {
		return out
	}
	oldest := entries[len(entries)-1].Date
	for _, od := range cur.Indicators {
		out[od.ID] = oldest
	}
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		touch := func(id string) {
			if _, ok := out[id]; ok {
				out[id] = e.Date
			}
		}
		for _, r := range e.NewIndicators {
			touch(r.ID)
		}
		for _, r := range e.NewPeriods {
			touch(r.ID)
		}
		for _, r := range e.Corrected {
			touch(r.ID)
		}
		for _, r := range e.Added {
			touch(r.ID)
		}
		for _, r := range e.Removed {
			touch(r.ID)
		}
		for _, r := range e.StatusChanges {
			touch(r.ID)
		}
	}
	return out
}
