module example.com/api

go 1.24

require example.com/greet v0.0.0

// Builds outside the workspace too (GOWORK=off); `go mod download` needs it in workspace mode as well.
replace example.com/greet => ../../libs/greet
