// The HTTP server (issue 3) replaces this file.
