package leakscope.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Inserts the {@link HookPoints} into the JDK's classes as they are loaded or retransformed. It
 * stays registered as retransform-capable: JDK 17's JFR retransforms the java.io classes when a
 * recording starts, and each retransformation starts again from the original bytes.
 */
final class HookTransformer implements ClassFileTransformer {
    private final Map<String, List<HookPoint>> byClass = new HashMap<>();

    HookTransformer(List<HookPoint> points) {
        for (HookPoint point : points) { // loops, not lambdas: each lambda is a class spun at JVM start
            List<HookPoint> ofClass = byClass.get(point.className());
            if (ofClass == null) {
                ofClass = new ArrayList<>();
                byClass.put(point.className(), ofClass);
            }
            ofClass.add(point);
        }
    }

    /** Registers the transformer and retransforms the hooked classes already loaded. */
    void install(Instrumentation inst) throws UnmodifiableClassException {
        inst.addTransformer(this, true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            if (type.getClassLoader() == null && byClass.containsKey(type.getName().replace('.', '/'))) {
                loaded.add(type);
            }
        }
        inst.retransformClasses(loaded.toArray(new Class<?>[0]));
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
            ProtectionDomain domain, byte[] bytes) {
        List<HookPoint> points = loader == null ? byClass.get(className) : null;
        if (points == null) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new Hooking(writer, className, points), 0);
            return writer.toByteArray();
        } catch (Throwable t) {
            System.err.println("leakscope-agent: cannot hook " + className + ": " + t);
            return null;
        }
    }

    private static final class Hooking extends ClassVisitor {
        private final String className;
        private final List<HookPoint> points;

        Hooking(ClassVisitor next, String className, List<HookPoint> points) {
            super(Opcodes.ASM9, next);
            this.className = className;
            this.points = points;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
            for (HookPoint point : points) {
                if (point.matches(name, descriptor)) {
                    method = new Inserting(method, point, className, descriptor);
                }
            }
            return method;
        }
    }

    private static final class Inserting extends MethodVisitor {
        private final HookPoint point;
        private final String className;
        private final String descriptor;

        Inserting(MethodVisitor next, HookPoint point, String className, String descriptor) {
            super(Opcodes.ASM9, next);
            this.point = point;
            this.className = className;
            this.descriptor = descriptor;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (point.atEntry()) {
                point.insert().emit(mv, className, descriptor);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (!point.atEntry() && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                point.insert().emit(mv, className, descriptor);
            }
            super.visitInsn(opcode);
        }
    }
}
