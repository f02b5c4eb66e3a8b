package leakscope.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import leakscope.agent.boot.Hooks;
import leakscope.agent.boot.What;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Puts {@link Hooks} inside java.base as {@link HookCall#HOOKS}. Defining a class in a java.base
 * package needs no boot class path entry, so class data sharing stays on and the JVM prints no
 * warning; the package is not exported, so applications cannot see it.
 */
final class BootClasses {
    private static final String SOURCE_NAME = Hooks.class.getName().replace('.', '/');

    private BootClasses() {
    }

    /**
     * Opens to the agent what it must reach inside java.base: the package its hooks go to, and the
     * packages whose private fields it reads (a SocketImpl's descriptor and addresses, an asynchronous
     * file channel's descriptor).
     */
    static void openJavaBase(Instrumentation inst) {
        Module javaBase = Object.class.getModule();
        Set<Module> agent = Set.of(BootClasses.class.getModule());
        inst.redefineModule(javaBase, Set.of(), Map.of(), Map.of("jdk.internal.misc", agent, "java.net", agent,
                "sun.nio.ch", agent), Set.of(), Map.of());
    }

    /** Defines the renamed hooks class in java.base and returns it. */
    static Class<?> defineHooks() throws ReflectiveOperationException, IOException {
        MethodHandles.Lookup inJavaBase = MethodHandles.privateLookupIn(Class.forName("jdk.internal.misc.VM"),
                MethodHandles.lookup());
        return inJavaBase.defineClass(renamed());
    }

    /** Points the hooks at the {@link Dispatcher}: from now on the JDK's opens and closes reach the agent. */
    static void connect(Class<?> hooks) throws ReflectiveOperationException {
        Dispatcher.Acquire[] acquire = new Dispatcher.Acquire[What.COUNT];
        for (int what = 0; what < acquire.length; what++) {
            acquire[what] = new Dispatcher.Acquire(what);
        }
        hooks.getField("release").set(null, new Dispatcher.Release());
        hooks.getField("acquire").set(null, acquire);
    }

    private static byte[] renamed() throws IOException {
        ClassReader reader = new ClassReader(hooksClassFile());
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new Renaming(writer), 0);
        return writer.toByteArray();
    }

    /**
     * The hooks' class file, read straight from the agent jar: a class loader's resource lookup would
     * first search every module of the boot layer and then open a jar URL connection (about 80 ms of
     * JVM start-up, measured).
     */
    private static byte[] hooksClassFile() throws IOException {
        String entry = SOURCE_NAME + ".class";
        try {
            Path location = Path.of(BootClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                    return in.readAllBytes();
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not a plain jar on the file system: ask the class loader
        }
        try (InputStream in = BootClasses.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("agent class missing from its jar: " + entry);
            }
            return in.readAllBytes();
        }
    }

    /** Renames the class and its references to itself (its fields and methods); it references no other agent class. */
    private static final class Renaming extends ClassVisitor {
        Renaming(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            super.visit(version, access, rename(name), signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    super.visitFieldInsn(opcode, rename(owner), field, fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                        boolean isInterface) {
                    super.visitMethodInsn(opcode, rename(owner), method, methodDescriptor, isInterface);
                }
            };
        }

        private static String rename(String name) {
            return SOURCE_NAME.equals(name) ? HookCall.HOOKS : name;
        }
    }
}
