package leakscope.analyzer.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedObject;

/**
 * Reads the reference chain of a {@code jdk.OldObjectSample}. Each old object names its referrer: the
 * object holding it and the field (or array slot) it is held by, up to the GC root when the recording
 * had {@code path-to-gc-roots=true}. Array indexes are dropped, so samples held alike read alike.
 */
final class OldObjects {
    private static final int MAX_STEPS = 16;

    private OldObjects() {
    }

    static String typeOf(RecordedObject oldObject) {
        RecordedClass type = oldObject == null || !oldObject.hasField("type") ? null : oldObject.getValue("type");
        return type == null ? "(unknown type)" : javaName(type.getName());
    }

    /** {@code [B} → {@code byte[]}, {@code [Ljava.util.HashMap$Node;} → {@code java.util.HashMap$Node[]}. */
    static String javaName(String binaryName) {
        int dimensions = 0;
        while (dimensions < binaryName.length() && binaryName.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return binaryName;
        }
        String element = binaryName.substring(dimensions);
        String base = switch (element) {
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            case "Z" -> "boolean";
            default -> element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dimensions);
    }

    /** "holder.field → ... → sampled type", the GC root's side first; empty without a referrer. */
    static List<String> chain(RecordedObject sampled) {
        List<String> steps = new ArrayList<>();
        RecordedObject object = sampled;
        for (int i = 0; object != null && i < MAX_STEPS; i++) {
            RecordedObject referrer = object.hasField("referrer") ? object.getValue("referrer") : null;
            if (referrer == null) {
                break;
            }
            RecordedObject holder = referrer.hasField("object") ? referrer.getValue("object") : null;
            steps.add(describe(holder) + via(referrer));
            object = holder;
        }
        if (steps.isEmpty()) {
            return List.of();
        }
        Collections.reverse(steps);
        steps.add(typeOf(sampled));
        return steps;
    }

    static String root(RecordedObject root) {
        if (root == null) {
            return "";
        }
        String system = root.hasField("system") ? root.getString("system") : null;
        String type = root.hasField("type") ? root.getString("type") : null;
        return (system == null ? "" : system) + (type == null || type.equals("<unknown>") ? "" : " (" + type + ")");
    }

    private static String describe(RecordedObject holder) {
        String type = typeOf(holder);
        String description = holder != null && holder.hasField("description") ? holder.getString("description") : null;
        // a class holding a static field says which class it is
        if (type.equals("java.lang.Class") && description != null && description.startsWith("Class Name: ")) {
            return description.substring("Class Name: ".length());
        }
        return type;
    }

    private static String via(RecordedObject referrer) {
        RecordedObject field = referrer.hasField("field") ? referrer.getValue("field") : null;
        if (field != null && field.getString("name") != null) {
            return "." + field.getString("name");
        }
        RecordedObject array = referrer.hasField("array") ? referrer.getValue("array") : null;
        return array != null ? "[*]" : "";
    }
}
