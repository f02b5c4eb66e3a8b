package leakscope.agent;

/**
 * One place in the JDK where the agent inserts a call to the hooks: a method of a class (by name and
 * descriptor), at its entry or before each of its returns, and what is inserted there.
 *
 * @param className internal name, e.g. {@code java/io/FileInputStream}
 * @param methodName e.g. {@code <init>}
 * @param descriptorPrefix the method descriptors that match start with this (empty: any)
 * @param atEntry true: at entry (closes); false: before each return (opens)
 * @param insert the instructions inserted
 */
record HookPoint(String className, String methodName, String descriptorPrefix, boolean atEntry, HookCall insert) {
    boolean matches(String name, String descriptor) {
        return methodName.equals(name) && descriptor.startsWith(descriptorPrefix);
    }
}
