#!/usr/bin/env bash
# Builds the container images of the gateway, the four services and the SPA as OCI image tarballs,
# without a Docker daemon and without pulling a base image:
#   1. a runtime root file system: a jlink'ed JRE (JDK 17 for the services, JDK 25 for the SPA's
#      file server) plus exactly the shared libraries it links (ldd), an /etc/passwd with the
#      image user 10001, an empty /tmp; the CJK font for inspection-service's PDFs;
#   2. Jib (profile "images") puts each module's classes and dependencies on top, as tar files:
#      <module>/target/image/<module>.tar and platform/k8s-validation/target/image/spa.tar;
#   3. ImageStartTests unpacks each tarball and runs its entry point (as user 10001, read-only root,
#      a tmpfs on /tmp) until its readiness probe answers.
# Each tarball is an OCI image layout archive: push it to the cluster's registry with any OCI tool, e.g.
# `skopeo copy oci-archive:gateway/target/image/gateway.tar docker://<registry>/shuangsuiji/gateway:<tag>`.
# Options: --no-check skips step 3.
set -euo pipefail
cd "$(dirname "$0")/.."

check=1
[ "${1:-}" = "--no-check" ] && check=0

JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
FONT=${FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
OUT=target/images

# What the services need of the JDK (jdeps over their jars, rounded up: java.desktop for ImageIO
# thumbnails and PDFBox, jdk.crypto.ec for TLS, jdk.management for the metrics).
SERVICE_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,\
jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs

runtime() { # <jdk> <modules> <dir>
  local jdk=$1 modules=$2 root=$3
  rm -rf "$root"
  mkdir -p "$root/etc" "$root/tmp" "$root/proc"
  local locales=()
  [[ $modules == *jdk.localedata* ]] && locales=(--include-locales=en,zh)
  "$jdk/bin/jlink" --add-modules "$modules" "${locales[@]}" --strip-debug --no-man-pages \
    --no-header-files --output "$root/opt/java"
  # Headless servers: no X11 toolkit, sound or splash screen (and none of the libraries they pull in).
  rm -f "$root"/opt/java/lib/{libawt_xawt.so,libjsound.so,libsplashscreen.so}
  # The JDK's CA certificates as a file (Debian's may be a link outside the JRE).
  if [ -L "$root/opt/java/lib/security/cacerts" ] || [ ! -s "$root/opt/java/lib/security/cacerts" ]; then
    rm -f "$root/opt/java/lib/security/cacerts"
    cp -L /etc/ssl/certs/java/cacerts "$root/opt/java/lib/security/cacerts"
  fi
  local lib
  for lib in $(find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 | xargs -0 ldd 2>/dev/null \
      | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib/ { print $1 }' | grep -v "^$root" | sort -u); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  echo "app:x:10001:10001:app:/tmp:/sbin/nologin" > "$root/etc/passwd"
  echo "app:x:10001:" > "$root/etc/group"
  echo "runtime $root: $(du -sh "$root" | cut -f1)"
}

t0=$(date +%s)
[ -x "$JDK17/bin/jlink" ] || { echo "no JDK 17 with jlink at $JDK17 (set JDK17)"; exit 1; }
[ -n "$JDK25" ] && [ -x "$JDK25/bin/jlink" ] || { echo "no JDK >= 18 with jlink for the SPA (set JDK25)"; exit 1; }
[ -f "$FONT" ] || { echo "no CJK font at $FONT (apt-get install fonts-wqy-microhei)"; exit 1; }

runtime "$JDK17" "$SERVICE_MODULES" "$OUT/runtime"
runtime "$JDK25" java.base,jdk.httpserver "$OUT/runtime-spa"
rm -rf "$OUT/fonts" && mkdir -p "$OUT/fonts$(dirname "$FONT")" && cp -L "$FONT" "$OUT/fonts$FONT"

if [ ! -f frontend/dist/index.html ]; then
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
fi

./mvnw -B -ntp -Pimages -DskipTests package \
  -pl gateway,registry-service,inspection-service,scoring-service,evidence-service,platform/k8s-validation -am

ls -l */target/image/*.tar platform/k8s-validation/target/image/*.tar
echo "images built in $(( $(date +%s) - t0 )) s"

if [ "$check" -eq 1 ]; then
  ./mvnw -B -ntp -pl platform/k8s-validation -am test -Dtest=ImageStartTests -Dimages.check=true \
    -Dsurefire.failIfNoSpecifiedTests=false
fi
