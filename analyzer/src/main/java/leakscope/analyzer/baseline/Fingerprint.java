package leakscope.analyzer.baseline;

import java.util.regex.Pattern;

/**
 * A leak group's identity across builds: verdict, reason, kind and the site's class and method, without
 * line numbers, and with the names compilers number (lambdas, anonymous and generated classes)
 * normalised, so unrelated edits elsewhere in a file do not make an old leak look new.
 */
public final class Fingerprint {
    private static final Pattern LOCATION = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern LAMBDA_METHOD = Pattern.compile("lambda\\$([^$]*)\\$\\d+");
    private static final Pattern LAMBDA_CLASS = Pattern.compile("\\$\\$Lambda(\\$\\d+)?(/0x[0-9a-f]+)?(\\.0x[0-9a-f]+)?");
    private static final Pattern NUMBERED_CLASS = Pattern.compile("\\$\\d+");

    private Fingerprint() {
    }

    /** e.g. {@code leaked|open-at-exit|file|com.acme.Cache$N.lambda$load$N} */
    public static String of(String verdict, String reason, String kind, String site) {
        return verdict + "|" + reason + "|" + kind + "|" + normalisedSite(site);
    }

    static String normalisedSite(String site) {
        String method = LOCATION.matcher(site).replaceFirst("");
        method = LAMBDA_METHOD.matcher(method).replaceAll("lambda\\$$1\\$N");
        method = LAMBDA_CLASS.matcher(method).replaceAll("\\$\\$Lambda");
        return NUMBERED_CLASS.matcher(method).replaceAll("\\$N");
    }
}
