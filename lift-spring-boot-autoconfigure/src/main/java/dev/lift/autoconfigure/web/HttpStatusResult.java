package dev.lift.autoconfigure.web;

import dev.lift.chain.StatusResult;

/** The outcome of an HTTP request at the end of the chain: its response status. */
record HttpStatusResult(int status) implements StatusResult {
}
