package leakscope.reports;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** How leakscope's JSON files are laid out: Jackson's default pretty printing, with {@code \n} line ends everywhere. */
final class JsonLayout {
    private JsonLayout() {
    }

    /** A new printer for one document: Jackson's default ends lines with the platform's separator. */
    static PrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }
}
