#!/bin/sh
# Trunk's post_build hook for the inspector app: writes the service worker (inspector/sw.js)
# into the build with its precache manifest, the list of every built file, and a version made
# from their contents, so that each new build installs as a new cache.
set -eu
cd "$TRUNK_STAGING_DIR"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
[ -n "$files" ] || { echo "precache: nothing built in $TRUNK_STAGING_DIR" >&2; exit 1; }
version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list=""
for f in $files; do
  case "$f" in
    *[!A-Za-z0-9._/-]*) echo "precache: unexpected file name $f" >&2; exit 1 ;;
    index.html) list="$list\"./\"," ;;
    *) list="$list\"./$f\"," ;;
  esac
done
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[${list%,}]|" "$TRUNK_SOURCE_DIR/sw.js" > sw.js
echo "precache: sw.js lists $(echo "$files" | wc -l) files, version $version"
