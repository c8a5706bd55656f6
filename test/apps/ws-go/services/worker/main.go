// Command worker is the workspace's other service, which the api's image must not contain.
package main

import "fmt"

func main() { fmt.Println("worker done") }
