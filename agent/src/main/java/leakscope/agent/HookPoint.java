package leakscope.agent;

import java.util.function.Predicate;
import org.objectweb.asm.MethodVisitor;

/**
 * One place in the JDK where the agent inserts a call to the hooks: a method of a class (by name and
 * descriptor), at its entry or before each of its returns, and the instructions that load the
 * arguments of the call and make it. Inserted code is a straight line (any decision is in the
 * hooks), so no stack map frame changes.
 *
 * @param className internal name, e.g. {@code java/io/FileInputStream}
 * @param methodName e.g. {@code <init>}
 * @param descriptor which descriptors of that name
 * @param atEntry true: at entry (closes); false: before each return (opens)
 * @param code emits the call; gets the class's internal name and the method's descriptor
 */
record HookPoint(String className, String methodName, Predicate<String> descriptor, boolean atEntry, Code code) {
    /** Emits the inserted instructions. */
    @FunctionalInterface
    interface Code {
        void emit(MethodVisitor method, String className, String descriptor);
    }

    boolean matches(String name, String methodDescriptor) {
        return methodName.equals(name) && descriptor.test(methodDescriptor);
    }
}
