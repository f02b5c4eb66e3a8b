// the baseline's leak passes; the new one fails the build and is the only one named
def log = new File(basedir, 'build.log').text
assert log.contains('baseline: 1 new leak site(s), 0 fixed, 1 unchanged')
assert log.contains('leakscope: 1 new or grown leak site(s) (failOn=leaked):')
// the test's session stopped holding the stream; a collection before the JVM exits that reclaims it comes later
assert log.contains('leaked session-stopped file x1 at com.example.NewLeakTest.readsALength(NewLeakTest.java:12)')
assert !(log =~ /x1 at com\.example\.KnownLeakTest/)
