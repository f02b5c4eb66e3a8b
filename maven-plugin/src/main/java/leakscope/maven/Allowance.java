package leakscope.maven;

/**
 * Leaks {@code check} tolerates (for now), as {@code @LeakCheck(allow = ...)} does for one test: up to
 * {@code max} leaked handles of a kind and/or at sites starting with {@code site}. A team lists what it knows
 * and ratchets the counts down.
 * <pre>{@code
 * <allowances>
 *   <allowance><kind>thread</kind><site>com.acme.Pool</site><max>2</max></allowance>
 * </allowances>
 * }</pre>
 */
public class Allowance {
    /** The resource kind, e.g. {@code timer}; empty: any kind. */
    String kind = "";
    /** The start of the site, e.g. {@code com.acme.Pool.borrow}; empty: any site. */
    String site = "";
    /** How many handles (summed over the groups it matches) are tolerated. */
    long max = 1;

    public Allowance() {
        // Maven creates it from <allowance> and sets the fields by name
    }

    Allowance(String kind, String site, long max) {
        this.kind = kind;
        this.site = site;
        this.max = max;
    }

    boolean matches(String groupKind, String groupSite) {
        return (kind == null || kind.isEmpty() || kind.equals(groupKind))
                && (site == null || site.isEmpty() || groupSite.startsWith(site));
    }

    @Override
    public String toString() {
        return "kind=" + (kind == null ? "" : kind) + " site=" + (site == null ? "" : site) + " max=" + max;
    }
}
