/* A Python peer for the WinHTTP tests: either a small script given inline
 * (written to a temporary file) or a script file of tests/peers/, started
 * with popen. Its first line of output is the port it listens on,
 * optionally followed by the process id to stop it with ("PORT PID"); a
 * peer that prints port 0 could start Python but not serve (a missing
 * package, say). */
#ifndef PY_PEER_H
#define PY_PEER_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>

typedef struct {
    FILE *pipe;
    char path[64];
    unsigned port;
    long pid;
} PyPeer;

/* Run `python3 SCRIPT ARGS` and read its first line: 1 when it serves, 0
 * (with a message naming `test`) when no python3 can be run, so the caller
 * skips its server checks, and -1 (with a message) when python3 ran but
 * the peer did not start, which the caller counts as a failure. */
static inline int py_peer_run(PyPeer *peer, const char *script, const char *args, const char *test) {
    char command[512], line[64];
    snprintf(command, sizeof command, "python3 %s %s", script, args);
    /* Only an inline script (py_peer_start's, in peer->path) is removed
       by py_peer_stop. */
    if (script != peer->path) peer->path[0] = 0;
    peer->port = 0;
    peer->pid = 0;
    peer->pipe = popen(command, "r");
    if (peer->pipe && fgets(line, sizeof line, peer->pipe) && sscanf(line, "%u %ld", &peer->port, &peer->pid) >= 1 &&
        peer->port)
        return 1;
    int status = peer->pipe ? pclose(peer->pipe) : -1;
    peer->pipe = NULL;
    /* The shell answers 127 for a command it cannot find. */
    if (status == -1 || (WIFEXITED(status) && WEXITSTATUS(status) == 127)) {
        printf("%s: no python3, server checks skipped\n", test);
        return 0;
    }
    printf("%s: the peer %s did not start (its reason is above)\n", test, script);
    return -1;
}

/* Start the inline `script` with `args`; 0 (and a message naming `test`)
 * when no python3 can run it, so the caller skips its server checks. */
static inline int py_peer_start(PyPeer *peer, const char *script, const char *args, const char *test) {
    snprintf(peer->path, sizeof peer->path, "/tmp/%s_XXXXXX.py", test);
    int fd = mkstemps(peer->path, 3);
    if (fd < 0) return 0;
    FILE *file = fdopen(fd, "w");
    if (!file) return 0;
    fputs(script, file);
    fclose(file);
    int started = py_peer_run(peer, peer->path, args, test) == 1;
    if (!started) remove(peer->path);
    return started;
}

/* Stop the peer (SIGTERM when it told its process id; otherwise it ends by
 * itself), wait for it, and remove an inline script. */
static inline void py_peer_stop(PyPeer *peer) {
    if (peer->pid > 0) kill((pid_t)peer->pid, SIGTERM);
    if (peer->pipe) pclose(peer->pipe);
    if (peer->path[0]) remove(peer->path);
}

#endif
