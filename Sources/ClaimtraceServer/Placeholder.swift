// Replaced by the HTTP server (issue 3).
