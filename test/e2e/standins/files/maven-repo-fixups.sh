#!/bin/sh
# maven-repo-fixups.sh [ARTIFACT:VERSION...]: make Debian's /usr/share/maven-repo answer
# what Maven asks Maven Central for, for the org.apache.maven.plugins group:
#  - ARTIFACT:VERSION: a relocation pom from that version to the newest packaged one, as
#    Debian ships for Maven's older default versions (for the defaults it lacks);
#  - the group's maven-metadata.xml (plugin prefixes), so `mvn dependency:go-offline`
#    finds a plugin the pom does not name;
#  - each plugin's maven-metadata.xml (packaged versions, newest as release), so a
#    plugin used without a version resolves. Only versions with a jar are listed.
set -eu
cd /usr/share/maven-repo/org/apache/maven/plugins

packaged() {  # versions of plugin $1 that carry a jar, oldest first
  for dir in "$1"/*/; do
    v=$(basename "$dir"); [ -e "$1/$v/$1-$v.jar" ] && echo "$v"
  done | sort -V
}

for pair in "$@"; do
  a=${pair%%:*} v=${pair#*:}
  to=$(packaged "$a" | tail -n 1)
  [ -n "$to" ] || { echo "maven-repo-fixups: $a is not packaged" >&2; exit 1; }
  mkdir -p "$a/$v"
  cat > "$a/$v/$a-$v.pom" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.apache.maven.plugins</groupId>
  <artifactId>$a</artifactId>
  <version>$v</version>
  <packaging>jar</packaging>
  <distributionManagement>
    <relocation>
      <groupId>org.apache.maven.plugins</groupId>
      <artifactId>$a</artifactId>
      <version>$to</version>
    </relocation>
  </distributionManagement>
</project>
POM
done

{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<metadata>'
  echo '  <plugins>'
  for a in maven-*-plugin; do
    versions=$(packaged "$a")
    [ -n "$versions" ] || continue
    prefix=${a#maven-}; prefix=${prefix%-plugin}
    echo "    <plugin><name>$a</name><prefix>$prefix</prefix><artifactId>$a</artifactId></plugin>"
    newest=$(echo "$versions" | tail -n 1)
    {
      echo '<?xml version="1.0" encoding="UTF-8"?>'
      echo "<metadata><groupId>org.apache.maven.plugins</groupId><artifactId>$a</artifactId>"
      echo "  <versioning><latest>$newest</latest><release>$newest</release><versions>"
      for v in $versions; do echo "    <version>$v</version>"; done
      echo '  </versions></versioning>'
      echo '</metadata>'
    } > "$a/maven-metadata.xml"
  done
  echo '  </plugins>'
  echo '</metadata>'
} > maven-metadata.xml
