// Command api is the e2e sample of a repository's backend: GET /api/health -> "ok",
// GET /api/hello -> "hello from the api", and, when STATIC_DIR names a folder (the built
// frontend of a combined image), every other path from it. Standard library only.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func handler(static string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/health", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("/api/hello", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello from the api") })
	if static != "" {
		mux.Handle("/", http.FileServer(http.Dir(static)))
	}
	return mux
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Printf("listening on %s", port)
	log.Fatal(http.ListenAndServe(":"+port, handler(os.Getenv("STATIC_DIR"))))
}
