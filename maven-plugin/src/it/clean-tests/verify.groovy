// passes; one recording per test JVM (two forks); the report is written and says nothing leaked
def log = new File(basedir, 'build.log').text
assert log.contains('leakscope: 0 leaked, 0 suspected in 2 recording(s)')
assert log.contains('leakscope: check passed')
def recordings = new File(basedir, 'target/leakscope').listFiles().findAll { it.name.endsWith('.jfr') }
assert recordings.size() == 2
['report.md', 'report.html', 'leakscope.json'].each { assert new File(basedir, "target/leakscope/report/$it").isFile() }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/leakscope/report/leakscope.json'))
assert json.summary.leaked == 0
assert json.summary.handlesAcquired >= 2
