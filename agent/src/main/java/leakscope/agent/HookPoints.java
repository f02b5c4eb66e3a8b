package leakscope.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Where the agent hooks the JDK; the same points hold on JDK 17 and 25 (research/agent.md §3.2).
 * Acquire at the owners of a descriptor (after the open succeeded); release at the close choke
 * points ({@code FileDescriptor.close}, the NIO dispatchers' {@code close(fd)}), plus selectors and
 * directory streams, which own no FileDescriptor.
 */
final class HookPoints {
    /** The hooks class as {@link BootClasses} names it inside java.base. */
    static final String HOOKS = "jdk/internal/misc/LeakscopeHooks";
    private static final String FD = "Ljava/io/FileDescriptor;";
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final Predicate<String> ANY = d -> true;

    private HookPoints() {
    }

    static List<HookPoint> all() {
        List<HookPoint> points = new ArrayList<>();
        // files: the private RandomAccessFile constructor (the public ones delegate) also opens ZipFile/JarFile
        points.add(exit("java/io/FileInputStream", "<init>", "(Ljava/io/File;)V", HookPoints::fileOpened));
        points.add(exit("java/io/FileOutputStream", "<init>", "(Ljava/io/File;Z)V", HookPoints::fileOpened));
        points.add(exit("java/io/RandomAccessFile", "<init>", "(Ljava/io/File;Ljava/lang/String;Z)V", HookPoints::fileOpened));
        // every Files.new*, Files.lines, FileChannel.open; JDK 17 and 25 differ in arity, the parent is last
        points.add(new HookPoint("sun/nio/ch/FileChannelImpl", "open", d -> d.startsWith("(" + FD + "Ljava/lang/String;"),
                false, HookPoints::fileChannelOpened));
        points.add(new HookPoint("sun/nio/fs/UnixFileSystemProvider", "newAsynchronousFileChannel",
                d -> d.startsWith("(Ljava/nio/file/Path;"), false, (m, c, d) -> returnedWithArgument1(m, "asyncFileOpened")));
        points.add(exit("sun/nio/fs/UnixFileSystemProvider", "newDirectoryStream",
                "(Ljava/nio/file/Path;Ljava/nio/file/DirectoryStream$Filter;)Ljava/nio/file/DirectoryStream;",
                (m, c, d) -> returnedWithArgument1(m, "directoryOpened")));
        // sockets and server sockets (NioSocketImpl since JDK 13), connected or not, and accepted ones
        points.add(exit("sun/nio/ch/NioSocketImpl", "create", "(Z)V", HookPoints::socketCreated));
        points.add(exit("sun/nio/ch/NioSocketImpl", "accept", "(Ljava/net/SocketImpl;)V", (m, c, d) -> {
            m.visitVarInsn(ALOAD, 1);
            hook(m, "socketAccepted", "(" + OBJECT + ")V");
        }));
        for (String channel : List.of("SocketChannelImpl", "ServerSocketChannelImpl", "DatagramChannelImpl",
                "SourceChannelImpl", "SinkChannelImpl", "AsynchronousSocketChannelImpl", "AsynchronousServerSocketChannelImpl")) {
            points.add(new HookPoint("sun/nio/ch/" + channel, "<init>", ANY, false, HookPoints::channelCreated));
        }
        for (String selector : List.of("EPollSelectorImpl", "PollSelectorImpl", "KQueueSelectorImpl")) {
            points.add(new HookPoint("sun/nio/ch/" + selector, "<init>", ANY, false, (m, c, d) -> {
                m.visitVarInsn(ALOAD, 0);
                hook(m, "selectorOpened", "(" + OBJECT + ")V");
            }));
        }
        // releases
        points.add(entry("java/io/FileDescriptor", "close", "()V", HookPoints::thisReleased));
        points.add(entry("sun/nio/ch/SelectorImpl", "implCloseSelector", "()V", HookPoints::thisReleased));
        points.add(entry("sun/nio/fs/UnixDirectoryStream", "close", "()V", HookPoints::thisReleased));
        points.add(entry("sun/nio/fs/UnixSecureDirectoryStream", "close", "()V", HookPoints::thisReleased));
        // JDK 17: FileDispatcherImpl, SocketDispatcher, DatagramDispatcher; 25 adds UnixDispatcher, UnixFileDispatcherImpl
        for (String dispatcher : List.of("FileDispatcherImpl", "SocketDispatcher", "DatagramDispatcher", "UnixDispatcher",
                "UnixFileDispatcherImpl")) {
            points.add(entry("sun/nio/ch/" + dispatcher, "close", "(" + FD + ")V", (m, c, d) -> {
                m.visitVarInsn(ALOAD, 1);
                hook(m, "release", "(" + OBJECT + ")V");
            }));
        }
        return points;
    }

    private static HookPoint exit(String className, String method, String descriptor, HookPoint.Code code) {
        return new HookPoint(className, method, descriptor::equals, false, code);
    }

    private static HookPoint entry(String className, String method, String descriptor, HookPoint.Code code) {
        return new HookPoint(className, method, descriptor::equals, true, code);
    }

    private static void fileOpened(MethodVisitor m, String className, String descriptor) {
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, className, "fd", FD);
        m.visitVarInsn(ALOAD, 1);
        hook(m, "fileOpened", "(" + OBJECT + OBJECT + ")V");
    }

    private static void fileChannelOpened(MethodVisitor m, String className, String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int parentSlot = 0; // static: the arguments start at slot 0
        for (int i = 0; i < arguments.length - 1; i++) {
            parentSlot += arguments[i].getSize();
        }
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, 1);
        m.visitVarInsn(ALOAD, parentSlot);
        hook(m, "fileChannelOpened", "(" + OBJECT + OBJECT + OBJECT + ")V");
    }

    private static void returnedWithArgument1(MethodVisitor m, String hook) {
        m.visitInsn(DUP); // the returned object stays on the stack for the return
        m.visitVarInsn(ALOAD, 1);
        hook(m, hook, "(" + OBJECT + OBJECT + ")V");
    }

    private static void socketCreated(MethodVisitor m, String className, String descriptor) {
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, "java/net/SocketImpl", "fd", FD);
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, className, "server", "Z");
        hook(m, "socketCreated", "(" + OBJECT + "Z)V");
    }

    private static void channelCreated(MethodVisitor m, String className, String descriptor) {
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, className, "fd", FD);
        m.visitVarInsn(ALOAD, 0);
        hook(m, "channelCreated", "(" + OBJECT + OBJECT + ")V");
    }

    private static void thisReleased(MethodVisitor m, String className, String descriptor) {
        m.visitVarInsn(ALOAD, 0);
        hook(m, "release", "(" + OBJECT + ")V");
    }

    private static void hook(MethodVisitor m, String name, String descriptor) {
        m.visitMethodInsn(INVOKESTATIC, HOOKS, name, descriptor, false);
    }
}
