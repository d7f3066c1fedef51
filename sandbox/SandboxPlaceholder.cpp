// Replaced by the sandbox gateway.
