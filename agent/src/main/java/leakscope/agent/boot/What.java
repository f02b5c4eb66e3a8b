package leakscope.agent.boot;

/**
 * What an acquire hook saw, as the int the inlined advice passes (constants are inlined by javac, so
 * the advice needs no class of the agent at run time).
 */
public final class What {
    /** key: the stream's FileDescriptor; detail: the File. */
    public static final int FILE_STREAM = 1;
    /** key: the FileDescriptor; detail: the path String. */
    public static final int FILE_CHANNEL = 2;
    /** key: the AsynchronousFileChannel (its FileDescriptor is read by the agent); detail: the Path. */
    public static final int ASYNC_FILE = 3;
    /** key: the SocketImpl's FileDescriptor; detail: Boolean.TRUE for a server socket. */
    public static final int SOCKET_IMPL = 4;
    /** key: the accepted SocketImpl (its FileDescriptor and addresses are read by the agent). */
    public static final int SOCKET_ACCEPTED = 5;
    /** key: the channel's FileDescriptor; detail: the channel. */
    public static final int CHANNEL = 6;
    /** key: the selector. */
    public static final int SELECTOR = 7;
    /** key: the directory stream; detail: the directory Path. */
    public static final int DIRECTORY = 8;
    /** key: JDK 17's legacy DatagramSocketImpl's FileDescriptor ({@code -Djdk.net.usePlainDatagramSocketImpl}). */
    public static final int DATAGRAM_IMPL = 9;
    /** One more than the largest code. */
    public static final int COUNT = 10;

    private What() {
    }
}
