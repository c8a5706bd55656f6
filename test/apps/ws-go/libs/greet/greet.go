// Package greet is the workspace's shared library.
package greet

// Hello greets a caller by name.
func Hello(name string) string { return "hello from " + name }
