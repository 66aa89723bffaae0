// The socket layer (issue 3) replaces this file.
