// Replaced by the socket layer (issue 3).
