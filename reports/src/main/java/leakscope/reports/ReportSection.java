package leakscope.reports;

/** One section of the report: adds its blocks and rows, with their ranks, to the outline. */
interface ReportSection {
    void addTo(Outline outline, ReportView view);
}
