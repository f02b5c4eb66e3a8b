package leakscope.heap;

/**
 * A watched object a heap dump still holds: the referent of a reference that carries its watch id.
 *
 * @param objectId the object's id in the dump
 */
public record WatchedObject(long watchId, long objectId) {
}
