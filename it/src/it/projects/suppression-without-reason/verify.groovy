def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/resources/application-local.yml:[2,15] (suppression) portcheck:ignore privileged-port has no reason, so it silences nothing')
assert log.contains('[WARNING] src/main/resources/application-local.yml:[2,9] (privileged-port)')
assert !log.contains('(duplicate-port)')
assert log.contains('[WARNING] src/main/resources/application.properties:[1,3] (suppression) portcheck:ignore privileged-port has no reason')
assert log.contains('[WARNING] src/main/resources/application.properties:[2,13] (privileged-port)')
