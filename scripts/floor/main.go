// Command floor is the benchmark's floor: the embedded Hugo of chitieu
// (internal/hugorun) rendering a minimal site of the same number of pages,
// each with a title and a paragraph, through one single-page template.
//
//	go run ./scripts/floor -pages 2000 -out /tmp/floor-public
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tayson/chitieu/internal/hugorun"
)

func main() {
	pages := flag.Int("pages", 100, "number of pages")
	out := flag.String("out", "", "folder to write the site into (must not exist)")
	flag.Parse()
	if err := run(*pages, *out); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func run(pages int, out string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	work, err := os.MkdirTemp("", "chitieu-floor-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	site := filepath.Join(work, "site")
	files := map[string]string{
		"hugo.toml":           "baseURL = \"/\"\nlocale = \"vi-VN\"\ndisableKinds = [\"taxonomy\", \"term\", \"rss\", \"sitemap\", \"robotsTXT\"]\n",
		"layouts/home.html":   "<!doctype html><html lang=vi><title>{{ site.Title }}</title><ul>{{ range first 20 site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</ul></html>\n",
		"layouts/list.html":   "<!doctype html><html lang=vi><title>{{ .Title }}</title><p>{{ len .Pages }}</p></html>\n",
		"layouts/single.html": "<!doctype html><html lang=vi><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}</html>\n",
		"content/p/_index.md": "---\ntitle: Nội dung\n---\n",
	}
	for name, text := range files {
		if err := write(filepath.Join(site, name), text); err != nil {
			return err
		}
	}
	for i := range pages {
		text := fmt.Sprintf("---\ntitle: \"Nội dung số %d\"\n---\nSố liệu của nội dung số %d qua các năm 2016 – 2025.\n", i+1, i+1)
		if err := write(filepath.Join(site, "content", "p", fmt.Sprintf("p%05d.md", i+1)), text); err != nil {
			return err
		}
	}
	return hugorun.Build(hugorun.Options{Source: site, Destination: out, BaseURL: "/", CacheDir: filepath.Join(work, "cache")}, nil)
}

func write(name, text string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(text), 0o644)
}
