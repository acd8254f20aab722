/* A small Python HTTP peer for the WinHTTP tests: the script is written to
 * a temporary file and started with popen; its first line of output is the
 * port it listens on. */
#ifndef PY_PEER_H
#define PY_PEER_H

#include <stdio.h>
#include <stdlib.h>

typedef struct {
    FILE *pipe;
    char path[64];
    unsigned port;
} PyPeer;

/* Start `script` with `args`; 0 (and a message naming `test`) when no
 * python3 can run it, so the caller skips its server checks. */
static int py_peer_start(PyPeer *peer, const char *script, const char *args, const char *test) {
    char command[128];
    snprintf(peer->path, sizeof peer->path, "/tmp/%s_XXXXXX.py", test);
    int fd = mkstemps(peer->path, 3);
    if (fd < 0) return 0;
    FILE *file = fdopen(fd, "w");
    if (!file) return 0;
    fputs(script, file);
    fclose(file);
    snprintf(command, sizeof command, "python3 %s %s", peer->path, args);
    peer->pipe = popen(command, "r");
    if (!peer->pipe || fscanf(peer->pipe, "%u", &peer->port) != 1) {
        printf("%s: no python3, server checks skipped\n", test);
        if (peer->pipe) pclose(peer->pipe);
        remove(peer->path);
        return 0;
    }
    return 1;
}

/* Wait for the peer to exit and remove its script. */
static void py_peer_stop(PyPeer *peer) {
    pclose(peer->pipe);
    remove(peer->path);
}

#endif
