package leakscope.analyzer.baseline;

import java.util.regex.Pattern;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Verdict;

/**
 * A leak group's identity across builds: verdict, reason, kind and the site's class and method, without
 * line numbers, and with the names compilers number (lambdas, anonymous and generated classes)
 * normalised, so unrelated edits elsewhere in a file do not make an old leak look new.
 */
public final class Fingerprint {
    private static final Pattern LAMBDA_METHOD = Pattern.compile("lambda\\$([^$]*)\\$\\d+");
    private static final Pattern LAMBDA_CLASS = Pattern.compile("\\$\\$Lambda(\\$\\d+)?(/0x[0-9a-f]+)?(\\.0x[0-9a-f]+)?");
    private static final Pattern NUMBERED_CLASS = Pattern.compile("\\$\\d+");

    private Fingerprint() {
    }

    public static String of(LeakGroup group) {
        return of(group.verdict(), group.reason().wireName(), group.kind(), group.site());
    }

    /** e.g. {@code leaked|open-at-exit|file|com.acme.Cache$N.lambda$load$N} */
    public static String of(Verdict verdict, String reason, String kind, Site site) {
        return verdict.wireName() + "|" + reason + "|" + kind + "|" + normalisedMethod(site);
    }

    /** The site's class and method with compiler-made numbers replaced by N; empty for a site that is no frame. */
    static String normalisedMethod(Site site) {
        if (!site.isFrame()) {
            return "";
        }
        String method = site.method().isEmpty() ? site.className() : site.className() + "." + site.method();
        if (method.indexOf('$') < 0) {
            return method; // every number a compiler makes follows a '$': most sites skip the three regexes
        }
        method = LAMBDA_METHOD.matcher(method).replaceAll("lambda\\$$1\\$N");
        method = LAMBDA_CLASS.matcher(method).replaceAll("\\$\\$Lambda");
        return NUMBERED_CLASS.matcher(method).replaceAll("\\$N");
    }
}
