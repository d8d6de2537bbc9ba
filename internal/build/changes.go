package build

import (
	"os"
	"time"

	"github.com/tayson/chitieu/internal/changes"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/sitedata"
)

// hugoHistory is the history of publications as the templates read it
// (hugo.Data.capnhat): /cap-nhat/, its Atom feed, each indicator's date.
const hugoHistory = "data/capnhat.json"

// whatChanged compares the new site data with the open data of the
// publication it replaces (opts.Previous, else what opts.Out holds), and
// writes the history of publications, with the new entry if anything
// changed, into the Hugo site. What cannot be read of the previous
// publication is a warning in diags: it never stops a build.
func whatChanged(opts Options, data *sitedata.Site, site string, diags *diag.List) (changes.History, error) {
	date, err := changes.Date(opts.Date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return changes.History{}, err
	}
	var order []string
	for _, g := range data.Groups {
		order = append(order, g.Indicators...)
	}
	prev := changes.Load(opts.Out, opts.Previous, diags)
	h := changes.Next(prev.History, prev.Index, sitedata.BuildIndex(data, order, "", "/"), date)
	return h, changes.Write(site, hugoHistory, h)
}
