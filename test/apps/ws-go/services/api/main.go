// Command api is the e2e sample of a Go workspace: GET /healthz -> "ok", GET / -> a greeting from
// the workspace's greet library. Standard library only, so it builds with no module proxy.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"example.com/greet"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, greet.Hello("the api")) })
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
