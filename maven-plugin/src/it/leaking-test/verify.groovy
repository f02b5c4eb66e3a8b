// the build failed in leakscope's check, naming the test's line that opened the stream, and the report is there
def log = new File(basedir, 'build.log').text
assert log =~ /leakscope: 1 leak site\(s\) \(failOn=leaked\):/
// the test's session stopped holding the stream; a collection before the JVM exits that reclaims it comes later
assert log.contains('leaked session-stopped file x1 at com.example.LeakyTest.readsTheFirstByte(LeakyTest.java:18)')
assert !log.contains('LeakyTest.closesWhatItOpens(')
assert log.contains('[ERROR] Failed to execute goal dev.leakscope:leakscope-maven-plugin')
assert new File(basedir, 'target/leakscope/report/report.md').text.contains('LeakyTest.java:18')
assert new File(basedir, 'target/leakscope/report/leakscope.json').isFile()
assert new File(basedir, 'target/leakscope/report/report.html').isFile()
