package leakscope.agent;

import java.lang.reflect.Field;
import java.net.InetAddress;

/**
 * Private JDK fields the agent reads where no hook argument carries the descriptor. java.base opens
 * their packages to the agent at start ({@link BootClasses#openJavaBase}).
 */
final class JdkFields {
    private static final Field SOCKET_FD = field("java.net.SocketImpl", "fd");
    private static final Field SOCKET_ADDRESS = field("java.net.SocketImpl", "address");
    private static final Field SOCKET_PORT = field("java.net.SocketImpl", "port");
    private static final Field SOCKET_LOCAL_PORT = field("java.net.SocketImpl", "localport");
    private static final Field ASYNC_FILE_FD = field("sun.nio.ch.AsynchronousFileChannelImpl", "fdObj");

    private JdkFields() {
    }

    static Object socketDescriptor(Object socketImpl) throws IllegalAccessException {
        return SOCKET_FD.get(socketImpl);
    }

    /**
     * {@code *:8080 -> /127.0.0.1:53422}: the local port and the remote end of an accepted socket (a
     * SocketImpl keeps no local address, and asking the OS would cost a system call per accept).
     */
    static String socketAddresses(Object socketImpl) throws IllegalAccessException {
        InetAddress remote = (InetAddress) SOCKET_ADDRESS.get(socketImpl);
        return "*:" + SOCKET_LOCAL_PORT.getInt(socketImpl) + " -> " + remote + ":" + SOCKET_PORT.getInt(socketImpl);
    }

    static Object asyncFileDescriptor(Object channel) throws IllegalAccessException {
        return ASYNC_FILE_FD.get(channel);
    }

    private static Field field(String className, String name) {
        try {
            Field field = Class.forName(className).getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this JDK lacks " + className + "." + name, e);
        }
    }
}
