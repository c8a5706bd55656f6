// e2e sample: a Go project with no go.mod. GET /healthz -> "ok", GET / -> "hello from go without a module".
package main

import (
	"fmt"
	"net/http"
	"os"
)

func greeting() string { return "hello from go without a module" }

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, greeting()) })
	if err := http.ListenAndServe(":"+port, nil); err != nil {
		panic(err)
	}
}
