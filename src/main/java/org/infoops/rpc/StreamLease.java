package org.infoops.rpc;

/**
 * What owns the sessions a Stream call creates: they live as long as the stream, and are not reclaimed for
 * idleness while it stays open (a client may think for as long as it likes between operations). A stream whose
 * peer vanished or froze ends through HTTP/2 keepalive, which closes its sessions within about a minute.
 */
final class StreamLease {
}
