package org.beloved.toolkit;

/** Why a toolkit file was skipped: which file, which line, what is wrong. */
record ToolkitProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
