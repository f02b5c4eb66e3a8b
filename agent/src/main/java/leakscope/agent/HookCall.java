package leakscope.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The instructions inserted at a {@link HookPoint}: load what the hook needs and call it. They are a
 * straight line (any decision is made in the hooks), so no stack map frame changes. An enum, not
 * lambdas: each lambda costs a class spun at JVM start.
 */
enum HookCall {
    /** {@code this.fd} and the File argument of a java.io stream's constructor. */
    FILE_OPENED,
    /** The FileDescriptor, the path and the last argument (the parent) of {@code FileChannelImpl.open}. */
    FILE_CHANNEL_OPENED,
    /** The returned channel and the Path argument. */
    ASYNC_FILE_OPENED,
    /** The returned stream and the Path argument. */
    DIRECTORY_OPENED,
    /** {@code this.fd} and {@code this.server} of a NioSocketImpl. */
    SOCKET_CREATED,
    /** {@code this.fd} and {@code this.isServer} of JDK 17's legacy AbstractPlainSocketImpl. */
    PLAIN_SOCKET_CREATED,
    /** {@code this.fd} of JDK 17's legacy AbstractPlainDatagramSocketImpl. */
    PLAIN_DATAGRAM_CREATED,
    /** The accepted SocketImpl argument. */
    SOCKET_ACCEPTED,
    /** {@code this.fd} and {@code this} of a NIO channel. */
    CHANNEL_CREATED,
    /** {@code this} selector. */
    SELECTOR_OPENED,
    /** {@code this} is closing. */
    THIS_RELEASED,
    /** The FileDescriptor argument is closing. */
    ARGUMENT_RELEASED,
    /** {@code this.fd} is closing: JDK 17's legacy socket implementations close it natively, never through it. */
    THIS_FD_RELEASED;

    /** The hooks class as {@link BootClasses} names it inside java.base. */
    static final String HOOKS = "jdk/internal/misc/LeakscopeHooks";
    private static final String FD = "Ljava/io/FileDescriptor;";
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final String ONE = "(" + OBJECT + ")V";
    private static final String TWO = "(" + OBJECT + OBJECT + ")V";

    void emit(MethodVisitor m, String className, String descriptor) {
        switch (this) {
            case FILE_OPENED -> {
                thisField(m, className, "fd", FD);
                m.visitVarInsn(ALOAD, 1);
                call(m, "fileOpened", TWO);
            }
            case FILE_CHANNEL_OPENED -> {
                m.visitVarInsn(ALOAD, 0);
                m.visitVarInsn(ALOAD, 1);
                m.visitVarInsn(ALOAD, lastArgumentSlot(descriptor));
                call(m, "fileChannelOpened", "(" + OBJECT + OBJECT + OBJECT + ")V");
            }
            case ASYNC_FILE_OPENED, DIRECTORY_OPENED -> {
                m.visitInsn(DUP); // the returned object stays on the stack for the return
                m.visitVarInsn(ALOAD, 1);
                call(m, this == ASYNC_FILE_OPENED ? "asyncFileOpened" : "directoryOpened", TWO);
            }
            case SOCKET_CREATED, PLAIN_SOCKET_CREATED -> {
                thisField(m, "java/net/SocketImpl", "fd", FD);
                thisField(m, className, this == SOCKET_CREATED ? "server" : "isServer", "Z");
                call(m, "socketCreated", "(" + OBJECT + "Z)V");
            }
            case PLAIN_DATAGRAM_CREATED -> {
                thisField(m, "java/net/DatagramSocketImpl", "fd", FD);
                call(m, "datagramSocketCreated", ONE);
            }
            case SOCKET_ACCEPTED -> {
                m.visitVarInsn(ALOAD, 1);
                call(m, "socketAccepted", ONE);
            }
            case CHANNEL_CREATED -> {
                thisField(m, className, "fd", FD);
                m.visitVarInsn(ALOAD, 0);
                call(m, "channelCreated", TWO);
            }
            case SELECTOR_OPENED -> {
                m.visitVarInsn(ALOAD, 0);
                call(m, "selectorOpened", ONE);
            }
            case THIS_RELEASED -> {
                m.visitVarInsn(ALOAD, 0);
                call(m, "release", ONE);
            }
            case ARGUMENT_RELEASED -> {
                m.visitVarInsn(ALOAD, 1);
                call(m, "release", ONE);
            }
            case THIS_FD_RELEASED -> {
                thisField(m, className, "fd", FD); // declared by SocketImpl or DatagramSocketImpl: resolved upwards
                call(m, "release", ONE);
            }
        }
    }

    /** The slot of a static method's last argument (JDK 17 and 25 differ in how many come before it). */
    private static int lastArgumentSlot(String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int slot = 0;
        for (int i = 0; i < arguments.length - 1; i++) {
            slot += arguments[i].getSize();
        }
        return slot;
    }

    private static void thisField(MethodVisitor m, String owner, String name, String type) {
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, owner, name, type);
    }

    private static void call(MethodVisitor m, String hook, String descriptor) {
        m.visitMethodInsn(INVOKESTATIC, HOOKS, hook, descriptor, false);
    }
}
