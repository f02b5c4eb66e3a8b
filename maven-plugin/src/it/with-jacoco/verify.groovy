// JaCoCo's agent and leakscope's share the argLine: coverage is written and the leak is still named (as a warning)
def log = new File(basedir, 'build.log').text
assert log =~ /argLine set to .*-javaagent:\S*org\.jacoco\.agent/
assert log.contains('[WARNING] leakscope: 1 leak site(s) (failOn=leaked):')
assert log.contains('leaked session-stopped file x1 at com.example.LeakyTest.readsTheFirstByte(LeakyTest.java:18)')
assert new File(basedir, 'target/jacoco.exec').length() > 0
assert new File(basedir, 'target/leakscope/report/report.md').isFile()
