package leakscope.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the agent hooks the JDK; the same points hold on JDK 17 and 25 (research/agent.md §3.2).
 * Acquire at the owners of a descriptor (after the open succeeded); release at the close choke
 * points ({@code FileDescriptor.close}, the NIO dispatchers' {@code close(fd)}), plus selectors and
 * directory streams, which own no FileDescriptor.
 */
final class HookPoints {
    private static final String FD = "Ljava/io/FileDescriptor;";
    private static final String ANY = "";

    private HookPoints() {
    }

    static List<HookPoint> all() {
        List<HookPoint> points = new ArrayList<>();
        // files: the private RandomAccessFile constructor (the public ones delegate) also opens ZipFile/JarFile
        points.add(exit("java/io/FileInputStream", "<init>", "(Ljava/io/File;)V", HookCall.FILE_OPENED));
        points.add(exit("java/io/FileOutputStream", "<init>", "(Ljava/io/File;Z)V", HookCall.FILE_OPENED));
        points.add(exit("java/io/RandomAccessFile", "<init>", "(Ljava/io/File;Ljava/lang/String;Z)V", HookCall.FILE_OPENED));
        // every Files.new*, Files.lines, FileChannel.open; JDK 17 and 25 differ in arity, the parent is last
        points.add(exit("sun/nio/ch/FileChannelImpl", "open", "(" + FD + "Ljava/lang/String;", HookCall.FILE_CHANNEL_OPENED));
        points.add(exit("sun/nio/fs/UnixFileSystemProvider", "newAsynchronousFileChannel", "(Ljava/nio/file/Path;",
                HookCall.ASYNC_FILE_OPENED));
        points.add(exit("sun/nio/fs/UnixFileSystemProvider", "newDirectoryStream",
                "(Ljava/nio/file/Path;Ljava/nio/file/DirectoryStream$Filter;)", HookCall.DIRECTORY_OPENED));
        // sockets and server sockets (NioSocketImpl since JDK 13), connected or not, and accepted ones
        points.add(exit("sun/nio/ch/NioSocketImpl", "create", "(Z)V", HookCall.SOCKET_CREATED));
        points.add(exit("sun/nio/ch/NioSocketImpl", "accept", "(Ljava/net/SocketImpl;)V", HookCall.SOCKET_ACCEPTED));
        // JDK 17's legacy implementations, chosen with -Djdk.net.usePlainSocketImpl / usePlainDatagramSocketImpl
        // (gone in 18); they close the descriptor natively, so their own close methods are the release points
        points.add(exit("java/net/AbstractPlainSocketImpl", "create", "(Z)V", HookCall.PLAIN_SOCKET_CREATED));
        points.add(exit("java/net/AbstractPlainSocketImpl", "accept", "(Ljava/net/SocketImpl;)V", HookCall.SOCKET_ACCEPTED));
        points.add(exit("java/net/AbstractPlainDatagramSocketImpl", "create", "()V", HookCall.PLAIN_DATAGRAM_CREATED));
        for (String channel : List.of("SocketChannelImpl", "ServerSocketChannelImpl", "DatagramChannelImpl",
                "SourceChannelImpl", "SinkChannelImpl", "AsynchronousSocketChannelImpl", "AsynchronousServerSocketChannelImpl")) {
            points.add(exit("sun/nio/ch/" + channel, "<init>", ANY, HookCall.CHANNEL_CREATED));
        }
        for (String selector : List.of("EPollSelectorImpl", "PollSelectorImpl", "KQueueSelectorImpl")) {
            points.add(exit("sun/nio/ch/" + selector, "<init>", ANY, HookCall.SELECTOR_OPENED));
        }
        // releases
        points.add(entry("java/io/FileDescriptor", "close", "()V", HookCall.THIS_RELEASED));
        points.add(entry("sun/nio/ch/SelectorImpl", "implCloseSelector", "()V", HookCall.THIS_RELEASED));
        points.add(entry("sun/nio/fs/UnixDirectoryStream", "close", "()V", HookCall.THIS_RELEASED));
        points.add(entry("sun/nio/fs/UnixSecureDirectoryStream", "close", "()V", HookCall.THIS_RELEASED));
        points.add(entry("java/net/AbstractPlainSocketImpl", "socketClose", "()V", HookCall.THIS_FD_RELEASED));
        points.add(entry("java/net/AbstractPlainDatagramSocketImpl", "close", "()V", HookCall.THIS_FD_RELEASED));
        // JDK 17: FileDispatcherImpl, SocketDispatcher, DatagramDispatcher; 25 adds UnixDispatcher, UnixFileDispatcherImpl
        for (String dispatcher : List.of("FileDispatcherImpl", "SocketDispatcher", "DatagramDispatcher", "UnixDispatcher",
                "UnixFileDispatcherImpl")) {
            points.add(entry("sun/nio/ch/" + dispatcher, "close", "(" + FD + ")V", HookCall.ARGUMENT_RELEASED));
        }
        return points;
    }

    private static HookPoint exit(String className, String method, String descriptorPrefix, HookCall call) {
        return new HookPoint(className, method, descriptorPrefix, false, call);
    }

    private static HookPoint entry(String className, String method, String descriptorPrefix, HookCall call) {
        return new HookPoint(className, method, descriptorPrefix, true, call);
    }
}
