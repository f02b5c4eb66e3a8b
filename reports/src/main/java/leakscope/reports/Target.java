package leakscope.reports;

/**
 * What a report is rendered for, and what that allows: a pull-request comment reads in a narrow column with a
 * size limit, a page has room for whole stacks and every chart.
 *
 * @param leakRows leak groups listed at most (the JSON keeps every one)
 * @param leakDetails leak groups whose stack and handles are shown, folded
 * @param stackFrames frames of a stack shown around the site; 0 for the whole stack
 * @param sessionRows sessions listed at most per table
 * @param seriesRows growing series listed at most
 * @param charts growing series drawn at most
 * @param retainedRows old-object sample groups listed at most
 * @param warnings warnings listed at most
 * @param anomalyRows groups of releases that pair with nothing listed at most
 */
record Target(String description, int leakRows, int leakDetails, int stackFrames, int sessionRows, int seriesRows,
        int charts, int retainedRows, int warnings, int anomalyRows) {
    static final Target MARKDOWN = new Target("a pull-request comment", 50, 25, 8, 10, 30, 3, 10, 20, 10);
    static final Target HTML = new Target("the page", 500, 100, 0, 25, 300, ChartImages.MAX_CHARTS, 25, 100, 100);

    boolean wholeStacks() {
        return stackFrames == 0;
    }
}
