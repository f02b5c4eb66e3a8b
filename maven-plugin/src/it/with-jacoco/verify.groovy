// JaCoCo's agent and leakscope's share the argLine: coverage is written and the leak is still named (as a warning)
def log = new File(basedir, 'build.log').text
assert log =~ /argLine set to .*-javaagent:\S*org\.jacoco\.agent/
// the test's session stopped holding the stream; a collection before the JVM exits that reclaims it comes later
assert log.contains('leaked session-stopped file x1 at com.example.LeakyTest.readsTheFirstByte(LeakyTest.java:18)')
// JaCoCo keeps jacoco.exec open for the JVM's life and closes it in a shutdown hook that races JFR's final dump:
// some runs record the close, some report the file open-at-exit at JaCoCo's FileOutput (held for the JVM's life, but
// this JVM lives under the lifetime rule's 5 s floor, docs/lifetime.md). The test's leak must be there either way, and nothing else.
def sites = (log =~ /\[WARNING\]   leaked (\S+) (\S+) x\d+ at (\S+)/).collect { it[3] }
assert sites.contains('com.example.LeakyTest.readsTheFirstByte(LeakyTest.java:18)')
assert sites.every { it.startsWith('com.example.LeakyTest.') || it.startsWith('org.jacoco.agent.rt.') } : sites
assert new File(basedir, 'target/jacoco.exec').length() > 0
assert new File(basedir, 'target/leakscope/report/report.md').isFile()
