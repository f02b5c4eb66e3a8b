package leakscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into {@code version.properties}. */
public final class ToolVersion implements IVersionProvider {
    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("version.properties is part of the jar", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"leakscope " + get()};
    }
}
